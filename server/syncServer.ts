/**
 * The workshop sync server (issue J items 5-7): a Hocuspocus 3 server (it runs on Node 20)
 * that relays Yjs updates between the people of a workshop.
 *
 * Security: a connection needs the token (compared in constant time); wrong tokens are
 * counted per remote address and, past a limit, that address is refused for a while, even
 * before the WebSocket upgrade. Messages larger than `maxMessageBytes` close the socket (the
 * ws `maxPayload`); a sync message whose update does not decode is refused and the sender
 * disconnected; nothing a peer sends can throw out of a handler. The server does not judge a
 * document's content: peers repair a merged state on read (shared/sync/repair.ts).
 *
 * Persistence (optional, `dataDir`): each document's Yjs state is written to
 * `<dataDir>/<name>.yjs` (a temp file then a rename) when Hocuspocus stores it and on stop,
 * and loaded when the document is first opened. Document names are limited to
 * [A-Za-z0-9_-], so no name can reach a file outside `dataDir`. No native modules.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { Server, type Document } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

export interface Participant {
  /** The client's own id (stable across its reconnects), or the socket's when it gave none. */
  id: string;
  name: string;
  /** The remote address it connects from. */
  address: string;
  documentName: string;
  /** When it connected (ms since the epoch). */
  since: number;
}

export interface SyncServerOptions {
  /** The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 (or the LAN address) for a workshop. */
  host: string;
  /** 0 = any free port. */
  port: number;
  token: string;
  /** Keep documents in this folder (loaded on start, written on store and on stop). */
  dataDir?: string;
  /**
   * Largest WebSocket message accepted; a larger one closes the sender's connection. Default
   * 64 MiB: the first sync of the largest map the format allows (20,000 annotated steps) fits.
   */
  maxMessageBytes?: number;
  /** Wrong tokens allowed per address within `rateWindowMs` before the address is refused. Default 5. */
  maxWrongTokens?: number;
  /** Default 60 s. */
  rateWindowMs?: number;
  onParticipants?: (participants: Participant[]) => void;
}

export interface SyncServer {
  port: number;
  /** ws://host:port */
  url: string;
  stop(): Promise<void>;
  participants(): Participant[];
  /** Disconnect a participant and refuse its client id from now on. False when no one has that id. */
  remove(id: string): boolean;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 2 ** 20;
const NAME = /^[A-Za-z0-9_-]{1,100}$/;
const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Constant-time comparison (of digests, so a length difference leaks nothing either). */
export function tokensMatch(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Whether a raw Hocuspocus message is acceptable: its sync updates must decode. */
export function messageDecodes(data: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== 0) return true; // awareness, auth, stateless...: Hocuspocus decodes those itself, inside its handlers
    const syncType = decoding.readVarUint(decoder);
    if (syncType === 0) {
      decoding.readVarUint8Array(decoder); // a state vector
      return true;
    }
    if (syncType !== 1 && syncType !== 2) return false;
    const update = decoding.readVarUint8Array(decoder);
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

const addressOf = (request: IncomingMessage): string => request.socket.remoteAddress ?? 'unknown';

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const maxWrong = options.maxWrongTokens ?? 5;
  const windowMs = options.rateWindowMs ?? 60_000;
  const wrong = new Map<string, { count: number; since: number }>();
  const removed = new Set<string>();
  const people = new Map<string, Participant>();
  const sockets = new Map<string, string>(); // socketId -> participant id
  const { dataDir } = options;
  if (dataDir) await mkdir(dataDir, { recursive: true });

  const blocked = (address: string) => {
    const entry = wrong.get(address);
    if (!entry) return false;
    if (Date.now() - entry.since > windowMs) {
      wrong.delete(address);
      return false;
    }
    return entry.count >= maxWrong;
  };
  const countWrong = (address: string) => {
    // Forget expired addresses now and then, so many addresses cannot grow the table for ever.
    if (wrong.size > 10_000) {
      for (const [a, e] of wrong) if (Date.now() - e.since > windowMs) wrong.delete(a);
    }
    const entry = wrong.get(address);
    if (!entry || Date.now() - entry.since > windowMs) wrong.set(address, { count: 1, since: Date.now() });
    else entry.count++;
  };
  const announce = () => options.onParticipants?.([...people.values()]);
  const fileOf = (name: string) => join(dataDir as string, `${name}.yjs`);
  // One write at a time per document, each of the document's state when it starts: a debounced
  // store and the one at stop() can come at once, and must not race over a temporary file.
  const writing = new Map<string, Promise<void>>();
  let writes = 0;
  const store = (document: Document): Promise<void> => {
    if (!dataDir || !NAME.test(document.name)) return Promise.resolve();
    const name = document.name;
    const next = (writing.get(name) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const file = fileOf(name);
        const tmp = `${file}.${process.pid}.${++writes}.tmp`;
        await writeFile(tmp, Y.encodeStateAsUpdate(document));
        await rename(tmp, file);
      });
    writing.set(name, next);
    void next
      .finally(() => {
        if (writing.get(name) === next) writing.delete(name);
      })
      .catch(() => undefined);
    return next;
  };

