/**
 * `npm run server`: the standalone team server, built as the script builds it (vite, into
 * out/server) and started with node; it prints its URL and token, serves a client, and
 * writes the document into its data folder when stopped.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath, resolve } from 'node:path';
import { build } from 'vite';
import { expect, it } from 'vitest';
import { seedDoc } from '../../shared/sync/binding';
import { supermarket } from '../shared/commands/fixtures';
import { join, leave, until } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');

it('npm run server starts a team server with persistence and a printed URL and token', async () => {
  await build({ configFile: resolve(ROOT, 'server/vite.config.ts'), logLevel: 'warn' });
  const dataDir = await mkdtemp(joinPath(tmpdir(), 'touchmap-team-'));
  const child = spawn(
    process.execPath,
    ['out/server/cli.js', '--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--token', 'team-secret'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
  try {
    const printed = await new Promise<string>((resolveOut, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('token:')) resolveOut(out);
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    });
    const url = /listening on (ws:\/\/\S+)/.exec(printed)?.[1];
    expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(printed).toContain('token: team-secret');
    const host = await join(url!, 'Host', 'team-map', { token: 'team-secret' });
    seedDoc(host.doc, supermarket());
    const other = await join(url!, 'Other', 'team-map', { token: 'team-secret' });
    await until([other.doc], () => other.synced.read().project.steps.length === supermarket().steps.length);
    expect(other.synced.read()).toEqual(host.synced.read());
    leave(host, other);
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    // A clean stop (exit 0); what it wrote to stderr otherwise says why.
    expect({ code: await exited, errors }).toEqual({ code: 0, errors: '' });
    expect(await readdir(dataDir)).toContain('team-map.yjs');
  } finally {
    child.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
}, 120_000);
