/**
 * Live workshops, main side (issue J items 5-6). Main holds the workshop's Y.Doc and its
 * connection (a Hocuspocus provider over `ws`); the page holds its own Y.Doc and exchanges
 * Yjs updates and presence with main over IPC (long polling), so the renderer keeps its CSP
 * (`connect-src 'self'`) and sandbox. Hosting starts the sync server (from the engine) on this
 * computer's local network address with a fresh 128-bit token; it listens only while hosting.
 * Or the map is hosted on a team server (`npm run server`) under a name, and others join it there.
 *
 * Trust: the page's payloads arrive validated by their IPC contract (shared/workshopIpc.ts);
 * an update that does not decode is refused here. What peers send reaches this doc through the
 * provider (the server refuses undecodable and oversized messages, and the client drops a message
 * that does not decode instead of throwing out of the socket: server/client.ts `guarded`); their
 * presence is checked again before the page sees it.
 */
import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Project } from '../shared/model/types';
import { hasProject, seedDoc } from '../shared/sync/binding';
import { connectClient, type SyncClient } from '../server/client';
import { startSyncServer, type SyncServer } from '../server/syncServer';
import {
  encodeJoinCode,
  joinLink,
  parseJoinInput,
  parseTeamServer,
  tokenText,
  TOKEN_BYTES,
  WORKSHOP_DOCUMENT,
} from '../shared/workshopJoin';
import type { JoinTarget } from '../shared/workshopJoin';
import { colourSchema, displayNameSchema, presenceSchema } from '../shared/workshopIpc';
import type {
  Presence,
  TeamServer,
  WorkshopEnd,
  WorkshopHostInfo,
  WorkshopIdentity,
  WorkshopNews,
  WorkshopParticipant,
  WorkshopPeer,
  WorkshopStatus,
} from '../shared/workshopIpc';

/** What the workshop needs of the sync engine (shared/sync, server/): put a project into a doc, run a server. */
export interface WorkshopEngine {
  seedDoc(doc: Y.Doc, project: Project): void;
  startSyncServer(options: { host: string; port: number; token: string }): Promise<SyncServer>;
}

/** The real engine: shared/sync's binding and server/'s Hocuspocus server. */
export const SYNC_ENGINE: WorkshopEngine = { seedDoc, startSyncServer };

export interface WorkshopDeps {
  /** The sync engine (default: the real one). */
  engine?: WorkshopEngine;
  /** The address the server listens on and the code names (tests: 127.0.0.1); default: this computer's local network address. */
  bindAddress?: string;
  /** How long a join waits for the host before it gives up, in ms. */
  joinTimeoutMs?: number;
  log?: (message: string) => void;
}

/** A refusal the handler turns into a readable message (a catalogue key of the `workshop` area). */
export class WorkshopRefusal extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

/** Origin of updates the page sent (they are not sent back to it). */
const FROM_PAGE = Symbol('from-page');

interface Session {
  role: 'host' | 'guest';
  doc: Y.Doc;
  client: SyncClient;
  server: SyncServer | null;
  /** Updates for the page since its last poll. */
  outbox: Uint8Array[];
  status: WorkshopStatus;
  /** The user chose to work offline (tests: a network cut). */
  offline: boolean;
}

const teamRefusal = (reason: 'empty' | 'malformed') =>
  new WorkshopRefusal(reason === 'empty' ? 'errors.teamEmpty' : 'errors.teamMalformed');

export class WorkshopService {
  private session: Session | null = null;
  private ended: WorkshopEnd | null = null;
  private waiters = new Set<() => void>();

  constructor(private readonly deps: WorkshopDeps = {}) {}

