// @vitest-environment jsdom
/**
 * The HTML map as a browser reads it (jsdom's HTML parser): one executable script and one
 * style, both allowed by the page's Content-Security-Policy by hash and nothing else; no URL
 * anywhere; hostile titles stay text; the project round-trips; and the viewer, run in the
 * page, opens a step's annotations, finds steps by name and turns rows off.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportLanguage } from '../../../shared/formats/exportLanguage';
import { renderJourneyHtml, htmlContentSecurityPolicy } from '../../../shared/formats/html';
import { readProjectFromHtml } from '../../../shared/formats/htmlMeta';
import { journeyRows } from '../../../shared/model/rows';
import type { Project } from '../../../shared/model';
import { buildTemplate } from '../../../shared/templates';
import { fixedMeasure } from './drawing/support';

const HOSTILE = '</script><script>window.hacked=1</script>';
const COMMENT = '<!--<script>window.hacked=2//';

function hostileProject(): Project {
  const project = buildTemplate('supermarket', { id: 'p1', name: `Shop ${HOSTILE}`, now: '2026-01-01T00:00:00.000Z' });
  project.description = `${COMMENT} & "quotes"`;
  project.steps[1]!.title = HOSTILE;
  project.steps[2]!.title = COMMENT;
  const pay = project.steps.find((s) => s.moment?.momentOfTruth)!;
  pay.moment!.painPoints.push('The queue is long', `<img src=x onerror="window.hacked=3">`);
  pay.moment!.opportunities.push('Open a second till at rush hour');
  return project;
}

const render = (project: Project, lng: Parameters<typeof exportLanguage>[0] = 'en') =>
  renderJourneyHtml(project, { measureText: fixedMeasure, includeLegend: true, text: exportLanguage(lng) }).html;

/** The page as a browser's HTML parser reads it (scripts not run). */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const en = exportLanguage('en');

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Scripts a browser would run: no type, or a JavaScript one. */
const executable = (doc: Document) =>
  Array.from(doc.querySelectorAll('script')).filter((s) => {
    const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
    return type === '' || type === 'text/javascript' || type === 'module';
  });

