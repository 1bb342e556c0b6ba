/**
 * The preload: exposes exactly the `Api` of shared/ipc.ts as `window.touchmap`.
 * Each method invokes its one channel; ipcRenderer itself is never exposed.
 * Bundled to CommonJS (the window is sandboxed), so imports stay minimal.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
// ipcChannels, not ipc: the sandboxed preload cannot require zod, so it must not pull it in.
import { API_METHODS, Events, isMenuCommand } from '../shared/ipcChannels';
import type { MenuCommand } from '../shared/ipcChannels';
import type { Api } from '../shared/ipc';

/** Build the Api over an `invoke` and an event subscription; the preload passes ipcRenderer's. */
export function buildApi(renderer: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): Api {
  const methods = Object.fromEntries(
    Object.entries(API_METHODS).map(([method, channel]) => [
      method,
      // Only the payload crosses; the channel is fixed per method.
      (payload?: unknown) => renderer.invoke(channel, payload),
    ]),
  ) as Omit<Api, 'onMenuCommand'>;

  return {
    ...methods,
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      const wrapped = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      renderer.on(Events.menuCommand, wrapped);
      return () => {
        renderer.removeListener(Events.menuCommand, wrapped);
      };
    },
  };
}

contextBridge.exposeInMainWorld('touchmap', buildApi(ipcRenderer));
