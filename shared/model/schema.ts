/**
 * The Touchmap document: one project, validated at every border.
 * Types are inferred from these schemas (see ./types.ts); nothing is written twice.
 */
import { z } from 'zod';

/** The format version this app writes. History and migration policy: docs/FORMAT.md. */
export const SCHEMA_VERSION = 5 as const;

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
 * the service standard's measures, the wait time and (format 4) the step's metrics.
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
  'metrics',
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

/** What a step's metric measures (format 4); `custom` is a KPI with its own name. */
export const METRIC_KINDS = ['csat', 'nps', 'ces', 'waitTime', 'conversion', 'custom'] as const;
/** Which way a metric is better: a higher value (CSAT, NPS) or a lower one (waiting time). */
export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;
/** Largest magnitude a metric's value or target may have. */
export const METRIC_LIMIT = 1e9;
/**
 * The range of values each kind accepts (value and target alike): NPS is -100..100, conversion
 * a percentage, CSAT 0..100 (a 1-5 or 1-10 mean, or a share of satisfied customers in %), CES
 * 0..10 (1-5 and 1-7 scales), a waiting time is not negative; a custom KPI takes any number
 * within +-METRIC_LIMIT.
 */
export const METRIC_RANGES = {
  csat: { min: 0, max: 100 },
  nps: { min: -100, max: 100 },
  ces: { min: 0, max: 10 },
  waitTime: { min: 0, max: METRIC_LIMIT },
  conversion: { min: 0, max: 100 },
  custom: { min: -METRIC_LIMIT, max: METRIC_LIMIT },
} as const satisfies Record<(typeof METRIC_KINDS)[number], { min: number; max: number }>;

const metricNumber = z.number().finite().min(-METRIC_LIMIT).max(METRIC_LIMIT).nullable();

/**
 * One metric measured at a step (format 4): a CSAT, NPS, CES, waiting time, conversion rate or
 * a custom KPI, with its value, unit, target and which way is better, where it comes from and
 * when, and how it is known (assumed, observed, measured). Value and target may be unset.
 */
export const metricSchema = z
  .object({
    id,
    kind: z.enum(METRIC_KINDS),
    /** The KPI's own name (custom), or an optional qualifier for the other kinds ("CSAT (app)"). */
    name: label,
    value: metricNumber,
    unit: z.string().max(50),
    target: metricNumber,
    direction: z.enum(METRIC_DIRECTIONS),
    /** Where the figure comes from: a survey, a system, a study. */
    source: label,
    /** The day it was measured, YYYY-MM-DD, or null. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-31')
      .nullable(),
    evidence: z.enum(EVIDENCE),
  })
  .superRefine((metric, ctx) => {
    const { min, max } = METRIC_RANGES[metric.kind];
    for (const field of ['value', 'target'] as const) {
      const n = metric[field];
      if (n === null) continue;
      if (n < min)
        ctx.addIssue({ code: 'too_small', origin: 'number', minimum: min, inclusive: true, input: n, path: [field] });
      if (n > max)
        ctx.addIssue({ code: 'too_big', origin: 'number', maximum: max, inclusive: true, input: n, path: [field] });
    }
  });

export const positionSchema = z.object({
  x: z.number().finite().min(-1e7).max(1e7),
  y: z.number().finite().min(-1e7).max(1e7),
});

/**
 * How one persona lives a step (format 4): the persona's own emotion and thoughts there.
 * A part left out is the step's default (the moment's emotion, the step's thoughts).
 */
export const personaOverrideSchema = z.object({
  personaId: id,
  /** -2..+2, as the moment's emotion; only read on a contact moment. */
  emotion: z.number().int().min(-2).max(2).optional(),
  thoughts: z.array(label).max(500).optional(),
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
  /** The step's metrics (since format 4), on any step, contact moment or not; absent = none. */
  metrics: z.array(metricSchema).max(100).optional(),
  /** Per-persona emotion and thoughts (since format 4); absent = every persona lives the step as the default. */
  personaOverrides: z.array(personaOverrideSchema).max(1000).optional(),
});

export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #aabbcc');

/**
 * Who wrote something (format 5): the display name and colour a person chose ("who you are",
 * kept in the library settings) and that a comment carries as it was when written.
 */
export const authorSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100),
  colour: colourSchema,
});

/** What a comment can be pinned to (format 5). */
export const COMMENT_TARGET_KINDS = ['step', 'flow', 'stage'] as const;
/** Longest comment or reply. */
export const MAX_COMMENT_TEXT = 5_000;
/** Most comments a project holds, and replies a comment holds. */
export const MAX_COMMENTS = 5_000;
export const MAX_REPLIES = 500;

const commentText = z.string().trim().min(1, 'must not be empty').max(MAX_COMMENT_TEXT);

/** One answer in a comment's thread (format 5). */
export const commentReplySchema = z.object({
  id,
  author: authorSchema,
  createdAt: isoDate,
  /** When its author last changed the text; absent = never. */
  editedAt: isoDate.optional(),
  text: commentText,
});

