// @vitest-environment node
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFromImage } from '../../electron/imageImport';
import { embedPngText, PNG_PROJECT_KEYWORD } from '../../shared/formats/pngMeta';
import { svgProjectMetadata } from '../../shared/formats/svgMeta';
import { HTML_PROJECT_ID, htmlJsonBlock } from '../../shared/formats/htmlMeta';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { buildTemplate } from '../../shared/templates';

// The smallest valid PNG: 1x1, one grey pixel.
const PNG_1X1 = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCB3F7WrwAAAABJRU5ErkJggg==', 'base64'),
);
const project = buildTemplate('supermarket', { id: 'img-1', name: 'From an image', now: '2026-01-01T00:00:00.000Z' });

describe('opening an exported image', () => {
  it('reads the project a PNG carries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tm-img-'));
    const path = join(dir, 'map.png');
    await writeFile(path, embedPngText(PNG_1X1, PNG_PROJECT_KEYWORD, serializeProject(project)));
    const read = await readProjectFromImage(path);
    expect(read.name).toBe('map.touchmap');
    expect(read.text).toBe(serializeProject(project));
  });

  it('reads the project an SVG carries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tm-img-'));
    const path = join(dir, 'map.svg');
    await writeFile(path, `<svg xmlns="http://www.w3.org/2000/svg">${svgProjectMetadata(project)}</svg>`);
    const read = await readProjectFromImage(path);
    expect(JSON.parse(read.text).steps).toEqual(JSON.parse(serializeProject(project)).steps);
  });

  it('reads the project an HTML map carries, and says what is wrong with one that has none or a broken one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tm-img-'));
    const page = (inner: string) => `<!DOCTYPE html><html><body><svg></svg>${inner}</body></html>`;
    await writeFile(join(dir, 'map.html'), page(htmlJsonBlock(HTML_PROJECT_ID, serializeProject(project))));
    const read = await readProjectFromImage(join(dir, 'map.html'));
    expect(read.name).toBe('map.touchmap');
    expect(JSON.parse(read.text)).toEqual(JSON.parse(serializeProject(project)));
    await writeFile(join(dir, 'other.htm'), page('<p>hello</p>'));
    await expect(readProjectFromImage(join(dir, 'other.htm'))).rejects.toThrow(
      '"other.htm" cannot be opened: The file does not contain a Touchmap project (only interactive maps exported by Touchmap do).',
    );
    await writeFile(
      join(dir, 'cut.html'),
      page(htmlJsonBlock(HTML_PROJECT_ID, '{"name":')).replace(/<\/script>.*$/, ''),
    );
    await expect(readProjectFromImage(join(dir, 'cut.html'))).rejects.toThrow(/cut off/);
    await writeFile(join(dir, 'damaged.html'), page(htmlJsonBlock(HTML_PROJECT_ID, '{"name":')));
    await expect(readProjectFromImage(join(dir, 'damaged.html'))).rejects.toThrow(
      /^The project inside "damaged.html" cannot be opened: The project inside the file is damaged/,
    );
    const newer = { ...JSON.parse(serializeProject(project)), schemaVersion: 99 };
    await writeFile(join(dir, 'newer.html'), page(htmlJsonBlock(HTML_PROJECT_ID, JSON.stringify(newer))));
    await expect(readProjectFromImage(join(dir, 'newer.html'))).rejects.toThrow(/inside "newer.html".*newer Touchmap/);
    await writeFile(join(dir, 'latin1.html'), Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c]));
    await expect(readProjectFromImage(join(dir, 'latin1.html'))).rejects.toThrow(/not valid UTF-8/);
  });

  it('says so when an image carries no project, or is not an image at all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tm-img-'));
    await writeFile(join(dir, 'plain.png'), PNG_1X1);
    await expect(readProjectFromImage(join(dir, 'plain.png'))).rejects.toThrow(
      '"plain.png" does not contain a Touchmap project',
    );
    await writeFile(join(dir, 'fake.png'), 'not a png');
    await expect(readProjectFromImage(join(dir, 'fake.png'))).rejects.toThrow(
      '"fake.png" cannot be opened: it is not a readable PNG image (Not a PNG file: the PNG signature is missing.).',
    );
  });

  it('refuses a damaged project inside a valid image, naming the problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tm-img-'));
    const bad = { ...JSON.parse(serializeProject(project)), schemaVersion: 99 };
    await writeFile(join(dir, 'newer.png'), embedPngText(PNG_1X1, PNG_PROJECT_KEYWORD, JSON.stringify(bad)));
    await expect(readProjectFromImage(join(dir, 'newer.png'))).rejects.toThrow(/inside "newer.png".*newer Touchmap/);
  });
});
