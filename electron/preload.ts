/**
 * The preload: exposes exactly the `Api` of shared/ipc.ts as `window.touchmap`.
 * Each method invokes its one channel; ipcRenderer itself is never exposed.
 * Bundled to CommonJS (the window is sandboxed), so imports stay minimal.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
// ipcChannels, not ipc: the sandboxed preload cannot require zod, so it must not pull it in.
import { API_METHODS, Events, isMenuCommand, isTouchmapPath } from '../shared/ipcChannels';
import type { MenuCommand } from '../shared/ipcChannels';
import type { Api } from '../shared/ipc';

type Renderer = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;

/** Build the Api over an `invoke` and an event subscription; the preload passes ipcRenderer's. */
export function buildApi(renderer: Renderer): Api {
  const methods = Object.fromEntries(
    Object.entries(API_METHODS).map(([method, channel]) => [
      method,
      // Only the payload crosses; the channel is fixed per method.
      (payload?: unknown) => renderer.invoke(channel, payload),
    ]),
  ) as unknown as Omit<Api, 'onMenuCommand' | 'onOpenPath'>;

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
    onOpenPath: openPathEvents(renderer),
  };
}

/**
 * Paths main asks the page to open. A path given on the command line arrives as
 * soon as the page has loaded, possibly before the app has subscribed: such
 * paths are held here and handed to the first listener.
 */
function openPathEvents(renderer: Renderer): Api['onOpenPath'] {
  const listeners = new Set<(path: string) => void>();
  let held: string[] = [];
  renderer.on(Events.openPath, (_event: IpcRendererEvent, path: unknown) => {
    if (!isTouchmapPath(path)) return;
    // A handful at most; a page that never subscribes must not make this grow without end.
    if (listeners.size === 0 && held.length < 20) held.push(path);
    for (const listener of listeners) listener(path);
  });
  return (listener) => {
    listeners.add(listener);
    const waiting = held;
    held = [];
    for (const path of waiting) listener(path);
    return () => {
      listeners.delete(listener);
    };
  };
}

contextBridge.exposeInMainWorld('touchmap', buildApi(ipcRenderer));
