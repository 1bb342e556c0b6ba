/**
 * Two journey states side by side (format 4: today's journey and the target, say): which
 * stages pair up, which steps were added, removed or moved, which annotations changed, and
 * per stage how risk, the SERVQUAL gap, emotion and metrics moved. Pure; the compare view,
 * its Markdown report and the tests all read this one result.
 *
 * Pairing: stages by id, then the rest by name (trimmed, case ignored); steps by id (a
 * duplicated state keeps its steps' ids), then the rest by title within paired stages.
 */
import type { Journey } from '../model/states';
import type { Project, ServqualWeights, Stage, Step } from '../model/types';
import { riskScore } from './risk';
import { projectServqual } from './servqual';

/** The annotations compared on a step, in the order a change lists them. */
export const COMPARED_FIELDS = [
  'title',
  'description',
  'kind',
  'lane',
  'contactMoment',
  'momentOfTruth',
  'channel',
  'actor',
  'emotion',
  'risk',
  'servqual',
  'senses',
  'painPoints',
  'opportunities',
  'thoughts',
  'standard',
  'waitSeconds',
  'notes',
  'metrics',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** A figure before (state A) and after (state B); null where a state has nothing to compute it from. */
export interface Delta {
  a: number | null;
  b: number | null;
  /** b - a, or null unless both are numbers. */
  change: number | null;
}

export interface StageFigures {
  steps: number;
  riskMean: number | null;
  riskMax: number | null;
  /** The weighted SERVQUAL gap of the stage's moments (per dimension mean gap, then weighted). */
  servqualWeighted: number | null;
  emotionMean: number | null;
  /** Mean value of each metric over the stage's steps, by the metric's name (absent when no step has metrics). */
  metrics: Record<string, number>;
}

export interface StageComparison {
  /** The stage in A and in B; one of them is null for a stage only one state has. */
  a: Stage | null;
  b: Stage | null;
  figuresA: StageFigures | null;
  figuresB: StageFigures | null;
  risk: { mean: Delta; max: Delta };
  servqualWeighted: Delta;
  emotionMean: Delta;
  /**
   * Each metric name seen in either state, with its mean before and after; `kind` when the name
   * is the metric's kind (a metric without a name of its own), and which way is better.
   */
  metrics: { name: string; kind: string | null; direction: 'higher' | 'lower'; mean: Delta }[];
  /** The stage's steps in A and in B, in their order on the map, each with what changed (side by side). */
  stepsA: MarkedStep[];
  stepsB: MarkedStep[];
}

/** What a step in one column of the side-by-side shows: added, removed, moved, changed (any that apply). */
export type StepMark = 'added' | 'removed' | 'moved' | 'changed';

export interface MarkedStep {
  step: Step;
  marks: StepMark[];
  /** The annotations that changed (with the mark `changed`). */
  fields: ComparedField[];
  /** With the mark `moved` across stages: the stage it came from (in B) or went to (in A). */
  otherStage: Stage | null;
}

export type StepChange =
  | { kind: 'added'; step: Step; stage: Stage | null }
  | { kind: 'removed'; step: Step; stage: Stage | null }
  /** The step is in another stage (`stageChanged`) or in another order among the steps its stage kept. */
  | { kind: 'moved'; a: Step; b: Step; from: Stage | null; to: Stage | null; stageChanged: boolean }
  | {
      kind: 'changed';
      a: Step;
      b: Step;
      fields: ComparedField[];
      emotion: Delta;
      risk: Delta;
      servqualWeighted: Delta;
    };

export interface StateComparison {
  stages: StageComparison[];
  changes: StepChange[];
  counts: { added: number; removed: number; moved: number; changed: number };
}

const delta = (a: number | null, b: number | null): Delta => ({
  a,
  b,
  change: a !== null && b !== null ? b - a : null,
});

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

const normal = (name: string) => name.trim().toLocaleLowerCase();

/** The metrics a step may carry (issue I item 3), read loosely so this works before and after they exist. */
interface LooseMetric {
  name?: unknown;
  kind?: unknown;
  label?: unknown;
  value?: unknown;
  direction?: unknown;
}
function metricsOf(step: Step): LooseMetric[] {
  const metrics = (step as { metrics?: unknown }).metrics;
  return Array.isArray(metrics) ? (metrics as LooseMetric[]) : [];
}
function metricName(m: LooseMetric): string | null {
  for (const key of [m.name, m.label, m.kind]) if (typeof key === 'string' && key.trim()) return key.trim();
  return null;
}

/** Whether a metric's name is its kind (it has no name of its own), and which way is better for it. */
function metricInfo(name: string, steps: readonly Step[]): { kind: string | null; direction: 'higher' | 'lower' } {
  for (const step of steps) {
    for (const m of metricsOf(step)) {
      if (metricName(m) !== name) continue;
      const own = typeof m.name === 'string' && m.name.trim() !== '';
      return {
        kind: !own && typeof m.kind === 'string' ? m.kind : null,
        direction: m.direction === 'lower' ? 'lower' : 'higher',
      };
    }
  }
  return { kind: null, direction: 'higher' };
}

function weightedGap(steps: readonly Step[], weights: ServqualWeights): number | null {
  // projectServqual reads only the steps and the weights.
  return projectServqual({ steps, servqualWeights: weights } as Project).weighted;
}

/** The figures of one stage's steps. */
export function stageFigures(steps: readonly Step[], weights: ServqualWeights): StageFigures {
  const risks: number[] = [];
  const emotions: number[] = [];
  const metricValues = new Map<string, number[]>();
  for (const step of steps) {
    const score = step.moment ? riskScore(step.moment.risk) : null;
    if (score !== null) risks.push(score);
    if (step.moment && step.moment.emotion !== null) emotions.push(step.moment.emotion);
    for (const m of metricsOf(step)) {
      const name = metricName(m);
      if (name === null || typeof m.value !== 'number' || !Number.isFinite(m.value)) continue;
      metricValues.set(name, [...(metricValues.get(name) ?? []), m.value]);
    }
  }
  const metrics: Record<string, number> = {};
  for (const [name, values] of metricValues) metrics[name] = mean(values)!;
  return {
    steps: steps.length,
    riskMean: mean(risks),
    riskMax: risks.length ? Math.max(...risks) : null,
    servqualWeighted: weightedGap(steps, weights),
    emotionMean: mean(emotions),
    metrics,
  };
}

/** Pairs of stages (A's order first, then B's stages A lacks) and B's stage id for each of A's. */
function pairStages(a: readonly Stage[], b: readonly Stage[]): [Stage | null, Stage | null][] {
  const byIdB = new Map(b.map((s) => [s.id, s]));
  const usedB = new Set<string>();
  const pairs: [Stage | null, Stage | null][] = a.map((s) => {
    const match = byIdB.get(s.id);
    if (match) usedB.add(match.id);
    return [s, match ?? null];
  });
  // Then by name, among the stages still unpaired.
  for (const pair of pairs) {
    if (pair[1] !== null) continue;
    const match = b.find((s) => !usedB.has(s.id) && normal(s.name) === normal(pair[0]!.name));
    if (match) {
      usedB.add(match.id);
      pair[1] = match;
    }
  }
  // B's extra stages go in B's order, after the stage before them in B when it is paired.
  for (const [i, s] of b.entries()) {
    if (usedB.has(s.id)) continue;
    const before = b
      .slice(0, i)
      .reverse()
      .find((p) => pairs.some(([, pb]) => pb?.id === p.id));
    const at = before ? pairs.findIndex(([, pb]) => pb?.id === before.id) + 1 : 0;
    pairs.splice(at, 0, [null, s]);
  }
  return pairs;
}

/** Steps in their order on the map: stage by stage, left to right, then top to bottom. */
function ordered(journey: Journey): Step[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const at = (s: Step) => stageIndex.get(s.stageId) ?? Number.MAX_SAFE_INTEGER;
  return [...journey.steps].sort((p, q) => at(p) - at(q) || p.position.x - q.position.x || p.position.y - q.position.y);
}

/** The ids of `a` that stay in order in `b` (a longest common subsequence); the rest moved. */
function inOrder(a: readonly string[], b: readonly string[]): Set<string> {
  if (a.length * b.length > 4_000_000) {
    // Too long for the table: a step keeps its order when its place among the common steps is the same.
    return new Set(a.filter((id, i) => b[i] === id));
  }
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      kept.add(a[i]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return kept;
}

const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

/** Which compared annotations differ between two versions of a step. */
export function changedFields(a: Step, b: Step, laneName: (s: Step) => string | null): ComparedField[] {
  const ma = a.moment;
  const mb = b.moment;
  const differs: Record<ComparedField, boolean> = {
    title: a.title !== b.title,
    description: a.description !== b.description,
    kind: a.kind !== b.kind,
    lane: laneName(a) !== laneName(b),
    contactMoment: Boolean(ma) !== Boolean(mb),
    momentOfTruth: Boolean(ma && mb) && ma!.momentOfTruth !== mb!.momentOfTruth,
    channel: Boolean(ma && mb) && ma!.channel !== mb!.channel,
    actor: Boolean(ma && mb) && ma!.actor !== mb!.actor,
    emotion: Boolean(ma && mb) && ma!.emotion !== mb!.emotion,
    risk: Boolean(ma && mb) && !same(ma!.risk, mb!.risk),
    servqual: Boolean(ma && mb) && !same(ma!.servqual, mb!.servqual),
    senses: Boolean(ma && mb) && !same(ma!.senses, mb!.senses),
    painPoints: Boolean(ma && mb) && !same(ma!.painPoints, mb!.painPoints),
    opportunities: Boolean(ma && mb) && !same(ma!.opportunities, mb!.opportunities),
    thoughts: !same(a.thoughts ?? [], b.thoughts ?? []),
    standard: Boolean(ma && mb) && !same(ma!.standard, mb!.standard),
    waitSeconds: Boolean(ma && mb) && ma!.waitSeconds !== mb!.waitSeconds,
    notes: Boolean(ma && mb) && ma!.notes !== mb!.notes,
    metrics: !same(metricsOf(a), metricsOf(b)),
  };
  return COMPARED_FIELDS.filter((f) => differs[f]);
}

/**
 * Compare journey state A (before) with B (after), with the project's SERVQUAL weights.
 *
 * @example
 * compareStates(today, future, project.servqualWeights).counts // { added: 1, removed: 0, moved: 2, changed: 3 }
 */
export function compareStates(a: Journey, b: Journey, weights: ServqualWeights): StateComparison {
  const pairs = pairStages(a.stages, b.stages);
  const stageOfA = new Map(a.stages.map((s) => [s.id, s]));
  const stageOfB = new Map(b.stages.map((s) => [s.id, s]));
  /** B's stage id paired with each of A's stage ids. */
  const toB = new Map<string, string | null>(pairs.filter(([sa]) => sa).map(([sa, sb]) => [sa!.id, sb?.id ?? null]));

  // Steps: by id, then by title within the paired stage.
  const stepsB = new Map(b.steps.map((s) => [s.id, s]));
  const matched = new Map<string, Step>();
  const usedB = new Set<string>();
  for (const s of a.steps) {
    const m = stepsB.get(s.id);
    if (m) {
      matched.set(s.id, m);
      usedB.add(m.id);
    }
  }
  for (const s of a.steps) {
    if (matched.has(s.id)) continue;
    const stageB = toB.get(s.stageId);
    const m = b.steps.find((c) => !usedB.has(c.id) && c.stageId === stageB && normal(c.title) === normal(s.title));
    if (m) {
      matched.set(s.id, m);
      usedB.add(m.id);
    }
  }

  const laneA = new Map(a.lanes.map((l) => [l.id, normal(l.name)]));
  const laneB = new Map(b.lanes.map((l) => [l.id, normal(l.name)]));
  const orderA = ordered(a);
  const orderB = ordered(b);
  const changes: StepChange[] = [];

  // Order within each paired stage, over the steps both states have there.
  const kept = new Set<string>();
  for (const [sa, sb] of pairs) {
    if (!sa || !sb) continue;
    const inA = orderA.filter((s) => s.stageId === sa.id && matched.get(s.id)?.stageId === sb.id);
    const bIds = orderB.filter((s) => s.stageId === sb.id).map((s) => s.id);
    const aIdsAsB = inA.map((s) => matched.get(s.id)!.id);
    for (const id of inOrder(aIdsAsB, bIds)) kept.add(id);
  }

  for (const s of orderA) {
    const m = matched.get(s.id);
    if (!m) {
      changes.push({ kind: 'removed', step: s, stage: stageOfA.get(s.stageId) ?? null });
      continue;
    }
    const stageChanged = toB.get(s.stageId) !== m.stageId;
    if (stageChanged || !kept.has(m.id)) {
      changes.push({
        kind: 'moved',
        a: s,
        b: m,
        from: stageOfA.get(s.stageId) ?? null,
        to: stageOfB.get(m.stageId) ?? null,
        stageChanged,
      });
    }
    const fields = changedFields(s, m, (step) =>
      step === s ? (laneA.get(step.laneId ?? '') ?? null) : (laneB.get(step.laneId ?? '') ?? null),
    );
    if (fields.length) {
      const one = (x: Step) => stageFigures([x], weights);
      const fa = one(s);
      const fb = one(m);
      changes.push({
        kind: 'changed',
        a: s,
        b: m,
        fields,
        emotion: delta(fa.emotionMean, fb.emotionMean),
        risk: delta(fa.riskMax, fb.riskMax),
        servqualWeighted: delta(fa.servqualWeighted, fb.servqualWeighted),
      });
    }
  }
  for (const s of orderB) {
    if (!usedB.has(s.id)) changes.push({ kind: 'added', step: s, stage: stageOfB.get(s.stageId) ?? null });
  }

  const stepsIn = (journey: Journey, stage: Stage | null) =>
    stage ? journey.steps.filter((s) => s.stageId === stage.id) : [];
  // Each step's marks, by its id in its own state.
  const marksA = new Map<string, MarkedStep>();
  const marksB = new Map<string, MarkedStep>();
  const mark = (into: Map<string, MarkedStep>, step: Step, m: StepMark, extra: Partial<MarkedStep> = {}) => {
    const entry = into.get(step.id) ?? { step, marks: [], fields: [], otherStage: null };
    entry.marks.push(m);
    Object.assign(entry, extra);
    into.set(step.id, entry);
  };
  for (const c of changes) {
    if (c.kind === 'added') mark(marksB, c.step, 'added');
    else if (c.kind === 'removed') mark(marksA, c.step, 'removed');
    else if (c.kind === 'moved') {
      mark(marksA, c.a, 'moved', c.stageChanged ? { otherStage: c.to } : {});
      mark(marksB, c.b, 'moved', c.stageChanged ? { otherStage: c.from } : {});
    } else {
      mark(marksA, c.a, 'changed', { fields: c.fields });
      mark(marksB, c.b, 'changed', { fields: c.fields });
    }
  }
  const column = (order: readonly Step[], stage: Stage | null, marks: Map<string, MarkedStep>): MarkedStep[] =>
    stage
      ? order
          .filter((s) => s.stageId === stage.id)
          .map((s) => marks.get(s.id) ?? { step: s, marks: [], fields: [], otherStage: null })
      : [];
  const stages: StageComparison[] = pairs.map(([sa, sb]) => {
    const fa = sa ? stageFigures(stepsIn(a, sa), weights) : null;
    const fb = sb ? stageFigures(stepsIn(b, sb), weights) : null;
    const names = [...new Set([...Object.keys(fa?.metrics ?? {}), ...Object.keys(fb?.metrics ?? {})])].sort();
    return {
      a: sa,
      b: sb,
      figuresA: fa,
      figuresB: fb,
      risk: {
        mean: delta(fa?.riskMean ?? null, fb?.riskMean ?? null),
        max: delta(fa?.riskMax ?? null, fb?.riskMax ?? null),
      },
      servqualWeighted: delta(fa?.servqualWeighted ?? null, fb?.servqualWeighted ?? null),
      emotionMean: delta(fa?.emotionMean ?? null, fb?.emotionMean ?? null),
      metrics: names.map((name) => ({
        name,
        ...metricInfo(name, [...stepsIn(a, sa), ...stepsIn(b, sb)]),
        mean: delta(fa?.metrics[name] ?? null, fb?.metrics[name] ?? null),
      })),
      stepsA: column(orderA, sa, marksA),
      stepsB: column(orderB, sb, marksB),
    };
  });

  const count = (kind: StepChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return {
    stages,
    changes,
    counts: { added: count('added'), removed: count('removed'), moved: count('moved'), changed: count('changed') },
  };
}