  const server = new Server(
    {
      address: options.host,
      port: options.port,
      quiet: true,
      stopOnSignals: false,
      // Write soon after a change, and at least every few seconds while edits keep coming.
      debounce: 500,
      maxDebounce: 3000,
      async onUpgrade({ request, socket }: { request: IncomingMessage; socket: Duplex }) {
        if (!blocked(addressOf(request))) return;
        socket.write('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\n\r\n');
        socket.destroy();
        // An empty rejection stops Hocuspocus from upgrading without an error of its own.
        return Promise.reject();
      },
      async onAuthenticate({ token, request, documentName, requestParameters }) {
        const address = addressOf(request);
        if (blocked(address)) throw new Error('rate-limited');
        if (!tokensMatch(token, options.token)) {
          countWrong(address);
          throw new Error('permission-denied');
        }
        if (!NAME.test(documentName)) throw new Error('bad-document-name');
        const client = requestParameters.get('client');
        if (client && removed.has(client)) throw new Error('removed');
        return { address };
      },
      async connected({ socketId, requestParameters, request, documentName }) {
        const client = requestParameters.get('client');
        const id = client && CLIENT_ID.test(client) ? client : socketId;
        const name = (requestParameters.get('name') ?? '').slice(0, 100);
        sockets.set(socketId, id);
        people.set(id, { id, name, address: addressOf(request), documentName, since: Date.now() });
        announce();
      },
      async onDisconnect({ socketId }) {
        const id = sockets.get(socketId);
        sockets.delete(socketId);
        if (id && ![...sockets.values()].includes(id)) {
          people.delete(id);
          announce();
        }
      },
      async beforeHandleMessage({ update, connection }) {
        if (messageDecodes(update)) return;
        // Refused: the sender is disconnected (1007: data inconsistent with the message type).
        connection.webSocket.close(1007, 'undecodable update');
        throw new Error('undecodable update');
      },
      async onLoadDocument({ document, documentName }) {
        if (!dataDir || !NAME.test(documentName)) return;
        let bytes: Uint8Array;
        try {
          bytes = await readFile(fileOf(documentName));
        } catch {
          return; // a new document
        }
        try {
          Y.applyUpdate(document, bytes);
        } catch (error) {
          console.error(`sync server: ${documentName}.yjs does not decode, starting it empty`, error);
        }
      },
      async onStoreDocument({ document }) {
        await store(document);
      },
    },
    { maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES },
  );
  await server.listen();
  const port = server.address.port;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    port,
    url: `ws://${hostForUrl}:${port}`,
    participants: () => [...people.values()],
    remove(id) {
      if (!people.has(id)) return false;
      removed.add(id);
      for (const document of server.hocuspocus.documents.values()) {
        for (const connection of document.getConnections()) {
          if (sockets.get(connection.socketId) === id) connection.webSocket.close(4403, 'removed');
        }
      }
      return true;
    },
    async stop() {
      await Promise.all([...server.hocuspocus.documents.values()].map((d) => store(d).catch(() => undefined)));
      // Hocuspocus only sends its close message; the sockets (and so the port) are closed here.
      for (const ws of server.webSocketServer.clients) ws.terminate();
      server.httpServer.closeAllConnections();
      await server.destroy();
      people.clear();
      sockets.clear();
    },
  };
}
