import { describe, expect, it } from 'vitest';
import { collectionSize, extractCollectionFace, isFontCollection } from '../../../shared/formats/pdfFontFace';

interface Table {
  tag: string;
  checksum: number;
  data: number[];
}

/** A minimal font collection: each face is a table directory pointing into shared table data. */
function makeCollection(faces: Table[][]): Uint8Array {
  const tables = [...new Set(faces.flat())];
  const headerSize = 12 + 4 * faces.length;
  const directorySizes = faces.map((f) => 12 + 16 * f.length);
  let offset = headerSize + directorySizes.reduce((a, b) => a + b, 0);
  const tableOffsets = new Map<Table, number>();
  for (const t of tables) {
    tableOffsets.set(t, offset);
    offset += t.data.length; // deliberately unpadded: extraction must pad
  }
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  out.set([0x74, 0x74, 0x63, 0x66], 0); // 'ttcf'
  view.setUint32(4, 0x00010000);
  view.setUint32(8, faces.length);
  let dir = headerSize;
  faces.forEach((face, i) => {
    view.setUint32(12 + 4 * i, dir);
    view.setUint32(dir, 0x4f54544f); // 'OTTO'
    view.setUint16(dir + 4, face.length);
    view.setUint16(dir + 6, 0x1234); // search fields, copied as they are
    face.forEach((t, j) => {
      const rec = dir + 12 + 16 * j;
      out.set(
        Array.from(t.tag, (c) => c.charCodeAt(0)),
        rec,
      );
      view.setUint32(rec + 4, t.checksum);
      view.setUint32(rec + 8, tableOffsets.get(t)!);
      view.setUint32(rec + 12, t.data.length);
    });
    dir += directorySizes[i];
  });
  for (const t of tables) out.set(t.data, tableOffsets.get(t)!);
  return out;
}

function readFace(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numTables = view.getUint16(4);
  return {
    version: view.getUint32(0),
    search: view.getUint16(6),
    tables: Array.from({ length: numTables }, (_, i) => {
      const rec = 12 + 16 * i;
      const offset = view.getUint32(rec + 8);
      const length = view.getUint32(rec + 12);
      return {
        tag: String.fromCharCode(...bytes.subarray(rec, rec + 4)),
        checksum: view.getUint32(rec + 4),
        offset,
        data: Array.from(bytes.subarray(offset, offset + length)),
      };
    }),
  };
}

const shared: Table = { tag: 'glyf', checksum: 0xdeadbeef, data: [1, 2, 3, 4, 5] };
const cmapA: Table = { tag: 'cmap', checksum: 0x11111111, data: [9, 8, 7] };
const cmapB: Table = { tag: 'cmap', checksum: 0x22222222, data: [6, 5, 4, 3, 2, 1, 0] };

describe('extractCollectionFace', () => {
  const ttc = makeCollection([
    [cmapA, shared],
    [cmapB, shared],
  ]);

  it('recognises collections', () => {
    expect(isFontCollection(ttc)).toBe(true);
    expect(collectionSize(ttc)).toBe(2);
    expect(isFontCollection(new Uint8Array([0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]))).toBe(false);
  });

  it('copies the chosen face into a standalone file with 4-byte aligned tables', () => {
    const face = readFace(extractCollectionFace(ttc, 1));
    expect(face.version).toBe(0x4f54544f);
    expect(face.search).toBe(0x1234);
    expect(face.tables.map(({ tag, checksum, data }) => ({ tag, checksum, data }))).toEqual([
      { tag: 'cmap', checksum: 0x22222222, data: cmapB.data },
      { tag: 'glyf', checksum: 0xdeadbeef, data: shared.data },
    ]);
    // Directory: 12 + 2 x 16 = 44; first table 7 bytes, padded to 8.
    expect(face.tables.map((t) => t.offset)).toEqual([44, 52]);
    const first = readFace(extractCollectionFace(ttc, 0));
    expect(first.tables[0].data).toEqual(cmapA.data);
  });

  it('refuses a face that does not exist or whose tables run past the end', () => {
    expect(() => extractCollectionFace(ttc, 2)).toThrow(/2 faces/);
    expect(() => extractCollectionFace(ttc.subarray(0, ttc.length - 3), 1)).toThrow(/truncated or damaged/);
    expect(() => extractCollectionFace(new Uint8Array(20), 0)).toThrow(/Not a font collection/);
  });
});
