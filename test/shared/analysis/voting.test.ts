import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/commands';
import { dotsOn, openRoundOf, rankRound } from '../../../shared/analysis/voting';
import type { Project, VotingTarget } from '../../../shared/model';
import { supermarket } from '../commands/fixtures';
import { STAFF, sampleRound } from '../commands/votingSample';

const SHELVES: VotingTarget = { stepId: 'ask', kind: 'painPoint', text: 'Shelves empty' };
const TILLS: VotingTarget = { stepId: 'checkout', kind: 'opportunity', text: 'Open a second till' };
const BASKET: VotingTarget = { stepId: 'basket', kind: 'painPoint', text: 'Sticky handles' };

function project(dots: [string, VotingTarget][]): Project {
  const commands: Command[] = [
    { type: 'addNote', stepId: 'ask', row: 'painPoints', text: SHELVES.text },
    { type: 'addNote', stepId: 'checkout', row: 'opportunities', text: TILLS.text },
    { type: 'addNote', stepId: 'basket', row: 'painPoints', text: BASKET.text },
    { type: 'startVotingRound', round: sampleRound() },
    ...dots.map(([participant, target]): Command => ({ type: 'placeDot', roundId: 'r1', participant, target })),
  ];
  return commands.reduce((p, c) => {
    const r = applyCommand(p, c);
    expect(r.rejected).toBeUndefined();
    return r.project;
  }, supermarket());
}

describe('rankRound', () => {
  it('ranks items by their dots, several dots of one participant counting each', () => {
    const p = project([
      ['Ann', TILLS],
      ['Ann', TILLS],
      ['Ben', STAFF],
      ['Ben', TILLS],
      ['Ann', SHELVES],
    ]);
    const ranked = rankRound(p, openRoundOf(p)!);
    expect(ranked.map((i) => [i.target.text, i.dots, i.rank])).toEqual([
      ['Open a second till', 3, 1],
      ['Staff hard to find', 1, 2],
      ['Shelves empty', 1, 2],
    ]);
    expect(ranked[0].by).toEqual([
      { participant: 'Ann', dots: 2 },
      { participant: 'Ben', dots: 1 },
    ]);
  });

  it('ranks by dots whatever order the dots came in, before the order of the map', () => {
    const p = project([
      ['Ann', BASKET],
      ['Ben', SHELVES],
      ['Ben', TILLS],
      ['Ann', TILLS],
    ]);
    expect(rankRound(p, openRoundOf(p)!).map((i) => [i.target.text, i.dots, i.rank])).toEqual([
      ['Open a second till', 2, 1],
      ['Sticky handles', 1, 2],
      ['Shelves empty', 1, 2],
    ]);
  });

  it('breaks ties in the order of the map, whatever order the dots came in', () => {
    const a = project([
      ['Ann', SHELVES],
      ['Ann', BASKET],
      ['Ben', STAFF],
    ]);
    const b = project([
      ['Ben', STAFF],
      ['Ann', BASKET],
      ['Ann', SHELVES],
    ]);
    const order = (p: Project) => rankRound(p, openRoundOf(p)!).map((i) => i.target.text);
    // basket comes before ask in the steps; on one step the list order holds.
    expect(order(a)).toEqual(['Sticky handles', 'Staff hard to find', 'Shelves empty']);
    expect(order(b)).toEqual(order(a));
  });

  it('keeps pain points and opportunities apart when asked', () => {
    const p = project([
      ['Ann', TILLS],
      ['Ben', STAFF],
    ]);
    const round = openRoundOf(p)!;
    expect(rankRound(p, round, 'painPoint').map((i) => i.target.text)).toEqual(['Staff hard to find']);
    expect(rankRound(p, round, 'opportunity').map((i) => i.target.text)).toEqual(['Open a second till']);
  });

  it('marks an item no longer on the map and puts it last among equals', () => {
    let p = project([
      ['Ann', BASKET],
      ['Ben', STAFF],
    ]);
    p = applyCommand(p, { type: 'removeNote', stepId: 'basket', row: 'painPoints', index: 0 }).project;
    const ranked = rankRound(p, openRoundOf(p)!);
    expect(ranked.map((i) => [i.target.text, i.missing])).toEqual([
      ['Staff hard to find', false],
      ['Sticky handles', true],
    ]);
  });

  it('counts dots on an item, all or one participant', () => {
    const p = project([
      ['Ann', STAFF],
      ['Ann', STAFF],
      ['Ben', STAFF],
    ]);
    const round = openRoundOf(p)!;
    expect(dotsOn(round, STAFF)).toBe(3);
    expect(dotsOn(round, STAFF, 'Ann')).toBe(2);
  });
});
