/**
 * Readers of files a user opens must do work that grows linearly with the file, whatever
 * it holds. Each hostile shape is read at a size and at twice that size; the characters or
 * bytes the reader examined (counted by its ScanMeter, not timed) may at most about double.
 * The shapes are those that made the earlier readers quadratic (a regex retried from every
 * `<`, a split retried from every `<![CDATA[`) or kept a record per PNG chunk.
 */
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseMermaidJourney } from '../../../shared/formats/mermaidJourney';
import { PNG_PROJECT_KEYWORD, readPngText } from '../../../shared/formats/pngMeta';
import type { ScanMeter } from '../../../shared/formats/scanMeter';
import { SVG_PROJECT_NAMESPACE, extractProjectFromSvg } from '../../../shared/formats/svgMeta';

const NS = SVG_PROJECT_NAMESPACE;

/** Size of `make(n)` and of `make(2n)`, and the work the reader did on each. */
function costs<T extends { length: number }>(make: (n: number) => T, read: (input: T, meter: ScanMeter) => unknown) {
  return [2000, 4000].map((n) => {
    const input = make(n);
    const meter: ScanMeter = { scanned: 0 };
    read(input, meter);
    return { size: input.length, scanned: meter.scanned };
  });
}

function expectLinear<T extends { length: number }>(
  make: (n: number) => T,
  read: (input: T, meter: ScanMeter) => unknown,
) {
  const [small, large] = costs(make, read);
  const growth = large.size / small.size;
  expect(growth).toBeGreaterThanOrEqual(1.9);
  expect(small.scanned).toBeGreaterThan(0);
  // Input `growth` times larger (about twice), work at most about `growth` times larger
  // (a fixed start-up cost aside), where quadratic work would grow by growth squared.
  expect(large.scanned, JSON.stringify({ small, large })).toBeLessThanOrEqual(growth * small.scanned * 1.05 + 200);
  // And the work is a small multiple of the input, not a power of it.
  expect(large.scanned).toBeLessThanOrEqual(10 * large.size);
}

describe('the SVG reader does linear work on hostile text', () => {
  const read = (svg: string, meter: ScanMeter) => extractProjectFromSvg(svg, meter);
  const shapes: Record<string, (n: number) => string> = {
    'start tags without ">"': (n) => '<svg>' + '<project '.repeat(n),
    'start tags with a prefix and without ">"': (n) => '<svg>' + '<tm:project '.repeat(n),
    'namespaced start tags without an end tag': (n) => `<tm:project xmlns:tm="${NS}">`.repeat(n),
    'start tags each with a new prefix, no end tag': (n) =>
      Array.from({ length: n }, (_, i) => `<p${i}:project xmlns:p${i}="${NS}">`).join(''),
    'start tags without the namespace, one far ">"': (n) => '<project '.repeat(n) + '>',
    'one namespace far after many start tags': (n) => '<project>'.repeat(n) + NS,
    'end tags that almost match': (n) => `<project xmlns="${NS}">` + '</project   x'.repeat(n),
    'unclosed CDATA sections': (n) => `<project xmlns="${NS}">` + '<![CDATA['.repeat(n) + '</project>',
    'closed CDATA sections': (n) => `<project xmlns="${NS}">` + '<![CDATA[x]]>&amp;'.repeat(n) + '</project>',
    'long prefixes': (n) => '<' + 'a'.repeat(n) + '<' + 'b'.repeat(n),
    entities: (n) => `<project xmlns="${NS}">` + '&#x'.repeat(n) + '&' + 'a'.repeat(n) + '</project>',
  };
  for (const [name, make] of Object.entries(shapes)) it(name, () => expectLinear(make, read));

  it('still reads the project from each shape that carries one', () => {
    expect(extractProjectFromSvg(shapes['closed CDATA sections'](3))).toBe('x&x&x&');
    expect(extractProjectFromSvg(`<tm:project xmlns:tm="${NS}">{"a":1}</tm:project  >`)).toBe('{"a":1}');
    expect(extractProjectFromSvg(`<tm:project xmlns:tm="${NS}">{}</project>`)).toBeNull();
    expect(extractProjectFromSvg(`<projects xmlns="${NS}">{}</projects>`)).toBeNull();
  });
});

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(nodeCrc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngOf = (middle: Buffer[]) =>
  new Uint8Array(
    Buffer.concat([SIGNATURE, pngChunk('IHDR', new Uint8Array(13)), ...middle, pngChunk('IEND', new Uint8Array(0))]),
  );

describe('the PNG reader does linear work on hostile files', () => {
  const read = (png: Uint8Array, meter: ScanMeter) => readPngText(png, PNG_PROJECT_KEYWORD, meter);
  const keyed = (text: string) => Buffer.from(`${PNG_PROJECT_KEYWORD}\0\0\0\0\0${text}`, 'latin1');
  const shapes: Record<string, (n: number) => Uint8Array> = {
    'empty chunks': (n) => pngOf(Array.from({ length: n }, () => pngChunk('abCd', new Uint8Array(0)))),
    'text chunks under other keywords': (n) =>
      pngOf(Array.from({ length: n }, () => pngChunk('tEXt', Buffer.from('Comment\0x')))),
    'project chunks with a wrong checksum': (n) =>
      pngOf(
        Array.from({ length: n }, () => {
          const c = pngChunk('iTXt', keyed('{}'));
          c[c.length - 1] ^= 1;
          return c;
        }),
      ),
  };
  for (const [name, make] of Object.entries(shapes)) it(name, () => expectLinear(make, read));

  it('reads the first whole project chunk after damaged ones', () => {
    const damaged = pngChunk('iTXt', keyed('{"bad":1}'));
    damaged[damaged.length - 1] ^= 1;
    expect(readPngText(pngOf([damaged, pngChunk('iTXt', keyed('{"good":1}'))]), PNG_PROJECT_KEYWORD)).toBe(
      '{"good":1}',
    );
  });
});

describe('the Mermaid reader does linear work on hostile text', () => {
  const read = (text: string, meter: ScanMeter) => parseMermaidJourney(text, { meter });
  const shapes: Record<string, (n: number) => string> = {
    'tag openings without ">"': (n) => 'journey\n' + '<a '.repeat(n),
    'tag openings with an attribute and no ">"': (n) => 'journey\n' + '<a x="1" '.repeat(n),
    'unclosed attribute quotes': (n) => 'journey\n<a ' + '="'.repeat(n) + '>',
    'tags with a far attribute': (n) => 'journey\n' + '<a>'.repeat(n) + '="x">',
    'a line of semicolons': (n) => 'journey\n' + ';'.repeat(n),
    'comment lines': (n) => 'journey\n' + '%% x\n'.repeat(n) + 'a: 1',
    'comment lines between tasks': (n) => 'journey\n' + 'a: 1\n%% x\n'.repeat(n),
    'directives without an end': (n) => 'journey\n' + '%%{a\n'.repeat(n),
    'line breaks of every kind': (n) => 'journey\n' + 'a: 1\r\n\r\r\n'.repeat(n),
    'an unclosed description': (n) => 'journey\naccDescr {' + 'x\n'.repeat(n),
  };
  for (const [name, make] of Object.entries(shapes)) it(name, () => expectLinear(make, read));

  it('still rewrites quoted attributes in tags', () => {
    const parsed = parseMermaidJourney('journey\n<b x="1" y="2">Pay</b>: 3: Me');
    expect(parsed.ok && parsed.journey.tasks[0].task).toBe("<b x='1' y='2'>Pay</b>");
  });
});
