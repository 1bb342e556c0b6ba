/**
 * Placing and taking back a dot for whoever votes now, from the panel or the rows band: the
 * command is dispatched (one undo entry), and a refusal becomes a sentence in the panel.
 */
import { canApplyCommand, dotsUsed, type Command } from '../../../shared/commands';
import { openRoundOf } from '../../../shared/analysis/voting';
import type { VotingRound, VotingTarget } from '../../../shared/model';
import i18n from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { useVotingPanel } from './votingStore';

/** The participant voting now in the round: the one chosen, else the first with dots left. */
export function currentVoter(round: VotingRound, chosen: string | null): string {
  if (chosen && round.participants.some((p) => p.name === chosen)) return chosen;
  const free = round.participants.find((p) => dotsUsed(round, p.name) < round.dotsPerParticipant);
  return (free ?? round.participants[0]).name;
}

export function changeDot(target: VotingTarget, take: boolean): boolean {
  const { project, dispatch } = useDocument.getState();
  const round = project && openRoundOf(project);
  const panel = useVotingPanel.getState();
  if (!project || !round) return false;
  const participant = currentVoter(round, panel.voter);
  const command: Command = { type: take ? 'removeDot' : 'placeDot', roundId: round.id, participant, target };
  const check = canApplyCommand(project, command);
  if (!check.ok) {
    const t = i18n.t.bind(i18n);
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
