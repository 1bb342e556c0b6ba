/**
 * The preload: exposes exactly the `Api` of shared/ipc.ts as `window.touchmap`.
 * Each method invokes its one channel; ipcRenderer itself is never exposed.
 * Bundled to CommonJS (the window is sandboxed), so imports stay minimal.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
// ipcChannels, not ipc: the sandboxed preload cannot require zod, so it must not pull it in.
import {
  Channels,
  Events,
  isFileToken,
  isJoinCode,
  isLanguage,
  isMenuCommand,
  PRELOAD_BUILT,
} from '../shared/ipcChannels';
import type { FileToken, Language, MenuCommand, Method } from '../shared/ipcChannels';
import type { Api } from '../shared/ipc';

type Renderer = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;
/** webUtils.getPathForFile: the path of a File the user dropped or picked; '' for one the page built. */
type PathForFile = (file: File) => string;

/** Build the Api over an `invoke`, an event subscription and the File-to-path lookup; the preload passes Electron's. */
export function buildApi(renderer: Renderer, pathForFile: PathForFile): Api {
  const direct = (Object.keys(Channels) as Method[]).filter(
    (method) => !(PRELOAD_BUILT as readonly Method[]).includes(method),
  );
  const methods = Object.fromEntries(
    direct.map((method) => [
      method,
      // Only the payload crosses; the channel is fixed per method.
      (payload?: unknown) => renderer.invoke(Channels[method], payload),
    ]),
  ) as unknown as Omit<Api, 'openDropped' | 'onMenuCommand' | 'onOpenFile' | 'onLanguageChange' | 'onJoinLink'>;

  return {
    ...methods,
    async openDropped(file: File) {
      // The path is the one Chromium recorded for a real dropped file; a File the page made has none.
      let path = '';
      try {
        path = pathForFile(file);
      } catch {
        // not a File at all
      }
      if (!path)
        // The preload has no catalogue, so the error is the code: the renderer reads `code` and imports the file's text instead (renderer/app/files/flows.ts), never showing it.
        return { ok: false, code: 'not-on-disk', error: 'not-on-disk' } as const; // i18n-ignore: a code, never shown (see above)
      return renderer.invoke(Channels.openDropped, { path }) as ReturnType<Api['openDropped']>;
    },
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      const wrapped = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      renderer.on(Events.menuCommand, wrapped);
      return () => {
        renderer.removeListener(Events.menuCommand, wrapped);
      };
    },
    onOpenFile: openFileEvents(renderer),
    onLanguageChange(listener: (language: Language) => void): () => void {
      const wrapped = (_event: IpcRendererEvent, language: unknown) => {
        if (isLanguage(language)) listener(language);
      };
      renderer.on(Events.languageChanged, wrapped);
      return () => {
        renderer.removeListener(Events.languageChanged, wrapped);
      };
    },
    onJoinLink: joinLinkEvents(renderer),
  };
}

/**
 * Join links main passes on, as their codes (anything else is dropped). A link that started the
 * app arrives as soon as the page has loaded, possibly before the app subscribed: the latest one
 * is held here for the first listener (an older one was superseded by the click after it).
 */
function joinLinkEvents(renderer: Renderer): Api['onJoinLink'] {
  const listeners = new Set<(code: string) => void>();
  let held: string | null = null;
  renderer.on(Events.joinLink, (_event: IpcRendererEvent, code: unknown) => {
    if (!isJoinCode(code)) return;
    if (listeners.size === 0) held = code;
    for (const listener of listeners) listener(code);
  });
  return (listener) => {
    listeners.add(listener);
    const waiting = held;
    held = null;
    if (waiting !== null) listener(waiting);
    return () => {
      listeners.delete(listener);
    };
  };
}

/**
 * Files main asks the page to open, by token. One given on the command line arrives as
 * soon as the page has loaded, possibly before the app has subscribed: such tokens are
 * held here and handed to the first listener.
 */
function openFileEvents(renderer: Renderer): Api['onOpenFile'] {
  const listeners = new Set<(token: FileToken) => void>();
  let held: FileToken[] = [];
  renderer.on(Events.openFile, (_event: IpcRendererEvent, token: unknown) => {
    if (!isFileToken(token)) return;
    // A handful at most; a page that never subscribes must not make this grow without end.
    if (listeners.size === 0 && held.length < 20) held.push(token);
    for (const listener of listeners) listener(token);
  });
  return (listener) => {
    listeners.add(listener);
    const waiting = held;
    held = [];
    for (const token of waiting) listener(token);
    return () => {
      listeners.delete(listener);
    };
  };
}

contextBridge.exposeInMainWorld(
  'touchmap',
  buildApi(ipcRenderer, (file) => webUtils.getPathForFile(file)),
);
