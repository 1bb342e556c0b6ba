/**
 * The CPU-heavy part of a save, free of any state: check the document the renderer sent
 * (the model's full parse path: the renderer is not trusted), stamp it, serialise it and
 * hash the bytes. Runs in the save worker (./saveWorker.ts) so main's event loop stays free,
 * or in-process where there is no worker (unit tests).
 */
import { serializeProject } from '../../shared/formats/touchmapFile';
import { APP_INFO } from '../../shared/model/defaults';
import { parseProject } from '../../shared/model/parse';
import type { Project } from '../../shared/model/types';
import { sha256 } from './fingerprint';
import { summariseErrors } from './projectFiles';

export interface SaveRequest {
  /** The document as the renderer sent it, unchecked. */
  project: unknown;
  /** The save's time stamp (`updatedAt` of the version written). */
  updatedAt: string;
  /** Largest file written. */
  maxBytes: number;
}

/** What the index records of a document. */
export interface DocumentFields {
  id: string;
  name: string;
  updatedAt: string;
  stepCount: number;
}

export type PreparedSave =
  { ok: true; fields: DocumentFields; bytes: Uint8Array; sha256: string } | { ok: false; error: string };

const encoder = new TextEncoder();

export function tooLargeMessage(maxBytes: number): string {
  const limit = Math.round(maxBytes / (1024 * 1024));
  return `The project is too large to save (project files are limited to ${limit} MB).`;
}

/** The file bytes of a checked project: it records which app wrote it, whatever wrote the version before. */
export function projectBytes(version: Project): { project: Project; bytes: Uint8Array; sha256: string } {
  const project: Project = { ...version, writtenBy: { ...APP_INFO } };
  // Its own ArrayBuffer (never a pooled one), so a worker can transfer it.
  const bytes = encoder.encode(serializeProject(project));
  return { project, bytes, sha256: sha256(bytes) };
}

export function prepareSave(request: SaveRequest): PreparedSave {
  const parsed = parseProject(request.project);
  if (!parsed.ok) return { ok: false, error: `The project was not saved: ${summariseErrors(parsed.problems)}` };
  const { project, bytes, sha256: hash } = projectBytes({ ...parsed.project, updatedAt: request.updatedAt });
  if (bytes.byteLength > request.maxBytes) return { ok: false, error: tooLargeMessage(request.maxBytes) };
  const fields = { id: project.id, name: project.name, updatedAt: project.updatedAt, stepCount: project.steps.length };
  return { ok: true, fields, bytes, sha256: hash };
}