  /**
   * Host from `project` (already through the model's parse path): on this computer (a server on
   * the local network; answers the join code and link) or on a team server (the map is put there
   * under its name, unless the server already has a map of that name: then others' work there
   * is not overwritten, and the host is told to join it or pick another name).
   */
  async host(project: Project, identity: WorkshopIdentity, team?: TeamServer): Promise<WorkshopHostInfo> {
    const engine = this.engine();
    if (team) {
      const parsed = parseTeamServer(team.url, team.token, team.map);
      if (!parsed.ok) throw teamRefusal(parsed.reason);
      await this.leave();
      const doc = new Y.Doc();
      const client = await this.connect(parsed.target, doc, identity.name, true);
      if (hasProject(doc)) {
        client.destroy();
        doc.destroy();
        throw new WorkshopRefusal('errors.mapExists', { map: parsed.target.documentName });
      }
      engine.seedDoc(doc, project);
      this.begin('host', doc, client, null, identity);
      return { code: '', link: '', team: { url: parsed.target.url, map: parsed.target.documentName } };
    }
    await this.leave();
    const doc = new Y.Doc();
    engine.seedDoc(doc, project);
    const address = this.deps.bindAddress ?? localAddress();
    const token = new Uint8Array(randomBytes(TOKEN_BYTES));
    const server = await engine.startSyncServer({ host: address, port: 0, token: tokenText(token) });
    try {
      const client = await this.connect(
        { url: `ws://${address}:${server.port}`, token: tokenText(token), documentName: WORKSHOP_DOCUMENT },
        doc,
        identity.name,
      );
      this.begin('host', doc, client, server, identity);
    } catch (error) {
      await server.stop();
      throw error;
    }
    const code = encodeJoinCode(address, server.port, token);
    return { code, link: joinLink(code) };
  }

  /** Join by code or link, or a team server's URL with `token` (and the map's name). */
  async join(input: string, token: string | undefined, identity: WorkshopIdentity, map?: string): Promise<null> {
    // A guest needs no engine in main: the page reads the document itself (shared/sync).
    const parsed = token === undefined ? parseJoinInput(input) : parseTeamServer(input, token, map);
    if (!parsed.ok)
      throw token === undefined
        ? new WorkshopRefusal(parsed.reason === 'empty' ? 'errors.empty' : 'errors.malformed')
        : teamRefusal(parsed.reason);
    await this.leave();
    const doc = new Y.Doc();
    const client = await this.connect(parsed.target, doc, identity.name, token !== undefined);
    if (!hasProject(doc)) {
      // A team server without this map (or a host that has not shared one): nothing to join.
      client.destroy();
      doc.destroy();
      throw new WorkshopRefusal('errors.noMap', { map: parsed.target.documentName });
    }
    this.begin('guest', doc, client, null, identity);
    return null;
  }

