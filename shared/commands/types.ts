/**
 * Edit commands: every change to a Touchmap document, described as data.
 *
 * A command carries everything it needs, including the ids of anything it creates
 * (the caller generates them), so applying it is pure and deterministic: the same
 * command on the same document always gives the same document and the same patches.
 * `updatedAt` is never touched by a command; the saver sets it, so undo returns the
 * identical document.
 */
import type { Patch } from 'immer';
import type {
  Author,
  Comment,
  CommentReply,
  Flow,
  FlowKind,
  JourneyRow,
  Lane,
  Measure,
  Metric,
  Moment,
  Persona,
  Project,
  ServqualScale,
  ServqualWeights,
  Stage,
  Step,
  StepKind,
  Survey,
  VotingRound,
  VotingTarget,
} from '../model/types';
import type { NoteRow } from '../model/rows';

/** A deep partial whose arrays are replaced whole, never merged item by item. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** Changes to a contact moment, merged deeply (`{ risk: { likelihood: 3 } }` leaves the rest of `risk` alone). */
export type MomentChanges = DeepPartial<Moment>;

/** Changes to one of a step's metrics: any field but its id. */
export type MetricChanges = Partial<Omit<Metric, 'id'>>;

export interface StepChanges {
  title?: string;
  description?: string;
  kind?: StepKind;
  stageId?: string;
  /** A lane id, or `null` to take the step out of any lane. */
  laneId?: string | null;
}

/** Where one step goes in a drag or an auto layout. Omitted `stageId`/`laneId` keep the current cell. */
export interface StepMove {
  stepId: string;
  position: Step['position'];
  stageId?: string;
  laneId?: string | null;
}

export interface Clipboard {
  steps: Step[];
  flows: Flow[];
  /** The SERVQUAL scale of the project the steps were copied from: their scores are on it. */
  servqualScale?: ServqualScale;
}

