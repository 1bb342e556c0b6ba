/**
 * The workshop channels' handlers over a {@link WorkshopService}: payloads arrive validated by
 * their contract rows (shared/ipc.ts CONTRACT, shared/workshopIpc.ts); the project a host sends
 * goes through the model's parse path before it becomes the workshop. Refusals become readable
 * messages in main's language; nothing is thrown across the bridge.
 */
import { Channels } from '../shared/ipc';
import type { Channel, Handlers, Result } from '../shared/ipc';
import { parseProject } from '../shared/model/parse';
import { mainLanguage, mt } from './language';
import { summariseErrors } from './storage/projectFiles';
import { WorkshopRefusal, type WorkshopService } from './workshop';

type WorkshopChannel =
  | typeof Channels.hostWorkshop
  | typeof Channels.joinWorkshop
  | typeof Channels.leaveWorkshop
  | typeof Channels.sendWorkshop
  | typeof Channels.pollWorkshop
  | typeof Channels.removeParticipant;

async function attempt<T>(
  channel: Channel,
  log: (message: string) => void,
  work: () => Promise<T> | T,
): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof WorkshopRefusal) return { ok: false, error: mt(`workshop.${error.key}`, error.params) };
    log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: mt('errors.somethingWrong', { detail }) };
  }
}

export function workshopHandlers(
  service: WorkshopService,
  log: (message: string) => void,
): Pick<Handlers, WorkshopChannel> {
  return {
    [Channels.hostWorkshop]: ({ project, identity, team }) =>
      attempt(Channels.hostWorkshop, log, () => {
        const parsed = parseProject(project);
        if (!parsed.ok)
          throw new WorkshopRefusal('errors.invalidProject', {
            detail: summariseErrors(parsed.problems, mainLanguage()),
          });
        return service.host(parsed.project, identity, team);
      }),
    [Channels.joinWorkshop]: ({ input, token, map, identity }) =>
      attempt(Channels.joinWorkshop, log, () => service.join(input, token, identity, map)),
    [Channels.leaveWorkshop]: () =>
      attempt(Channels.leaveWorkshop, log, async () => {
        await service.leave();
        return null;
      }),
    [Channels.sendWorkshop]: ({ updates, presence }) =>
      attempt(Channels.sendWorkshop, log, () => service.send(updates, presence)),
    [Channels.pollWorkshop]: ({ fresh, waitMs }) =>
      attempt(Channels.pollWorkshop, log, () => service.poll(fresh, waitMs)),
    [Channels.removeParticipant]: ({ id }) => attempt(Channels.removeParticipant, log, () => service.remove(id)),
  };
}
