/**
 * Font subsetting with HarfBuzz's hb-subset, compiled to WebAssembly (the
 * npm package harfbuzzjs, MIT). It runs in main (Node), never in the
 * renderer: the renderer's CSP has no 'wasm-unsafe-eval', and needs none.
 *
 * The module has no imports (no WASI, no JS glue): it is instantiated
 * directly from the .wasm file that ships in the package.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mt } from '../language';

interface HbExports {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;

/**
 * Tables a PDF font does not need: pdf-lib draws glyph by glyph with the
 * advance widths (no shaping, no kerning), horizontally. Dropping them keeps
 * the subset small and keeps fontkit from parsing them.
 */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'STAT', 'vhea', 'vmtx', 'VORG', 'DSIG', 'kern'];

const tagNumber = (tag: string) => [...tag].reduce((n, c) => n * 256 + c.charCodeAt(0), 0) >>> 0;

/** Node's WebAssembly global (the main process's TypeScript libraries do not declare it). */
interface WasmGlobal {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmGlobal }).WebAssembly;

let instance: HbExports | null = null;

/** The hb-subset WebAssembly file of the harfbuzzjs package. */
export function harfbuzzWasmPath(): string {
  return createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
}

function hb(): HbExports {
  if (!instance) {
    const module = new wasm.Module(readFileSync(harfbuzzWasmPath()));
    instance = new wasm.Instance(module, {}).exports as HbExports;
  }
  return instance;
}

/**
 * A font with only the glyphs of `codepoints` (plus .notdef), renumbered,
 * with a cmap for exactly those characters. `faceIndex` picks a face of a
 * collection.
 *
 * @example const small = subsetFont(notoSansSc, new Set([...'付款'].map((c) => c.codePointAt(0)!)));
 */
export function subsetFont(font: Uint8Array, codepoints: Iterable<number>, faceIndex = 0): Uint8Array {
  const h = hb();
  const data = h.malloc(font.length);
  if (!data) throw new Error(mt('storage.pdf.outOfMemory'));
  let blob = 0;
  let face = 0;
  let input = 0;
  let subset = 0;
  let result = 0;
  try {
    new Uint8Array(h.memory.buffer, data, font.length).set(font);
    blob = h.hb_blob_create(data, font.length, HB_MEMORY_MODE_READONLY, 0, 0);
    face = h.hb_face_create(blob, faceIndex);
    input = h.hb_subset_input_create_or_fail();
    if (!input) throw new Error(mt('storage.pdf.outOfMemory'));
    const unicodes = h.hb_subset_input_unicode_set(input);
    for (const cp of codepoints) h.hb_set_add(unicodes, cp);
    const dropped = h.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const tag of DROPPED_TABLES) h.hb_set_add(dropped, tagNumber(tag));
    subset = h.hb_subset_or_fail(face, input);
    if (!subset) throw new Error(mt('storage.pdf.subsetFailed'));
    result = h.hb_face_reference_blob(subset);
    const length = h.hb_blob_get_length(result);
    if (!length) throw new Error(mt('storage.pdf.subsetFailed'));
    // Copy out before anything else touches the WebAssembly heap (it may grow and move).
    return new Uint8Array(h.memory.buffer, h.hb_blob_get_data(result, 0), length).slice();
  } finally {
    if (result) h.hb_blob_destroy(result);
    if (subset) h.hb_face_destroy(subset);
    if (input) h.hb_subset_input_destroy(input);
    if (face) h.hb_face_destroy(face);
    if (blob) h.hb_blob_destroy(blob);
    h.free(data);
  }
}
