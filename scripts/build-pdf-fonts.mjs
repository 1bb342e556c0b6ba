// Builds the fonts Touchmap ships for PDF export (resources/fonts/) from the
// OFL-licensed Noto Sans and Noto Sans SC of the npm packages
// @expo-google-fonts/noto-sans and @expo-google-fonts/noto-sans-sc:
//
//   npm install --no-save @expo-google-fonts/noto-sans@0.4.2 @expo-google-fonts/noto-sans-sc@0.4.3
//   node scripts/build-pdf-fonts.mjs node_modules/@expo-google-fonts
//
// Noto Sans covers Latin with Extended-A and -B (Hungarian ő ű, Lithuanian
// ą č ė ų, Estonian õ š ž and every other European Latin orthography), Greek
// and Cyrillic; Noto Sans SC (Google's build has no Latin Extended-A) covers
// Simplified Chinese. Both are cut down once, here, to a fixed repertoire:
// those scripts, common punctuation and symbols, and all of GB 2312 (its 6,763
// hanzi cover everyday Simplified Chinese; the full SC face is 10.5 MB, this
// cut 2.3 MB). Characters outside it fall back to a system font at export
// time (electron/pdfFont/pdfFontService.ts). The export subsets again, to the
// glyphs a map uses. Layout tables are dropped: the PDF writer draws glyph by
// glyph.
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/build-pdf-fonts.mjs <path of the @expo-google-fonts folder>');
  process.exit(2);
}
const out = new URL('../resources/fonts/', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
const hb = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports;
const tag = (s) => [...s].reduce((n, c) => n * 256 + c.charCodeAt(0), 0) >>> 0;
const DROP = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'STAT', 'vhea', 'vmtx', 'VORG', 'DSIG', 'kern'];

const repertoire = new Set();
const range = (a, b) => {
  for (let c = a; c <= b; c++) repertoire.add(c);
};
range(0x20, 0x7e);
range(0xa0, 0x24f); // Latin-1, Latin Extended-A and -B
range(0x300, 0x36f); // combining marks
range(0x370, 0x3ff); // Greek
range(0x400, 0x4ff); // Cyrillic
range(0x1e00, 0x1eff); // Latin Extended Additional
range(0x2000, 0x206f); // general punctuation
range(0x20a0, 0x20cf); // currency
range(0x2100, 0x214f); // letterlike
range(0x2190, 0x21ff); // arrows
range(0x2200, 0x22ff); // mathematical operators
range(0x2460, 0x24ff); // enclosed numbers
range(0x2500, 0x25ff); // box drawing, shapes
range(0x2600, 0x26ff); // symbols
range(0x3000, 0x303f); // CJK punctuation
range(0xff00, 0xffef); // full-width forms
const gbk = new TextDecoder('gbk');
for (let row = 0xa1; row <= 0xf7; row++) {
  for (let cell = 0xa1; cell <= 0xfe; cell++) {
    const ch = gbk.decode(new Uint8Array([row, cell]));
    if (ch.length === 1 && ch !== '\ufffd') repertoire.add(ch.codePointAt(0));
  }
}

function subset(font) {
  const data = hb.malloc(font.length);
  new Uint8Array(hb.memory.buffer, data, font.length).set(font);
  const blob = hb.hb_blob_create(data, font.length, 1, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  const input = hb.hb_subset_input_create_or_fail();
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const cp of repertoire) hb.hb_set_add(unicodes, cp);
  const dropped = hb.hb_subset_input_set(input, 3);
  for (const t of DROP) hb.hb_set_add(dropped, tag(t));
  const result = hb.hb_subset_or_fail(face, input);
  if (!result) throw new Error('hb-subset failed');
  const resultBlob = hb.hb_face_reference_blob(result);
  const bytes = new Uint8Array(
    hb.memory.buffer,
    hb.hb_blob_get_data(resultBlob, 0),
    hb.hb_blob_get_length(resultBlob),
  ).slice();
  hb.hb_blob_destroy(resultBlob);
  hb.hb_face_destroy(result);
  hb.hb_subset_input_destroy(input);
  hb.hb_face_destroy(face);
  hb.hb_blob_destroy(blob);
  hb.free(data);
  return bytes;
}

for (const [pkg, dir, file, name] of [
  ['noto-sans', '400Regular', 'NotoSans_400Regular.ttf', 'NotoSans-Regular.ttf'],
  ['noto-sans', '700Bold', 'NotoSans_700Bold.ttf', 'NotoSans-Bold.ttf'],
  ['noto-sans-sc', '400Regular', 'NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular.ttf'],
  ['noto-sans-sc', '700Bold', 'NotoSansSC_700Bold.ttf', 'NotoSansSC-Bold.ttf'],
]) {
  const bytes = subset(new Uint8Array(readFileSync(join(source, pkg, dir, file))));
  writeFileSync(join(out, name), bytes);
  console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB`);
}
copyFileSync(join(source, 'noto-sans', 'LICENSE_FONT'), join(out, 'OFL-NotoSans.txt'));
copyFileSync(join(source, 'noto-sans-sc', 'LICENSE_FONT'), join(out, 'OFL-NotoSansSC.txt'));
