import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  applyPatchesToProject,
  canApplyCommand,
  type Command,
  type CommandType,
} from '../../../shared/commands';
import { maxItems } from '../../../shared/commands/internal';
import { journeyRows, newMetric, projectSchema, standardSchema } from '../../../shared/model';
import { sampleSurvey } from '../survey/sample';
import { applyAndCheck, expectRejected, supermarket } from './fixtures';
import { STAFF, sampleRound, votingProject } from './votingSample';
import { ANA, LI, sampleComment } from './commentFixtures';

/** One valid example of every command; typed as a full record so a new command cannot be forgotten. */
const EXAMPLES: { [K in CommandType]: Extract<Command, { type: K }> } = {
  addStep: {
    type: 'addStep',
    step: { id: 's9', stageId: 'pay', title: 'Bag', description: '', kind: 'step', position: { x: 1, y: 2 } },
  },
  addStepAfter: {
    type: 'addStepAfter',
    fromStepId: 'exit',
    flowId: 'f9',
    step: { id: 's9', stageId: 'leave', title: 'Drive', description: '', kind: 'end', position: { x: 300, y: 40 } },
  },
  updateStep: { type: 'updateStep', stepId: 'queue', changes: { title: 'Wait', laneId: 'back' } },
  moveSteps: { type: 'moveSteps', moves: [{ stepId: 'enter', position: { x: 5, y: 6 }, stageId: 'shop' }] },
  removeSelection: { type: 'removeSelection', stepIds: ['ask'], flowIds: ['f1'] },
  connect: { type: 'connect', flow: { id: 'f9', from: 'exit', to: 'enter', label: '', kind: 'failure' } },
  updateFlow: { type: 'updateFlow', flowId: 'f3', changes: { label: 'lost' } },
  insertStepOnFlow: {
    type: 'insertStepOnFlow',
    flowId: 'f6',
    flowIds: ['f9', 'f10'],
    step: { id: 's9', stageId: 'pay', title: 'Scan', description: '', kind: 'step', position: { x: 0, y: 0 } },
  },
  paste: {
    type: 'paste',
    steps: [{ id: 'p1', stageId: 'pay', title: 'Copy', description: '', kind: 'step', position: { x: 9, y: 9 } }],
    flows: [],
  },
  setContactMoment: { type: 'setContactMoment', stepId: 'basket', on: false },
  updateMoment: { type: 'updateMoment', stepId: 'checkout', changes: { senses: { hearing: { engaged: true } } } },
  addMeasure: { type: 'addMeasure', stepId: 'ask', measure: { id: 'm9', text: 'Audit', done: false }, index: 1 },
  updateMeasure: { type: 'updateMeasure', stepId: 'ask', measureId: 'm3', changes: { done: true } },
  removeMeasure: { type: 'removeMeasure', stepId: 'ask', measureId: 'm1' },
  moveMeasure: { type: 'moveMeasure', stepId: 'ask', from: 2, to: 1 },
  addMetric: {
    type: 'addMetric',
    stepId: 'basket',
    metric: { ...newMetric('k9', 'csat'), value: 3.9, target: 4.5, evidence: 'measured' },
  },
  updateMetric: { type: 'updateMetric', stepId: 'ask', metricId: 'k1', changes: { value: 12, target: 20 } },
  removeMetric: { type: 'removeMetric', stepId: 'ask', metricId: 'k1' },
  addStage: { type: 'addStage', stage: { id: 'st9', name: 'Home' }, index: 2 },
  updateStage: { type: 'updateStage', stageId: 'pay', changes: { colour: '#ffeedd' } },
  moveStage: { type: 'moveStage', stageId: 'leave', toIndex: 0 },
  removeStage: { type: 'removeStage', stageId: 'pay' },
  addLane: { type: 'addLane', lane: { id: 'l9', name: 'Support' }, index: 0 },
  updateLane: { type: 'updateLane', laneId: 'front', changes: { name: 'Staff' } },
  moveLane: { type: 'moveLane', laneId: 'customer', toIndex: 1 },
  removeLane: { type: 'removeLane', laneId: 'customer' },
  renameProject: { type: 'renameProject', name: 'Shop' },
  updateProject: { type: 'updateProject', changes: { description: '' } },
  setServqualScale: { type: 'setServqualScale', scale: 5 },
  addPersona: { type: 'addPersona', persona: { id: 'z', name: 'Zed', customerType: 'rude', description: '' } },
  updatePersona: { type: 'updatePersona', personaId: 'anna', changes: { name: 'Anne' } },
  removePersona: { type: 'removePersona', personaId: 'bert' },
  setPersonaOverride: {
    type: 'setPersonaOverride',
    stepId: 'ask',
    personaId: 'anna',
    emotion: -2,
    thoughts: ['Where is everyone?'],
  },
  clearPersonaOverride: { type: 'clearPersonaOverride', stepId: 'checkout', personaId: 'bert', part: 'emotion' },
  setRows: {
    type: 'setRows',
    rows: [...journeyRows({}).reverse()].map((r) => ({ ...r, shown: !r.shown })),
  },
  addNote: { type: 'addNote', stepId: 'ask', row: 'painPoints', text: 'No staff in sight' },
  updateNote: { type: 'updateNote', stepId: 'ask', row: 'painPoints', index: 0, text: 'Staff are hard to find' },
  removeNote: { type: 'removeNote', stepId: 'ask', row: 'painPoints', index: 0 },
  duplicateState: {
    type: 'duplicateState',
    stateId: 'future',
    name: 'Future',
    current: { id: 'today', name: 'Today' },
  },
  renameState: { type: 'renameState', stateId: 'today', name: 'As is' },
  switchState: { type: 'switchState', stateId: 'today' },
  removeState: { type: 'removeState', stateId: 'today' },
  applySurvey: { type: 'applySurvey', survey: sampleSurvey(['checkout', 'ask']), useImportanceWeights: true },
  startVotingRound: { type: 'startVotingRound', round: sampleRound({ id: 'r9' }) },
  placeDot: { type: 'placeDot', roundId: 'r1', participant: 'Ben', target: STAFF },
  removeDot: { type: 'removeDot', roundId: 'r1', participant: 'Ann', target: STAFF },
  closeVotingRound: { type: 'closeVotingRound', roundId: 'r1', closedAt: '2026-03-01T10:20:00.000Z' },
  removeVotingRound: { type: 'removeVotingRound', roundId: 'r1' },
  addComment: { type: 'addComment', comment: sampleComment('c9') },
  replyToComment: {
    type: 'replyToComment',
    commentId: 'c1',
    reply: { id: 'r9', author: LI, createdAt: '2026-11-28T10:05:00.000Z', text: 'Agreed.' },
  },
  editComment: { type: 'editComment', commentId: 'c1', text: 'Queue is long', author: ANA, at: '2026-11-28T10:06:00Z' },
  resolveComment: { type: 'resolveComment', commentId: 'c1', by: LI, at: '2026-11-28T10:07:00.000Z' },
  reopenComment: { type: 'reopenComment', commentId: 'c1' },
  removeComment: { type: 'removeComment', commentId: 'c1' },
};

