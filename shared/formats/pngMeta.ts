/**
 * The project inside an exported PNG: an iTXt chunk (UTF-8, uncompressed)
 * holding the project JSON, so opening the PNG opens the project again.
 * Pure byte handling; no image decoding.
 */
import type { ScanMeter } from './scanMeter';
import { problem, ReaderError } from './problems';

/** What the PNG reader throws: a ReaderError with a `reader.png.*` code. */
const pngError = (code: string, params?: Record<string, string>) =>
  new ReaderError(problem(`reader.png.${code}`, params));

export { extractProjectFromSvg } from './svgMeta';

/** Keyword of the text chunk carrying the project JSON. */
export const PNG_PROJECT_KEYWORD = 'touchmap:project';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** CRC tables for eight bytes at a time: table k gives the CRC of a byte followed by k zero bytes. */
let crcTables: Uint32Array[] | null = null;

function makeCrcTables(): Uint32Array[] {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) tables[k][n] = (tables[k - 1][n] >>> 8) ^ tables[0][tables[k - 1][n] & 0xff];
  }
  return tables;
}

/** CRC-32 (ISO 3309 / PNG), as used for PNG chunk checksums; eight bytes per step, so large chunks check fast. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  crcTables ??= makeCrcTables();
  const [t0, t1, t2, t3, t4, t5, t6, t7] = crcTables;
  let crc = 0xffffffff;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    crc ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    crc =
      t7[crc & 0xff] ^
      t6[(crc >>> 8) & 0xff] ^
      t5[(crc >>> 16) & 0xff] ^
      t4[crc >>> 24] ^
      t3[bytes[i + 4]] ^
      t2[bytes[i + 5]] ^
      t1[bytes[i + 6]] ^
      t0[bytes[i + 7]];
  }
  for (; i < end; i++) crc = t0[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  /** Offset of the chunk's length field in the file. */
  offset: number;
  /** Offset and length of the chunk's data. */
  dataOffset: number;
  length: number;
  /** True when the stored CRC matches the type and data. */
  crcOk: boolean;
}

function assertPng(png: Uint8Array): void {
  if (png.length < SIGNATURE.length || SIGNATURE.some((b, i) => png[i] !== b)) {
    throw pngError('notPng');
  }
}

/** A chunk type's four ASCII bytes as one number, to compare types without making strings. */
const typeCode = (type: string) =>
  ((type.charCodeAt(0) << 24) | (type.charCodeAt(1) << 16) | (type.charCodeAt(2) << 8) | type.charCodeAt(3)) >>> 0;
const IEND = typeCode('IEND');
const ITXT = typeCode('iTXt');
const TEXT = typeCode('tEXt');

/**
 * Calls `visit` for each chunk in file order, up to and including IEND, holding nothing
 * per chunk; throws if the bytes are not a PNG or a chunk runs past the end. Only the
 * chunk headers are read here (`meter`, if given, counts them); a chunk's data and CRC
 * are left to `visit`.
 */
function walkPngChunks(
  png: Uint8Array,
  visit: (type: number, offset: number, dataOffset: number, length: number) => void,
  meter?: ScanMeter,
): void {
  assertPng(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = SIGNATURE.length;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw pngError('headerCut');
    const length = view.getUint32(offset);
    const dataOffset = offset + 8;
    const end = dataOffset + length + 4;
    if (end > png.length) throw pngError('chunkPastEnd');
    const type = view.getUint32(offset + 4);
    if (meter) meter.scanned += 8;
    visit(type, offset, dataOffset, length);
    offset = end;
    if (type === IEND) return;
  }
  throw pngError('noEnd');
}

/** True when the CRC stored after a chunk's data matches its type and data. */
function chunkCrcOk(png: Uint8Array, offset: number, dataOffset: number, length: number): boolean {
  const stored = new DataView(png.buffer, png.byteOffset, png.byteLength).getUint32(dataOffset + length);
  return crc32(png, offset + 4, dataOffset + length) === stored;
}

/**
 * The chunks of a PNG, in file order, up to and including IEND.
 * Throws if the bytes are not a PNG or a chunk runs past the end.
 * For PNGs Touchmap makes; to read a file from elsewhere, see {@link readPngText}.
 */
export function readPngChunks(png: Uint8Array): PngChunk[] {
  const chunks: PngChunk[] = [];
  walkPngChunks(png, (type, offset, dataOffset, length) => {
    const name = String.fromCharCode(type >>> 24, (type >>> 16) & 0xff, (type >>> 8) & 0xff, type & 0xff);
    chunks.push({ type: name, offset, dataOffset, length, crcOk: chunkCrcOk(png, offset, dataOffset, length) });
  });
  return chunks;
}

