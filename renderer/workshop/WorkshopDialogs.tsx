/**
 * The workshop's UI: the Host workshop dialog (join code and link, who joined, Remove, End
 * workshop; or a team server's address and map name when hosted there), the Join workshop
 * dialog (a code or link, or a team server's address, token and map name),
 * and, while in a workshop, the strip of participants with the connection's status chip.
 * Each person's selection is outlined in their colour on the map (PeerSelections).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../app/Modal';
import { MAX_DISPLAY_NAME, type TeamServer, type WorkshopIdentity } from '../../shared/workshopIpc';
import { mapNameOf } from '../../shared/workshopJoin';
import { suggestColour } from '../../shared/identity';
import type { Identity } from '../../shared/model/types';
import { useIdentity } from '../identity/useIdentity';
import { saveIdentity } from '../identity/identityStore';
import { useDocument } from '../state/documentStore';
import { preloadEditor } from '../editor/LazyEditor';
import './presence.css';
import { hostWorkshop, joinWorkshop, leaveWorkshop, removeParticipant, saveCopy, useWorkshop } from './session';
import './workshop.css';

/**
 * The name typed in a workshop dialog becomes this person's identity (the one name for their
 * comments, votes and presence), keeping their colour; someone new gets a palette colour.
 * When the settings cannot be written, the workshop still runs under the name typed.
 */
async function rememberedIdentity(name: string, known: Identity | null): Promise<WorkshopIdentity> {
  const trimmed = name.trim().slice(0, MAX_DISPLAY_NAME);
  const identity: Identity = { name: trimmed, colour: known?.colour ?? suggestColour(trimmed) };
  if (known?.name !== trimmed || known.colour !== identity.colour) await saveIdentity(identity);
  return { name: trimmed, colour: identity.colour.toLowerCase() };
}

/** The name field's text: the saved identity's name once the settings are read, until the person types. */
function useNameField(identity: Identity | null): [string, (name: string) => void] {
  const [typed, setTyped] = useState<string | null>(null);
  return [typed ?? identity?.name.slice(0, MAX_DISPLAY_NAME) ?? '', setTyped];
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

function NameField({ name, setName, colour }: { name: string; setName: (name: string) => void; colour: string }) {
  const { t } = useTranslation();
  return (
    <p className="workshop-name">
      <label>
        <span>
          {t('workshop.yourName')} <span className="workshop-dot" style={{ background: colour }} aria-hidden="true" />
        </span>
        <input
          value={name}
          maxLength={MAX_DISPLAY_NAME}
          required
          autoFocus
          aria-describedby="workshop-name-hint"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <span className="hint" id="workshop-name-hint">
        {t('workshop.nameHint')}
      </span>
    </p>
  );
}

function HostStart() {
  const { t } = useTranslation();
  const { identity } = useIdentity();
  const [name, setName] = useNameField(identity);
  const colour = identity?.colour ?? suggestColour(name.trim());
  const [team, setTeam] = useState(false);
  const [server, setServer] = useState<TeamServer>(() => ({
    url: '',
    token: '',
    map: mapNameOf(useDocument.getState().project?.name ?? ''),
  }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => useWorkshop.getState().openDialog(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(await hostWorkshop(await rememberedIdentity(name, identity), team ? server : undefined));
    setBusy(false);
  }
  return (
    <Modal label={t('workshop.host.title')} onClose={close} className="workshop-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2>{t('workshop.host.title')}</h2>
        <p className="hint">{team ? t('workshop.team.hostIntro') : t('workshop.host.intro')}</p>
        <NameField name={name} setName={setName} colour={colour} />
        <p>
          <label>
            <input type="checkbox" checked={team} onChange={(e) => setTeam(e.target.checked)} />{' '}
            {t('workshop.team.hostOn')}
          </label>
        </p>
        {team && <TeamFields server={server} setServer={setServer} />}
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

/** A team server's address, token and map name (main checks them strictly). */
function TeamFields({ server, setServer }: { server: TeamServer; setServer: (next: TeamServer) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <label>
          {t('workshop.join.serverUrl')}{' '}
          <input
            value={server.url}
            maxLength={600}
            onChange={(e) => setServer({ ...server, url: e.target.value })}
            spellCheck={false}
          />
        </label>
      </p>
      <p>
        <label>
          {t('workshop.join.token')}{' '}
          <input
            value={server.token}
            maxLength={200}
            onChange={(e) => setServer({ ...server, token: e.target.value })}
            spellCheck={false}
          />
        </label>
      </p>
      <p>
        <label>
          {t('workshop.team.map')}{' '}
          <input
            value={server.map}
            maxLength={100}
            onChange={(e) => setServer({ ...server, map: e.target.value })}
            spellCheck={false}
          />
        </label>
      </p>
    </>
  );
}

function HostPanel() {
  const { t } = useTranslation();
  const { code, link, team, participants } = useWorkshop();
  const close = () => useWorkshop.getState().openDialog(null);
  return (
    <Modal label={t('workshop.host.title')} onClose={close} className="workshop-dialog">
      <h2>{t('workshop.host.title')}</h2>
      {team ? (
        <>
          <p className="hint">{t('workshop.team.share')}</p>
          <p>
            <label>
              {t('workshop.team.address')}{' '}
              <input readOnly value={team.url} className="workshop-code" onFocus={(e) => e.target.select()} />
            </label>
          </p>
          <p>
            <label>
              {t('workshop.team.map')}{' '}
              <input readOnly value={team.map} className="workshop-code" onFocus={(e) => e.target.select()} />
            </label>
          </p>
        </>
      ) : (
        <>
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
        </>
      )}
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
  const { identity } = useIdentity();
  const [name, setName] = useNameField(identity);
  const colour = identity?.colour ?? suggestColour(name.trim());
  const [input, setInput] = useState(prefill);
  // The workshop's map opens in the editor: its code loads while the code is typed, not after joining.
  useEffect(() => void preloadEditor(), []);
  const [team, setTeam] = useState(false);
  const [server, setServer] = useState<TeamServer>({ url: '', token: '', map: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => useWorkshop.getState().openDialog(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(null);
    const problem = await joinWorkshop(team ? server : input, await rememberedIdentity(name, identity));
    setBusy(false);
    if (problem) setError(problem);
    else close();
  }
  return (
    <Modal label={t('workshop.join.title')} onClose={close} className="workshop-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2>{t('workshop.join.title')}</h2>
        <NameField name={name} setName={setName} colour={colour} />
        <p>
          <label>
            <input type="checkbox" checked={team} onChange={(e) => setTeam(e.target.checked)} />{' '}
            {t('workshop.join.teamServer')}
          </label>
        </p>
        {team ? (
          <TeamFields server={server} setServer={setServer} />
        ) : (
          <p>
            <label>
              {t('workshop.join.code')}{' '}
              <input value={input} maxLength={600} onChange={(e) => setInput(e.target.value)} />
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
