/**
 * Files anywhere, renderer side: open a `.touchmap` file (dialog, a token from
 * main or the recent list), save as, open a dropped file, and the question asked
 * when a file changed on disk since it was opened. Every failure is shown in
 * the file notice; a rejected file leaves the open project as it was. The page
 * never names a path: main opens what the user picked, a token it handed out,
 * or a drop the preload resolved.
 */
import { MAX_PROJECT_FILE_BYTES, TOUCHMAP_EXTENSION } from '../../../shared/ipc';
import type { FileToken } from '../../../shared/ipc';
import type { Project } from '../../../shared/model';
import { PNG_PROJECT_KEYWORD, readPngText } from '../../../shared/formats/pngMeta';
import { extractProjectFromSvg } from '../../../shared/formats/svgMeta';
import { findProjectInHtml } from '../../../shared/formats/htmlMeta';
import { api } from '../../api';
import { flushSave } from '../../state/autosave';
import { useDocument } from '../../state/documentStore';
import { coveredBySave, flushJournal } from '../../state/journal';
import { message, notify, type MessageRef } from '../../state/notify';
import { formatMegabytes } from '../size';
import { forgetDeclined } from './conflict';
import { fileNotice } from './notice';

type Opener = (project: Project) => void | Promise<void>;

let opener: Opener = (project) => useDocument.getState().open(project);

/**
 * Choose how an opened or imported project is shown (default: open it in the
 * document store). The app can route it through its recovery check instead.
 */
export function setProjectOpener(open: Opener): void {
  opener = open;
}

const notice = () => fileNotice;

/** Before another project replaces the open one, what is unsaved goes to disk (or at least to the journal). */
async function settleOpenDocument(): Promise<void> {
  if (!useDocument.getState().project) return;
  await flushSave();
  await flushJournal();
}

/**
 * Open a `.touchmap` file: the one main named with `token`, or one the user picks in the open dialog.
 * @returns whether a project was opened (false: cancelled or refused, with the reason shown)
 */
export async function openFileFlow(token?: FileToken): Promise<boolean> {
  notice().clear();
  await settleOpenDocument();
  const result = await api().openFile(token === undefined ? {} : { token });
  if (!result.ok) {
    notice().show(result.error);
    return false;
  }
  if (result.value === null) return false;
  forgetDeclined(result.value.id);
  await opener(result.value);
  return true;
}

/**
 * Save the open project to a file the user picks; the project lives there from then on.
 * @returns whether it was saved (false: nothing open, cancelled, or refused with the reason shown)
 */
export async function saveAsFlow(): Promise<boolean> {
  const { project, revision } = useDocument.getState();
  if (!project) return false;
  notice().clear();
  const result = await api().saveAs({ project });
  if (!result.ok) {
    notice().show(result.error);
    return false;
  }
  if (result.value === null) return false;
  const saved = result.value;
  forgetDeclined(saved.project.id);
  const now = useDocument.getState();
  if (now.project?.id === saved.project.id) {
    // The file holds every edit up to `revision`, and main emptied the journal: nothing to resend.
    coveredBySave(revision);
    if (now.savedRevision <= revision) now.markSaved(revision);
  } else {
    await opener(saved.project);
  }
  notify('saved-as', { file: fileName(saved.path) });
  return true;
}

/**
 * Open a file dropped on the window, as File > Open would: a `.touchmap` file opens in place
 * (it lives where it is, saves go back to it), an exported image's project opens as a new copy.
 * The preload resolves the drop to its path. A file with no path on disk (dragged from a browser
 * or an archive) is imported from its content as a new library project instead.
 * @returns whether a project was opened
 */
export async function openDroppedFile(file: File): Promise<boolean> {
  notice().clear();
  const problem = dropProblem(file);
  if (problem) {
    notice().show(problem);
    return false;
  }
  await settleOpenDocument();
  const result = await api().openDropped(file);
  if (!result.ok && result.code === 'not-on-disk') return importDroppedFile(file);
  if (!result.ok) {
    notice().show(result.error);
    return false;
  }
  forgetDeclined(result.value.id);
  await opener(result.value);
  return true;
}

/**
 * Import a file's content as a new library project: only `.touchmap` files and exported images,
 * size checked before reading, text that is not UTF-8 refused. Main checks it like any file.
 * @returns whether a project was imported and opened
 */
export async function importDroppedFile(file: File): Promise<boolean> {
  notice().clear();
  const problem = dropProblem(file);
  if (problem) {
    notice().show(problem);
    return false;
  }
  let content: string;
  let name = file.name;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isImageName(file.name)) {
    // An image Touchmap exported carries its project (PNG text chunk, SVG metadata).
    const inside = projectInsideImage(file.name, bytes);
    if ('error' in inside) {
      notice().show(inside.error);
      return false;
    }
    content = inside.text;
    name = `${file.name.replace(/\.(png|svg|html?)$/i, '')}${TOUCHMAP_EXTENSION}`;
  } else {
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      notice().show(message('files.notUtf8', { name: file.name }));
      return false;
    }
  }
  await settleOpenDocument();
  const result = await api().importFile({ name, content });
  if (!result.ok) {
    notice().show(result.error);
    return false;
  }
  await opener(result.value);
  return true;
}

/** An exported file that carries its project: a PNG or SVG image, or an HTML map. */
const isImageName = (name: string) => /\.(png|svg|html?)$/i.test(name);

/** The project text an exported PNG, SVG or HTML map carries, or why there is none. */
function projectInsideImage(name: string, bytes: Uint8Array): { text: string } | { error: MessageRef } {
  if (/\.html?$/i.test(name)) {
    let html: string;
    try {
      html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { error: message('files.notUtf8', { name }) };
    }
    const found = findProjectInHtml(html);
    if (found.ok) return { text: found.text };
    return {
      error: message(found.problem.code === 'viewer.reader.unclosed' ? 'viewer.open.cutOff' : 'viewer.open.noProject', {
        name,
      }),
    };
  }
  try {
    const text = name.toLowerCase().endsWith('.png')
      ? readPngText(bytes, PNG_PROJECT_KEYWORD)
      : extractProjectFromSvg(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return text === null ? { error: message('files.noProjectInImage', { name }) } : { text };
  } catch {
    return { error: message('files.unreadableImage', { name }) };
  }
}

/** Why a dropped file is refused before it is read (a catalogue message), or null. */
export function dropProblem(file: { name: string; size: number }): MessageRef | null {
  if (!file.name.toLowerCase().endsWith(TOUCHMAP_EXTENSION) && !isImageName(file.name))
    return message('viewer.open.notProject', { name: file.name });
  // An image holds a picture besides its project: allow for it.
  if (file.size > (isImageName(file.name) ? 4 : 1) * MAX_PROJECT_FILE_BYTES)
    return message('files.tooLarge', {
      name: file.name,
      size: formatMegabytes(file.size),
      limit: formatMegabytes(MAX_PROJECT_FILE_BYTES),
    });
  return null;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
