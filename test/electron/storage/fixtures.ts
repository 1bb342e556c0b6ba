import { join } from 'node:path';
import { ProjectLibrary } from '../../../electron/storage/library';
import type { LibraryOptions } from '../../../electron/storage/library';
import { folderTrash } from '../../support/trash';
import { buildTemplate } from '../../../shared/templates';

/** A clock that moves one second per call, from a fixed start. */
export function steppingClock(start = '2025-03-01T10:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** A library over `dataDir` with deterministic ids and clock, trashing into `<dataDir>/.trash`. */
export function makeLibrary(dataDir: string, options: Partial<LibraryOptions> = {}): ProjectLibrary {
  let n = 0;
  return new ProjectLibrary({
    dataDir,
    trash: folderTrash(join(dataDir, '.trash')),
    buildProject: buildTemplate,
    now: steppingClock(),
    newId: () => `proj-${++n}`,
    log: () => undefined,
    ...options,
  });
}
