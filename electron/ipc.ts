/**
 * The one wrapper over ipcMain.handle. Every invoke channel is registered
 * here and nowhere else: the sender is checked first, the payload is
 * validated against its row of the shared contract second (its size, then its
 * schema), and only then does the handler run. Rejected calls get a Result with
 * a readable error and are logged.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { Channels, validateRequest } from '../shared/ipc';
import type { Channel, Handlers, Request, Result } from '../shared/ipc';
import { mt } from './language';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** What a sender looks like to the check; a subset of IpcMainInvokeEvent, so tests can build one. */
export interface SenderLike {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * Trust only the top frame of one of our own windows, showing one of our pages.
 * @param isAppContents whether the WebContents belongs to an app window
 * @param isAppUrl whether a URL is one of ours (app:// or, in development, the dev server)
 */
export function makeSenderCheck(isAppContents: (contents: unknown) => boolean, isAppUrl: (url: string) => boolean) {
  return (event: SenderLike): boolean => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppContents(event.sender) && isAppUrl(frame.url);
  };
}

/** Register every channel of `handlers` on `ipcMain` behind the sender check and validation. */
export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
  log: (message: string) => void = (message) => console.warn(`[ipc] ${message}`),
): void {
  for (const channel of Object.values(Channels)) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(channel, handlers, event, payload, isTrustedSender, log),
    );
  }
}

/** A sender check that throws (a destroyed frame, say) counts as a refusal. */
function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

async function dispatch<C extends Channel>(
  channel: C,
  handlers: Handlers,
  event: IpcMainInvokeEvent,
  payload: unknown,
  isTrustedSender: SenderCheck,
  log: (message: string) => void,
): Promise<Result<unknown>> {
  if (!safely(() => isTrustedSender(event))) {
    log(`Rejected ${channel} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'}).`);
    return { ok: false, error: mt('storage.rejectedSender', { channel }) };
  }
  const request = validateRequest(channel, payload);
  if (!request.ok) {
    log(request.error);
    return { ok: false, error: request.error };
  }
  const handler = handlers[channel] as (req: Request<C>) => Promise<Result<unknown>>;
  try {
    return await handler(request.value);
  } catch (error) {
    // Handlers return Results; a throw is a bug, but it still must not cross the bridge as an object.
    log(`${channel} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return {
      ok: false,
      error: mt('errors.somethingWrong', { detail: error instanceof Error ? error.message : String(error) }),
    };
  }
}
