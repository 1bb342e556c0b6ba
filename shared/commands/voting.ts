/**
 * Handlers for dot voting rounds (format 5): the facilitator starts a round, participants place
 * dots on pain points and opportunities (several on one item if they like) and take them back
 * while the round is open; closing makes it read only. Every change is one undo entry.
 *
 * Refusals: a round that does not exist, a participant not in it, or an item not on the map is
 * `not-found`; a dot over the participant's allowance is `too-many`; anything on a closed round,
 * a kind the round does not vote on, or a second open round is `invalid-value`.
 */
import type { Draft } from 'immer';
import { MAX_VOTING_ROUNDS, votingRoundSchema, votingTargetSchema } from '../model/schema';
import type { Project, VotingRound, VotingTarget, VotingTargetKind } from '../model/types';
import { indexById, parseWith, type Handler, type Handlers, type Plan } from './internal';

/** The step's list an item of this kind lives in. */
export const TARGET_LIST = { painPoint: 'painPoints', opportunity: 'opportunities' } as const satisfies Record<
  VotingTargetKind,
  'painPoints' | 'opportunities'
>;

/** The kind of item a note row holds. */
export const TARGET_KIND = { painPoints: 'painPoint', opportunities: 'opportunity' } as const satisfies Record<
  'painPoints' | 'opportunities',
  VotingTargetKind
>;

/** Whether two targets name the same item. */
export function sameTarget(a: VotingTarget, b: VotingTarget): boolean {
  return a.stepId === b.stepId && a.kind === b.kind && a.text === b.text;
}

/** Whether the item a target names is on the map (the step is a contact moment with that text). */
export function targetExists(project: Project, target: VotingTarget): boolean {
  const step = project.steps.find((s) => s.id === target.stepId);
  return step?.moment?.[TARGET_LIST[target.kind]].includes(target.text) ?? false;
}

/** Whether a round lets people vote on this kind of item. */
export function roundAllows(round: VotingRound, kind: VotingTargetKind): boolean {
  return round.scope === 'both' || (round.scope === 'painPoints') === (kind === 'painPoint');
}

/** How many dots a participant has placed in a round. */
export function dotsUsed(round: VotingRound, participant: string): number {
  return round.dots.reduce((n, d) => (d.participant === participant ? n + 1 : n), 0);
}

/** The round by id, open; or the reason it cannot be voted in. */
function openRound(project: Project, roundId: string, plan: (index: number, round: VotingRound) => Plan): Plan {
  const rounds = project.votingRounds ?? [];
  const index = indexById(rounds, roundId);
  if (index < 0) return 'not-found';
  if (rounds[index].status !== 'open') return 'invalid-value';
  return plan(index, rounds[index]);
}

const startVotingRound: Handler<'startVotingRound'> = (project, { round: input }) => {
  const round = parseWith(votingRoundSchema, input);
  if (!round || round.status !== 'open' || round.dots.length > 0) return 'invalid-value';
  const rounds = project.votingRounds ?? [];
  if (indexById(rounds, round.id) >= 0) return 'duplicate-id';
  // One round at a time: the open one is where everybody's dots go.
  if (rounds.some((r) => r.status === 'open')) return 'invalid-value';
  if (rounds.length >= MAX_VOTING_ROUNDS) return 'too-many';
  return (d) => {
    if (d.votingRounds) d.votingRounds.push(round);
    else d.votingRounds = [round];
  };
};

const placeDot: Handler<'placeDot'> = (project, { roundId, participant, target: input }) =>
  openRound(project, roundId, (index, round) => {
    const target = parseWith(votingTargetSchema, input);
    if (!target || !roundAllows(round, target.kind)) return 'invalid-value';
    if (!round.participants.some((p) => p.name === participant)) return 'not-found';
    if (!targetExists(project, target)) return 'not-found';
    if (dotsUsed(round, participant) >= round.dotsPerParticipant) return 'too-many';
    return (d) => {
      d.votingRounds![index].dots.push({ participant, target });
    };
  });

/** Takes back the participant's last dot on the item (they may have placed several there). */
const removeDot: Handler<'removeDot'> = (project, { roundId, participant, target }) =>
  openRound(project, roundId, (index, round) => {
    const valid = parseWith(votingTargetSchema, target);
    if (!valid) return 'invalid-value';
    const at = round.dots.findLastIndex((dot) => dot.participant === participant && sameTarget(dot.target, valid));
    if (at < 0) return 'not-found';
    return (d) => {
      d.votingRounds![index].dots.splice(at, 1);
    };
  });

const closeVotingRound: Handler<'closeVotingRound'> = (project, { roundId, closedAt }) =>
  openRound(project, roundId, (index) => {
    if (typeof closedAt !== 'string' || closedAt.length > 40) return 'invalid-value';
    return (d) => {
      const round = d.votingRounds![index];
      round.status = 'closed';
      round.closedAt = closedAt;
    };
  });

const removeVotingRound: Handler<'removeVotingRound'> = (project, { roundId }) => {
  const rounds = project.votingRounds ?? [];
  const index = indexById(rounds, roundId);
  if (index < 0) return 'not-found';
  return (d) => {
    if (rounds.length === 1) delete d.votingRounds;
    else d.votingRounds!.splice(index, 1);
  };
};

/**
 * When one item of a step's pain points or opportunities is edited (the lists before and after
 * differ at exactly one place and the old text is gone), the dots of open rounds on the old text
 * move to the new one, in the same recipe as the edit. Closed rounds keep the text as voted.
 * Returns null when nothing has to move.
 */
export function carryDots(
  project: Project,
  stepId: string,
  kind: VotingTargetKind,
  before: readonly string[],
  after: readonly string[],
): ((d: Draft<Project>) => void) | null {
  const rounds = project.votingRounds;
  if (!rounds?.some((r) => r.status === 'open') || before.length !== after.length) return null;
  const changed = before.flatMap((text, i) => (text !== after[i] ? [i] : []));
  if (changed.length !== 1) return null;
  const from = before[changed[0]];
  const to = after[changed[0]];
  if (after.includes(from)) return null;
  const old: VotingTarget = { stepId, kind, text: from };
  const moves = rounds.flatMap((round, r) =>
    round.status === 'open' ? round.dots.flatMap((dot, i) => (sameTarget(dot.target, old) ? [[r, i]] : [])) : [],
  );
  if (!moves.length) return null;
  return (d) => {
    for (const [r, i] of moves) d.votingRounds![r].dots[i].target.text = to;
  };
}

export const votingHandlers = {
  startVotingRound,
  placeDot,
  removeDot,
  closeVotingRound,
  removeVotingRound,
} satisfies Partial<Handlers>;