export type Command =
  // Steps and flows
  | { type: 'addStep'; step: Step }
  /** Add a step and a main flow to it from `fromStepId` (Enter on a selected step). */
  | { type: 'addStepAfter'; fromStepId: string; step: Step; flowId: string }
  | { type: 'updateStep'; stepId: string; changes: StepChanges }
  | { type: 'moveSteps'; moves: StepMove[] }
  /** Removes the steps, every flow touching them, and the flows listed. Unknown ids are ignored. */
  | { type: 'removeSelection'; stepIds: string[]; flowIds: string[] }
  | { type: 'connect'; flow: Flow }
  | { type: 'updateFlow'; flowId: string; changes: { label?: string; kind?: FlowKind } }
  /**
   * Insert a step on a flow (Enter on a selected flow): the flow is replaced by two flows of
   * its kind, source -> new step (keeping the flow's label) and new step -> target, with ids
   * `flowIds`. The command places the step: in the source's cell, right of the source, where
   * the steps of that cell right of the source move one step further right to make room.
   * The `stageId`, `laneId` and `position` given with `step` are ignored.
   */
  | { type: 'insertStepOnFlow'; flowId: string; step: Step; flowIds: [string, string] }
  /** `servqualScale`: the scale the steps' scores are on; another than the project's is converted (as setServqualScale does). */
  | { type: 'paste'; steps: Step[]; flows: Flow[]; servqualScale?: ServqualScale }
  // Contact moments
  | { type: 'setContactMoment'; stepId: string; on: boolean }
  | { type: 'updateMoment'; stepId: string; changes: MomentChanges }
  | { type: 'addMeasure'; stepId: string; measure: Measure; index?: number }
  | { type: 'updateMeasure'; stepId: string; measureId: string; changes: { text?: string; done?: boolean } }
  | { type: 'removeMeasure'; stepId: string; measureId: string }
  | { type: 'moveMeasure'; stepId: string; from: number; to: number }
  // A step's metrics (on any step, contact moment or not); values outside their kind's range are refused
  | { type: 'addMetric'; stepId: string; metric: Metric; index?: number }
  | { type: 'updateMetric'; stepId: string; metricId: string; changes: MetricChanges }
  | { type: 'removeMetric'; stepId: string; metricId: string }
  // Stages and lanes
  | { type: 'addStage'; stage: Stage; index?: number }
  /** `colour: null` removes the colour. */
  | { type: 'updateStage'; stageId: string; changes: { name?: string; colour?: string | null } }
  | { type: 'moveStage'; stageId: string; toIndex: number }
  /** Removes the stage with its steps and their flows; refused for the last stage. */
  | { type: 'removeStage'; stageId: string }
  | { type: 'addLane'; lane: Lane; index?: number }
  | { type: 'updateLane'; laneId: string; changes: { name?: string } }
  | { type: 'moveLane'; laneId: string; toIndex: number }
  /** Its steps move into the first remaining lane (below the steps already there), or out of lanes. */
  | { type: 'removeLane'; laneId: string }
  // Project and personas
  | { type: 'renameProject'; name: string }
  | {
      type: 'updateProject';
      changes: { description?: string; servqualWeights?: Partial<ServqualWeights> };
    }
  /**
   * Change the project's SERVQUAL answer scale (1-5 or 1-7): every expectation and perception
   * moves linearly onto the new scale (x' = 1 + (x - 1) * (new - 1) / (old - 1)), full precision kept.
   */
  | { type: 'setServqualScale'; scale: ServqualScale }
  | { type: 'addPersona'; persona: Persona; index?: number }
  | { type: 'updatePersona'; personaId: string; changes: Partial<Omit<Persona, 'id'>> }
  /** Removes the persona and, in the same undo step, its overrides on every step. */
  | { type: 'removePersona'; personaId: string }
  /**
   * How a persona lives a step: the parts given (emotion on a contact moment, thoughts on
   * any step) replace the persona's own there; the parts left out stay as they are.
   */
  | { type: 'setPersonaOverride'; stepId: string; personaId: string; emotion?: number; thoughts?: string[] }
  /** The persona lives the step as the default again: one part, or (no part) both. */
  | { type: 'clearPersonaOverride'; stepId: string; personaId: string; part?: 'emotion' | 'thoughts' }
  // Journey-map rows
  /** The whole row list: every row kind exactly once, in order, each shown or hidden. */
  | { type: 'setRows'; rows: JourneyRow[] }
  /** A note typed into a note row under a step: trimmed, refused when blank. Pain points and opportunities need a contact moment. */
  | { type: 'addNote'; stepId: string; row: NoteRow; text: string; index?: number }
  | { type: 'updateNote'; stepId: string; row: NoteRow; index: number; text: string }
  | { type: 'removeNote'; stepId: string; row: NoteRow; index: number }
  // Journey states (today's, the target...)
  /**
   * Copy the state being edited as a new state `stateId` named `name`, placed after it, and
   * edit the copy. `current` names the state being copied when the project has no states yet.
   */
  | { type: 'duplicateState'; stateId: string; name: string; current?: { id: string; name: string } }
  | { type: 'renameState'; stateId: string; name: string }
  /** Edit another state: its stages, lanes, steps and flows swap into the top-level fields. */
  | { type: 'switchState'; stateId: string }
  /** Refused for the last state; removing the one being edited switches to its neighbour. */
  | { type: 'removeState'; stateId: string }
  // Surveys (format 4)
  /**
   * Keep an imported survey and write its computed means into the moments it maps to
   * (evidence: measured); optionally its mean importance points become the weights.
   */
  | { type: 'applySurvey'; survey: Survey; useImportanceWeights: boolean }
  // Dot voting (format 5)
  /** Start a round (open, no dots yet); refused while another round is open. */
  | { type: 'startVotingRound'; round: VotingRound }
  /** One dot of `participant` on a pain point or opportunity; refused over their allowance or on a closed round. */
  | { type: 'placeDot'; roundId: string; participant: string; target: VotingTarget }
  /** Take back one of the participant's dots on the item while the round is open. */
  | { type: 'removeDot'; roundId: string; participant: string; target: VotingTarget }
  /** Close an open round: its dots and results are kept, read only. */
  | { type: 'closeVotingRound'; roundId: string; closedAt: string }
  | { type: 'removeVotingRound'; roundId: string }
  // Comments (format 5)
  /** A new open comment without replies, pinned to a step, flow or stage of the map being edited. */
  | { type: 'addComment'; comment: Comment }
  | { type: 'replyToComment'; commentId: string; reply: CommentReply }
  /** Change a comment's (or with `replyId`, a reply's) text; refused (invalid-value) unless `author` wrote it. */
  | { type: 'editComment'; commentId: string; replyId?: string; text: string; author: Author; at: string }
  | { type: 'resolveComment'; commentId: string; by: Author; at: string }
  | { type: 'reopenComment'; commentId: string }
  /** Delete a comment with its thread, or (with `replyId`) one reply. */
  | { type: 'removeComment'; commentId: string; replyId?: string };

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * Why a command was refused. Codes rather than sentences, so the renderer can
 * translate them ("cannot remove the last stage") or simply ignore them.
 */
export type RejectReason =
  | 'unknown-command'
  | 'not-found'
  | 'duplicate-id'
  | 'invalid-value'
  | 'last-stage'
  | 'last-state'
  | 'self-loop'
  | 'duplicate-flow'
  | 'no-moment'
  | 'too-many';

export interface CommandResult {
  project: Project;
  patches: Patch[];
  inversePatches: Patch[];
  /** Set when the command was refused; the project is then the same object and both patch lists are empty. */
  rejected?: RejectReason;
}
