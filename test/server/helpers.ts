/**
 * Helpers for the sync tests: a server on loopback, Node clients with `ws`, and waits that
 * resolve on events (a doc update, a status change), never on a fixed sleep.
 */
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { connectClient, type SyncClient } from '../../server/client';
import { startSyncServer, type SyncServer, type SyncServerOptions } from '../../server/syncServer';
import { createSyncedProject, type SyncedProject } from '../../shared/sync/binding';

export const TOKEN = 'test-token-0123456789abcdef';

export function startServer(options: Partial<SyncServerOptions> = {}): Promise<SyncServer> {
  return startSyncServer({ host: '127.0.0.1', port: 0, token: TOKEN, ...options });
}

export interface Peer {
  doc: Y.Doc;
  client: SyncClient;
  synced: SyncedProject;
}

export async function join(
  url: string,
  name: string,
  documentName = 'workshop',
  options: { token?: string; clientId?: string } = {},
): Promise<Peer> {
  const doc = new Y.Doc();
  const client = connectClient({
    url,
    token: options.token ?? TOKEN,
    name,
    doc,
    documentName,
    WebSocketPolyfill: WebSocket,
    ...(options.clientId && { clientId: options.clientId }),
  });
  await client.synced;
  return { doc, client, synced: createSyncedProject(doc) };
}

export function leave(...peers: Peer[]): void {
  for (const p of peers) {
    p.synced.destroy();
    p.client.destroy();
    p.doc.destroy();
  }
}

/** Resolves when `check` holds, re-checked on every update of the given docs; rejects after `ms`. */
export function until(docs: readonly Y.Doc[], check: () => boolean, ms = 15_000, what = 'condition'): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const off = () => {
      clearTimeout(timer);
      for (const d of docs) d.off('update', on);
    };
    const on = () => {
      if (check()) {
        off();
        resolve();
      }
    };
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    for (const d of docs) d.on('update', on);
  });
}

/** Every doc holds the same state (same state vector and same content). */
export function converged(docs: readonly Y.Doc[]): boolean {
  // The state vector counts insertions only; a deletion (an undo, a removed step) shows in the
  // delete set, so both are compared: a snapshot holds the two.
  const first = Y.snapshot(docs[0]);
  return docs.every((d) => Y.equalSnapshots(Y.snapshot(d), first));
}

export function untilConverged(docs: readonly Y.Doc[], ms = 30_000): Promise<void> {
  return until(docs, () => converged(docs), ms, 'the docs to converge');
}

/** Resolves on an event of an emitter-like object (Hocuspocus provider, ws). */
export function once(
  target: { on(e: string, f: (...a: unknown[]) => void): unknown },
  event: string,
): Promise<unknown[]> {
  return new Promise((resolve) => target.on(event, (...args: unknown[]) => resolve(args)));
}
