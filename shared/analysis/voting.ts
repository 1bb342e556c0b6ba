/**
 * The results of a dot voting round: the items ranked by their dots, pain points and
 * opportunities together or apart, and what each participant has left.
 */
import { TARGET_LIST, sameTarget } from '../commands/voting';
import type { Project, VotingRound, VotingTarget, VotingTargetKind } from '../model/types';

export interface RankedItem {
  target: VotingTarget;
  /** Dots on the item, all participants together. */
  dots: number;
  /** Dots per participant name, in the round's participant order (only those with dots). */
  by: { participant: string; dots: number }[];
  /** 1 for the most dots; items with as many dots share a rank ("1, 1, 3"). */
  rank: number;
  /** The item is no longer on the map (its step or text is gone, or it lies in another journey state). */
  missing: boolean;
}

/**
 * Where an item stands on the map, for the tie order: the step's place in the project's steps,
 * then the item's place in the step's list (pain points before opportunities).
 */
function mapOrder(project: Project, target: VotingTarget): number[] {
  const kind = target.kind === 'painPoint' ? 0 : 1;
  const stepIndex = project.steps.findIndex((s) => s.id === target.stepId);
  const list = stepIndex < 0 ? [] : (project.steps[stepIndex].moment?.[TARGET_LIST[target.kind]] ?? []);
  const at = list.indexOf(target.text);
  // First: whether the item is missing (missing ones go after those on the map).
  return at < 0 ? [1, kind, 0, 0] : [0, stepIndex, kind, at];
}

/**
 * The round's items with at least one dot, most dots first. Ties keep a stable order: the
 * item's place on the map (step order, pain points before opportunities, list order), and
 * items no longer on the map last, by text. `kind` keeps one kind only.
 */
export function rankRound(project: Project, round: VotingRound, kind?: VotingTargetKind): RankedItem[] {
  const items: RankedItem[] = [];
  for (const dot of round.dots) {
    if (kind && dot.target.kind !== kind) continue;
    let item = items.find((i) => sameTarget(i.target, dot.target));
    if (!item) {
      item = { target: dot.target, dots: 0, by: [], rank: 0, missing: false };
      items.push(item);
    }
    item.dots++;
  }
  for (const item of items) {
    item.missing = mapOrder(project, item.target)[0] === 1;
    item.by = round.participants.flatMap((p) => {
      const n = round.dots.filter((d) => d.participant === p.name && sameTarget(d.target, item.target)).length;
      return n ? [{ participant: p.name, dots: n }] : [];
    });
  }
  const keys = new Map(items.map((i) => [i, mapOrder(project, i.target)]));
  items.sort((a, b) => {
    if (a.dots !== b.dots) return b.dots - a.dots;
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < 4; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return a.target.text < b.target.text ? -1 : a.target.text > b.target.text ? 1 : 0;
  });
  items.forEach((item, i) => {
    item.rank = i > 0 && items[i - 1].dots === item.dots ? items[i - 1].rank : i + 1;
  });
  return items;
}

/** Dots on one item in a round, all participants, or one participant's only. */
export function dotsOn(round: VotingRound, target: VotingTarget, participant?: string): number {
  return round.dots.reduce(
    (n, d) =>
      sameTarget(d.target, target) && (participant === undefined || d.participant === participant) ? n + 1 : n,
    0,
  );
}

/** The open round, if any (at most one is open at a time; the last one if a merge left two). */
export function openRoundOf(project: Project): VotingRound | null {
  const rounds = project.votingRounds ?? [];
  for (let i = rounds.length - 1; i >= 0; i--) if (rounds[i].status === 'open') return rounds[i];
  return null;
}