const VOTING_IN_ROUND = ['placeDot', 'removeDot', 'closeVotingRound', 'removeVotingRound'];

/** A project with comment c1 on the queue, resolved for the reopen example. */
function withComment(command: Command) {
  const p = applyCommand(supermarket(), { type: 'addComment', comment: sampleComment('c1') }).project;
  if (command.type !== 'reopenComment') return p;
  return applyCommand(p, EXAMPLES.resolveComment).project;
}

/** The state commands other than duplicating need a project with two states (Today, and Future being edited). */
function startFor(command: Command) {
  if (VOTING_IN_ROUND.includes(command.type)) return votingProject();
  if (command.type.endsWith('Comment') && command.type !== 'addComment') return withComment(command);
  const p = supermarket();
  if (!['renameState', 'switchState', 'removeState'].includes(command.type)) return p;
  return applyCommand(p, EXAMPLES.duplicateState).project;
}

describe('every command', () => {
  it.each(Object.values(EXAMPLES))('$type undoes to the identical document and redoes to the result', (command) => {
    applyAndCheck(startFor(command), command);
  });

  it.each(Object.values(EXAMPLES))('$type is deterministic', (command) => {
    const a = applyCommand(startFor(command), command);
    const b = applyCommand(startFor(command), command);
    expect(a.project).toStrictEqual(b.project);
    expect(a.patches).toStrictEqual(b.patches);
  });
});

