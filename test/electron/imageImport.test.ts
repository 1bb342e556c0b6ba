// @vitest-environment node
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFromImage } from '../../electron/imageImport';
import { embedPngText, PNG_PROJECT_KEYWORD } from '../../shared/formats/pngMeta';
import { svgProjectMetadata } from '../../shared/formats/svgMeta';
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
