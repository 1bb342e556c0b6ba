/**
 * Exported PNG and SVG images carry their project (a PNG iTXt chunk, an SVG
 * metadata element), and so does an exported HTML map (a JSON data block).
 * Opening such a file opens that project again, as a new copy in the library,
 * through the same validation as any project file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute } from 'node:path';
import { deserializeProject } from '../shared/formats/touchmapFile';
import { PNG_PROJECT_KEYWORD, readPngText } from '../shared/formats/pngMeta';
import { extractProjectFromSvg } from '../shared/formats/svgMeta';
import { findProjectInHtml, readProjectFromHtml } from '../shared/formats/htmlMeta';
import { problemText, ReaderError } from '../shared/formats/problems';
import { translator } from '../shared/i18n/translator';
import { summariseErrors } from './storage/projectFiles';
import { MAX_PROJECT_FILE_BYTES } from '../shared/ipc';
import { mainLanguage, mt } from './language';
import { LibraryError } from './storage/layout';

export const IMAGE_EXTENSIONS = ['.png', '.svg'] as const;

/** Interactive maps exported as HTML (`.htm` too: some systems shorten the extension). */
export const HTML_EXTENSIONS = ['.html', '.htm'] as const;

export function isHtmlPath(path: string): boolean {
  return (HTML_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** An exported file that carries its project: an image, or an HTML map. */
export function isImagePath(path: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase()) || isHtmlPath(path);
}

/**
 * The project text inside an exported HTML map: one linear pass to find it, the model's parse
 * path to check it; a clear LibraryError (in main's language) when it has none or it is unreadable.
 */
function projectFromHtml(bytes: Uint8Array, label: string): string {
  const t = translator(mainLanguage());
  let html: string;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LibraryError(mt('viewer.open.unreadable', { name: label, detail: t('viewer.reader.notUtf8') }));
  }
  const found = findProjectInHtml(html);
  if (!found.ok)
    throw new LibraryError(mt('viewer.open.unreadable', { name: label, detail: problemText(found.problem, t) }));
  const parsed = readProjectFromHtml(html);
  if (!parsed.ok)
    throw new LibraryError(
      mt('errors.imageBadProject', { name: label, detail: summariseErrors(parsed.problems, mainLanguage()) }),
    );
  return found.text;
}

/** The project text inside an exported image; a clear LibraryError when there is none or it is unreadable. */
export async function readProjectFromImage(path: string): Promise<{ name: string; text: string }> {
  const label = basename(path);
  if (!isAbsolute(path)) throw new LibraryError(mt('errors.notFullPath', { path }));
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new LibraryError(mt('errors.imageMissing', { name: label }));
  // Images and maps are bigger than the project they carry; allow for the picture itself.
  if (info.size > 4 * MAX_PROJECT_FILE_BYTES)
    throw new LibraryError(mt(isHtmlPath(path) ? 'viewer.open.tooLarge' : 'errors.imageTooLarge', { name: label }));
  const bytes = new Uint8Array(await readFile(path));
  if (isHtmlPath(path))
    return { name: `${basename(path, extname(path))}.touchmap`, text: projectFromHtml(bytes, label) };
  let text: string | null;
  try {
    text =
      extname(path).toLowerCase() === '.png'
        ? readPngText(bytes, PNG_PROJECT_KEYWORD)
        : extractProjectFromSvg(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    // The PNG reader says what is wrong as a code: put in words here, in main's language.
    const detail =
      error instanceof ReaderError
        ? problemText(error.problem, translator(mainLanguage()))
        : error instanceof Error
          ? error.message
          : String(error);
    throw new LibraryError(
      mt('errors.imageUnreadable', { name: label, format: extname(path).slice(1).toUpperCase(), detail }),
    );
  }
  if (text === null) throw new LibraryError(mt('errors.imageNoProject', { name: label }));
  const parsed = deserializeProject(text);
  if (!parsed.ok)
    throw new LibraryError(
      mt('errors.imageBadProject', { name: label, detail: summariseErrors(parsed.problems, mainLanguage()) }),
    );
  return { name: `${basename(path, extname(path))}.touchmap`, text };
}
