/**
 * Dot voting in a workshop (renderer/editor/voting/placeDot.ts): a round takes the people
 * present under their own names and colours, and whoever votes is this person, not the
 * one chosen for taking turns on one laptop (which still works outside a workshop).
 */
import { describe, expect, it } from 'vitest';
import { currentVoter, workshopParticipants } from '../../../../renderer/editor/voting/placeDot';
import type { VotingRound } from '../../../../shared/model/types';

const round: VotingRound = {
  id: 'round-1',
  title: 'Round 1',
  facilitator: '',
  scope: 'both',
  dotsPerParticipant: 2,
  hideUntilClosed: false,
  participants: [
    { name: 'Ann', colour: '#d32f2f' },
    { name: 'Ben', colour: '#1b6fd6' },
  ],
  dots: [
    { participant: 'Ann', target: { stepId: 's1', kind: 'painPoint', text: 'Slow' } },
    { participant: 'Ann', target: { stepId: 's1', kind: 'painPoint', text: 'Slow' } },
  ],
  status: 'open',
  createdAt: '2026-11-28T20:00:00.000Z',
};

describe('voting in a workshop', () => {
  it('takes the people present, this person first, each once, with their own colours', () => {
    expect(
      workshopParticipants(
        { name: 'Ann ', colour: '#D32F2F' },
        [
          { name: 'Ben', colour: '#1b6fd6' },
          { name: 'Ann', colour: '#2e7d32' },
          { name: 'Cy', colour: '#7b5cc4' },
        ],
        50,
      ),
    ).toEqual([
      { name: 'Ann', colour: '#d32f2f' },
      { name: 'Ben', colour: '#1b6fd6' },
      { name: 'Cy', colour: '#7b5cc4' },
    ]);
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `P${i}`, colour: '#6b7280' }));
    expect(workshopParticipants({ name: 'Ann', colour: '#d32f2f' }, many, 50)).toHaveLength(50);
  });

  it('votes as this person in a workshop, and by turns on one laptop', () => {
    // In a workshop: always this person, even with another chosen or with no dots left.
    expect(currentVoter(round, 'Ben', 'Ann')).toBe('Ann');
    expect(currentVoter(round, null, 'Dee')).toBe('Dee');
    // On one laptop: the one chosen, else the first with dots left.
    expect(currentVoter(round, 'Ben')).toBe('Ben');
    expect(currentVoter(round, null)).toBe('Ben');
    expect(currentVoter(round, 'Nobody')).toBe('Ben');
  });
});
