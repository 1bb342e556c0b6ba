/**
 * A Node client of the workshop sync server (tests, bench, the app's main process): a
 * Hocuspocus provider on a Y.Doc, with `ws` as its WebSocket.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';

export interface ClientOptions {
  /** ws://host:port of the sync server. */
  url: string;
  token: string;
  /** The display name the host sees in its participants list. */
  name: string;
  doc: Y.Doc;
  /** The WebSocket class: `ws`'s in Node. */
  WebSocketPolyfill: unknown;
  /** The document's name on the server; default "workshop". */
  documentName?: string;
  /** Stable across reconnects, so the host can remove this client; default a random id. */
  clientId?: string;
  onAuthenticationFailed?: (reason: string) => void;
}

export interface SyncClient {
  provider: HocuspocusProvider;
  clientId: string;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** Drop the connection (and stop reconnecting) until connect(). */
  disconnect(): void;
  connect(): Promise<void>;
  destroy(): void;
}

export function connectClient(options: ClientOptions): SyncClient {
  const clientId = options.clientId ?? Math.random().toString(36).slice(2, 14);
  const url = new URL(options.url);
  url.searchParams.set('client', clientId);
  url.searchParams.set('name', options.name);
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: url.toString(),
    WebSocketPolyfill: options.WebSocketPolyfill,
    // Reconnect quickly on a workshop network; keep trying.
    delay: 100,
    factor: 1.5,
    maxDelay: 2000,
    maxAttempts: 0,
  });
  let resolveSynced: () => void = () => {};
  let synced = new Promise<void>((resolve) => (resolveSynced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: options.documentName ?? 'workshop',
    document: options.doc,
    token: options.token,
    onSynced: ({ state }) => {
      if (state) resolveSynced();
    },
    onAuthenticationFailed: ({ reason }) => options.onAuthenticationFailed?.(reason),
  });
  provider.attach();
  return {
    provider,
    clientId,
    get synced() {
      return synced;
    },
    disconnect() {
      synced = new Promise<void>((resolve) => (resolveSynced = resolve));
      websocketProvider.shouldConnect = false;
      websocketProvider.disconnect();
    },
    async connect() {
      await websocketProvider.connect();
      await synced;
    },
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}
