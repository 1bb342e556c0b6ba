// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { enablePatches, produceWithPatches } from 'immer';
import { blankProject, defaultStep } from '../../shared/model';
import type { JournalContents } from '../../shared/ipc';
import { findRecovery, replayJournal } from '../../renderer/app/recovery';

enablePatches();
const saved = blankProject({ id: 'p1', name: 'Saved', now: '2026-01-01T00:00:00.000Z' });

function journalWith(contents: JournalContents) {
  window.touchmap = { readJournal: vi.fn(async () => ({ ok: true as const, value: contents })) } as never;
}

describe('recovery on open', () => {
  it('replays the journalled edits on the saved document, in order', () => {
    const [, p1] = produceWithPatches(saved, (d) => {
      d.steps.push(defaultStep({ id: 's1', stageId: 'stage-1', title: 'Pay' }));
    });
    const afterFirst = replayJournal(saved, [{ at: 't1', patches: p1 }])!;
    const [, p2] = produceWithPatches(afterFirst, (d) => {
      d.steps[0].title = 'Pay by card';
    });
    const restored = replayJournal(saved, [
      { at: 't1', patches: p1 },
      { at: 't2', patches: p2 },
    ]);
    expect(restored?.steps.map((s) => s.title)).toEqual(['Pay by card']);
  });

  it('refuses edits that do not fit the saved file rather than corrupting it', () => {
    const bad = [{ at: 't', patches: [{ op: 'replace' as const, path: ['steps', 5, 'title'], value: 'x' }] }];
    expect(replayJournal(saved, bad)).toBeNull();
  });

  it('offers nothing for an empty journal, the edits when there are some, and explains a stale journal', async () => {
    journalWith({ entries: [], skipped: 0 });
    expect(await findRecovery(saved)).toBeNull();

    const [, patches] = produceWithPatches(saved, (d) => {
      d.name = 'Renamed';
    });
    journalWith({ entries: [{ at: '2026-01-02T10:00:00.000Z', patches }], skipped: 1 });
    const offer = await findRecovery(saved);
    expect(offer && 'restored' in offer && offer.restored.name).toBe('Renamed');
    expect(offer && 'lastWrittenAt' in offer && offer.lastWrittenAt).toBe('2026-01-02T10:00:00.000Z');
    expect(offer && 'skipped' in offer && offer.skipped).toBe(1);

    journalWith({ entries: [], skipped: 0, stale: true });
    const stale = await findRecovery(saved);
    expect(stale && 'error' in stale && stale.error).toMatch(/replaced.*quarantine/);
  });
});
