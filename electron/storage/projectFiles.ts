/**
 * Reading project files without trusting them, and setting aside the ones
 * that cannot be read. Nothing here deletes a user's file.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { deserializeProject } from '../../shared/formats/touchmapFile';
import { problemText } from '../../shared/formats/problems';
import type { FileProblem } from '../../shared/formats/problems';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/translator';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/ipc';
import type { Project } from '../../shared/model/types';
import { sha256 } from './fingerprint';
import { fileStamp } from './layout';
import { mt } from '../language';

/** Largest project file read (a 20,000-step project is about 40 MB). */
export const MAX_PROJECT_BYTES = MAX_PROJECT_FILE_BYTES;

export type ReadOutcome =
  | { ok: true; project: Project; bytes: number; mtimeMs: number; sha256: string }
  | { ok: false; reason: string; missing: boolean };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Stat first (size cap), then read, parse, migrate, validate. Never throws for a bad file. */
export async function readProjectFile(path: string, maxBytes = MAX_PROJECT_BYTES): Promise<ReadOutcome> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, missing, reason: missing ? 'The project file is missing.' : describeIoError(error) };
  }
  if (!info.isFile()) return { ok: false, missing: false, reason: 'The project path is not a file.' };
  if (info.size > maxBytes) {
    return {
      ok: false,
      missing: false,
      reason: `The file is ${megabytes(info.size)}; Touchmap opens project files up to ${megabytes(maxBytes)}.`,
    };
  }
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    return { ok: false, missing: false, reason: describeIoError(error) };
  }
  const parsed = parseProjectBytes(data);
  if (!parsed.ok) return { ok: false, missing: false, reason: parsed.reason };
  return { ok: true, project: parsed.project, bytes: info.size, mtimeMs: info.mtimeMs, sha256: sha256(data) };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parse a project file's bytes: decode, parse, migrate, validate, check integrity.
 * Bytes that are not UTF-8 are refused rather than decoded to U+FFFD, which a later
 * save would write over the user's text for good.
 */
export function parseProjectBytes(data: Uint8Array): { ok: true; project: Project } | { ok: false; reason: string } {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  const parsed = deserializeProject(text);
  if (!parsed.ok) return { ok: false, reason: summariseErrors(parsed.problems) };
  if (text.includes('\uFFFD')) {
    try {
      strictUtf8.decode(data);
    } catch {
      return {
        ok: false,
        reason:
          'Some of the text in the file is not valid UTF-8 (the file is damaged or was saved in another encoding); opening it would lose those characters.',
      };
    }
  }
  return { ok: true, project: parsed.project };
}

/**
 * A reader's first three problems in words (and how many more there are), in `language`.
 *
 * HOOK for main's language state (electron/language.ts, added on the plumbing branch): once
 * it is merged, the default here becomes `mainLanguage()`, so every caller's message
 * follows the UI language; until then callers may pass the language, else it is English.
 */
export function summariseErrors(problems: readonly FileProblem[], language: Language = DEFAULT_LANGUAGE): string {
  const t = translator(language);
  // Sentences follow each other with a space, except after a full-width stop (Chinese).
  const shown = problems
    .slice(0, 3)
    .map((p) => problemText(p, t))
    .reduce(
      (text, sentence) => (text === '' || /[。！？）]$/.test(text) ? text + sentence : `${text} ${sentence}`),
      '',
    );
  return problems.length > 3 ? t('reader.summary', { shown, count: problems.length - 3 }) : shown;
}

/** Disk trouble in words a user understands, in main's current language. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return mt('errors.io.notAllowed');
  if (code === 'ENOSPC') return mt('errors.io.diskFull');
  if (code === 'EROFS') return mt('errors.io.readOnly');
  if (code === 'ENOENT') return mt('errors.io.gone');
  if (code === 'EDQUOT') return mt('errors.io.quota');
  return mt('errors.io.other', { detail: error instanceof Error ? error.message : String(error) });
}

/**
 * Move an unreadable file into the quarantine folder with a time stamp, and
 * leave a note saying why next to it. Returns where it went.
 */
export async function quarantineFile(quarantineDir: string, path: string, reason: string, now: Date): Promise<string> {
  await mkdir(quarantineDir, { recursive: true });
  const ext = extname(path);
  const stem = basename(path, ext);
  let target = join(quarantineDir, `${stem}.${fileStamp(now)}${ext}`);
  for (let n = 2; await exists(target); n++) target = join(quarantineDir, `${stem}.${fileStamp(now)}-${n}${ext}`);
  await rename(path, target);
  await writeFile(`${target}.reason.txt`, `${path}\n${now.toISOString()}\n${reason}\n`).catch(() => undefined);
  return target;
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
