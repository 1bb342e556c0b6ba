import { useEffect } from 'react';
import type { Identity } from '../../shared/identity';
import { ensureIdentity, loadIdentity, useIdentityStore } from './identityStore';

export type { Identity };

/**
 * Who you are, for comments, votes and presence. `identity` is null until it is known (or
 * while nobody has said); `ensureIdentity()` asks with the identity dialog the first time
 * and resolves null when the person cancels. The answer is remembered in the settings.
 */
export function useIdentity(): { identity: Identity | null; ensureIdentity(): Promise<Identity | null> } {
  const identity = useIdentityStore((s) => s.identity);
  const loaded = useIdentityStore((s) => s.loaded);
  useEffect(() => {
    if (!loaded) void loadIdentity();
  }, [loaded]);
  return { identity, ensureIdentity };
}