  /** Leave (a guest) or end (the host: the server stops, so no one can reach this computer any more). */
  async leave(reason: WorkshopEnd = 'left'): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = null;
    this.ended = reason === 'left' ? null : reason;
    session.client.destroy();
    session.doc.destroy();
    if (session.server) await session.server.stop();
    this.wake();
  }

  /** Apply the page's own updates and presence; an update that does not decode is refused whole. */
  send(updates: readonly string[], presence?: Presence): null {
    const session = this.live();
    const decoded = updates.map((text) => new Uint8Array(Buffer.from(text, 'base64')));
    // Every update of the batch must decode before any is applied: a batch is shared whole or not at all.
    try {
      for (const update of decoded) Y.decodeUpdate(update);
    } catch {
      throw new WorkshopRefusal('errors.badUpdate');
    }
    try {
      Y.transact(
        session.doc,
        () => {
          for (const update of decoded) Y.applyUpdate(session.doc, update, FROM_PAGE);
        },
        FROM_PAGE,
      );
    } catch {
      throw new WorkshopRefusal('errors.badUpdate');
    }
    if (presence) session.client.provider.setAwarenessField('presence', presence);
    return null;
  }

  /** News for the page: the others' updates (or the whole doc when `fresh`), presence and status. */
  async poll(fresh: boolean, waitMs: number): Promise<WorkshopNews> {
    if (this.session && !fresh && this.session.outbox.length === 0 && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, waitMs);
        this.waiters.add(done);
      });
    }
    const session = this.session;
    if (!session) {
      const ended = this.ended;
      this.ended = null;
      return { active: false, role: null, status: 'offline', updates: [], peers: [], participants: [], ended };
    }
    let updates: Uint8Array[];
    if (fresh) updates = [Y.encodeStateAsUpdate(session.doc)];
    else updates = session.outbox.length > 0 ? [Y.mergeUpdates(session.outbox)] : [];
    session.outbox = [];
    return {
      active: true,
      role: session.role,
      status: session.status,
      updates: updates.map((u) => Buffer.from(u).toString('base64')),
      peers: this.peers(session),
      participants: session.server ? participantsOf(session.server, session.client.clientId) : [],
      ended: null,
    };
  }

  /** The host removes a connection from the workshop. */
  remove(id: string): null {
    const session = this.live();
    if (!session.server) throw new WorkshopRefusal('errors.notHost');
    if (!session.server.remove(id)) throw new WorkshopRefusal('errors.unknownParticipant');
    this.wake();
    return null;
  }

  /** Cut this computer off the workshop (a network cut, or working offline on purpose); edits are kept. */
  goOffline(): void {
    const session = this.live();
    session.offline = true;
    session.client.disconnect();
    session.status = 'offline';
    this.wake();
  }

  /** Reconnect after goOffline: edits made meanwhile merge both ways. */
  async goOnline(): Promise<void> {
    const session = this.live();
    session.offline = false;
    session.status = 'reconnecting';
    this.wake();
    await session.client.connect();
  }

  /** Whether a workshop runs (tests; main closes it when the app quits). */
  get active(): boolean {
    return this.session !== null;
  }

  private engine(): WorkshopEngine {
    return this.deps.engine ?? SYNC_ENGINE;
  }

  private live(): Session {
    if (!this.session) throw new WorkshopRefusal('errors.notInWorkshop');
    return this.session;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** A client synced with the server, or a refusal (wrong token, removed, no answer). */
  private connect(target: JoinTarget, doc: Y.Doc, name: string, team = false): Promise<SyncClient> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (key: string) => {
        if (settled) {
          // After joining: the server refused this computer's reconnection (the host removed it).
          if (this.session?.client === client) void this.leave('removed');
          return;
        }
        settled = true;
        clearTimeout(timer);
        client.destroy();
        reject(new WorkshopRefusal(key));
      };
      const timer = setTimeout(
        () => fail(team ? 'errors.teamUnreachable' : 'errors.unreachable'),
        this.deps.joinTimeoutMs ?? 10_000,
      );
      const client: SyncClient = connectClient({
        url: target.url,
        token: target.token,
        name,
        doc,
        WebSocketPolyfill: WebSocket,
        documentName: target.documentName,
        clientId: randomBytes(12).toString('base64url'),
        onAuthenticationFailed: () => fail(team ? 'errors.teamRefused' : 'errors.refused'),
      });
      void client.synced.then(() => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(client);
      });
    });
  }

  private begin(
    role: Session['role'],
    doc: Y.Doc,
    client: SyncClient,
    server: SyncServer | null,
    identity: WorkshopIdentity,
  ): void {
    const session: Session = { role, doc, client, server, outbox: [], status: 'connected', offline: false };
    const provider = client.provider;
    this.session = session;
    this.ended = null;
    provider.setAwarenessField('user', { name: identity.name, colour: identity.colour });
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_PAGE) return;
      session.outbox.push(update);
      this.wake();
    });
    provider.on('status', ({ status }: { status: string }) => {
      // A cut the user did not choose is retried by the provider: reconnecting until it is back.
      session.status = status === 'connected' ? 'connected' : session.offline ? 'offline' : 'reconnecting';
      this.wake();
    });
    provider.awareness?.on('change', () => this.wake());
  }

  /** The others' presence, each field checked: a peer's odd or hostile state is shown without it, or not at all. */
  private peers(session: Session): WorkshopPeer[] {
    const awareness = session.client.provider.awareness;
    if (!awareness) return [];
    const peers: WorkshopPeer[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID || peers.length >= 100) continue;
      const peer = checkedPeer(clientId, state);
      if (peer) peers.push(peer);
    }
    return peers;
  }
}

/** A peer's awareness state as the page may see it, or null when it names no one believable. */
export function checkedPeer(clientId: number, state: unknown): WorkshopPeer | null {
  if (typeof state !== 'object' || state === null) return null;
  const { user, presence } = state as { user?: unknown; presence?: unknown };
  if (typeof user !== 'object' || user === null) return null;
  const name = displayNameSchema.safeParse((user as { name?: unknown }).name);
  const colour = colourSchema.safeParse((user as { colour?: unknown }).colour);
  if (!name.success || !colour.success) return null;
  const seen = presenceSchema.safeParse(presence);
  return {
    clientId,
    name: name.data,
    colour: colour.data,
    selection: seen.success ? seen.data.selection : [],
    pointer: seen.success ? seen.data.pointer : null,
  };
}

/** The server's connections but the host's own, as the page shows them (a name is the peer's word: checked). */
function participantsOf(server: SyncServer, own: string): WorkshopParticipant[] {
  return server
    .participants()
    .filter((entry) => entry.id !== own)
    .slice(0, 200)
    .map((entry) => {
      const shown = displayNameSchema.safeParse(entry.name);
      return { id: entry.id, name: shown.success ? shown.data : '' };
    });
}

/** This computer's first local network IPv4 address (the one others in the room reach), else loopback. */
function localAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal) return entry.address;
  }
  return '127.0.0.1';
}
