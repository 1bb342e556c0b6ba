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
  /** Drop the connection (and stop reconnecting) until connect(); resolves once the socket is closed. */
  disconnect(): Promise<void>;
  connect(): Promise<void>;
  destroy(): void;
}

type Listener = (event: unknown) => void;
interface SocketLike {
  addEventListener(type: string, listener: Listener, options?: unknown): void;
  removeEventListener(type: string, listener: Listener, options?: unknown): void;
  close(code?: number, reason?: string): void;
}

/** The close code for a server whose message did not decode (4000-4999: an application's own). */
export const UNDECODABLE_CLOSE = 4400;

/**
 * The WebSocket class with every message listener guarded. The provider decodes a message
 * inside the socket's message event; a message that does not decode (a broken or hostile server
 * or host) would throw out of that event, and in the app's main process that is an uncaught
 * exception. Here such a message is dropped and the connection closed (the provider tries again).
 * A socket's own error event always has a listener (see the constructor).
 */
export function guarded(Polyfill: unknown): unknown {
  const Base = Polyfill as new (...args: unknown[]) => SocketLike;
  return class GuardedWebSocket extends Base {
    private readonly safe = new Map<Listener, Listener>();
    constructor(...args: unknown[]) {
      super(...args);
      // `ws` emits 'error' as a Node event: closed while still connecting (a join that timed
      // out, a provider destroyed mid-reconnect) with no listener left, that error would be
      // thrown, uncaught, in the app's main process. The provider learns of it by the close.
      const emitter = this as unknown as { on?: (type: string, listener: () => void) => void };
      emitter.on?.('error', () => {});
    }
    override addEventListener(type: string, listener: Listener, options?: unknown): void {
      if (type !== 'message' || typeof listener !== 'function') return super.addEventListener(type, listener, options);
      const safe: Listener = (event) => {
        try {
          listener.call(this, event);
        } catch {
          this.close(UNDECODABLE_CLOSE, 'undecodable message');
        }
      };
      this.safe.set(listener, safe);
      super.addEventListener(type, safe, options);
    }
    override removeEventListener(type: string, listener: Listener, options?: unknown): void {
      const safe = this.safe.get(listener);
      this.safe.delete(listener);
      super.removeEventListener(type, safe ?? listener, options);
    }
  };
}

export function connectClient(options: ClientOptions): SyncClient {
  const clientId = options.clientId ?? Math.random().toString(36).slice(2, 14);
  const url = new URL(options.url);
  url.searchParams.set('client', clientId);
  url.searchParams.set('name', options.name);
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: url.toString(),
    WebSocketPolyfill: guarded(options.WebSocketPolyfill),
    // Reconnect quickly on a workshop network; keep trying.
    delay: 100,
    minDelay: 100,
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
      if (websocketProvider.status === 'disconnected') {
        websocketProvider.shouldConnect = false;
        return Promise.resolve();
      }
      const closed = new Promise<void>((resolve) => {
        const done = () => {
          websocketProvider.off('disconnect', done);
          resolve();
        };
        websocketProvider.on('disconnect', done);
      });
      websocketProvider.disconnect();
      return closed;
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
