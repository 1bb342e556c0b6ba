// @vitest-environment jsdom
/**
 * The renderer's recovery journal: an edit goes to main at once (not after a timer),
 * one append at a time, with the edits made meanwhile together in the next one, in order.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankProject } from '../../shared/model';
import type { JournalEntry } from '../../shared/ipc';
import { useDocument } from '../../renderer/state/documentStore';
import { coveredBySave, flushJournal, startJournal } from '../../renderer/state/journal';

interface Call {
  id: string;
  names: string[];
  done: () => void;
}

/** A bridge whose appends complete only when the test says so. */
function holdingBridge() {
  const calls: Call[] = [];
  window.touchmap = {
    appendJournal: vi.fn(
      ({ id, entries }: { id: string; entries: JournalEntry[] }) =>
        new Promise((resolve) => {
          const names = entries.map((e) => {
            const patch = e.patches.find((p) => p.path[0] === 'name');
            return String(patch?.value);
          });
          calls.push({ id, names, done: () => resolve({ ok: true, value: null }) });
        }),
    ),
  } as never;
  return calls;
}

const rename = (name: string) => useDocument.getState().dispatch({ type: 'renameProject', name });
const settle = () => new Promise((r) => setTimeout(r, 0));

let stop: () => void = () => {};
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'Date'] });
  useDocument.getState().close();
  stop = startJournal();
  useDocument.getState().open(blankProject({ id: 'p1', name: 'Start', now: '2026-01-01T00:00:00.000Z' }));
});
afterEach(() => {
  stop();
  useDocument.getState().close();
  vi.useRealTimers();
});

describe('recovery journal (renderer)', () => {
  it('sends an edit at once, without waiting for a timer', async () => {
    const calls = holdingBridge();
    rename('One');
    // No timer is allowed to run: the append must already be on its way.
    await Promise.resolve();
    expect(calls.map((c) => c.names)).toEqual([['One']]);
    expect(calls[0].id).toBe('p1');
    expect(vi.getTimerCount()).toBe(0);
    calls[0].done();
  });

  it('coalesces the edits made while an append is in flight into the next one, in order', async () => {
    vi.useRealTimers();
    const calls = holdingBridge();
    rename('One');
    rename('Two');
    rename('Three');
    expect(calls.map((c) => c.names)).toEqual([['One']]);
    calls[0].done();
    await settle();
    expect(calls.map((c) => c.names)).toEqual([['One'], ['Two', 'Three']]);
    rename('Four');
    // Still one append at a time.
    expect(calls).toHaveLength(2);
    calls[1].done();
    await settle();
    expect(calls.map((c) => c.names)).toEqual([['One'], ['Two', 'Three'], ['Four']]);
    calls[2].done();
    await flushJournal();
  });

  it('drops edits not yet sent that a starting save covers, and flushJournal waits for the rest', async () => {
    vi.useRealTimers();
    const calls = holdingBridge();
    rename('One'); // revision 1, in flight
    rename('Two'); // revision 2, waiting
    coveredBySave(2);
    rename('Three'); // revision 3, after the save started
    let flushed = false;
    const flushing = flushJournal().then(() => (flushed = true));
    calls[0].done();
    await settle();
    expect(calls.map((c) => c.names)).toEqual([['One'], ['Three']]);
    expect(flushed).toBe(false);
    calls[1].done();
    await flushing;
    expect(flushed).toBe(true);
  });

  it('keeps going after an append fails', async () => {
    vi.useRealTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const calls: string[][] = [];
    window.touchmap = {
      appendJournal: vi.fn(async ({ entries }: { entries: JournalEntry[] }) => {
        calls.push(entries.map((e) => String(e.patches[0]?.value)));
        return calls.length === 1 ? { ok: false, error: 'disk full' } : { ok: true, value: null };
      }),
    } as never;
    rename('One');
    await flushJournal();
    rename('Two');
    await flushJournal();
    expect(calls).toEqual([['One'], ['Two']]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('disk full'));
    warn.mockRestore();
  });
});
