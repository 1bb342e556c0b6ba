/**
 * The workshop's UI: the Host workshop dialog (join code and link, who joined, Remove, End
 * workshop), the Join workshop dialog (a code or link, or a team server's address and token),
 * and, while in a workshop, the strip of participants with the connection's status chip.
 * Each person's selection is outlined in their colour on the map (PeerSelections).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../app/Modal';
import type { WorkshopIdentity } from '../../shared/workshopIpc';
import { hostWorkshop, joinWorkshop, leaveWorkshop, removeParticipant, saveCopy, useWorkshop } from './session';

/** Colours a person may get (distinct on the light and dark canvas). */
const COLOURS = ['#d9480f', '#1971c2', '#2f9e44', '#ae3ec9', '#e8590c', '#0c8599', '#c2255c', '#5f3dc4'];
const NAME_KEY = 'touchmap.workshop.name';

/** A colour picked from the name, so a person keeps theirs from one workshop to the next. */
export function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}

function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function identityOf(name: string): WorkshopIdentity {
  const trimmed = name.trim();
  try {
    localStorage.setItem(NAME_KEY, trimmed);
  } catch {
    // private storage: the name is asked again next time
  }
  return { name: trimmed, colour: colourFor(trimmed) };
}

export function WorkshopDialogs() {
  const dialog = useWorkshop((s) => s.dialog);
  const active = useWorkshop((s) => s.active);
  // A join link opened the dialog: its code is filled in (a later link starts the dialog afresh).
  const prefill = useWorkshop((s) => s.joinPrefill);
  if (dialog === 'host') return active ? <HostPanel /> : <HostStart />;
  if (dialog === 'join') return <JoinDialog key={prefill?.seq ?? 0} prefill={prefill?.code ?? ''} />;
  return null;
}

function NameField({ name, setName }: { name: string; setName: (name: string) => void }) {
  const { t } = useTranslation();
  return (
    <p>
      <label>
        {t('workshop.yourName')}{' '}
        <input value={name} maxLength={60} required autoFocus onChange={(e) => setName(e.target.value)} />
      </label>
    </p>
  );
}

function HostStart() {
  const { t } = useTranslation();
  const [name, setName] = useState(rememberedName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => useWorkshop.getState().openDialog(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(await hostWorkshop(identityOf(name)));
    setBusy(false);
  }
  return (
    <Modal label={t('workshop.host.title')} onClose={close} className="workshop-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2>{t('workshop.host.title')}</h2>
        <p className="hint">{t('workshop.host.intro')}</p>
        <NameField name={name} setName={setName} />
        {error && <p role="alert">{error}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('workshop.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            {t('workshop.host.start')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function HostPanel() {
  const { t } = useTranslation();
  const { code, link, participants } = useWorkshop();
  const close = () => useWorkshop.getState().openDialog(null);
  return (
    <Modal label={t('workshop.host.title')} onClose={close} className="workshop-dialog">
      <h2>{t('workshop.host.title')}</h2>
      <p className="hint">{t('workshop.host.share')}</p>
      <p>
        <label>
          {t('workshop.host.code')}{' '}
          <input readOnly value={code ?? ''} className="workshop-code" onFocus={(e) => e.target.select()} />
        </label>
      </p>
      <p>
        <label>
          {t('workshop.host.link')} <input readOnly value={link ?? ''} onFocus={(e) => e.target.select()} />
        </label>
      </p>
      <h3>{t('workshop.host.joined', { count: participants.length })}</h3>
      <ul aria-label={t('workshop.host.participants')} className="workshop-participants">
        {participants.map((p) => (
          <li key={p.id}>
            <span>{p.name || t('workshop.unnamed')}</span>{' '}
            <button type="button" onClick={() => void removeParticipant(p.id)}>
              {t('workshop.host.remove', { name: p.name || t('workshop.unnamed') })}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={() => void leaveWorkshop()}>
          {t('workshop.host.end')}
        </button>
        <button type="button" className="primary" autoFocus onClick={close}>
          {t('workshop.close')}
        </button>
      </div>
    </Modal>
  );
}

function JoinDialog({ prefill }: { prefill: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState(rememberedName);
  const [input, setInput] = useState(prefill);
  const [team, setTeam] = useState(false);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => useWorkshop.getState().openDialog(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(null);
    const problem = await joinWorkshop(input, team ? token : undefined, identityOf(name));
    setBusy(false);
    if (problem) setError(problem);
    else close();
  }
  return (
    <Modal label={t('workshop.join.title')} onClose={close} className="workshop-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2>{t('workshop.join.title')}</h2>
        <NameField name={name} setName={setName} />
        <p>
          <label>
            <input type="checkbox" checked={team} onChange={(e) => setTeam(e.target.checked)} />{' '}
            {t('workshop.join.teamServer')}
          </label>
        </p>
        <p>
          <label>
            {team ? t('workshop.join.serverUrl') : t('workshop.join.code')}{' '}
            <input value={input} maxLength={600} onChange={(e) => setInput(e.target.value)} />
          </label>
        </p>
        {team && (
          <p>
            <label>
              {t('workshop.join.token')}{' '}
              <input value={token} maxLength={200} onChange={(e) => setToken(e.target.value)} />
            </label>
          </p>
        )}
        {error && <p role="alert">{error}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('workshop.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            {busy ? t('workshop.join.joining') : t('workshop.join.join')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** While in a workshop: who is here (name, colour), the connection's status, and the host's or guest's buttons. */
export function WorkshopStrip() {
  const { t } = useTranslation();
  const { active, role, status, peers } = useWorkshop();
  if (!active) return null;
  return (
    <div className="workshop-strip" role="region" aria-label={t('workshop.strip.label')}>
      <span className={`workshop-status workshop-status-${status}`} role="status">
        {t(`workshop.status.${status}`)}
      </span>
      <ul aria-label={t('workshop.strip.people')}>
        {peers.map((peer) => (
          <li key={peer.clientId} style={{ borderColor: peer.colour }}>
            <span className="workshop-dot" style={{ background: peer.colour }} aria-hidden="true" />
            {peer.name}
          </li>
        ))}
      </ul>
      {role === 'host' ? (
        <button type="button" onClick={() => useWorkshop.getState().openDialog('host')}>
          {t('workshop.strip.manage')}
        </button>
      ) : (
        <button type="button" onClick={() => void saveCopy()}>
          {t('workshop.strip.saveCopy')}
        </button>
      )}
      <button type="button" onClick={() => void leaveWorkshop()}>
        {role === 'host' ? t('workshop.host.end') : t('workshop.strip.leave')}
      </button>
      <PeerSelections />
    </div>
  );
}

/** Each peer's selected steps and flows outlined in their colour: one style rule per selected id (cheap). */
function PeerSelections() {
  const peers = useWorkshop((s) => s.peers);
  const rules = peers.flatMap((peer) =>
    peer.selection.map(
      (id) =>
        `.react-flow__node[data-id="${CSS.escape(id)}"] { outline: 3px solid ${peer.colour}; outline-offset: 3px; }\n` +
        `.react-flow__edge[data-id="${CSS.escape(id)}"] path { stroke: ${peer.colour}; }`,
    ),
  );
  return <style>{rules.join('\n')}</style>;
}
