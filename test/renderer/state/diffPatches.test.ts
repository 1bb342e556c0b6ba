/**
 * The difference between two documents as immer patches (renderer/state/diffPatches.ts): applied
 * in order to the first, they give the second, for command sequences on a real journey and for
 * arbitrary JSON, and a small change makes small patches.
 */
import fc from 'fast-check';
import { applyPatches, enablePatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import type { Project } from '../../../shared/model';
import { diffPatches } from '../../../renderer/state/diffPatches';
import { supermarket } from '../../shared/commands/fixtures';
import { COMMAND_TYPES, Picker, randomCommand } from '../../shared/commands/generate';
import { generateJourney } from '../../support/generate';

enablePatches();

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
/** What the journal does: JSON-copy the patches, then replay them on the earlier document. */
const replay = (from: unknown, to: unknown) =>
  json(applyPatches(json(from) as object, json(diffPatches(from, to)) as never));

describe('diffPatches', () => {
  it('turns each version of a journey into the next, over random command sequences', () => {
    fc.assert(
      fc.property(fc.gen(), fc.integer({ min: 1, max: 25 }), (g, length) => {
        const r = new Picker(g);
        const first = supermarket();
        let project: Project = first;
        for (let i = 0; i < length; i++) {
          const next = applyCommand(project, randomCommand(r, project, r.one(COMMAND_TYPES))).project;
          expect(replay(project, next)).toEqual(json(next));
          project = next;
        }
        // Many changes at once (what coalesced remote edits look like) too.
        expect(replay(first, project)).toEqual(json(project));
      }),
      { numRuns: 150 },
    );
  });

  it('turns any JSON value into any other', () => {
    // Keys an object cannot hold as its own through immer (`__proto__` sets the prototype) are left out.
    const value = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('"__proto__"'));
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(replay({ v: a }, { v: b })).toEqual(json({ v: b }));
      }),
      { numRuns: 300 },
    );
  });

  it('turns one list of records with ids into another: inserts, deletes, reorders, edits', () => {
    const item = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), n: fc.integer({ min: 0, max: 3 }) });
    const list = fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 6 });
    fc.assert(
      fc.property(list, list, (a, b) => {
        expect(replay({ items: a }, { items: b })).toEqual({ items: b });
      }),
      { numRuns: 500 },
    );
  });

  it('makes a few small patches for a small change to a large map', () => {
    const big = generateJourney(1000);
    // A fresh copy, as the shared document reads it: no object is shared with the old version.
    const read = (p: Project) => json(p) as Project;
    const renamed = read({
      ...big,
      steps: big.steps.map((s, i) => (i === 500 ? { ...s, title: 'Renamed by Ben' } : s)),
    });
    expect(diffPatches(big, renamed)).toEqual([
      { op: 'replace', path: ['steps', 500, 'title'], value: 'Renamed by Ben' },
    ]);
    const added = read({
      ...big,
      steps: [...big.steps.slice(0, 10), { ...big.steps[3]!, id: 'new' }, ...big.steps.slice(10)],
    });
    const patches = diffPatches(big, added);
    expect(patches).toEqual([{ op: 'add', path: ['steps', 10], value: expect.objectContaining({ id: 'new' }) }]);
    expect(diffPatches(big, read(big))).toEqual([]);
  });
});
