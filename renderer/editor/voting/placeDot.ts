/**
 * Placing and taking back a dot for whoever votes now, from the panel or the rows band: the
 * command is dispatched (one undo entry), and a refusal becomes a sentence in the panel.
 * On one laptop people take turns ("who is voting now"); in a workshop each person votes as
 * themselves (their workshop identity), on their own laptop.
 */
import { canApplyCommand, dotsUsed, type Command } from '../../../shared/commands';
import { openRoundOf } from '../../../shared/analysis/voting';
import type { VotingRound, VotingTarget } from '../../../shared/model';
import i18n from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { useWorkshop } from '../../workshop/session';
import { useVotingPanel } from './votingStore';

/**
 * The participant voting now in the round: in a workshop, this person (`self`, their name;
 * possibly not in the round, if they came after it started); on one laptop the one chosen,
 * else the first with dots left.
 */
export function currentVoter(round: VotingRound, chosen: string | null, self: string | null = null): string {
  if (self !== null) return self;
  if (chosen && round.participants.some((p) => p.name === chosen)) return chosen;
  const free = round.participants.find((p) => dotsUsed(round, p.name) < round.dotsPerParticipant);
  return (free ?? round.participants[0]).name;
}

export function changeDot(target: VotingTarget, take: boolean): boolean {
  const { project, dispatch } = useDocument.getState();
  const round = project && openRoundOf(project);
  const panel = useVotingPanel.getState();
  if (!project || !round) return false;
  const participant = currentVoter(round, panel.voter, workshopVoter());
  const t = i18n.t.bind(i18n);
  if (!round.participants.some((p) => p.name === participant)) {
    panel.setMessage(t('voting.workshop.notInRound', { name: participant }));
    return false;
  }
  const command: Command = { type: take ? 'removeDot' : 'placeDot', roundId: round.id, participant, target };
  const check = canApplyCommand(project, command);
  if (!check.ok) {
    const used = dotsUsed(round, participant);
    panel.setMessage(
      take
        ? t('voting.refused.noDotHere', { name: participant })
        : check.reason === 'too-many'
          ? t('voting.refused.noneLeft', { name: participant, count: used })
          : t('voting.refused.notVotable'),
    );
    return false;
  }
  panel.setMessage(null);
  return dispatch(command);
}

/** In a workshop, the name this person votes under; null on one laptop. */
export function workshopVoter(): string | null {
  const { active, me } = useWorkshop.getState();
  return active && me ? me.name : null;
}

/** workshopVoter() as a hook, for what redraws when it changes. */
export function useWorkshopVoter(): string | null {
  return useWorkshop((s) => (s.active && s.me ? s.me.name : null));
}

/**
 * The participants of a round started in a workshop: the people present, each under their own
 * name and colour (this person first, then the others as the strip lists them; a name twice is
 * one participant), at most `max`.
 */
export function workshopParticipants(
  self: { name: string; colour: string },
  peers: readonly { name: string; colour: string }[],
  max: number,
): { name: string; colour: string }[] {
  const out: { name: string; colour: string }[] = [];
  for (const person of [self, ...peers]) {
    const name = person.name.trim().slice(0, 100);
    if (!name || out.some((p) => p.name === name)) continue;
    out.push({ name, colour: person.colour.toLowerCase() });
    if (out.length >= max) break;
  }
  return out;
}
