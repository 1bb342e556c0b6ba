/**
 * A compact vocabulary for writing templates: a template states its stages, steps,
 * annotations and flows; this file fills in every default and the layout.
 */
import { APP_INFO, DEFAULT_SERVQUAL_WEIGHTS, defaultMoment } from '../model/defaults';
import { SCHEMA_VERSION } from '../model/schema';
import { defaultRows } from '../model/rows';
import type {
  Channel,
  Evidence,
  Flow,
  FlowKind,
  Lane,
  Moment,
  Persona,
  Project,
  SenseName,
  ServqualDimension,
  Stage,
  Step,
  StepKind,
} from '../model/types';
import { GRID } from '../layout/grid';
import type { Language } from '../i18n/languages';

export interface TemplateFields {
  id: string;
  name: string;
  now: string;
  /** The language of the template's text (stage names, steps, notes); English when absent. */
  language?: Language;
}

export interface MomentSpec {
  momentOfTruth?: boolean;
  channel?: Channel;
  actor?: string;
  /** Engaged senses: valence and note. Senses not listed stay unengaged. */
  senses?: Partial<Record<SenseName, [valence: -1 | 0 | 1, note: string]>>;
  risk?: { likelihood: number; impact: number; description: string; mitigation: string };
  emotion?: number;
  /** Expectation and perception, 1-7. */
  servqual?: Partial<Record<ServqualDimension, [expectation: number, perception: number]>>;
  evidence?: Evidence;
  standard?: { ordinary?: string; quality?: string; measures?: string[] };
  waitSeconds?: number;
  painPoints?: string[];
  opportunities?: string[];
  notes?: string;
}

export interface StepSpec {
  id: string;
  stageId: string;
  laneId?: string;
  title: string;
  description?: string;
  kind?: StepKind;
  /** Slot within the stage column, counted from 0 at the left. */
  col: number;
  /** Row within the lane (or the single row): 0 is the main line, 1 sits below it for branches. */
  row?: number;
  /** What the customer thinks or says here (the journey map's thoughts row). */
  thoughts?: string[];
  moment?: MomentSpec;
}

export type FlowSpec = [from: string, to: string, kind?: FlowKind, label?: string];

/** Left margin inside a stage column, and the space between steps. */
const INSET_X = 40;
const INSET_Y = 48;
const GAP_X = 48;
const GAP_Y = 56;

/**
 * Position relative to the step's cell (see shared/layout/grid.ts): slots run left to right
 * inside the stage column, so the map reads left to right; row 1 holds branches below.
 */
export function slot(col: number, row = 0): { x: number; y: number } {
  const { width, height } = GRID.defaultStepSize;
  return { x: INSET_X + col * (width + GAP_X), y: INSET_Y + row * (height + GAP_Y) };
}

function buildMoment(stepId: string, spec: MomentSpec): Moment {
  const m = defaultMoment();
  if (spec.momentOfTruth !== undefined) m.momentOfTruth = spec.momentOfTruth;
  if (spec.channel) m.channel = spec.channel;
  if (spec.actor) m.actor = spec.actor;
  for (const [sense, value] of Object.entries(spec.senses ?? {}) as [SenseName, [-1 | 0 | 1, string]][]) {
    m.senses[sense] = { engaged: true, valence: value[0], note: value[1] };
  }
  if (spec.risk) m.risk = { ...spec.risk };
  if (spec.emotion !== undefined) m.emotion = spec.emotion;
  for (const [dim, [expectation, perception]] of Object.entries(spec.servqual ?? {}) as [
    ServqualDimension,
    [number, number],
  ][]) {
    m.servqual[dim] = { expectation, perception };
  }
  if (spec.evidence) m.servqual.evidence = spec.evidence;
  if (spec.standard) {
    m.standard = {
      ordinary: spec.standard.ordinary ?? '',
      quality: spec.standard.quality ?? '',
      measures: (spec.standard.measures ?? []).map((text, i) => ({ id: `${stepId}-m${i + 1}`, text, done: false })),
    };
  }
  if (spec.waitSeconds !== undefined) m.waitSeconds = spec.waitSeconds;
  if (spec.painPoints) m.painPoints = [...spec.painPoints];
  if (spec.opportunities) m.opportunities = [...spec.opportunities];
  if (spec.notes) m.notes = spec.notes;
  return m;
}

function buildStep(spec: StepSpec): Step {
  const step: Step = {
    id: spec.id,
    stageId: spec.stageId,
    title: spec.title,
    description: spec.description ?? '',
    kind: spec.kind ?? 'step',
    position: slot(spec.col, spec.row),
  };
  if (spec.laneId) step.laneId = spec.laneId;
  if (spec.thoughts?.length) step.thoughts = [...spec.thoughts];
  if (spec.moment) step.moment = buildMoment(spec.id, spec.moment);
  return step;
}

/** Main flows joining each step to the next, in the order given. */
export function chain(ids: readonly string[]): FlowSpec[] {
  return ids.slice(1).map((to, i) => [ids[i], to, 'main'] as FlowSpec);
}

function buildFlow([from, to, kind, label]: FlowSpec): Flow {
  return { id: `${from}--${to}`, from, to, kind: kind ?? 'main', label: label ?? '' };
}

export function assemble(
  fields: TemplateFields,
  content: {
    description: string;
    stages: Stage[];
    lanes?: Lane[];
    steps: StepSpec[];
    flows: FlowSpec[];
    personas?: Persona[];
    /** Persona id -> step id -> that persona's emotion there (step.personaOverrides). */
    personaEmotions?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  },
): Project {
  const steps = content.steps.map(buildStep);
  for (const [personaId, emotions] of Object.entries(content.personaEmotions ?? {}))
    for (const step of steps) {
      const emotion = emotions[step.id];
      if (emotion !== undefined && step.moment)
        step.personaOverrides = [...(step.personaOverrides ?? []), { personaId, emotion }];
    }
  return {
    schemaVersion: SCHEMA_VERSION,
    writtenBy: { ...APP_INFO },
    id: fields.id,
    name: fields.name,
    description: content.description,
    createdAt: fields.now,
    updatedAt: fields.now,
    stages: content.stages,
    lanes: content.lanes ?? [],
    steps,
    flows: content.flows.map(buildFlow),
    personas: content.personas ?? [],
    servqualWeights: { ...DEFAULT_SERVQUAL_WEIGHTS },
    servqualScale: 7,
    rows: defaultRows(),
  };
}
