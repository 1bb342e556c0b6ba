// @vitest-environment jsdom
/**
 * The project inside an exported HTML map: written escaped for a `<script>` element, found
 * again in one linear pass, and every way it can fail told as a reader problem.
 */
import { describe, expect, it } from 'vitest';
import {
  extractProjectFromHtml,
  findProjectInHtml,
  htmlJsonBlock,
  HTML_PROJECT_ID,
  readProjectFromHtml,
  scriptSafeJson,
} from '../../../shared/formats/htmlMeta';
import type { ScanMeter } from '../../../shared/formats/scanMeter';
import { serializeProject } from '../../../shared/formats/touchmapFile';
import { SCHEMA_VERSION } from '../../../shared/model/schema';
import { buildTemplate } from '../../../shared/templates';
import { inWords } from './problemWords';

const page = (body: string) => `<!DOCTYPE html><html><head><title>x</title></head><body>${body}</body></html>`;
const project = buildTemplate('supermarket', { id: 'p1', name: 'Shop', now: '2026-01-01T00:00:00.000Z' });

describe('scriptSafeJson', () => {
  it('leaves no <, >, & or line separator, and parses to the same value', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'a & b > c', d: 'x\u2028y\u2029z' };
    const safe = scriptSafeJson(JSON.stringify(value));
    expect(safe).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(safe)).toEqual(value);
  });

  it('keeps the block one text node that an HTML parser hands back unchanged', () => {
    const value = { title: '</script><script>alert(1)</script>', note: '<!--<script>', tail: '</SCRIPT >' };
    const doc = new DOMParser().parseFromString(
      page(htmlJsonBlock('data', JSON.stringify(value)) + '<p id="after">after</p>'),
      'text/html',
    );
    const scripts = doc.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual(value);
    expect(doc.getElementById('after')?.textContent).toBe('after');
  });
});

describe('reading the project of an HTML map', () => {
  it('reads back the project a page carries', () => {
    const html = page(`<p>map</p>${htmlJsonBlock(HTML_PROJECT_ID, serializeProject(project))}`);
    const read = readProjectFromHtml(html);
    expect(read.ok && read.project).toEqual(project);
    expect(JSON.parse(extractProjectFromHtml(html)!)).toEqual(JSON.parse(serializeProject(project)));
  });

  it('takes the block whose start tag names the id, not other scripts or lookalikes', () => {
    const block = htmlJsonBlock(HTML_PROJECT_ID, '{"a":1}');
    const html = page(
      `<scripts id="${HTML_PROJECT_ID}">no</scripts><script>var s = 1;</script>` +
        `<script type="application/json" id="other">{"b":2}</script>${block}`,
    );
    expect(extractProjectFromHtml(html)).toBe('{"a":1}');
    // The block ends at the first </script, in any case, as a browser ends it.
    expect(extractProjectFromHtml(page(`<script id="${HTML_PROJECT_ID}">{"a":"x</SCRIPT\t>"}</script>`))).toBe(
      '{"a":"x',
    );
  });

  it('says what is wrong: no project, a block cut off, damaged JSON, a newer format', () => {
    const words = (html: string) => {
      const read = readProjectFromHtml(html);
      return read.ok ? [] : inWords(read.problems);
    };
    expect(words(page('<p>a page</p>'))).toEqual([
      'The file does not contain a Touchmap project (only interactive maps exported by Touchmap do).',
    ]);
    expect(words('')).toEqual(words(page('')));
    const json = serializeProject(project);
    const cut = page(htmlJsonBlock(HTML_PROJECT_ID, json)).split('</script>')[0]!;
    expect(words(cut)).toEqual(['The project inside the file is cut off: the file ends before it does.']);
    expect(words(page(htmlJsonBlock(HTML_PROJECT_ID, json.slice(0, 200)))).join('')).toMatch(
      /^The project inside the file is damaged and cannot be read \(.+\)\.$/,
    );
    const newer = { ...JSON.parse(json), schemaVersion: SCHEMA_VERSION + 1 };
    expect(words(page(htmlJsonBlock(HTML_PROJECT_ID, JSON.stringify(newer)))).join('')).toMatch(/newer Touchmap/);
    // In another language too.
    const read = readProjectFromHtml(page(''));
    expect(read.ok ? [] : inWords(read.problems, 'hu')).toEqual([
      'A fájl nem tartalmaz Touchmap-projektet (csak a Touchmap által exportált interaktív térképek tartalmaznak).',
    ]);
  });

  it('is not misled by names holding </script> or the block’s own opening', () => {
    const hostile = {
      ...project,
      name: `</script><script id="${HTML_PROJECT_ID}">{"x":1}</script>`,
      steps: project.steps.map((s, i) => (i === 0 ? { ...s, title: '<!--<script>' } : s)),
    };
    const read = readProjectFromHtml(page(htmlJsonBlock(HTML_PROJECT_ID, serializeProject(hostile))));
    expect(read.ok && read.project).toEqual(hostile);
  });
});

describe('the HTML reader does linear work on hostile text', () => {
  const cost = (make: (n: number) => string) =>
    [1, 8].map((k) => {
      const html = make(20_000 * k);
      const meter: ScanMeter = { scanned: 0 };
      findProjectInHtml(html, meter);
      return { size: html.length, scanned: meter.scanned };
    });
  it.each([
    ['script tags without the id', (n: number) => '<script>'.repeat(n)],
    ['an id with no tag end', (n: number) => `<script id="${HTML_PROJECT_ID}"` + ' '.repeat(n)],
    ['start tags, then the id far away', (n: number) => '<script x>'.repeat(n) + `id="${HTML_PROJECT_ID}"`],
    [
      'the block, then end tags that are not script',
      (n: number) => `<script id="${HTML_PROJECT_ID}">` + '</p'.repeat(n),
    ],
    ['nested opening tags', (n: number) => `<script id="${HTML_PROJECT_ID}" <script <script`.repeat(n)],
  ])('%s', (_name, make) => {
    const [small, large] = cost(make);
    expect(large!.scanned).toBeLessThanOrEqual(8 * small!.scanned * 1.05 + 200);
    expect(large!.scanned).toBeLessThanOrEqual(12 * large!.size);
  });
});
