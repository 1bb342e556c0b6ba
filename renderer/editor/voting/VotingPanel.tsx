/**
 * The dot voting panel beside the map (toolbar, View > Dot voting, Ctrl+Shift+D). The facilitator
 * starts a round (title, what is voted on, dots per participant, the participants, whether dots
 * stay hidden until the round closes); on one laptop participants take turns: "who is voting now"
 * shows each one's dots left, and the items list (or the rows band: focus an item, press + or -)
 * places and takes back dots. Closing the round shows the ranking; closed rounds stay in the file,
 * read only, and their results can be looked at again. Every change is one undo entry.
 * In a workshop the round takes the people present, each with their own name and colour, and
 * each places their own dots on their own laptop (no taking turns).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Vote } from 'lucide-react';
import { shortcutText } from '../../../shared/actions';
import { dotsOn, openRoundOf, rankRound, type RankedItem } from '../../../shared/analysis/voting';
import { dotsUsed, roundAllows } from '../../../shared/commands';
import { MAX_DOTS_PER_PARTICIPANT, MAX_VOTING_PARTICIPANTS, VOTING_SCOPES } from '../../../shared/model/schema';
import type { Project, VotingRound, VotingScope, VotingTarget } from '../../../shared/model/types';
import { formatDateTime } from '../../../shared/i18n/format';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { newId } from '../../state/ids';
import { runAction } from '../actions';
import { dispatch } from '../inspector/dispatch';
import { SidePanel } from '../SidePanel';
import { ICON_SIZE } from '../toolbarIcons';
import { useWorkshop } from '../../workshop/session';
import { changeDot, currentVoter, useWorkshopVoter, workshopParticipants } from './placeDot';
import { useVotingPanel } from './votingStore';
import './voting.css';

export const VOTING_TOGGLE_ID = 'voting-toggle';

/** Participants' colours, in turn: distinct on white and for the common colour blindnesses. */
export const PARTICIPANT_COLOURS = [
  '#d9480f',
  '#1971c2',
  '#2f9e44',
  '#ae3ec9',
  '#f08c00',
  '#0c8599',
  '#c2255c',
  '#5f3dc4',
  '#495057',
  '#66a80f',
];

/** The items a round votes on, in map order. */
function votableItems(project: Project, round: VotingRound): VotingTarget[] {
  return project.steps.flatMap((step) => {
    if (!step.moment) return [];
    const items: VotingTarget[] = [];
    if (roundAllows(round, 'painPoint'))
      for (const text of new Set(step.moment.painPoints)) items.push({ stepId: step.id, kind: 'painPoint', text });
    if (roundAllows(round, 'opportunity'))
      for (const text of new Set(step.moment.opportunities)) items.push({ stepId: step.id, kind: 'opportunity', text });
    return items;
  });
}

function Dots({ round, target, only }: { round: VotingRound; target: VotingTarget; only?: string }) {
  const colours = new Map(round.participants.map((p) => [p.name, p.colour]));
  return (
    <span className="voting-dots" aria-hidden="true">
      {round.dots
        .filter(
          (d) =>
            d.target.stepId === target.stepId &&
            d.target.kind === target.kind &&
            d.target.text === target.text &&
            (only === undefined || d.participant === only),
        )
        .map((d, i) => (
          <span key={i} className="voting-dot" style={{ background: colours.get(d.participant) }} />
        ))}
    </span>
  );
}

/** In a workshop, the people a round would take now (this person and those in the strip); null on one laptop. */
function usePeoplePresent(): { name: string; colour: string }[] | null {
  const active = useWorkshop((s) => s.active);
  const me = useWorkshop((s) => s.me);
  const peers = useWorkshop((s) => s.peers);
  return active && me ? workshopParticipants(me, peers, MAX_VOTING_PARTICIPANTS) : null;
}

