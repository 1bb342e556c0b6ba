/**
 * Who you are on the renderer's side: read from the library settings once, asked for with
 * the identity dialog the first time something needs it (a comment, a vote, joining a
 * workshop), stored back in the settings, and editable later (Settings…).
 */
import { create } from 'zustand';
import type { Identity } from '../../shared/identity';
import { api } from '../api';

interface Asking {
  /** Which request this is (a fresh form for each). */
  seq: number;
  /** The name and colour the dialog starts from (the current identity when editing). */
  initial: Identity | null;
  /** Settles the caller's promise: the identity chosen, or null when cancelled. */
  settle: (identity: Identity | null) => void;
}

interface IdentityState {
  identity: Identity | null;
  /** Whether the settings have been read. */
  loaded: boolean;
  /** The dialog's request, while it is open. */
  asking: Asking | null;
}

export const useIdentityStore = create<IdentityState>()(() => ({ identity: null, loaded: false, asking: null }));

let seq = 0;
let loading: Promise<Identity | null> | null = null;

/** Read the identity from the settings (once; later calls share the first read). */
export function loadIdentity(): Promise<Identity | null> {
  if (useIdentityStore.getState().loaded) return Promise.resolve(useIdentityStore.getState().identity);
  loading ??= (async () => {
    try {
      const result = await api().getSettings();
      const identity = result.ok ? (result.value.identity ?? null) : null;
      useIdentityStore.setState({ identity, loaded: true });
      return identity;
    } catch {
      useIdentityStore.setState({ loaded: true });
      return null;
    } finally {
      loading = null;
    }
  })();
  return loading;
}

/** Open the dialog; resolves with what was chosen, or null on cancel. */
function ask(initial: Identity | null): Promise<Identity | null> {
  const open = useIdentityStore.getState().asking;
  if (open) {
    // Already asking: the new caller waits for the same answer.
    return new Promise((resolve) => {
      const previous = open.settle;
      useIdentityStore.setState({
        asking: {
          seq: open.seq,
          initial: open.initial,
          settle: (identity) => {
            previous(identity);
            resolve(identity);
          },
        },
      });
    });
  }
  seq += 1;
  const request = seq;
  return new Promise((resolve) => useIdentityStore.setState({ asking: { seq: request, initial, settle: resolve } }));
}

/** Who you are, asking the first time (resolves null when the person cancels). */
export async function ensureIdentity(): Promise<Identity | null> {
  const known = await loadIdentity();
  return known ?? ask(null);
}

/** Change who you are (Settings…): the dialog opens with the current name and colour. */
export async function editIdentity(): Promise<Identity | null> {
  const known = await loadIdentity();
  return ask(known);
}

/** Store a chosen identity; resolves with main's error when it could not be stored. */
export async function saveIdentity(identity: Identity): Promise<string | null> {
  const saved = await api().setSettings({ settings: { identity } });
  if (!saved.ok) return saved.error;
  useIdentityStore.setState({ identity: saved.value.identity ?? identity, loaded: true });
  return null;
}

/** Close the dialog with its answer. */
export function settleAsking(identity: Identity | null): void {
  const asking = useIdentityStore.getState().asking;
  useIdentityStore.setState({ asking: null });
  asking?.settle(identity);
}
