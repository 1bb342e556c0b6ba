/**
 * Random commands for the property test, generated against the current document so
 * most of them name ids that exist, with a share of invalid ones mixed in (unknown ids,
 * taken ids, out-of-range values, overlong text).
 */
import fc from 'fast-check';
import {
  instantiateClipboard,
  prepareClipboard,
  type Command,
  type CommandType,
  type MomentChanges,
} from '../../../shared/commands';
import {
  CUSTOMER_TYPES,
  FLOW_KINDS,
  METRIC_DIRECTIONS,
  METRIC_KINDS,
  NOTE_ROWS,
  ROW_KINDS,
  SENSES,
  SERVQUAL_DIMENSIONS,
  STEP_KINDS,
  VOTING_SCOPES,
  defaultMoment,
  newMetric,
  listStates,
} from '../../../shared/model';
import type { Project, Step } from '../../../shared/model';
import { sampleSurvey } from '../survey/sample';

export const COMMAND_TYPES: readonly CommandType[] = [
  'addStep',
  'addStepAfter',
  'updateStep',
  'moveSteps',
  'removeSelection',
  'connect',
  'updateFlow',
  'insertStepOnFlow',
  'paste',
  'setContactMoment',
  'updateMoment',
  'addMeasure',
  'updateMeasure',
  'removeMeasure',
  'moveMeasure',
  'addStage',
  'updateStage',
  'moveStage',
  'removeStage',
  'addLane',
  'updateLane',
  'moveLane',
  'removeLane',
  'renameProject',
  'updateProject',
  'addPersona',
  'updatePersona',
  'removePersona',
  'setPersonaOverride',
  'clearPersonaOverride',
  'duplicateState',
  'renameState',
  'switchState',
  'removeState',
  'startVotingRound',
  'placeDot',
  'removeDot',
  'closeVotingRound',
  'removeVotingRound',
  'addComment',
  'replyToComment',
  'editComment',
  'resolveComment',
  'reopenComment',
  'removeComment',
];

const AUTHORS = [
  { name: 'Ana', colour: '#1b6fd6' },
  { name: 'Li', colour: '#b83da0' },
];

/** Draws values from fast-check's generator, so failures shrink and replay from a seed. */
export class Picker {
  private counter = 0;
  constructor(private readonly g: fc.GeneratorValue) {}

  int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }
  chance(percent: number): boolean {
    return this.int(0, 99) < percent;
  }
  one<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  /** Usually an existing id, sometimes one that does not exist. */
  id(items: readonly { id: string }[]): string {
    return items.length === 0 || this.chance(8) ? 'ghost' : this.one(items).id;
  }
  /** A new id, or now and then one already taken. */
  fresh(items: readonly { id: string }[]): string {
    return items.length > 0 && this.chance(5) ? this.one(items).id : `n${++this.counter}`;
  }
  text(): string {
    return this.chance(4) ? 'x'.repeat(600) : this.g(fc.string, { maxLength: 12 });
  }
  name(): string {
    return this.chance(4) ? '' : this.text();
  }
  position(): { x: number; y: number } {
    return this.chance(3) ? { x: 2e7, y: 0 } : { x: this.int(-200, 1500), y: this.int(-200, 900) };
  }
  index(length: number): number {
    return this.int(-1, length + 1);
  }
  subset<T>(items: readonly T[]): T[] {
    return items.filter(() => this.chance(30));
  }
}

function newStep(r: Picker, p: Project): Step {
  const step: Step = {
    id: r.fresh(p.steps),
    stageId: r.chance(5) ? 'ghost' : r.one(p.stages).id,
    title: r.text(),
    description: '',
    kind: r.one(STEP_KINDS),
    position: r.position(),
  };
  if (p.lanes.length && r.chance(70)) step.laneId = r.id(p.lanes);
  if (r.chance(30)) step.moment = defaultMoment();
  return step;
}

function momentChanges(r: Picker): MomentChanges {
  const changes: MomentChanges = {};
  if (r.chance(40)) changes.risk = { likelihood: r.chance(20) ? null : r.int(0, 6), mitigation: r.text() };
  if (r.chance(30)) changes.senses = { [r.one(SENSES)]: { engaged: r.chance(50), valence: r.int(-2, 2) } };
  if (r.chance(30)) changes.servqual = { [r.one(SERVQUAL_DIMENSIONS)]: { expectation: r.int(0, 8) } };
  if (r.chance(30)) changes.emotion = r.int(-3, 3);
  if (r.chance(20)) changes.painPoints = r.chance(50) ? [] : [r.text(), r.text()];
  if (r.chance(20)) changes.standard = { quality: r.text() };
  if (r.chance(20)) changes.momentOfTruth = r.chance(50);
  return changes;
}