function StartForm({ project }: { project: Project }) {
  const { t } = useTranslation();
  const present = usePeoplePresent();
  const [title, setTitle] = useState('');
  const [facilitator, setFacilitator] = useState(() => useWorkshop.getState().me?.name ?? '');
  const [scope, setScope] = useState<VotingScope>('both');
  const [dots, setDots] = useState('3');
  const [names, setNames] = useState('');
  const [hide, setHide] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rounds = project.votingRounds ?? [];
  const start = () => {
    const people = present
      ? present.map((p) => p.name)
      : [...new Set(names.split('\n').map((n) => n.trim().slice(0, 100)))].filter(Boolean);
    const n = Number(dots);
    if (!people.length) return setError(t('voting.start.needParticipants'));
    if (!Number.isInteger(n) || n < 1 || n > MAX_DOTS_PER_PARTICIPANT)
      return setError(t('voting.start.dotsRange', { max: MAX_DOTS_PER_PARTICIPANT }));
    setError(null);
    const round: VotingRound = {
      id: newId('round'),
      title: title.trim() || t('voting.start.defaultTitle', { n: rounds.length + 1 }),
      facilitator: facilitator.trim().slice(0, 100),
      scope,
      dotsPerParticipant: n,
      hideUntilClosed: hide,
      participants:
        present ?? people.map((name, i) => ({ name, colour: PARTICIPANT_COLOURS[i % PARTICIPANT_COLOURS.length] })),
      dots: [],
      status: 'open',
      createdAt: new Date().toISOString(),
    };
    if (dispatch({ type: 'startVotingRound', round })) useVotingPanel.getState().setVoter(people[0]);
  };
  return (
    <form
      className="voting-start"
      aria-label={t('voting.start.title')}
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <h3>{t('voting.start.title')}</h3>
      <label>
        {t('voting.start.roundTitle')}
        <input
          value={title}
          placeholder={t('voting.start.defaultTitle', { n: rounds.length + 1 })}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label>
        {t('voting.start.facilitator')}
        <input value={facilitator} onChange={(e) => setFacilitator(e.target.value)} />
      </label>
      <label>
        {t('voting.start.scope')}
        <select value={scope} onChange={(e) => setScope(e.target.value as VotingScope)}>
          {VOTING_SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`voting.scope.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('voting.start.dots')}
        <input
          type="number"
          min={1}
          max={MAX_DOTS_PER_PARTICIPANT}
          value={dots}
          onChange={(e) => setDots(e.target.value)}
        />
      </label>
      {present ? (
        <div className="voting-present">
          <p>{t('voting.workshop.present', { count: present.length })}</p>
          <ul aria-label={t('voting.start.participants')}>
            {present.map((p) => (
              <li key={p.name}>
                <span className="voting-swatch" style={{ background: p.colour }} aria-hidden="true" />
                {p.name}
              </li>
            ))}
          </ul>
          <p className="voting-hint">{t('voting.workshop.presentHint')}</p>
        </div>
      ) : (
        <>
          <label>
            {t('voting.start.participants')}
            <textarea rows={4} value={names} onChange={(e) => setNames(e.target.value)} />
          </label>
          <p className="voting-hint">{t('voting.start.participantsHint')}</p>
        </>
      )}
      <label className="voting-check">
        <input type="checkbox" checked={hide} onChange={(e) => setHide(e.target.checked)} />
        {t('voting.start.hide')}
      </label>
      {error && (
        <p className="voting-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="voting-primary">
        {t('voting.start.submit')}
      </button>
    </form>
  );
}

function ItemLabel({ project, target }: { project: Project; target: VotingTarget }) {
  const { t } = useTranslation();
  const step = project.steps.find((s) => s.id === target.stepId);
  return (
    <span className="voting-item-label">
      <span className={`voting-kind ${target.kind}`}>{t(`voting.kind.${target.kind}`)}</span>
      <span className="voting-item-text">{target.text}</span>
      <span className="voting-item-step">{step ? step.title || t('inspector.untitledStep') : t('voting.gone')}</span>
    </span>
  );
}

/**
 * In a workshop: this person votes as themselves (their dots left, or why they cannot vote),
 * and everyone's dots left, so the facilitator sees who has still to vote.
 */
function WorkshopVoters({ round, self }: { round: VotingRound; self: string }) {
  const { t } = useTranslation();
  const me = round.participants.find((p) => p.name === self);
  return (
    <div className="voting-voters voting-workshop">
      <p className="voting-you">
        {me ? (
          <>
            <span className="voting-swatch" style={{ background: me.colour }} aria-hidden="true" />
            <span>{t('voting.workshop.you', { name: self })}</span>
            <span className="voting-left">
              {t('voting.dotsLeft', {
                count: round.dotsPerParticipant - dotsUsed(round, self),
                total: round.dotsPerParticipant,
              })}
            </span>
          </>
        ) : (
          t('voting.workshop.notInRound', { name: self })
        )}
      </p>
      <ul aria-label={t('voting.workshop.everyone')}>
        {round.participants.map((p) => (
          <li key={p.name} className={p.name === self ? 'voting-voter current' : 'voting-voter'}>
            <span className="voting-swatch" style={{ background: p.colour }} aria-hidden="true" />
            <span className="voting-voter-name">{p.name}</span>
            <span className="voting-left">
              {t('voting.dotsLeft', {
                count: round.dotsPerParticipant - dotsUsed(round, p.name),
                total: round.dotsPerParticipant,
              })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function OpenRound({ project, round }: { project: Project; round: VotingRound }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const chosen = useVotingPanel((s) => s.voter);
  const message = useVotingPanel((s) => s.message);
  const self = useWorkshopVoter();
  const voter = currentVoter(round, chosen, self);
  const inRound = round.participants.some((p) => p.name === voter);
  const items = votableItems(project, round);
  const hidden = round.hideUntilClosed;
  return (
    <section className="voting-round" aria-label={round.title}>
      <h3>{round.title}</h3>
      <p className="voting-meta">
        {t(`voting.scope.${round.scope}`)} · {t('voting.dotsEach', { count: round.dotsPerParticipant })}
        {round.facilitator && <> · {t('voting.facilitatedBy', { name: round.facilitator })}</>}
        {' · '}
        {formatDateTime(lng, round.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
      </p>
      <p className="voting-hint">{self === null ? t('voting.howTo') : t('voting.workshop.howTo')}</p>
      {hidden && <p className="voting-hint">{t('voting.hiddenNote')}</p>}
      <div className="voting-sticky">
        {self !== null ? (
          <WorkshopVoters round={round} self={self} />
        ) : (
          <fieldset className="voting-voters">
            <legend>{t('voting.whoVotes')}</legend>
            {round.participants.map((p) => {
              const left = round.dotsPerParticipant - dotsUsed(round, p.name);
              return (
                <label key={p.name} className={p.name === voter ? 'voting-voter current' : 'voting-voter'}>
                  <input
                    type="radio"
                    name="voting-voter"
                    checked={p.name === voter}
                    onChange={() => useVotingPanel.getState().setVoter(p.name)}
                  />
                  <span className="voting-swatch" style={{ background: p.colour }} aria-hidden="true" />
                  <span className="voting-voter-name">{p.name}</span>
                  <span className="voting-left">
                    {t('voting.dotsLeft', { count: left, total: round.dotsPerParticipant })}
                  </span>
                </label>
              );
            })}
          </fieldset>
        )}
        <p className="voting-message" role="status">
          {message}
        </p>
      </div>
      {items.length === 0 ? (
        <p className="voting-hint">{t('voting.noItems')}</p>
      ) : (
        <ul className="voting-items" aria-label={t('voting.items')}>
          {items.map((target) => {
            const mine = dotsOn(round, target, voter);
            const all = dotsOn(round, target);
            const key = `${target.stepId}:${target.kind}:${target.text}`;
            return (
              <li key={key} className="voting-item">
                <ItemLabel project={project} target={target} />
                <Dots round={round} target={target} only={hidden ? voter : undefined} />
                <span className="voting-count">
                  {hidden ? t('voting.mine', { count: mine }) : t('voting.count', { count: all })}
                </span>
                <span className="voting-buttons">
                  <button
                    type="button"
                    aria-label={t('voting.place', { name: voter, item: target.text })}
                    title={t('voting.place', { name: voter, item: target.text })}
                    disabled={!inRound}
                    onClick={() => changeDot(target, false)}
                  >
                    +
                  </button>
                  <button
                    type="button"
                    aria-label={t('voting.takeBack', { name: voter, item: target.text })}
                    title={t('voting.takeBack', { name: voter, item: target.text })}
                    disabled={mine === 0}
                    onClick={() => changeDot(target, true)}
                  >
                    −
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {!hidden && round.dots.length > 0 && <Results project={project} round={round} />}
      <button
        type="button"
        className="voting-primary"
        onClick={() => dispatch({ type: 'closeVotingRound', roundId: round.id, closedAt: new Date().toISOString() })}
      >
        {t('voting.close')}
      </button>
    </section>
  );
}

function RankedList({ project, items, round }: { project: Project; items: RankedItem[]; round: VotingRound }) {
  const { t } = useTranslation();
  if (!items.length) return <p className="voting-hint">{t('voting.results.none')}</p>;
  return (
    <ol className="voting-ranking">
      {items.map((item) => (
        <li key={`${item.target.stepId}:${item.target.kind}:${item.target.text}`} className="voting-ranked">
          <span className="voting-rank">{item.rank}</span>
          <ItemLabel project={project} target={item.target} />
          <Dots round={round} target={item.target} />
          <span className="voting-count">{t('voting.count', { count: item.dots })}</span>
          {item.missing && <span className="voting-missing">{t('voting.results.missing')}</span>}
        </li>
      ))}
    </ol>
  );
}

function Results({ project, round }: { project: Project; round: VotingRound }) {
  const { t } = useTranslation();
  const grouping = useVotingPanel((s) => s.grouping);
  const apart = grouping === 'apart' && round.scope === 'both';
  return (
    <section className="voting-results" aria-label={t('voting.results.title', { title: round.title })}>
      <div className="voting-results-head">
        <h4>{t('voting.results.heading')}</h4>
        {round.scope === 'both' && (
          <label>
            <input
              type="checkbox"
              checked={apart}
              onChange={(e) => useVotingPanel.getState().setGrouping(e.target.checked ? 'apart' : 'together')}
            />
            {t('voting.results.apart')}
          </label>
        )}
      </div>
      {apart ? (
        <>
          <h5>{t('voting.kinds.painPoint')}</h5>
          <RankedList project={project} round={round} items={rankRound(project, round, 'painPoint')} />
          <h5>{t('voting.kinds.opportunity')}</h5>
          <RankedList project={project} round={round} items={rankRound(project, round, 'opportunity')} />
        </>
      ) : (
        <RankedList project={project} round={round} items={rankRound(project, round)} />
      )}
    </section>
  );
}

function ClosedRounds({ project }: { project: Project }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const closed = (project.votingRounds ?? []).filter((r) => r.status === 'closed').reverse();
  const [shown, setShown] = useState<string | null>(null);
  if (!closed.length) return null;
  const current = closed.find((r) => r.id === shown) ?? closed[0];
  return (
    <section className="voting-closed" aria-label={t('voting.closedRounds')}>
      <h3>{t('voting.closedRounds')}</h3>
      {closed.length > 1 && (
        <label>
          {t('voting.showRound')}
          <select value={current.id} onChange={(e) => setShown(e.target.value)}>
            {closed.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="voting-meta">
        {current.title} · {t(`voting.scope.${current.scope}`)} ·{' '}
        {t('voting.participantsCount', { count: current.participants.length })}
        {current.closedAt && (
          <>
            {' · '}
            {t('voting.closedAt', {
              when: formatDateTime(lng, current.closedAt, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </>
        )}
      </p>
      <Results project={project} round={current} />
      <button
        type="button"
        className="voting-remove"
        onClick={() => dispatch({ type: 'removeVotingRound', roundId: current.id })}
      >
        {t('voting.remove', { title: current.title })}
      </button>
    </section>
  );
}

function OpenPanel() {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const focusRequest = useVotingPanel((s) => s.focusRequest);
  if (!project) return null;
  const round = openRoundOf(project);
  return (
    <SidePanel
      id="voting"
      className="inspector"
      bodyClassName="voting-body"
      title={t('actions.voting')}
      closeLabel={t('voting.closePanel')}
      onClose={() => useVotingPanel.getState().setOpen(false)}
      toggleId={VOTING_TOGGLE_ID}
      focusRequest={focusRequest}
    >
      {round ? (
        <>
          <OpenRound project={project} round={round} />
          <ClosedRounds project={project} />
        </>
      ) : (
        <>
          {/* Just closed: the results first, then the form for the next round. */}
          <ClosedRounds project={project} />
          <StartForm project={project} />
        </>
      )}
    </SidePanel>
  );
}

/** The voting panel, shown while it is open. */
export function VotingPanel() {
  return useVotingPanel((s) => s.open) ? <OpenPanel /> : null;
}

/** The toolbar button: pressed while the panel is open. */
export function VotingToggle() {
  const { t } = useTranslation();
  const open = useVotingPanel((s) => s.open);
  return (
    <button
      type="button"
      id={VOTING_TOGGLE_ID}
      aria-pressed={open}
      aria-keyshortcuts="Control+Shift+D"
      title={t('editor.withShortcut', { label: t('actions.voting'), shortcut: shortcutText('voting') })}
      onClick={() => runAction('voting')}
    >
      <Vote size={ICON_SIZE} aria-hidden="true" />
      <span className="button-label">{t('actions.voting')}</span>
    </button>
  );
}
