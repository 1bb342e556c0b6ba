import { crc32 as nodeCrc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  PNG_PROJECT_KEYWORD,
  crc32,
  embedPngText,
  readPngChunks,
  readPngSize,
  readPngText,
} from '../../../shared/formats/pngMeta';
import { ReaderError } from '../../../shared/formats/problems';
import type { Language } from '../../../shared/i18n/languages';
import { inWords } from './problemWords';

/** What a reader throws, in a language's words: a ReaderError carrying its problem, and nothing else. */
function thrownBy(read: () => unknown, language: Language = 'en'): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof ReaderError) return inWords([error.problem], language);
    throw error;
  }
  throw new Error('expected the reader to throw');
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(nodeCrc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real RGBA PNG of the given size (a red-green gradient), with optional extra chunks before IDAT. */
function makePng(width: number, height: number, extra: Buffer[] = []): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x++) rows.push((x * 40) & 255, (y * 40) & 255, 0, 255);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk('IHDR', ihdr),
      ...extra,
      chunk('IDAT', deflateSync(Buffer.from(rows))),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

const PROJECT_JSON = JSON.stringify({ name: 'Café 在收银台 <pay> & "go"', steps: [{ id: 's1', title: '😀' }] });

describe('crc32', () => {
  it('matches the standard check value and zlib', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = new Uint8Array(1000).map((_, i) => (i * 7) & 255);
    expect(crc32(bytes)).toBe(nodeCrc32(bytes));
    expect(crc32(bytes, 10, 500)).toBe(nodeCrc32(bytes.subarray(10, 500)));
    // Eight bytes at a time, with the ends of every length and offset around a step.
    const long = new Uint8Array(10_007).map((_, i) => (i * 2654435761) >>> 24);
    for (const [from, to] of [
      [0, 10_007],
      [3, 9_000],
      [1, 9],
      [5, 12],
      [7, 7],
    ])
      expect(crc32(long, from, to)).toBe(nodeCrc32(long.subarray(from, to)));
  });
});

describe('PNG text chunks', () => {
  it('reads the size from IHDR', () => {
    expect(readPngSize(makePng(7, 3))).toEqual({ width: 7, height: 3 });
  });

  it('round-trips UTF-8 text in an iTXt chunk placed before IEND, with a correct CRC', () => {
    const png = makePng(4, 2);
    const out = embedPngText(png, PNG_PROJECT_KEYWORD, PROJECT_JSON);
    expect(readPngText(out, PNG_PROJECT_KEYWORD)).toBe(PROJECT_JSON);
    const chunks = readPngChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    const itxt = chunks[2];
    const stored = Buffer.from(out.buffer, out.byteOffset + itxt.dataOffset + itxt.length, 4).readUInt32BE(0);
    expect(stored).toBe(nodeCrc32(out.subarray(itxt.offset + 4, itxt.dataOffset + itxt.length)));
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    // iTXt layout: keyword NUL, flag 0, method 0, language NUL, translated keyword NUL, UTF-8 text.
    const data = Buffer.from(out.subarray(itxt.dataOffset, itxt.dataOffset + itxt.length));
    const keywordEnd = data.indexOf(0);
    expect(data.subarray(0, keywordEnd).toString('latin1')).toBe(PNG_PROJECT_KEYWORD);
    expect([...data.subarray(keywordEnd, keywordEnd + 5)]).toEqual([0, 0, 0, 0, 0]);
    expect(data.subarray(keywordEnd + 5).toString('utf8')).toBe(PROJECT_JSON);
  });

  it('keeps the image and every other chunk byte for byte', () => {
    const phys = chunk('pHYs', new Uint8Array([0, 0, 11, 19, 0, 0, 11, 19, 1]));
    const text = chunk('tEXt', new Uint8Array(Buffer.from('Software\0Some editor', 'latin1')));
    const png = makePng(5, 5, [phys, text]);
    const out = embedPngText(png, PNG_PROJECT_KEYWORD, PROJECT_JSON);
    const before = readPngChunks(png);
    const after = readPngChunks(out);
    expect(after.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'tEXt', 'IDAT', 'iTXt', 'IEND']);
    for (const c of before.filter((c) => c.type !== 'IEND')) {
      const match = after.find((a) => a.type === c.type)!;
      expect(Buffer.from(out.subarray(match.offset, match.dataOffset + match.length + 4))).toEqual(
        Buffer.from(png.subarray(c.offset, c.dataOffset + c.length + 4)),
      );
    }
    expect(readPngText(out, 'Software')).toBe('Some editor');
    expect(readPngSize(out)).toEqual({ width: 5, height: 5 });
    const idat = after.find((c) => c.type === 'IDAT')!;
    expect(inflateSync(out.subarray(idat.dataOffset, idat.dataOffset + idat.length)).length).toBe(5 * (1 + 5 * 4));
  });

  it('replaces an earlier chunk with the same keyword instead of adding a second', () => {
    const once = embedPngText(makePng(2, 2), PNG_PROJECT_KEYWORD, 'old');
    const twice = embedPngText(once, PNG_PROJECT_KEYWORD, 'new');
    expect(readPngChunks(twice).filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(readPngText(twice, PNG_PROJECT_KEYWORD)).toBe('new');
  });

  it('returns null when the keyword is absent or its chunk is damaged', () => {
    const png = makePng(2, 2);
    expect(readPngText(png, PNG_PROJECT_KEYWORD)).toBeNull();
    const out = embedPngText(png, PNG_PROJECT_KEYWORD, PROJECT_JSON);
    const itxt = readPngChunks(out).find((c) => c.type === 'iTXt')!;
    const damaged = out.slice();
    damaged[itxt.dataOffset + itxt.length - 3] ^= 0xff;
    expect(readPngText(damaged, PNG_PROJECT_KEYWORD)).toBeNull();
  });

  it('rejects input that is not a PNG, or a cut-off one, with a clear message', () => {
    const notPng = new TextEncoder().encode('GIF89a not a png at all');
    expect(thrownBy(() => embedPngText(notPng, PNG_PROJECT_KEYWORD, 'x'))).toEqual([
      'Not a PNG file: the PNG signature is missing.',
    ]);
    expect(thrownBy(() => readPngText(notPng, PNG_PROJECT_KEYWORD))).toEqual([
      'Not a PNG file: the PNG signature is missing.',
    ]);
    expect(thrownBy(() => readPngSize(new Uint8Array(0)))).toEqual(['Not a PNG file: the PNG signature is missing.']);
    const png = makePng(3, 3);
    expect(thrownBy(() => readPngText(png.subarray(0, png.length - 6), PNG_PROJECT_KEYWORD))).toEqual([
      'Damaged PNG: a chunk header is cut off.',
    ]);
    // What a screen translates: the code, in any language.
    expect(thrownBy(() => readPngText(notPng, PNG_PROJECT_KEYWORD), 'hu')).toEqual([
      'Nem PNG-fájl: hiányzik a PNG-aláírás.',
    ]);
  });

  it('refuses keywords PNG does not allow', () => {
    const png = makePng(1, 1);
    for (const bad of ['', 'x'.repeat(80), ' lead', 'trail ', 'two  spaces', 'null\0byte', '中文']) {
      expect(thrownBy(() => embedPngText(png, bad, 'x'))).toEqual([
        `Invalid PNG text keyword: ${JSON.stringify(bad)}.`,
      ]);
    }
  });
});