describe('the HTML map', () => {
  const project = hostileProject();
  const html = render(project);
  const doc = parse(html);

  it('has exactly one executable script and one style, each allowed by hash in a strict CSP', () => {
    const scripts = executable(doc);
    expect(scripts).toHaveLength(1);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(htmlContentSecurityPolicy());
    const directives = Object.fromEntries(
      csp!.split(';').map((d: string) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual([sha(scripts[0]!.textContent!)]);
    expect(directives['style-src']).toEqual([sha(doc.querySelector('style')!.textContent!)]);
    expect(directives['img-src']).toEqual(['data:']);
    expect(csp).not.toMatch(/unsafe/);
    // The policy comes before anything it governs.
    expect(doc.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(doc.head.children[1]?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
  });

  it('names no URL and loads nothing: no http(s), no src or href', () => {
    expect(html).not.toMatch(/https?:/i);
    expect(doc.querySelectorAll('[src], [href], [xlink\\:href], link, iframe, object, embed, img')).toHaveLength(0);
  });

  it('keeps hostile titles as text: in the page title, the heading, the map and the data', () => {
    expect(doc.title).toBe(`Shop ${HOSTILE}`);
    expect(doc.querySelector('h1')?.textContent).toBe(`Shop ${HOSTILE}`);
    expect(doc.querySelector('.subtitle')?.textContent).toContain(COMMENT);
    const titles = Array.from(doc.querySelectorAll('svg g.step > title')).map((t) => t.textContent);
    expect(titles).toContain(HOSTILE);
    expect(titles).toContain(COMMENT);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });

  it('carries the project, which reads back the same', () => {
    const read = readProjectFromHtml(html);
    expect(read.ok && read.project).toEqual(project);
    const block = doc.getElementById('touchmap-project');
    expect(block?.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(block!.textContent!)).toEqual(JSON.parse(JSON.stringify(project)));
  });

  it('draws the same map as the SVG export: one group per step, with its id', () => {
    const ids = Array.from(doc.querySelectorAll('svg g.step')).map((g) => g.getAttribute('data-id'));
    expect(ids).toEqual(project.steps.map((s) => s.id));
  });

  it('writes its fixed words in the export’s language', () => {
    const hu = parse(render(project, 'hu'));
    expect(hu.documentElement.lang).toBe('hu');
    expect(hu.getElementById('zoom-in')?.getAttribute('aria-label')).toBe('Nagyítás');
    expect(hu.getElementById('find')?.getAttribute('aria-label')).toBe('Lépés keresése');
    const zh = parse(render(project, 'zh-CN'));
    expect(zh.getElementById('zoom-fit')?.textContent).toBe('适合窗口');
  });
});

describe('the viewer, run in the page', () => {
  /** The page as the document, with its one script run in it (jsdom has no layout: boxes are stubbed). */
  function open(project: Project) {
    const page = parse(render(project));
    document.documentElement.replaceWith(document.importNode(page.documentElement, true));
    // A group's box: its first rectangle's (a row's header spans the row).
    const proto = SVGElement.prototype as unknown as { getBBox(this: Element): object };
    proto.getBBox = function () {
      const rect = this.querySelector('rect');
      const n = (name: string) => Number(rect?.getAttribute(name) ?? 0);
      return { x: n('x'), y: n('y'), width: n('width') || 10, height: n('height') || 10 };
    };
    delete (window as { hacked?: number }).hacked;
    new Function(executable(document)[0]!.textContent!)();
    return { window, document };
  }

  it('opens every annotation of a step in the side panel, as text', () => {
    const project = hostileProject();
    const doc = open(project).document;
    const pay = project.steps.find((s) => s.moment?.momentOfTruth)!;
    const group = doc.querySelector(`g.step[data-id="${pay.id}"]`)!;
    expect(group.getAttribute('role')).toBe('button');
    expect(group.getAttribute('tabindex')).toBe('0');
    expect(group.getAttribute('aria-label')).toBe(pay.title);
    group.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const panel = doc.getElementById('panel')!;
    expect(panel.querySelector('h2')?.textContent).toBe(pay.title);
    const items = Array.from(panel.querySelectorAll('ul.items li')).map((li) => li.textContent);
    for (const point of pay.moment!.painPoints) expect(items).toContain(point);
    for (const opportunity of pay.moment!.opportunities) expect(items).toContain(opportunity);
    expect(panel.textContent).toContain('Moment of truth');
    expect(panel.textContent).toContain(pay.moment!.risk.mitigation);
    // The hostile pain point stayed text: no element was made from it, nothing ran.
    expect(panel.querySelectorAll('img')).toHaveLength(0);
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    // The close button empties the panel again.
    (panel.querySelector('button[aria-label="Close"]') as HTMLButtonElement).click();
    expect(panel.querySelector('h2')?.textContent).toBe('Annotations');
  });

  it('finds steps by name, ignoring case and accents, and opens the first on Enter', () => {
    const project = hostileProject();
    project.steps[3]!.title = 'Café Órás';
    const doc = open(project).document;
    const find = doc.getElementById('find') as HTMLInputElement;
    find.value = 'cafe oras';
    find.dispatchEvent(new Event('input', { bubbles: true }));
    expect(doc.getElementById('find-status')?.textContent).toBe('Steps found: 1');
    expect(doc.querySelectorAll('#results button')).toHaveLength(1);
    expect(doc.querySelectorAll('rect.ring.found')).toHaveLength(1);
    find.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(doc.querySelector('#panel h2')?.textContent).toBe('Café Órás');
    find.value = 'no such step';
    find.dispatchEvent(new Event('input', { bubbles: true }));
    expect(doc.getElementById('find-status')?.textContent).toBe('No step has that name.');
    expect(doc.querySelectorAll('rect.ring.found')).toHaveLength(0);
  });

  it('turns rows on and off: the rows below and the legend move up into a hidden row’s place', () => {
    const project = hostileProject();
    const doc = open(project).document;
    const boxes = Array.from(doc.querySelectorAll<HTMLInputElement>('#rows input[type="checkbox"]'));
    const names = boxes.map((b) => b.parentElement!.textContent);
    expect(names).toEqual(journeyRows(project).map((r) => en.t(`rows.names.${r.kind}`)));
    expect(boxes.map((b) => b.checked)).toEqual(journeyRows(project).map((r) => r.shown));
    // Rows the project hides start hidden.
    const hidden = journeyRows(project).find((r) => !r.shown)!;
    expect(doc.querySelector(`g.row.row-${hidden.kind}`)?.getAttribute('display')).toBe('none');

    const order = journeyRows(project).filter((r) => r.shown);
    const first = order[0]!;
    const second = order[1]!;
    const box = boxes[journeyRows(project).findIndex((r) => r.kind === first.kind)]!;
    const lift = (kind: string) => doc.querySelector(`g.row.row-${kind}`)?.getAttribute('transform') ?? null;
    expect(lift(second.kind)).toBeNull();
    box.click();
    expect(doc.querySelector(`g.row.row-${first.kind}`)?.getAttribute('display')).toBe('none');
    expect(lift(second.kind)).toMatch(/^translate\(0 -\d+(\.\d+)?\)$/);
    expect(doc.querySelector('g.legend')?.getAttribute('transform')).toMatch(/^translate\(0 -\d/);
    box.click();
    expect(doc.querySelector(`g.row.row-${first.kind}`)?.getAttribute('display')).toBeNull();
    expect(lift(second.kind)).toBeNull();
  });
});

describe('HTML export: the project personas (format 4)', () => {
  it('lists every persona with its customer type, description and goals, escaped, in a disclosure', () => {
    const project = buildTemplate('supermarket', { id: 'p1', name: 'Shop', now: '2026-01-01T00:00:00.000Z' });
    project.personas = [
      {
        id: 'a',
        name: `Anna ${HOSTILE}`,
        customerType: 'demanding',
        description: 'Shops on the way home',
        goals: ['In and out in 10 minutes', `<img src=x onerror="window.hacked=4">`],
      },
      { id: 'b', name: 'Bert', customerType: 'regular', description: '' },
    ];
    const doc = parse(render(project));
    const block = doc.querySelector('details.personas')!;
    expect(block.querySelector('summary')!.textContent).toBe('Personas (2)');
    const list = block.querySelector('[role="region"]')!;
    expect(list.getAttribute('aria-label')).toBe('Personas of the journey');
    expect([...list.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([`Anna ${HOSTILE}`, 'Bert']);
    expect(list.textContent).toContain('Customer type: Demanding customer');
    expect(list.textContent).toContain('Shops on the way home');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'In and out in 10 minutes',
      `<img src=x onerror="window.hacked=4">`,
    ]);
    expect(doc.querySelectorAll('img, script:not([type])').length).toBe(1);
    const hu = parse(render(project, 'hu')).querySelector('details.personas summary')!.textContent;
    expect(hu).toBe('Perszónák (2)');
  });

  it('has no personas block when the project has none', () => {
    const project = buildTemplate('supermarket', { id: 'p1', name: 'Shop', now: '2026-01-01T00:00:00.000Z' });
    project.personas = [];
    expect(parse(render(project)).querySelector('details.personas')).toBeNull();
  });
});