const metricsOf = (p: Project, stepId: string) => p.steps.find((s) => s.id === stepId)?.metrics ?? [];
const moments = (p: Project) => p.steps.filter((s) => s.moment);
const measuresOf = (p: Project, stepId: string) =>
  p.steps.find((s) => s.id === stepId)?.moment?.standard.measures ?? [];

/** One random command of the given type against `p`. */
export function randomCommand(r: Picker, p: Project, type: CommandType): Command {
  switch (type) {
    case 'addStep':
      return { type, step: newStep(r, p) };
    case 'addStepAfter':
      return { type, fromStepId: r.id(p.steps), step: newStep(r, p), flowId: r.fresh(p.flows) };
    case 'insertStepOnFlow':
      return { type, flowId: r.id(p.flows), step: newStep(r, p), flowIds: [r.fresh(p.flows), r.fresh(p.flows)] };
    case 'updateStep':
      return {
        type,
        stepId: r.id(p.steps),
        changes: {
          ...(r.chance(50) && { title: r.text() }),
          ...(r.chance(30) && { kind: r.one(STEP_KINDS) }),
          ...(r.chance(30) && { stageId: r.id(p.stages) }),
          ...(r.chance(30) && { laneId: r.chance(30) ? null : r.id(p.lanes) }),
        },
      };
    case 'moveSteps':
      return {
        type,
        moves: Array.from({ length: r.int(1, 4) }, () => ({
          stepId: r.id(p.steps),
          position: r.position(),
          ...(r.chance(30) && { stageId: r.id(p.stages) }),
          ...(r.chance(30) && { laneId: r.chance(30) ? null : r.id(p.lanes) }),
        })),
      };
    case 'removeSelection':
      return { type, stepIds: r.subset(p.steps).map((s) => s.id), flowIds: r.subset(p.flows).map((f) => f.id) };
    case 'connect':
      return {
        type,
        flow: {
          id: r.fresh(p.flows),
          from: r.id(p.steps),
          to: r.id(p.steps),
          label: r.text(),
          kind: r.one(FLOW_KINDS),
        },
      };
    case 'updateFlow':
      return { type, flowId: r.id(p.flows), changes: { label: r.text(), kind: r.one(FLOW_KINDS) } };
    case 'paste': {
      const clip = prepareClipboard(
        p,
        r.subset(p.steps).map((s) => s.id),
      );
      const fresh = () => r.fresh(p.steps);
      const target = r.chance(30) ? r.id(p.stages) : undefined;
      return { type, ...instantiateClipboard(clip, fresh, { x: 24, y: 24 }, target) };
    }
    case 'setContactMoment':
      return { type, stepId: r.id(p.steps), on: r.chance(50) };
    case 'updateMoment':
      return { type, stepId: r.id(moments(p)), changes: momentChanges(r) };
    case 'addMeasure': {
      const stepId = r.id(moments(p));
      const measures = measuresOf(p, stepId);
      const measure = { id: r.fresh(measures), text: r.text(), done: r.chance(50) };
      return { type, stepId, measure, ...(r.chance(50) && { index: r.index(measures.length) }) };
    }
    case 'updateMeasure': {
      const stepId = r.id(moments(p));
      return { type, stepId, measureId: r.id(measuresOf(p, stepId)), changes: { done: r.chance(50), text: r.text() } };
    }
    case 'removeMeasure': {
      const stepId = r.id(moments(p));
      return { type, stepId, measureId: r.id(measuresOf(p, stepId)) };
    }
    case 'addMetric': {
      const stepId = r.id(p.steps);
      const metrics = metricsOf(p, stepId);
      const metric = {
        ...newMetric(r.fresh(metrics), r.one(METRIC_KINDS)),
        value: r.chance(20) ? null : r.int(-150, 150),
        target: r.chance(30) ? null : r.int(-150, 150),
        name: r.name(),
      };
      return { type, stepId, metric, ...(r.chance(30) && { index: r.index(metrics.length) }) };
    }
    case 'updateMetric': {
      const stepId = r.id(p.steps);
      return {
        type,
        stepId,
        metricId: r.id(metricsOf(p, stepId)),
        changes: {
          ...(r.chance(50) && { value: r.chance(20) ? null : r.int(-150, 150) }),
          ...(r.chance(30) && { direction: r.one(METRIC_DIRECTIONS) }),
          ...(r.chance(30) && { kind: r.one(METRIC_KINDS) }),
          ...(r.chance(30) && { source: r.text() }),
        },
      };
    }
    case 'removeMetric': {
      const stepId = r.id(p.steps);
      return { type, stepId, metricId: r.id(metricsOf(p, stepId)) };
    }
    case 'moveMeasure': {
      const stepId = r.id(moments(p));
      const length = measuresOf(p, stepId).length;
      return { type, stepId, from: r.index(length), to: r.index(length) };
    }
    case 'addStage':
      return { type, stage: { id: r.fresh(p.stages), name: r.text() }, index: r.index(p.stages.length) };
    case 'updateStage':
      return {
        type,
        stageId: r.id(p.stages),
        changes: { name: r.text(), colour: r.one([null, '#a1b2c3', 'blue', undefined]) },
      };
    case 'moveStage':
      return { type, stageId: r.id(p.stages), toIndex: r.index(p.stages.length) };
    case 'removeStage':
      return { type, stageId: r.id(p.stages) };
    case 'addLane':
      return { type, lane: { id: r.fresh(p.lanes), name: r.text() }, index: r.index(p.lanes.length) };
    case 'updateLane':
      return { type, laneId: r.id(p.lanes), changes: { name: r.text() } };
    case 'moveLane':
      return { type, laneId: r.id(p.lanes), toIndex: r.index(p.lanes.length) };
    case 'removeLane':
      return { type, laneId: r.id(p.lanes) };
    case 'renameProject':
      return { type, name: r.name() };
    case 'updateProject':
      return {
        type,
        changes: {
          ...(r.chance(50) && { description: r.text() }),
          ...(r.chance(50) && { servqualWeights: { [r.one(SERVQUAL_DIMENSIONS)]: r.int(-5, 15) / 10 } }),
        },
      };
    case 'setServqualScale':
      return { type, scale: r.chance(50) ? 5 : 7 };
    case 'addPersona':
      return {
        type,
        persona: { id: r.fresh(p.personas), name: r.text(), customerType: r.one(CUSTOMER_TYPES), description: '' },
      };
    case 'updatePersona':
      return { type, personaId: r.id(p.personas), changes: { name: r.text(), customerType: r.one(CUSTOMER_TYPES) } };
    case 'removePersona':
      return { type, personaId: r.id(p.personas) };
    case 'setPersonaOverride':
      return {
        type,
        stepId: r.id(p.steps),
        personaId: r.id(p.personas),
        ...(r.chance(60) && { emotion: r.int(-3, 3) }),
        ...(r.chance(50) && { thoughts: r.chance(20) ? [] : [r.text(), '  '] }),
      };
    case 'clearPersonaOverride':
      return {
        type,
        stepId: r.id(p.steps),
        personaId: r.id(p.personas),
        ...(r.chance(50) && { part: r.one(['emotion', 'thoughts'] as const) }),
      };
    case 'setRows': {
      // Mostly a complete list in a shuffled order; sometimes one with a kind left out (refused).
      const shuffled = [...ROW_KINDS];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = r.int(0, i);
        [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
      }
      const kinds = r.chance(70) ? shuffled : r.subset(shuffled);
      return { type, rows: kinds.map((kind) => ({ kind, shown: r.chance(50) })) };
    }
    case 'addNote':
      return {
        type,
        stepId: r.id(p.steps),
        row: r.one(NOTE_ROWS),
        text: r.chance(10) ? '  ' : r.text(),
        ...(r.chance(30) && { index: r.int(-1, 3) }),
      };
    case 'updateNote':
      return { type, stepId: r.id(p.steps), row: r.one(NOTE_ROWS), index: r.int(-1, 3), text: r.text() };
    case 'removeNote':
      return { type, stepId: r.id(p.steps), row: r.one(NOTE_ROWS), index: r.int(-1, 3) };
    case 'duplicateState': {
      const states = listStates(p, 'Today', 'today');
      return {
        type,
        stateId: r.fresh(states),
        name: r.chance(10) ? ' ' : r.text(),
        ...(!p.states && r.chance(90) && { current: { id: 'today', name: 'Today' } }),
      };
    }
    case 'renameState':
      return { type, stateId: r.id(listStates(p, 'Today', 'today')), name: r.text() };
    case 'switchState':
      return { type, stateId: r.id(listStates(p, 'Today', 'today')) };
    case 'removeState':
      return { type, stateId: r.id(listStates(p, 'Today', 'today')) };
    case 'applySurvey':
      return { type, survey: sampleSurvey(r.subset(p.steps).map((s) => s.id)), useImportanceWeights: r.chance(30) };
    case 'startVotingRound':
      return {
        type,
        round: {
          id: r.fresh(p.votingRounds ?? []),
          title: r.text(),
          facilitator: 'Fran',
          scope: r.one(VOTING_SCOPES),
          dotsPerParticipant: r.int(0, 4),
          hideUntilClosed: r.chance(50),
          participants: r.chance(5)
            ? [
                { name: 'Ann', colour: '#e11d48' },
                { name: 'Ann', colour: '#2563eb' },
              ]
            : [
                { name: 'Ann', colour: '#e11d48' },
                { name: 'Ben', colour: '#2563eb' },
              ],
          dots: [],
          status: 'open',
          createdAt: '2026-03-01T10:00:00.000Z',
        },
      };
    case 'placeDot':
    case 'removeDot': {
      const round = r.id(p.votingRounds ?? []);
      const dots = p.votingRounds?.find((v) => v.id === round)?.dots ?? [];
      if (type === 'removeDot' && dots.length && r.chance(80)) return { type, roundId: round, ...r.one(dots) };
      const items = p.steps.flatMap((s) =>
        (['painPoint', 'opportunity'] as const).flatMap((kind) =>
          (s.moment?.[kind === 'painPoint' ? 'painPoints' : 'opportunities'] ?? []).map((text) => ({
            stepId: s.id,
            kind,
            text,
          })),
        ),
      );
      const target =
        items.length && r.chance(85)
          ? r.one(items)
          : { stepId: r.id(p.steps), kind: 'painPoint' as const, text: 'gone' };
      return { type, roundId: round, participant: r.chance(90) ? r.one(['Ann', 'Ben']) : 'Zed', target };
    }
    case 'closeVotingRound':
      return { type, roundId: r.id(p.votingRounds ?? []), closedAt: '2026-03-01T10:20:00.000Z' };
    case 'removeVotingRound':
      return { type, roundId: r.id(p.votingRounds ?? []) };
    case 'addComment': {
      const kind = r.one(['step', 'flow', 'stage'] as const);
      const list = kind === 'step' ? p.steps : kind === 'flow' ? p.flows : p.stages;
      return {
        type,
        comment: {
          id: r.fresh(p.comments ?? []),
          target: { kind, id: r.id(list) },
          author: r.one(AUTHORS),
          createdAt: '2026-11-28T10:00:00.000Z',
          text: r.chance(5) ? '  ' : r.text() || 'x',
          replies: [],
          resolved: false,
        },
      };
    }
    case 'replyToComment':
      return {
        type,
        commentId: r.id(p.comments ?? []),
        reply: {
          id: r.fresh([]),
          author: r.one(AUTHORS),
          createdAt: '2026-11-28T10:01:00.000Z',
          text: r.text() || 'y',
        },
      };
    case 'editComment': {
      const commentId = r.id(p.comments ?? []);
      const own = p.comments?.find((c) => c.id === commentId)?.author;
      return {
        type,
        commentId,
        text: r.text() || 'z',
        // Mostly the author, now and then someone else (refused).
        author: own && r.chance(80) ? own : r.one(AUTHORS),
        at: '2026-11-28T10:02:00.000Z',
      };
    }
    case 'resolveComment': {
      const open = (p.comments ?? []).filter((c) => !c.resolved);
      return { type, commentId: r.id(open), by: r.one(AUTHORS), at: '2026-11-28T10:03:00.000Z' };
    }
    case 'reopenComment':
      return { type, commentId: r.id((p.comments ?? []).filter((c) => c.resolved)) };
    case 'removeComment':
      return { type, commentId: r.id(p.comments ?? []) };
  }
}
