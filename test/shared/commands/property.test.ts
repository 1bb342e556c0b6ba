import fc from 'fast-check';
import type { Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyCommand, applyPatchesToProject, type CommandType } from '../../../shared/commands';
import { parseProject, type Project } from '../../../shared/model';
import { expectValid, supermarket } from './fixtures';
import { COMMAND_TYPES, Picker, randomCommand } from './generate';
import { LI, sampleComment } from './commentFixtures';
import { votingProject } from './votingSample';

/** The project with an open comment and a resolved one on its queue step. */
function withComments(project: Project): Project {
  let p = applyCommand(project, { type: 'addComment', comment: sampleComment('c-open') }).project;
  p = applyCommand(p, { type: 'addComment', comment: sampleComment('c-done') }).project;
  return applyCommand(p, { type: 'resolveComment', commentId: 'c-done', by: LI, at: '2026-11-28T10:07:00.000Z' })
    .project;
}

describe('random command sequences', () => {
  it('always give valid documents and undo back to the exact start', () => {
    const accepted = new Set<CommandType>();
    const rejected = new Set<CommandType>();
    fc.assert(
      fc.property(fc.gen(), fc.integer({ min: 1, max: 30 }), (g, length) => {
        const r = new Picker(g);
        // A share of the runs starts in the middle of a dot voting round, so the voting commands
        // that need one (take a dot back, close the round) are exercised as often as the others.
        const base = r.chance(25) ? votingProject() : supermarket();
        // Another share starts with two journey states, so renaming, switching and removing a
        // state get their turn beside the many other command types.
        const states = r.chance(20) ? applyCommand(base, randomCommand(r, base, 'duplicateState')).project : base;
        // And a share with comments, one open and one resolved, for the commands on a thread.
        const start = r.chance(20) ? withComments(states) : states;
        const snapshot = structuredClone(start);
        let project = start;
        const redo: Patch[][] = [];
        const undo: Patch[][] = [];
        for (let i = 0; i < length; i++) {
          const type = r.one(COMMAND_TYPES);
          const command = randomCommand(r, project, type);
          const result = applyCommand(project, command);
          if (result.rejected) {
            rejected.add(type);
            expect(result.project).toBe(project);
            expect(result.patches).toEqual([]);
            continue;
          }
          if (result.patches.length === 0) continue;
          accepted.add(type);
          // Commands never produce an invalid document, whatever values they carried.
          const parsed = parseProject(result.project);
          if (!parsed.ok) expect({ command, problems: parsed.problems }).toBeNull();
          redo.push(result.patches);
          undo.push(result.inversePatches);
          project = result.project;
        }
        const end = project;
        for (const patches of [...undo].reverse()) project = applyPatchesToProject(project, patches);
        expect(project).toStrictEqual(snapshot);
        for (const patches of redo) project = applyPatchesToProject(project, patches);
        expect(project).toStrictEqual(end);
      }),
      { numRuns: 800 },
    );
    // The generator must exercise every command, both ways, or the property proves little.
    expect([...accepted].sort()).toEqual([...COMMAND_TYPES].sort());
    // removeSelection ignores unknown ids by design, so it is the one command that never refuses.
    expect([...rejected].sort()).toEqual(COMMAND_TYPES.filter((t) => t !== 'removeSelection').sort());
    // 800 runs (43 command types, some needing others before them) take about 5 s here; a busy machine more.
  }, 60_000);

  it('the sample itself is valid', () => {
    expectValid(supermarket());
  });
});
