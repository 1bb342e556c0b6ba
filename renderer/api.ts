import type { Api } from '../shared/ipc';

declare global {
  interface Window {
    /** Exposed by the preload (or the end-to-end harness): the renderer's only door to the outside. */
    touchmap: Api;
  }
}

export function api(): Api {
  return window.touchmap;
}