/** Width and height in pixels, from the IHDR chunk. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  const chunks = readPngChunks(png);
  const ihdr = chunks[0];
  if (!ihdr || ihdr.type !== 'IHDR' || ihdr.length < 8) throw pngError('noHeader');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(ihdr.dataOffset), height: view.getUint32(ihdr.dataOffset + 4) };
}

/** PNG keywords: 1-79 printable Latin-1 characters, no leading, trailing or double spaces. */
function keywordBytes(keyword: string): Uint8Array {
  const valid =
    keyword.length >= 1 &&
    keyword.length <= 79 &&
    /^[\x20-\x7e\xa1-\xff]+$/.test(keyword) &&
    !/^ | $| {2}/.test(keyword);
  if (!valid) throw pngError('badKeyword', { keyword: JSON.stringify(keyword) });
  return Uint8Array.from(keyword, (c) => c.charCodeAt(0));
}

function iTxtData(keyword: string, text: string): Uint8Array {
  const key = keywordBytes(keyword);
  const body = new TextEncoder().encode(text);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  return data;
}

/** Latin-1 bytes as a string (tEXt chunks are Latin-1), in slices to keep argument lists short. */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** Keyword of an iTXt or tEXt chunk's data, or null if malformed. */
function chunkKeyword(png: Uint8Array, chunk: PngChunk): { keyword: string; rest: number } | null {
  const end = chunk.dataOffset + Math.min(chunk.length, 80);
  for (let i = chunk.dataOffset; i < end; i++) {
    if (png[i] === 0) return { keyword: latin1(png.subarray(chunk.dataOffset, i)), rest: i + 1 };
  }
  return null;
}

/** Where the text after the keyword `key` (Latin-1 bytes, then NUL) starts in a chunk's data, or -1. */
function afterKeyword(png: Uint8Array, dataOffset: number, length: number, key: Uint8Array, meter?: ScanMeter): number {
  if (length <= key.length) return -1;
  let i = 0;
  while (i < key.length && png[dataOffset + i] === key[i]) i++;
  if (meter) meter.scanned += i + 1;
  return i === key.length && png[dataOffset + i] === 0 ? dataOffset + i + 1 : -1;
}

/**
 * A copy of the PNG with an iTXt chunk `keyword` = `text` (UTF-8, uncompressed)
 * before IEND. Other chunks are kept as they are; an earlier text chunk with
 * the same keyword is replaced.
 *
 * @example const withProject = embedPngText(png, PNG_PROJECT_KEYWORD, JSON.stringify(project));
 */
export function embedPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = readPngChunks(png);
  const data = iTxtData(keyword, text);
  const kept = chunks.filter(
    (c) =>
      c.type !== 'IEND' && !((c.type === 'iTXt' || c.type === 'tEXt') && chunkKeyword(png, c)?.keyword === keyword),
  );
  const iend = chunks[chunks.length - 1];
  const keptSize = kept.reduce((sum, c) => sum + c.length + 12, 0);
  const out = new Uint8Array(SIGNATURE.length + keptSize + data.length + 12 + iend.length + 12);
  const view = new DataView(out.buffer);
  out.set(png.subarray(0, SIGNATURE.length), 0);
  let pos = SIGNATURE.length;
  for (const c of kept) {
    out.set(png.subarray(c.offset, c.offset + c.length + 12), pos);
    pos += c.length + 12;
  }
  view.setUint32(pos, data.length);
  out.set([0x69, 0x54, 0x58, 0x74], pos + 4); // 'iTXt'
  out.set(data, pos + 8);
  view.setUint32(pos + 8 + data.length, crc32(out, pos + 4, pos + 8 + data.length));
  pos += data.length + 12;
  out.set(png.subarray(iend.offset, iend.offset + iend.length + 12), pos);
  return out;
}

/**
 * The text stored under `keyword` in an uncompressed iTXt chunk (or a tEXt
 * chunk), or null when there is none. Chunks whose CRC does not match are
 * ignored: a damaged project is not handed on as if it were whole. The whole file
 * must be a well-formed PNG up to IEND, or this throws.
 *
 * One pass over the chunk headers, keeping nothing per chunk: only the data of text
 * chunks under `keyword` is read (checksum, then text), so the work grows linearly with
 * the file and the memory with the text (`meter`, if given, counts the bytes examined).
 */
export function readPngText(png: Uint8Array, keyword: string, meter?: ScanMeter): string | null {
  const key = keywordBytes(keyword);
  // Set inside the walk's callback: a cast, so the type checker does not take it to stay null.
  let found = null as { type: number; start: number; end: number } | null;
  walkPngChunks(
    png,
    (type, offset, dataOffset, length) => {
      if (found || (type !== ITXT && type !== TEXT)) return;
      const start = afterKeyword(png, dataOffset, length, key, meter);
      if (start === -1) return;
      if (meter) meter.scanned += length + 4;
      if (!chunkCrcOk(png, offset, dataOffset, length)) return;
      // only uncompressed text is written by Touchmap
      if (type === ITXT && png[start] !== 0) return;
      found = { type, start, end: dataOffset + length };
    },
    meter,
  );
  if (!found) return null;
  const { type, start, end } = found;
  if (type === TEXT) return latin1(png.subarray(start, end));
  // compression flag and method, then the language tag and the translated keyword, each ended by NUL
  let i = start + 2;
  for (let nul = 0; nul < 2; i++) {
    if (i >= end) return null;
    if (png[i] === 0) nul++;
  }
  return new TextDecoder('utf-8').decode(png.subarray(i, end));
}