/**
 * A comment pinned to a step, a flow or a stage (format 5), with its thread. The target may
 * name something that no longer exists (it was deleted, or lives in another journey state):
 * the comment is kept and shown as on a removed item, never dropped.
 */
export const commentSchema = z.object({
  id,
  target: z.object({ kind: z.enum(COMMENT_TARGET_KINDS), id }),
  author: authorSchema,
  createdAt: isoDate,
  /** When its author last changed the text; absent = never. */
  editedAt: isoDate.optional(),
  text: commentText,
  replies: z.array(commentReplySchema).max(MAX_REPLIES),
  resolved: z.boolean(),
  /** Who resolved it and when (only while resolved). */
  resolvedBy: authorSchema.optional(),
  resolvedAt: isoDate.optional(),
});

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
  /** What the persona wants from the journey, one goal each (since format 4); absent = none. */
  goals: z.array(label).max(100).optional(),
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

/** The two layouts a survey file comes in (format 4): one row per respondent, or one row per statement with its means. */
export const SURVEY_LAYOUTS = ['respondents', 'statements'] as const;
/** Longest survey: respondents (or statements) and columns kept in a project. */
export const MAX_SURVEY_ROWS = 20_000;
export const MAX_SURVEY_COLUMNS = 500;
const surveyHeader = z.string().max(MAX_LABEL);

/**
 * One questionnaire statement and what it measures (format 4). In the respondents layout its
 * expectation and perception are the headers of its two columns; in the statements layout
 * `row` is its data row (0 = the first row under the headers).
 */
export const surveyStatementSchema = z.object({
  id,
  label,
  dimension: z.enum(SERVQUAL_DIMENSIONS).nullable(),
  /** The contact moments (step ids) the statement measures. */
  stepIds: z.array(id).max(1000),
  /** Worded negatively: answers are reversed on the survey's scale (1 <-> scale). */
  reversed: z.boolean(),
  expectation: surveyHeader.nullable(),
  perception: surveyHeader.nullable(),
  row: z.number().int().min(0).max(MAX_SURVEY_ROWS).nullable(),
});

/** Which columns hold what (format 4). Headers are named, so a corrected file maps the same way. */
export const surveyMappingSchema = z.object({
  layout: z.enum(SURVEY_LAYOUTS),
  statements: z.array(surveyStatementSchema).max(1000),
  /** Respondents layout: each respondent's importance points per dimension (the 100-point allocation); null = none. */
  importance: z.object({
    tangibles: surveyHeader.nullable(),
    reliability: surveyHeader.nullable(),
    responsiveness: surveyHeader.nullable(),
    assurance: surveyHeader.nullable(),
    empathy: surveyHeader.nullable(),
  }),
  /** Statements layout: the columns of the means and of n (respondents); null in the respondents layout. */
  columns: z
    .object({
      expectation: surveyHeader,
      perception: surveyHeader,
      respondents: surveyHeader.nullable(),
    })
    .nullable(),
});

/**
 * An imported questionnaire (format 4): the file's cells as read and the mapping, so the
 * figures can be recomputed. Cells are kept as text; `decimalComma` says how to read them.
 */