describe('applyCommand', () => {
  it('refuses an unknown command type without throwing', () => {
    const p = supermarket();
    expectRejected(p, { type: 'teleport' } as unknown as Command, 'unknown-command');
    expectRejected(p, { type: '__proto__' } as unknown as Command, 'unknown-command');
    expectRejected(p, { type: 'toString' } as unknown as Command, 'unknown-command');
  });

  it('leaves the input document untouched and shares what did not change', () => {
    const p = supermarket();
    const { project } = applyCommand(p, { type: 'updateStep', stepId: 'browse', changes: { title: 'Look' } });
    expect(p.steps[2].title).toBe('Browse the shelves');
    expect(project.steps[0]).toBe(p.steps[0]);
    expect(project.flows).toBe(p.flows);
  });

  it('undo and redo stay exact across a chain of commands', () => {
    let p = supermarket();
    const start = structuredClone(p);
    const inverses = [];
    for (const command of Object.values(EXAMPLES).slice(0, 12)) {
      const result = applyCommand(p, command);
      p = result.project;
      inverses.push(result.inversePatches);
    }
    for (const inverse of inverses.reverse()) p = applyPatchesToProject(p, inverse);
    expect(p).toStrictEqual(start);
  });
});

describe('canApplyCommand', () => {
  it('is true for a change and false for a refusal or a no-op', () => {
    const p = supermarket();
    expect(canApplyCommand(p, { type: 'renameProject', name: 'New' })).toEqual({ ok: true });
    // A valid command that changes nothing is not refused: no reason to tell.
    expect(canApplyCommand(p, { type: 'renameProject', name: p.name })).toEqual({ ok: false });
    expect(canApplyCommand(p, { type: 'removeStage', stageId: 'ghost' })).toEqual({ ok: false, reason: 'not-found' });
  });

  it('gives the reason the model refuses a command, e.g. removing the last stage', () => {
    let p = supermarket();
    for (const stage of p.stages.slice(1)) p = applyCommand(p, { type: 'removeStage', stageId: stage.id }).project;
    expect(p.stages).toHaveLength(1);
    expect(canApplyCommand(p, { type: 'removeStage', stageId: p.stages[0].id })).toEqual({
      ok: false,
      reason: 'last-stage',
    });
  });
});

describe('limits', () => {
  it('reads the list limits from the schema', () => {
    expect(maxItems(projectSchema.shape.steps)).toBe(20_000);
    expect(maxItems(projectSchema.shape.flows)).toBe(80_000);
    expect(maxItems(projectSchema.shape.lanes)).toBe(100);
    expect(maxItems(standardSchema.shape.measures)).toBe(500);
  });

  it('refuses to grow a list past its limit', () => {
    const p = supermarket();
    p.lanes = Array.from({ length: 100 }, (_, i) => ({ id: `lane-${i}`, name: `Lane ${i}` }));
    p.steps = p.steps.map(({ laneId: _laneId, ...step }) => step);
    expectRejected(p, { type: 'addLane', lane: { id: 'one-more', name: 'More' } }, 'too-many');
  });
});
