/** A dot voting round for the command tests: two participants, three dots each, on the supermarket sample. */
import { applyCommand } from '../../../shared/commands';
import type { Project, VotingRound, VotingTarget } from '../../../shared/model';
import { supermarket } from './fixtures';

export const STAFF: VotingTarget = { stepId: 'ask', kind: 'painPoint', text: 'Staff hard to find' };

export function sampleRound(overrides: Partial<VotingRound> = {}): VotingRound {
  return {
    id: 'r1',
    title: 'What hurts most?',
    facilitator: 'Fran',
    scope: 'both',
    dotsPerParticipant: 3,
    hideUntilClosed: false,
    participants: [
      { name: 'Ann', colour: '#e11d48' },
      { name: 'Ben', colour: '#2563eb' },
    ],
    dots: [],
    status: 'open',
    createdAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** The supermarket with an open round in which Ann has one dot on "Staff hard to find". */
export function votingProject(): Project {
  let p = supermarket();
  p = applyCommand(p, { type: 'startVotingRound', round: sampleRound() }).project;
  return applyCommand(p, { type: 'placeDot', roundId: 'r1', participant: 'Ann', target: STAFF }).project;
}
