/**
 * What a TrueType/OpenType font file (sfnt) holds: its tables, its outline
 * flavour and its character map. Main reads these to choose, per character,
 * the font a PDF takes the glyph from, without parsing the whole font.
 */

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

function fail(): never {
  throw new Error('The font file is truncated or damaged');
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The table directory of a single font (not a collection). */
export function sfntTables(bytes: Uint8Array): TableRecord[] {
  if (bytes.length < 12) fail();
  const v = view(bytes);
  const count = v.getUint16(4);
  if (12 + 16 * count > bytes.length) fail();
  const tables: TableRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
    const offset = v.getUint32(at + 8);
    const length = v.getUint32(at + 12);
    if (offset + length > bytes.length) fail();
    tables.push({ tag, offset, length });
  }
  return tables;
}

/** True for a font with CFF outlines ('OTTO'), false for TrueType outlines. */
export function hasCffOutlines(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x4f && bytes[1] === 0x54 && bytes[2] === 0x54 && bytes[3] === 0x4f;
}

function readFormat4(v: DataView, at: number, map: Map<number, number>): void {
  const segCount = v.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const rangeOffsets = deltas + 2 * segCount;
  for (let i = 0; i < segCount; i++) {
    const end = v.getUint16(ends + 2 * i);
    const start = v.getUint16(starts + 2 * i);
    const delta = v.getUint16(deltas + 2 * i);
    const rangeAt = rangeOffsets + 2 * i;
    const rangeOffset = v.getUint16(rangeAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let gid: number;
      if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
      else {
        const glyphAt = rangeAt + rangeOffset + 2 * (cp - start);
        if (glyphAt + 2 > v.byteLength) fail();
        const raw = v.getUint16(glyphAt);
        gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (gid !== 0 && !map.has(cp)) map.set(cp, gid);
    }
  }
}

function readFormat12(v: DataView, at: number, map: Map<number, number>): void {
  const groups = v.getUint32(at + 12);
  if (at + 16 + 12 * groups > v.byteLength) fail();
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + 12 * i;
    const start = v.getUint32(g);
    const end = v.getUint32(g + 4);
    const first = v.getUint32(g + 8);
    if (end < start || end - start > 0x10ffff) fail();
    for (let cp = start; cp <= end; cp++) if (!map.has(cp)) map.set(cp, first + cp - start);
  }
}

/**
 * Character → glyph id, from the font's Unicode subtables (format 12 first,
 * then format 4). Characters mapped to glyph 0 (.notdef) are left out.
 */
export function readCmap(bytes: Uint8Array): Map<number, number> {
  const table = sfntTables(bytes).find((t) => t.tag === 'cmap');
  const map = new Map<number, number>();
  if (!table) return map;
  const v = new DataView(bytes.buffer, bytes.byteOffset + table.offset, table.length);
  const count = v.getUint16(2);
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 4 + 8 * i;
    subtables.push({ platform: v.getUint16(at), encoding: v.getUint16(at + 2), offset: v.getUint32(at + 4) });
  }
  const unicode = subtables.filter(
    (s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)),
  );
  const format = (s: { offset: number }) => v.getUint16(s.offset);
  for (const s of unicode) if (format(s) === 12) readFormat12(v, s.offset, map);
  for (const s of unicode) if (format(s) === 4) readFormat4(v, s.offset, map);
  return map;
}
