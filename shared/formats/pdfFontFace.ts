/**
 * One face out of a font collection (.ttc), as a standalone font file.
 *
 * System CJK fonts usually ship as collections (Noto Sans CJK, Source Han,
 * PingFang, MS Gothic). A PDF can only embed a single font, so the chosen
 * face's tables are copied into a new sfnt file. Tables shared by several
 * faces are simply copied; their contents do not change, nor do their
 * checksums.
 */

/** True when the bytes are a TrueType/OpenType collection ('ttcf'). */
export function isFontCollection(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && bytes[0] === 0x74 && bytes[1] === 0x74 && bytes[2] === 0x63 && bytes[3] === 0x66;
}

/** Number of faces in a collection. */
export function collectionSize(bytes: Uint8Array): number {
  if (!isFontCollection(bytes)) throw new Error('Not a font collection (.ttc)');
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8);
}

/**
 * The face at `index` of a collection as a standalone TrueType/OpenType file.
 *
 * @example const otf = extractCollectionFace(ttcBytes, 2);
 */
export function extractCollectionFace(bytes: Uint8Array, index: number): Uint8Array {
  const count = collectionSize(bytes);
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`Font collection has ${count} faces; there is no face ${index}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (): never => {
    throw new Error('The font collection is truncated or damaged');
  };
  const headerAt = 12 + 4 * index;
  if (headerAt + 4 > bytes.length) fail();
  const start = view.getUint32(headerAt);
  if (start + 12 > bytes.length) fail();
  const numTables = view.getUint16(start + 4);
  const directorySize = 12 + 16 * numTables;
  if (start + directorySize > bytes.length) fail();

  const tables: { record: number; offset: number; length: number }[] = [];
  let size = directorySize;
  for (let i = 0; i < numTables; i++) {
    const record = start + 12 + 16 * i;
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > bytes.length) fail();
    tables.push({ record, offset, length });
    size += (length + 3) & ~3; // tables start on 4-byte boundaries
  }

  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(bytes.subarray(start, start + 12), 0); // sfnt version and search fields, unchanged
  let position = directorySize;
  tables.forEach((table, i) => {
    const record = 12 + 16 * i;
    out.set(bytes.subarray(table.record, table.record + 8), record); // tag and checksum
    outView.setUint32(record + 8, position);
    outView.setUint32(record + 12, table.length);
    out.set(bytes.subarray(table.offset, table.offset + table.length), position);
    position += (table.length + 3) & ~3;
  });
  return out;
}
