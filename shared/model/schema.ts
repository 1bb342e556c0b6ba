/**
 * The Touchmap document: one project, validated at every border.
 * Types are inferred from these schemas (see ./types.ts); nothing is written twice.
 */
import { z } from 'zod';

/** The format version this app writes. History and migration policy: docs/FORMAT.md. */
export const SCHEMA_VERSION = 4 as const;

/** Longest text accepted in any single field (titles, notes...). */
export const MAX_TEXT = 10_000;
/** Longest short label (names, titles). */
export const MAX_LABEL = 500;
export const MAX_ITEMS = 20_000;

const id = z.string().min(1, 'must not be empty').max(100);
const label = z.string().max(MAX_LABEL);
const text = z.string().max(MAX_TEXT);
const isoDate = z.string().max(40);

export const SENSES = ['sight', 'hearing', 'smell', 'taste', 'touch'] as const;
export const SERVQUAL_DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;
export const CHANNELS = ['in person', 'phone', 'web', 'app', 'email', 'chat', 'mail', 'other'] as const;
export const STEP_KINDS = ['start', 'step', 'decision', 'end'] as const;
export const FLOW_KINDS = ['main', 'alternative', 'failure'] as const;
export const EVIDENCE = ['assumed', 'observed', 'measured'] as const;
/**
 * The journey-map rows under the stages (format 3), each a lens on the same steps:
 * the emotion curve, the touchpoint (channel and actor), what the customer thinks,
 * the senses engaged, pain points, opportunities, risk, the weighted SERVQUAL gap,
 * the service standard's measures and the wait time.
 */
export const ROW_KINDS = [
  'emotion',
  'touchpoint',
  'thoughts',
  'senses',
  'painPoints',
  'opportunities',
  'risk',
  'servqualGap',
  'standard',
  'waitTime',
] as const;
export const CUSTOMER_TYPES = [
  'regular',
  'angry',
  'arguer',
  'talker',
  'chronic complainer',
  'rude',
  'demanding',
  'internal',
  'other',
] as const;

export const senseSchema = z.object({
  engaged: z.boolean(),
  /** -1 negative, 0 neutral, +1 positive. */
  valence: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
  note: text,
});

export const sensesSchema = z.object({
  sight: senseSchema,
  hearing: senseSchema,
  smell: senseSchema,
  taste: senseSchema,
  touch: senseSchema,
});

const scale5 = z.number().int().min(1).max(5);

/** The SERVQUAL answer scales a project may use (since format 4): 1-5 or 1-7. */
export const SERVQUAL_SCALES = [5, 7] as const;
/** The widest scale; the project's own scale (`servqualScale`) is checked by checkServqualScale (parse.ts). */
export const SERVQUAL_MAX = 7;
/**
 * A SERVQUAL mean: a decimal (a mean over respondents) within 1..7 here; the project's
 * scale narrows it to 1..5 when the project uses 1-5.
 */
const servqualScore = z.number().finite().min(1).max(SERVQUAL_MAX);
/** Most respondents a SERVQUAL mean may be taken over. */
export const MAX_RESPONDENTS = 10_000_000;

export const riskSchema = z.object({
  likelihood: scale5.nullable(),
  impact: scale5.nullable(),
  description: text,
  mitigation: text,
});

/**
 * One SERVQUAL dimension: expectation and perception, decimal means on the project's scale
 * (`servqualScale`), either may be unset; since format 4, how many respondents the means are
 * taken over (absent or null = not said, e.g. a workshop estimate).
 */
export const servqualEntrySchema = z.object({
  expectation: servqualScore.nullable(),
  perception: servqualScore.nullable(),
  respondents: z.number().int().min(1).max(MAX_RESPONDENTS).nullable().optional(),
});

export const servqualSchema = z.object({
  tangibles: servqualEntrySchema,
  reliability: servqualEntrySchema,
  responsiveness: servqualEntrySchema,
  assurance: servqualEntrySchema,
  empathy: servqualEntrySchema,
  evidence: z.enum(EVIDENCE),
});

