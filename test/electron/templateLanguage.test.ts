// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { Channels, validateRequest } from '../../shared/ipc';
import type { Channel, Handlers, Request } from '../../shared/ipc';
import { folderTrash } from '../support/trash';
import { steppingClock } from './storage/fixtures';
import { useTempDirs } from './storage/tempDir';

const tempDir = useTempDirs();

function handlersIn(dataDir: string): Handlers {
  let n = 0;
  return createHandlers({
    dataDir,
    trash: folderTrash(join(dataDir, '.trash')),
    now: steppingClock(),
    newId: () => `p-${++n}`,
    log: () => undefined,
  });
}

/** Call a handler the way the IPC wrapper does: validate, then handle. */
async function call<C extends Channel>(handlers: Handlers, channel: C, payload: unknown) {
  const request = validateRequest(channel, payload);
  if (!request.ok) throw new Error(request.error);
  const handler = handlers[channel] as unknown as (req: Request<C>) => ReturnType<Handlers[C]>;
  return handler(request.value);
}

describe('createProject with a template language', () => {
  it('accepts each language and refuses an unknown one or a wrong type', () => {
    for (const language of ['en', 'hu', 'lt', 'et', 'zh-CN'])
      expect(validateRequest(Channels.createProject, { name: 'n', template: 'supermarket', language }).ok).toBe(true);
    expect(validateRequest(Channels.createProject, { name: 'n', template: 'supermarket' }).ok).toBe(true);
    for (const language of ['fr', 'zh', 'ZH-CN', '', 7, null])
      expect(validateRequest(Channels.createProject, { name: 'n', template: 'supermarket', language }).ok).toBe(false);
  });

  it('builds the template in the language asked for, and in English without one', async () => {
    const handlers = handlersIn(await tempDir());
    const zh = await call(handlers, Channels.createProject, {
      name: '超市',
      template: 'supermarket',
      language: 'zh-CN',
    });
    expect(zh.ok && zh.value.steps.map((s) => s.title)).toContain('进超市');
    const hu = await call(handlers, Channels.createProject, { name: 'Bolt', template: 'blank', language: 'hu' });
    expect(hu.ok && hu.value.stages[0].name).toBe('1. szakasz');
    const en = await call(handlers, Channels.createProject, { name: 'Store', template: 'supermarket' });
    expect(en.ok && en.value.steps.map((s) => s.title)).toContain('Enter the supermarket');
    // What was built is stored as the user's text: reopening does not translate it.
    const reopened = await call(handlers, Channels.openProject, { id: zh.ok ? zh.value.id : '' });
    expect(reopened.ok && reopened.value.steps.map((s) => s.title)).toContain('进超市');
  });
});