export const surveySchema = z.object({
  id,
  name: label,
  fileName: label,
  importedAt: isoDate,
  /** The answers' scale: 1..scale. */
  scale: z.number().int().min(2).max(11),
  decimalComma: z.boolean(),
  headers: z.array(surveyHeader).max(MAX_SURVEY_COLUMNS),
  rows: z.array(z.array(z.string().max(MAX_LABEL)).max(MAX_SURVEY_COLUMNS)).max(MAX_SURVEY_ROWS),
  mapping: surveyMappingSchema,
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

/** Most journey states a project holds (the one being edited and the others). */
export const MAX_STATES = 20;

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

/**
 * A journey state kept aside while another is edited (since format 4): its own stages, lanes,
 * steps and flows with their annotations, exactly as the project's top-level fields hold the
 * state being edited. Ids are unique within a state; two states may share ids (a duplicated
 * state keeps its steps' ids, so the compare view can pair them).
 */
export const journeyStateSchema = z.object({
  id,
  name: label.min(1, 'must not be empty'),
  stages: z.array(stageSchema).max(1000),
  lanes: z.array(laneSchema).max(100),
  steps: z.array(stepSchema).max(MAX_ITEMS),
  flows: z.array(flowSchema).max(MAX_ITEMS * 4),
});

/**
 * The project's journey states (since format 4): the name and id of the one in the top-level
 * `stages`/`lanes`/`steps`/`flows` (the state being edited), and the others. Absent = one state.
 * Each state's ids and references are checked like the top level's (parse.ts, checkIntegrity).
 */
export const journeyStatesSchema = z
  .object({
    active: z.object({
      id,
      name: label.min(1, 'must not be empty'),
      /** Its place in the list of states (0 = first; absent = first, beyond the end = last). */
      index: z
        .number()
        .int()
        .min(0)
        .max(MAX_STATES - 1)
        .optional(),
    }),
    others: z.array(journeyStateSchema).max(MAX_STATES - 1),
  })
  .refine((s) => uniqueIds([s.active, ...s.others]), { message: 'state ids must be unique' });

/** What a dot voting round lets people vote on (format 5): pain points, opportunities, or both. */
export const VOTING_SCOPES = ['painPoints', 'opportunities', 'both'] as const;
/** The kinds of item a dot can sit on: one of a contact moment's pain points or opportunities. */
export const VOTING_TARGET_KINDS = ['painPoint', 'opportunity'] as const;
export const VOTING_STATUSES = ['open', 'closed'] as const;
/** Most dots one participant may have in a round. */
export const MAX_DOTS_PER_PARTICIPANT = 20;
/** Most participants in one round. */
export const MAX_VOTING_PARTICIPANTS = 50;
/** Most rounds kept in a project. */
export const MAX_VOTING_ROUNDS = 200;

/**
 * What a dot sits on (format 5): a pain point or an opportunity of a step, named by the step's id,
 * the kind and the item's text. Pain points and opportunities are plain strings in the file, so
 * their text is their key: it stays valid when items are reordered or others are added or removed,
 * and the updateNote command carries the dots of open rounds along when an item's text is edited.
 * Two identical items on one step share their dots.
 */
export const votingTargetSchema = z.object({
  stepId: id,
  kind: z.enum(VOTING_TARGET_KINDS),
  text: label,
});

/** One person voting in a round: a name (unique in the round, the key of their dots) and a colour. */
export const votingParticipantSchema = z.object({
  name: z.string().min(1, 'must not be empty').max(100),
  colour: colourSchema,
});

/** One dot: who placed it and on what. A participant may place several dots on one item. */
export const votingDotSchema = z.object({
  participant: z.string().min(1).max(100),
  target: votingTargetSchema,
});

/**
 * A dot voting round (format 5): the facilitator gives each participant `dotsPerParticipant` dots
 * to place on pain points and/or opportunities; open while people vote, then closed (read only).
 * `hideUntilClosed`: while open, each participant sees only their own dots (against herding).
 * Checked: participant names unique, every dot's participant listed, no one over their dots,
 * every dot on a kind the round allows, `closedAt` present exactly when closed.
 */
export const votingRoundSchema = z
  .object({
    id,
    title: label,
    facilitator: z.string().max(100),
    scope: z.enum(VOTING_SCOPES),
    dotsPerParticipant: z.number().int().min(1).max(MAX_DOTS_PER_PARTICIPANT),
    hideUntilClosed: z.boolean(),
    participants: z.array(votingParticipantSchema).min(1).max(MAX_VOTING_PARTICIPANTS),
    dots: z.array(votingDotSchema).max(MAX_VOTING_PARTICIPANTS * MAX_DOTS_PER_PARTICIPANT),
    status: z.enum(VOTING_STATUSES),
    createdAt: isoDate,
    closedAt: isoDate.optional(),
  })
  .superRefine((round, ctx) => {
    const names = round.participants.map((p) => p.name);
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: 'custom', message: 'participant names must be unique', path: ['participants'] });
    const used = new Map<string, number>();
    round.dots.forEach((dot, i) => {
      if (!names.includes(dot.participant))
        ctx.addIssue({ code: 'custom', message: 'dot of an unknown participant', path: ['dots', i, 'participant'] });
      const n = (used.get(dot.participant) ?? 0) + 1;
      used.set(dot.participant, n);
      if (n === round.dotsPerParticipant + 1)
        ctx.addIssue({ code: 'custom', message: 'more dots than the round gives', path: ['dots', i] });
      const allowed = round.scope === 'both' || (round.scope === 'painPoints') === (dot.target.kind === 'painPoint');
      if (!allowed)
        ctx.addIssue({ code: 'custom', message: 'the round does not vote on this kind', path: ['dots', i, 'target'] });
    });
    if ((round.status === 'closed') !== (round.closedAt !== undefined))
      ctx.addIssue({ code: 'custom', message: 'closedAt is set exactly when the round is closed', path: ['closedAt'] });
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
  /** The other journey states (today's, the target...) and the name of this one (since format 4); absent = one state. */
  states: journeyStatesSchema.optional(),
  view: viewSchema.optional().catch(undefined),
  /** Imported questionnaires with their mapping (format 4); absent = none. */
  surveys: z.array(surveySchema).max(100).optional(),
  /** Dot voting rounds, oldest first (format 5); absent = none; round ids are unique. */
  votingRounds: z
    .array(votingRoundSchema)
    .max(MAX_VOTING_ROUNDS)
    .refine(uniqueIds, { message: 'voting round ids must be unique' })
    .optional(),
  /** Comments pinned to steps, flows and stages, with their threads (format 5); absent = none. */
  comments: z.array(commentSchema).max(MAX_COMMENTS).optional(),
});
