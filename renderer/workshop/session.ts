/**
 * A live workshop, renderer side. The page holds its own Y.Doc and SyncedProject
 * (shared/sync/binding.ts); main holds the connection. Local updates go to main in small
 * batches (sendWorkshop), the others' come back by long polling (pollWorkshop). The document
 * store commits local commands to the SyncedProject and takes every change back outside its
 * own history (documentStore `shared`, `applyShared`); Undo/Redo go to the person's own
 * Yjs history. Presence (selection and pointer) is sent throttled.
 */
import * as Y from 'yjs';
import { create } from 'zustand';
import { createSyncedProject, type Repair, type SyncedProject } from '../../shared/sync/binding';
import type {
  Presence,
  TeamServer,
  WorkshopEnd,
  WorkshopIdentity,
  WorkshopParticipant,
  WorkshopPeer,
  WorkshopStatus,
} from '../../shared/workshopIpc';
import { api } from '../api';
import { useDocument } from '../state/documentStore';
import { message, notify } from '../state/notify';
import { flushSave } from '../state/autosave';
import { mark } from '../probe';

/** Origin of updates that came from main (they are not sent back). */
const FROM_MAIN = Symbol('from-main');
/** Presence goes out at most this often (ms). */
const PRESENCE_EVERY_MS = 100;

export interface WorkshopState {
  dialog: 'host' | 'join' | null;
  active: boolean;
  role: 'host' | 'guest' | null;
  status: WorkshopStatus;
  code: string | null;
  link: string | null;
  /** Hosted on a team server: where others join. */
  team: { url: string; map: string } | null;
  peers: WorkshopPeer[];
  participants: WorkshopParticipant[];
  /** Who this person is in the workshop (their identity's name and colour). */
  me: WorkshopIdentity | null;
  /** A join link's code for the Join dialog to show filled in (`seq` tells one link's opening from the next). */
  joinPrefill: { code: string; seq: number } | null;
  openDialog(dialog: 'host' | 'join' | null): void;
}

export const useWorkshop = create<WorkshopState>()((set) => ({
  dialog: null,
  active: false,
  role: null,
  status: 'offline',
  code: null,
  link: null,
  team: null,
  peers: [],
  participants: [],
  me: null,
  joinPrefill: null,
  openDialog: (dialog) => set({ dialog, joinPrefill: null }),
}));

/**
 * A join link was opened (main passes on its code): the Join dialog opens with the code filled
 * in, and joining waits for the user's Join. In a workshop already, the user is told so and
 * nothing changes.
 */
export function receiveJoinLink(code: string): void {
  if (useWorkshop.getState().active) {
    notify('file-problem', { detail: message('workshop.join.alreadyInWorkshop') });
    return;
  }
  useWorkshop.setState((s) => ({ dialog: 'join', joinPrefill: { code, seq: (s.joinPrefill?.seq ?? 0) + 1 } }));
}

/** Listen for join links; returns the stop function. Mount once: `useEffect(() => startJoinLinkEvents(), [])`. */
export function startJoinLinkEvents(): () => void {
  return api().onJoinLink(receiveJoinLink);
}

/** The running session's parts, outside React. */
let running: {
  doc: Y.Doc;
  synced: SyncedProject | null;
  outbox: Uint8Array[];
  stop: () => void;
} | null = null;
let presence: Presence = { selection: [], pointer: null };
let presenceDirty = false;
let sendTimer: ReturnType<typeof setTimeout> | null = null;

