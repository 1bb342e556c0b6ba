/**
 * Workshop join links (`touchmap://join?code=...`) handed over by the system: registering the
 * scheme, taking a link from a launch's arguments or from macOS's open-url event, and holding
 * its code until the main window's page can hear it. A link is one more way for input to reach
 * main (DESIGN.md's rules for what main accepts): only an argument that starts with
 * `touchmap://` is looked at, bounded in length, and parsed by the strict parser of
 * shared/workshopJoin.ts; anything else is ignored. What is logged never holds the link's text:
 * its code carries the workshop's secret token.
 *
 * A link never joins by itself: main passes its code to the page (Events.joinLink), which opens
 * the Join workshop dialog with the code filled in, and the user presses Join.
 */
import { resolve } from 'node:path';
import { joinLinkCode, MAX_JOIN_TEXT } from '../shared/workshopJoin';

/** The URL scheme registered with the system (without the colon). */
export const JOIN_PROTOCOL = 'touchmap';
const LINK_PREFIX = `${JOIN_PROTOCOL}://`;

export type Log = (message: string) => void;

/** What registering the scheme needs of Electron's `app`. */
export interface ProtocolClientApp {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

/** What registering the scheme needs of the process. */
export interface LaunchInfo {
  /** Set when Electron runs the app from a folder (`electron .`), as in development. */
  defaultApp?: boolean;
  execPath: string;
  argv: readonly string[];
}

/**
 * Make Touchmap the system's handler of `touchmap://` links. A packaged app registers itself;
 * in development (`electron .`) the system must start Electron with the app's folder, so the
 * folder goes along as the first argument. Installers register the scheme too
 * (build/electron-builder.yml `protocols`); this covers a copy that was not installed.
 */
export function registerJoinScheme(app: ProtocolClientApp, launch: LaunchInfo, log: Log): boolean {
  let registered: boolean;
  if (launch.defaultApp) {
    const appFolder = launch.argv[1];
    // `electron` with no app folder: there is nothing the system could start.
    if (!appFolder) return false;
    registered = app.setAsDefaultProtocolClient(JOIN_PROTOCOL, launch.execPath, [resolve(appFolder)]);
  } else registered = app.setAsDefaultProtocolClient(JOIN_PROTOCOL);
  if (!registered) log('[touchmap] The system did not take Touchmap as the handler of touchmap:// links.');
  return registered;
}

/** Whether an argument is meant as a join link: it starts with the scheme (any case), nothing before it. */
function looksLikeLink(arg: string): boolean {
  return arg.slice(0, LINK_PREFIX.length).toLowerCase() === LINK_PREFIX;
}

/**
 * The join code of a link the system handed over (macOS's open-url, or one argument), in its
 * one spelling; null when it is not a join link. Refusals are logged by length only.
 */
export function joinCodeFromLink(link: string, log: Log): string | null {
  if (!looksLikeLink(link)) {
    log(`[touchmap] A link of another kind was ignored (${link.length} characters).`);
    return null;
  }
  if (link.length > MAX_JOIN_TEXT) {
    log(`[touchmap] A touchmap:// link was ignored: it is too long (${link.length} characters).`);
    return null;
  }
  // The URL parser would quietly drop tabs, line breaks and trailing controls: a link with any is no link.
  // eslint-disable-next-line no-control-regex
  const code = /[\s\u0000-\u001f\u007f]/.test(link) ? null : joinLinkCode(link);
  if (code === null)
    log(`[touchmap] A touchmap:// link was ignored: it is not a join link (${link.length} characters).`);
  return code;
}

/**
 * The join code of the one join link among a launch's arguments (the first start's, or a
 * second instance's on Windows and Linux), or null. Only arguments that start with
 * `touchmap://` count; flags (`--touchmap://...` included), file paths and other URLs pass by
 * untouched. Two or more such arguments are not a click on a link: none is taken.
 */
export function joinCodeFromArgv(argv: readonly string[], log: Log): string | null {
  const links = argv.filter((arg) => typeof arg === 'string' && looksLikeLink(arg));
  if (links.length === 0) return null;
  if (links.length > 1) {
    log(`[touchmap] ${links.length} touchmap:// links were given at once; none was opened.`);
    return null;
  }
  return joinCodeFromLink(links[0]!, log);
}

/**
 * Holds the latest join code until the page can hear it: a link may arrive before the window
 * exists (macOS sends open-url before ready; a first start's argument is read before the page
 * has loaded). A newer link replaces one still waiting: it is the user's latest click.
 */
export class JoinLinkInbox {
  #waiting: string | null = null;
  #send: ((code: string) => void) | null = null;

  /** A link's code: passed on now if the page can hear it, else kept for when it can. */
  deliver(code: string): void {
    if (this.#send) this.#send(code);
    else this.#waiting = code;
  }

  /** The page has loaded and takes codes through `send` (null: the page or its window is gone). */
  connect(send: ((code: string) => void) | null): void {
    this.#send = send;
    if (!send || this.#waiting === null) return;
    const code = this.#waiting;
    this.#waiting = null;
    send(code);
  }

  /** The code waiting for the page, if any. */
  get waiting(): string | null {
    return this.#waiting;
  }
}