export const measureSchema = z.object({
  id,
  text: label,
  done: z.boolean(),
});

export const standardSchema = z.object({
  ordinary: text,
  quality: text,
  measures: z.array(measureSchema).max(500),
});

/** Present on a step = the step is a contact moment. */
export const momentSchema = z.object({
  momentOfTruth: z.boolean(),
  channel: z.enum(CHANNELS),
  actor: label,
  senses: sensesSchema,
  risk: riskSchema,
  /** -2 (very negative) .. +2 (delighted); null = not assessed. */
  emotion: z.number().int().min(-2).max(2).nullable(),
  servqual: servqualSchema,
  standard: standardSchema,
  waitSeconds: z.number().min(0).max(1e7).nullable(),
  painPoints: z.array(label).max(500),
  opportunities: z.array(label).max(500),
  notes: text,
});

export const positionSchema = z.object({
  x: z.number().finite().min(-1e7).max(1e7),
  y: z.number().finite().min(-1e7).max(1e7),
});

export const stepSchema = z.object({
  id,
  stageId: id,
  laneId: id.optional(),
  title: label,
  description: text,
  kind: z.enum(STEP_KINDS),
  position: positionSchema,
  /** What the customer thinks or says at this step, one note each (since format 3); absent = none. */
  thoughts: z.array(label).max(500).optional(),
  moment: momentSchema.optional(),
});

export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #aabbcc');

export const stageSchema = z.object({
  id,
  name: label,
  colour: colourSchema.optional(),
});

export const laneSchema = z.object({
  id,
  name: label,
});

export const flowSchema = z.object({
  id,
  from: id,
  to: id,
  label: label,
  kind: z.enum(FLOW_KINDS),
});

export const personaSchema = z.object({
  id,
  name: label,
  customerType: z.enum(CUSTOMER_TYPES),
  description: text,
});

/**
 * A viewport older files carry. Touchmap no longer writes one (view state is kept
 * per project in the library settings); a file that has one keeps it untouched,
 * and one out of range or malformed is dropped rather than refusing the file.
 */
export const viewSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().min(0.01).max(10),
});

export const servqualWeightsSchema = z.object({
  tangibles: z.number().min(0).max(1),
  reliability: z.number().min(0).max(1),
  responsiveness: z.number().min(0).max(1),
  assurance: z.number().min(0).max(1),
  empathy: z.number().min(0).max(1),
});

/** One journey-map row: which lens, and whether it is shown (on the canvas and, by default, in exports). */
export const rowSchema = z.object({
  kind: z.enum(ROW_KINDS),
  shown: z.boolean(),
});

/** Which app wrote the file (since format 2), so a file can be traced to the release that produced it. */
export const writtenBySchema = z.object({
  app: z.string().max(100),
  version: z.string().max(50),
});

export const projectSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  writtenBy: writtenBySchema,
  id,
  name: label.min(1, 'must not be empty'),
  description: text,
  createdAt: isoDate,
  updatedAt: isoDate,
  stages: z.array(stageSchema).max(1000),
  lanes: z.array(laneSchema).max(100),
  steps: z.array(stepSchema).max(MAX_ITEMS),
  flows: z.array(flowSchema).max(MAX_ITEMS * 4),
  personas: z.array(personaSchema).max(1000),
  servqualWeights: servqualWeightsSchema,
  /** The SERVQUAL answer scale, 1-5 or 1-7 (since format 4; older files were 1-7). */
  servqualScale: z.union([z.literal(5), z.literal(7)]),
  /**
   * The journey-map rows in their order (since format 3). Absent = the default rows
   * (DEFAULT_ROWS); a kind listed twice counts once, a kind not listed is hidden (see rows.ts).
   */
  rows: z.array(rowSchema).max(100).optional(),
  view: viewSchema.optional().catch(undefined),
});
