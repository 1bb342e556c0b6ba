import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/commands';
import { parseProject, type Project, type VotingTarget } from '../../../shared/model';
import { applyAndCheck, expectRejected, supermarket } from './fixtures';
import { STAFF, sampleRound, votingProject } from './votingSample';

const run = (p: Project, ...commands: Command[]) =>
  commands.reduce((doc, c) => {
    const result = applyCommand(doc, c);
    expect(result.rejected).toBeUndefined();
    return result.project;
  }, p);
const dot = (participant: string, target: VotingTarget = STAFF): Command => ({
  type: 'placeDot',
  roundId: 'r1',
  participant,
  target,
});
const round = (p: Project) => p.votingRounds![0];

describe('dot voting commands', () => {
  it('starts a round, keeps it in the file, and refuses a second open round', () => {
    const p = applyAndCheck(supermarket(), { type: 'startVotingRound', round: sampleRound() }).project;
    expect(p.votingRounds).toHaveLength(1);
    expect(parseProject(p).ok).toBe(true);
    expectRejected(p, { type: 'startVotingRound', round: sampleRound({ id: 'r2' }) }, 'invalid-value');
    expectRejected(p, { type: 'startVotingRound', round: sampleRound() }, 'duplicate-id');
  });

  it('refuses a round that is closed, has dots already, or gives no dots', () => {
    const p = supermarket();
    expectRejected(p, { type: 'startVotingRound', round: sampleRound({ dotsPerParticipant: 0 }) }, 'invalid-value');
    expectRejected(
      p,
      { type: 'startVotingRound', round: sampleRound({ dots: [{ participant: 'Ann', target: STAFF }] }) },
      'invalid-value',
    );
    expectRejected(
      p,
      { type: 'startVotingRound', round: sampleRound({ status: 'closed', closedAt: '2026-03-01' }) },
      'invalid-value',
    );
  });

  it('lets a participant put several dots on one item, but never more than the round gives', () => {
    let p = votingProject();
    p = run(p, dot('Ann'), dot('Ann'));
    expect(round(p).dots.filter((d) => d.participant === 'Ann')).toHaveLength(3);
    expectRejected(p, dot('Ann'), 'too-many');
    // Ben's dots are his own.
    p = run(p, dot('Ben'));
    expect(round(p).dots).toHaveLength(4);
  });

  it('refuses dots of strangers, on items not on the map, or on kinds the round does not vote on', () => {
    const p = votingProject();
    expectRejected(p, dot('Zed'), 'not-found');
    expectRejected(p, dot('Ann', { ...STAFF, text: 'Not a pain point' }), 'not-found');
    expectRejected(p, dot('Ann', { ...STAFF, stepId: 'ghost' }), 'not-found');
    const onlyOpportunities = run(supermarket(), {
      type: 'startVotingRound',
      round: sampleRound({ scope: 'opportunities' }),
    });
    expectRejected(onlyOpportunities, dot('Ann'), 'invalid-value');
  });

  it('takes back one dot at a time while the round is open', () => {
    let p = run(votingProject(), dot('Ann'));
    p = applyAndCheck(p, { type: 'removeDot', roundId: 'r1', participant: 'Ann', target: STAFF }).project;
    expect(round(p).dots).toHaveLength(1);
    expectRejected(p, { type: 'removeDot', roundId: 'r1', participant: 'Ben', target: STAFF }, 'not-found');
  });

  it('closes a round read only: no dot placed or taken back afterwards', () => {
    const p = run(votingProject(), { type: 'closeVotingRound', roundId: 'r1', closedAt: '2026-03-01T11:00:00Z' });
    expect(round(p)).toMatchObject({ status: 'closed', closedAt: '2026-03-01T11:00:00Z' });
    expectRejected(p, dot('Ben'), 'invalid-value');
    expectRejected(p, { type: 'removeDot', roundId: 'r1', participant: 'Ann', target: STAFF }, 'invalid-value');
    expectRejected(p, { type: 'closeVotingRound', roundId: 'r1', closedAt: 'x' }, 'invalid-value');
    // A new round may start once the last one is closed.
    const next = run(p, { type: 'startVotingRound', round: sampleRound({ id: 'r2' }) });
    expect(next.votingRounds!.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('removes a round, and the field with the last one', () => {
    const p = run(votingProject(), { type: 'removeVotingRound', roundId: 'r1' });
    expect(p.votingRounds).toBeUndefined();
  });

  it('moves the dots of an open round along when the item is edited or the list reordered', () => {
    let p = run(votingProject(), { type: 'addNote', stepId: 'ask', row: 'painPoints', text: 'Shelves empty' });
    p = run(p, { type: 'updateNote', stepId: 'ask', row: 'painPoints', index: 0, text: 'No staff in sight' });
    expect(round(p).dots[0].target.text).toBe('No staff in sight');
    // Undo puts the text and the dot back together.
    const edit = applyAndCheck(p, { type: 'updateNote', stepId: 'ask', row: 'painPoints', index: 0, text: 'Nobody' });
    expect(round(edit.project).dots[0].target.text).toBe('Nobody');
    // An edit in the inspector's list (updateMoment) carries them too.
    p = run(p, { type: 'updateMoment', stepId: 'ask', changes: { painPoints: ['Staff missing', 'Shelves empty'] } });
    expect(round(p).dots[0].target.text).toBe('Staff missing');
    // Reordered: the text still names the item.
    p = run(p, { type: 'updateMoment', stepId: 'ask', changes: { painPoints: ['Shelves empty', 'Staff missing'] } });
    expect(round(p).dots[0].target.text).toBe('Staff missing');
    expect(parseProject(p).ok).toBe(true);
  });

  it('keeps a closed round as voted when an item is edited later', () => {
    let p = run(votingProject(), { type: 'closeVotingRound', roundId: 'r1', closedAt: '2026-03-01T11:00:00Z' });
    p = run(p, { type: 'updateNote', stepId: 'ask', row: 'painPoints', index: 0, text: 'Changed' });
    expect(round(p).dots[0].target.text).toBe('Staff hard to find');
  });
});

describe('voting rounds in a file (hostile input)', () => {
  const withRounds = (rounds: unknown) => ({ ...supermarket(), votingRounds: rounds });

  it('accepts a file without rounds and a file with a closed round', () => {
    expect(parseProject(supermarket()).ok).toBe(true);
    const closed = run(votingProject(), { type: 'closeVotingRound', roundId: 'r1', closedAt: '2026-03-01T11:00:00Z' });
    expect(parseProject(JSON.parse(JSON.stringify(closed))).ok).toBe(true);
  });

  it.each([
    [
      'more dots than the round gives',
      sampleRound({
        dotsPerParticipant: 1,
        dots: [
          { participant: 'Ann', target: STAFF },
          { participant: 'Ann', target: STAFF },
        ],
      }),
    ],
    ['a dot of someone not in the round', sampleRound({ dots: [{ participant: 'Zed', target: STAFF }] })],
    [
      'two participants of one name',
      sampleRound({
        participants: [
          { name: 'Ann', colour: '#000000' },
          { name: 'Ann', colour: '#ffffff' },
        ],
      }),
    ],
    [
      'a dot on a kind the round does not vote on',
      sampleRound({ scope: 'opportunities', dots: [{ participant: 'Ann', target: STAFF }] }),
    ],
    ['too many dots per participant', sampleRound({ dotsPerParticipant: 21 })],
    ['no participant', sampleRound({ participants: [] })],
    ['a closed round without its closing time', sampleRound({ status: 'closed' })],
    ['a bad colour', sampleRound({ participants: [{ name: 'Ann', colour: 'red' }] })],
    ['an overlong name', sampleRound({ participants: [{ name: 'A'.repeat(101), colour: '#000000' }] })],
  ])('refuses %s', (_, bad) => {
    expect(parseProject(withRounds([bad])).ok).toBe(false);
  });

  it('refuses duplicate round ids and more rounds than the limit', () => {
    const closed = sampleRound({ status: 'closed', closedAt: '2026-03-01' });
    expect(parseProject(withRounds([closed, closed])).ok).toBe(false);
    const many = Array.from({ length: 201 }, (_, i) => ({ ...closed, id: `r${i}` }));
    expect(parseProject(withRounds(many)).ok).toBe(false);
    expect(parseProject(withRounds(many.slice(0, 200))).ok).toBe(true);
  });
});
