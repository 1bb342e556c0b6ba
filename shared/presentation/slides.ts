/**
 * Presentation mode's slides (issue J): the journey told stage by stage, and step by step
 * within a stage, for a projector. Pure: the same project gives the same slides.
 *
 * The sequence is a title slide, then for each stage in journey order its overview slide
 * (the stage's steps and their rows) followed by one slide per step, in the order the map
 * shows them: left to right, then lane by lane, top to bottom (a step's position is relative
 * to its stage column and lane row, shared/layout/grid.ts), ties in document order. A stage without
 * steps still gets its overview. Steps whose stage does not exist (a hand-edited file) come
 * last, under a group of their own (`stageId` null). The project passed is the one shown:
 * the active journey state, as the chosen persona lives it (personaView).
 */
import { riskLevel, riskScore, type RiskLevel } from '../analysis/risk';
import { servqualGaps } from '../analysis/servqual';
import { hasRowContent } from '../layout/rows';
import { servqualBand, scoreScaleOf, type ServqualBand } from '../lens';
import { notesOf, shownRows, type NoteRow } from '../model/rows';
import { SENSES } from '../model/schema';
import type { Channel, Metric, Project, RowKind, SenseName, Step } from '../model/types';

/** One stage's part of the journey: its steps in map order. `stageId` null: steps without a stage. */
export interface SlideGroup {
  stageId: string | null;
  /** The stage's name ('' for the steps without a stage). */
  name: string;
  stepIds: string[];
}

export type Slide =
  | { kind: 'title' }
  | {
      kind: 'stage';
      /** Index into the groups (stages in order, then the steps without a stage). */
      group: number;
      stageId: string | null;
      /** 1-based number of the stage among the project's stages; null for the steps without a stage. */
      stageNumber: number | null;
    }
  | {
      kind: 'step';
      group: number;
      stageId: string | null;
      stageNumber: number | null;
      stepId: string;
      /** 1-based place of the step in its stage, and how many steps the stage has. */
      stepNumber: number;
      stepCount: number;
    };

export interface SlideDeck {
  groups: SlideGroup[];
  slides: Slide[];
  /** How many real stages the journey has (the "of 5" in "Stage 2 of 5"). */
  stageCount: number;
  /** Index of each group's overview slide, for "go to stage N". */
  groupStart: number[];
}

/** The stages with their steps, in journey order; the steps without a stage last (only when there are some). */
export function slideGroups(project: Project): SlideGroup[] {
  const laneIndex = new Map(project.lanes.map((l, i) => [l.id, i]));
  const lane = (s: Step) =>
    s.laneId === undefined ? project.lanes.length : (laneIndex.get(s.laneId) ?? project.lanes.length);
  // Array.prototype.sort is stable: ties keep document order.
  const ordered = [...project.steps].sort(
    (a, b) => a.position.x - b.position.x || lane(a) - lane(b) || a.position.y - b.position.y,
  );
  const groups: SlideGroup[] = project.stages.map((s) => ({ stageId: s.id, name: s.name, stepIds: [] }));
  const byStage = new Map(groups.map((g) => [g.stageId, g]));
  const orphans: SlideGroup = { stageId: null, name: '', stepIds: [] };
  for (const step of ordered) (byStage.get(step.stageId) ?? orphans).stepIds.push(step.id);
  if (orphans.stepIds.length) groups.push(orphans);
  return groups;
}

/** The whole deck: title, then each stage's overview and its steps. */
export function presentationSlides(project: Project): SlideDeck {
  const groups = slideGroups(project);
  const slides: Slide[] = [{ kind: 'title' }];
  const groupStart: number[] = [];
  groups.forEach((g, group) => {
    const stageNumber = g.stageId === null ? null : group + 1;
    groupStart.push(slides.length);
    slides.push({ kind: 'stage', group, stageId: g.stageId, stageNumber });
    g.stepIds.forEach((stepId, i) =>
      slides.push({
        kind: 'step',
        group,
        stageId: g.stageId,
        stageNumber,
        stepId,
        stepNumber: i + 1,
        stepCount: g.stepIds.length,
      }),
    );
  });
  return { groups, slides, stageCount: project.stages.length, groupStart };
}

/** What one step shows in one row of a stage's overview (the values the map's rows band draws). */
export type RowEntry =
  | { kind: 'emotion'; emotion: number; momentOfTruth: boolean }
  | { kind: 'touchpoint'; channel: Channel; actor: string }
  | { kind: NoteRow; notes: readonly string[] }
  | { kind: 'senses'; senses: { sense: SenseName; valence: -1 | 0 | 1 }[] }
  | { kind: 'risk'; score: number | null; level: RiskLevel | null }
  | { kind: 'servqualGap'; gap: number | null; band: ServqualBand | null }
  | { kind: 'standard'; done: number; total: number }
  | { kind: 'waitTime'; seconds: number }
  | { kind: 'metrics'; metrics: readonly Metric[] };

/** One row of a stage's overview: per step of the stage (in order) its entry, or null where it has none. */
export interface StageRow {
  kind: RowKind;
  entries: (RowEntry | null)[];
}

/** One step's entry in a row, or null when the row has nothing for it (as the rows band leaves the cell empty). */
export function rowEntry(project: Project, step: Step, kind: RowKind): RowEntry | null {
  if (!hasRowContent(step, kind)) return null;
  const m = step.moment;
  switch (kind) {
    case 'thoughts':
    case 'painPoints':
    case 'opportunities':
      return { kind, notes: notesOf(step, kind) };
    case 'metrics':
      return { kind, metrics: step.metrics ?? [] };
  }
  if (!m) return null;
  switch (kind) {
    case 'emotion':
      return m.emotion === null ? null : { kind, emotion: m.emotion, momentOfTruth: m.momentOfTruth };
    case 'touchpoint':
      return { kind, channel: m.channel, actor: m.actor };
    case 'senses':
      return {
        kind,
        senses: SENSES.filter((s) => m.senses[s].engaged).map((sense) => ({ sense, valence: m.senses[sense].valence })),
      };
    case 'risk': {
      const score = riskScore(m.risk);
      return { kind, score, level: riskLevel(score) };
    }
    case 'servqualGap': {
      const gap = servqualGaps(m.servqual, project.servqualWeights).weighted;
      return { kind, gap, band: gap === null ? null : servqualBand(gap, scoreScaleOf(project)) };
    }
    case 'standard':
      return { kind, done: m.standard.measures.filter((x) => x.done).length, total: m.standard.measures.length };
    case 'waitTime':
      return m.waitSeconds === null ? null : { kind, seconds: m.waitSeconds };
  }
}

/**
 * A stage's rows for its overview slide: the project's shown rows in their order, each with
 * one entry per step; rows with nothing for any of these steps are left out.
 */
export function stageRows(project: Project, stepIds: readonly string[]): StageRow[] {
  const steps = new Map(project.steps.map((s) => [s.id, s]));
  const list = stepIds.map((id) => steps.get(id)).filter((s): s is Step => s !== undefined);
  return shownRows(project)
    .map((kind) => ({ kind, entries: list.map((step) => rowEntry(project, step, kind)) }))
    .filter((row) => row.entries.some((e) => e !== null));
}
