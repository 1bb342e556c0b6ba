import { describe, expect, it, vi } from 'vitest';
import { exceedsBytes } from '../../shared/payloadSize';
import { Channels, CONTRACT, MAX_PROJECT_FILE_BYTES, validateRequest } from '../../shared/ipc';
import { blankProject } from '../../shared/model';

/** An array whose element reads are counted: how much of a payload the check looked at. */
function counted(items: unknown[]): { value: unknown[]; reads: () => number } {
  let reads = 0;
  const value = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { value, reads: () => reads };
}

describe('exceedsBytes', () => {
  it('weighs strings, numbers, bytes, arrays and objects about as their JSON', () => {
    expect(exceedsBytes({ name: 'Checkout' }, 100)).toBe(false);
    expect(exceedsBytes('x'.repeat(2048), 1024)).toBe(true);
    expect(exceedsBytes(new Uint8Array(2048), 1024)).toBe(true);
    expect(exceedsBytes([1, 2, 3], 1024)).toBe(false);
    expect(exceedsBytes({ ['k'.repeat(2000)]: 1 }, 1024)).toBe(true);
    expect(exceedsBytes({ a: { b: { c: ['y'.repeat(1100)] } } }, 1024)).toBe(true);
  });

  it('stops once past the limit: doubling an oversized payload does not double the work', () => {
    const item = 'z'.repeat(100);
    const small = counted(Array.from({ length: 100_000 }, () => item));
    const large = counted(Array.from({ length: 200_000 }, () => item));
    expect(exceedsBytes(small.value, 100_000)).toBe(true);
    expect(exceedsBytes(large.value, 100_000)).toBe(true);
    // About limit / 110 elements, whatever the payload's size.
    expect(small.reads()).toBeLessThan(1000);
    expect(large.reads()).toBe(small.reads());
  });

  it('ends on a cycle', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    expect(exceedsBytes(loop, 10_000)).toBe(true);
  });
});

describe('validateRequest size limits', () => {
  const huge = 'x'.repeat(MAX_PROJECT_FILE_BYTES + 1);

  it('refuses an oversized project before its schema (or the model parse) runs', () => {
    const spy = vi.spyOn(CONTRACT.saveProject.request, 'safeParse');
    const project = { ...blankProject({ id: 'p1', name: 'Big', now: '2025-01-01T00:00:00.000Z' }), description: huge };
    expect(validateRequest(Channels.saveProject, { project })).toEqual({
      ok: false,
      error: 'Rejected project:save: the payload is larger than 50.0 MB.',
    });
    expect(validateRequest(Channels.saveAs, { project }).ok).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    // A project under the limit does reach the schema.
    expect(validateRequest(Channels.saveProject, { project: { ...project, description: 'small' } }).ok).toBe(true);
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it('refuses oversized journal patches before their schema runs', () => {
    const spy = vi.spyOn(CONTRACT.appendJournal.request, 'safeParse');
    const patches = Array.from({ length: 60 }, () => ({
      op: 'replace',
      path: ['description'],
      value: 'y'.repeat(1024 * 1024),
    }));
    const result = validateRequest(Channels.appendJournal, { id: 'p1', entries: [{ at: 'now', patches }] });
    expect(result).toEqual({ ok: false, error: 'Rejected journal:append: the payload is larger than 50.0 MB.' });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('holds every other channel to a small default', () => {
    const spy = vi.spyOn(CONTRACT.createProject.request, 'safeParse');
    const result = validateRequest(Channels.createProject, { name: 'n'.repeat(2 * 1024 * 1024), template: 'blank' });
    expect(result).toEqual({ ok: false, error: 'Rejected project:create: the payload is larger than 1.0 MB.' });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
