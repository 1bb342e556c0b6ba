/**
 * Exports, main side: the renderer builds the file (image or report); main
 * asks where to put it and writes the bytes atomically. Nothing the renderer
 * sends is used as a path: the path comes from the save dialog only.
 */
import { extname } from 'node:path';
import { EXPORT_EXTENSIONS, type ExportFormat } from '../shared/ipc';
import { pathProblem, safeFileBase, type Dialogs } from './files';
import { LibraryError } from './storage/layout';
import { writeFileAtomic } from './storage/atomicWrite';

/** A file name safe on every system, with the format's extension. */
export function exportFileName(suggested: string, format: ExportFormat): string {
  const ext = EXPORT_EXTENSIONS[format];
  const base = safeFileBase(suggested.replace(/\.[A-Za-z0-9]{1,8}$/, ''));
  return `${base || 'journey'}.${ext}`;
}

export async function saveExport(
  dialogs: Dialogs,
  req: { format: ExportFormat; suggestedName: string; data: string | Uint8Array },
  platform: NodeJS.Platform = process.platform,
): Promise<{ path: string } | null> {
  const ext = EXPORT_EXTENSIONS[req.format];
  const chosen = await dialogs.showExport(exportFileName(req.suggestedName, req.format), ext);
  if (!chosen) return null;
  // Some systems drop the extension the filter implies.
  const path = extname(chosen).toLowerCase() === `.${ext}` ? chosen : `${chosen}.${ext}`;
  const problem = pathProblem(path, platform);
  if (problem) throw new LibraryError(problem);
  await writeFileAtomic(path, typeof req.data === 'string' ? req.data : Buffer.from(req.data));
  return { path };
}