const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (text: string) => {
  // A plain loop: Uint8Array.from with a mapping function costs a call per byte, which is
  // noticeable for a 1,000-step map's first sync (megabytes).
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** Host a workshop from the open project (on this computer, or on a team server); resolves with an error text, or null when it runs. */
export async function hostWorkshop(identity: WorkshopIdentity, team?: TeamServer): Promise<string | null> {
  const project = useDocument.getState().project;
  if (!project) return null;
  const result = await api().hostWorkshop(team ? { project, identity, team } : { project, identity });
  if (!result.ok) return result.error;
  useWorkshop.setState({
    code: result.value.code,
    link: result.value.link,
    team: result.value.team ?? null,
    me: identity,
  });
  await start('host');
  return null;
}

/** Join by code or link (or a team server's address, token and map name); resolves with an error text, or null when joined. */
export async function joinWorkshop(target: string | TeamServer, identity: WorkshopIdentity): Promise<string | null> {
  mark('join-asked');
  const result = await api().joinWorkshop(
    typeof target === 'string'
      ? { input: target, identity }
      : { input: target.url, token: target.token, map: target.map, identity },
  );
  mark('join-answered');
  if (!result.ok) return result.error;
  // What was open is saved first: the workshop's map replaces it on screen.
  if (useDocument.getState().project) await flushSave();
  useWorkshop.setState({ code: null, link: null, team: null, me: identity });
  await start('guest');
  return null;
}

/** Leave the workshop (the host ends it for everyone). The map stays open; a guest's is not saved unless copied. */
export async function leaveWorkshop(): Promise<void> {
  const result = await api().leaveWorkshop();
  if (!result.ok) notify('library-failed', { detail: result.error });
  finish(null);
}

export async function removeParticipant(id: string): Promise<void> {
  const result = await api().removeParticipant({ id });
  if (!result.ok) notify('library-failed', { detail: result.error });
}

/** A guest keeps the workshop's map as a new project in their own library. */
export async function saveCopy(): Promise<boolean> {
  const project = useDocument.getState().project;
  if (!project) return false;
  const result = await api().importFile({ name: `${project.name}.touchmap`, content: JSON.stringify(project) });
  if (!result.ok) {
    notify('library-failed', { detail: result.error });
    return false;
  }
  notify('saved-as', { file: result.value.name });
  return true;
}

/** What this person has selected and where their pointer is (map coordinates); sent throttled. */
export function setPresence(next: Partial<Presence>): void {
  if (!running) return;
  presence = { ...presence, ...next };
  presenceDirty = true;
  scheduleSend(PRESENCE_EVERY_MS);
}

async function start(role: 'host' | 'guest'): Promise<void> {
  const doc = new Y.Doc();
  const session: NonNullable<typeof running> = { doc, synced: null, outbox: [], stop: () => {} };
  running?.stop();
  running = session;
  let stopped = false;
  session.stop = () => {
    stopped = true;
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_MAIN) return;
    session.outbox.push(update);
    scheduleSend(0);
  });
  const unsubscribeSelection = useDocument.subscribe((state, prev) => {
    if (state.selection !== prev.selection)
      setPresence({ selection: [...state.selection.stepIds, ...state.selection.flowIds].slice(0, 200) });
  });
  const first = await api().pollWorkshop({ fresh: true, waitMs: 0 });
  mark('join-document-arrived');
  if (!first.ok || !first.value.active) {
    unsubscribeSelection();
    running = null;
    if (!first.ok) notify('library-failed', { detail: first.error });
    return;
  }
  const arrived = first.value.updates.map(fromBase64);
  mark('join-decoded');
  for (const update of arrived) Y.applyUpdate(doc, update, FROM_MAIN);
  mark('join-doc-applied');
  const synced = createSyncedProject(doc);
  session.synced = synced;
  const { project, repairs } = synced.read();
  mark('join-project-read');
  tellRepairs(repairs);
  if (role === 'guest') useDocument.getState().open(project);
  else useDocument.getState().applyShared(project);
  mark('join-opened');
  useDocument.getState().setShared({
    role,
    commit: (next) => synced.commit(next),
    undo: () => synced.undo(),
    redo: () => synced.redo(),
    canUndo: () => synced.canUndo(),
    canRedo: () => synced.canRedo(),
  });
  const unsubscribeChanges = synced.onChange((e) => {
    if (e.remote) tellRepairs(e.repairs);
    useDocument.getState().applyShared(e.project);
  });
  useWorkshop.setState({
    active: true,
    dialog: role === 'host' ? 'host' : null,
    role,
    status: first.value.status,
    peers: first.value.peers,
    participants: first.value.participants,
  });
  session.stop = () => {
    stopped = true;
    unsubscribeSelection();
    unsubscribeChanges();
    synced.destroy();
    doc.destroy();
  };
  void (async () => {
    while (!stopped) {
      const news = await api().pollWorkshop({ fresh: false, waitMs: 1000 });
      if (stopped) return;
      if (!news.ok) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      if (!news.value.active) {
        finish(news.value.ended);
        return;
      }
      for (const update of news.value.updates) {
        try {
          Y.applyUpdate(doc, fromBase64(update), FROM_MAIN);
        } catch {
          // main checked it; a doc that cannot take it keeps its state
        }
      }
      useWorkshop.setState({
        status: news.value.status,
        peers: news.value.peers,
        participants: news.value.participants,
      });
    }
  })();
}

function finish(ended: WorkshopEnd | null): void {
  running?.stop();
  running = null;
  if (sendTimer) clearTimeout(sendTimer);
  sendTimer = null;
  presence = { selection: [], pointer: null };
  useDocument.getState().setShared(null);
  useWorkshop.setState({
    active: false,
    role: null,
    status: 'offline',
    peers: [],
    participants: [],
    dialog: null,
    me: null,
  });
  if (ended) notify('file-problem', { detail: message(`workshop.ended.${ended}`) });
}

function scheduleSend(delay: number): void {
  if (sendTimer) return;
  sendTimer = setTimeout(() => {
    sendTimer = null;
    void send();
  }, delay);
}

async function send(): Promise<void> {
  const session = running;
  if (!session) return;
  const updates = session.outbox.length > 0 ? [Y.mergeUpdates(session.outbox)] : [];
  session.outbox = [];
  const withPresence = presenceDirty;
  presenceDirty = false;
  if (updates.length === 0 && !withPresence) return;
  const result = await api().sendWorkshop({
    updates: updates.map(toBase64),
    ...(withPresence ? { presence } : {}),
  });
  if (!result.ok) notify('library-failed', { detail: result.error });
}

function tellRepairs(repairs: readonly Repair[]): void {
  if (repairs.length === 0) return;
  notify('file-problem', { detail: message('workshop.repaired', { count: repairs.length }) });
}
