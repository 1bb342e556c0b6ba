// @vitest-environment jsdom
/**
 * Comment threads in the written exports ("Include comments"): the Markdown report's section
 * and the HTML page's header list and step panels say where each thread is pinned (or that its
 * target was removed), open or resolved and by whom, author, time in the export's language,
 * text and replies; hostile comment text stays text; without the choice nothing is written.
 */
import { describe, expect, it } from 'vitest';
import { exportedThreads, markdownComments, stepCommentLines } from '../../../shared/formats/commentsExport';
import { exportLanguage } from '../../../shared/formats/exportLanguage';
import { renderJourneyHtml } from '../../../shared/formats/html';
import { markdownReport } from '../../../shared/formats/markdown';
import { formatDateTime } from '../../../shared/i18n/format';
import type { Project } from '../../../shared/model';
import { buildTemplate } from '../../../shared/templates';
import { fixedMeasure } from './drawing/support';

const HOSTILE = '</script><script>window.hacked=1</script>';
const IMG = '<img src=x onerror="window.hacked=2">';
const ann = { name: 'Ann', colour: '#2456d8' };
const ben = { name: `Ben ${HOSTILE}`, colour: '#0f766e' };
const AT = '2026-03-04T09:15:00.000Z';
const LATER = '2026-03-05T16:40:00.000Z';

function commented(): Project {
  const project = buildTemplate('supermarket', { id: 'p1', name: 'Shop', now: '2026-01-01T00:00:00.000Z' });
  const pay = project.steps.find((s) => s.title === 'Pay')!;
  const stage = project.stages[0]!;
  project.comments = [
    {
      id: 'c-resolved',
      target: { kind: 'step', id: pay.id },
      author: ann,
      createdAt: AT,
      text: 'Card reader is slow',
      replies: [],
      resolved: true,
      resolvedBy: ann,
      resolvedAt: LATER,
    },
    {
      id: 'c-open',
      target: { kind: 'step', id: pay.id },
      author: ann,
      createdAt: AT,
      editedAt: LATER,
      text: `Queue *too* long ${IMG}`,
      replies: [{ id: 'r1', author: ben, createdAt: LATER, text: `Open a second till ${HOSTILE}` }],
      resolved: false,
    },
    {
      id: 'c-stage',
      target: { kind: 'stage', id: stage.id },
      author: ben,
      createdAt: AT,
      text: 'Arrival is fine',
      replies: [],
      resolved: false,
    },
    {
      id: 'c-gone',
      target: { kind: 'step', id: 'no-such-step' },
      author: ann,
      createdAt: AT,
      text: 'About a step that was deleted',
      replies: [],
      resolved: false,
    },
  ];
  return project;
}

const en = exportLanguage('en');

describe('the comment threads the exports write', () => {
  it('put open threads first, say where each is pinned, and who resolved one and when', () => {
    const project = commented();
    const threads = exportedThreads(project, en);
    expect(threads.map((t) => t.where)).toEqual([
      'On step: Pay',
      `On stage: ${project.stages[0]!.name}`,
      'On a removed step',
      'On step: Pay',
    ]);
    expect(threads.map((t) => t.status)).toEqual([
      'Open',
      'Open',
      'Open',
      `Resolved: Ann, ${formatDateTime('en', LATER)}`,
    ]);
    expect(threads[0]!.comment).toEqual({
      author: 'Ann',
      time: formatDateTime('en', AT),
      edited: true,
      text: `Queue *too* long ${IMG}`,
    });
    expect(threads[0]!.replies).toEqual([
      { author: ben.name, time: formatDateTime('en', LATER), edited: false, text: `Open a second till ${HOSTILE}` },
    ]);
  });

  it('write times and words in the export language', () => {
    const hu = exportLanguage('hu');
    const threads = exportedThreads(commented(), hu);
    expect(threads[0]!.where).toBe('Lépés: Pay');
    expect(threads[0]!.comment.time).toBe(formatDateTime('hu', AT));
    expect(threads[0]!.status).toBe('Nyitott');
    expect(exportedThreads(commented(), exportLanguage('zh-CN'))[0]!.status).toBe('未解决');
  });
});

describe('Markdown report: the Comments section', () => {
  it('is there only when asked, with each thread, its status, byline, escaped text and replies', () => {
    const project = commented();
    expect(markdownReport(project, en)).not.toContain('## Comments');
    const md = markdownReport(project, en, { comments: true });
    const section = md.slice(md.indexOf('## Comments'));
    expect(section).toContain('### On step: Pay (Open)\n');
    expect(section).toContain(
      `- **Ann** (${formatDateTime('en', AT).replace(/[*_]/g, '\\$&')}, edited):\n  Queue \\*too\\* long \\<img src=x onerror="window.hacked=2"\\>`,
    );
    expect(section).toContain(`  - **Ben \\</script\\>\\<script\\>window.hacked=1\\</script\\>** (`);
    expect(section).toContain('    Open a second till \\</script\\>');
    expect(section).toContain('### On a removed step (Open)');
    expect(section).toContain(`### On step: Pay (Resolved: Ann, ${formatDateTime('en', LATER)})`);
    // No raw HTML from a comment reaches the Markdown.
    expect(section).not.toMatch(/(^|[^\\])<(img|script)/);
  });

  it('says there are none when the project has no comments', () => {
    const project = commented();
    project.comments = [];
    expect(markdownComments(project, en)).toEqual(['## Comments', '', '_No comments._', '']);
  });
});

describe('HTML page: comments in the header and in the step panel', () => {
  const render = (project: Project, includeComments: boolean, lng: 'en' | 'et' = 'en') =>
    renderJourneyHtml(project, {
      measureText: fixedMeasure,
      includeLegend: true,
      text: exportLanguage(lng),
      includeComments,
    }).html;
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('lists every thread in the header, escaped', () => {
    const project = commented();
    expect(parse(render(project, false)).querySelector('details.comments')).toBeNull();
    const doc = parse(render(project, true));
    const block = doc.querySelector('details.comments')!;
    expect(block.querySelector('summary')!.textContent).toBe('Comments: 4 (3 open)');
    const list = block.querySelector('[role="region"]')!;
    expect(list.getAttribute('aria-label')).toBe('Comments');
    expect([...list.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'On step: Pay',
      `On stage: ${project.stages[0]!.name}`,
      'On a removed step',
      'On step: Pay',
    ]);
    expect(list.textContent).toContain(`Queue *too* long ${IMG}`);
    expect(list.querySelector('li')!.textContent).toContain(`Ben ${HOSTILE} · ${formatDateTime('en', LATER)}`);
    expect(list.querySelector('li')!.textContent).toContain(`Open a second till ${HOSTILE}`);
    // Hostile text made no element: one image-free page, one executable script (the viewer's).
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('script:not([type])')).toHaveLength(1);
    expect(parse(render(project, true, 'et')).querySelector('details.comments summary')!.textContent).toBe(
      'Kommentaarid: 4 (avatud: 3)',
    );
  });

  it('gives a commented step a Comments section in its panel data', () => {
    const project = commented();
    const pay = project.steps.find((s) => s.title === 'Pay')!;
    const lines = stepCommentLines(project, en);
    // By step id (a removed step's too; only steps on the map have a panel to show them in).
    expect([...lines.keys()]).toEqual([pay.id, 'no-such-step']);
    expect(lines.get(pay.id)).toEqual([
      `Open — Ann · ${formatDateTime('en', AT)} · edited: Queue *too* long ${IMG}`,
      `↳ Ben ${HOSTILE} · ${formatDateTime('en', LATER)}: Open a second till ${HOSTILE}`,
      `Resolved: Ann, ${formatDateTime('en', LATER)} — Ann · ${formatDateTime('en', AT)}: Card reader is slow`,
    ]);
    const data = (html: string) =>
      JSON.parse(parse(html).getElementById('touchmap-viewer')!.textContent!) as {
        steps: { id: string; sections: { heading: string; items?: string[] }[] }[];
      };
    const panel = data(render(project, true)).steps.find((s) => s.id === pay.id)!;
    expect(panel.sections.at(-1)).toEqual({ heading: 'Comments', items: lines.get(pay.id) });
    const without = data(render(project, false)).steps.find((s) => s.id === pay.id)!;
    expect(without.sections.some((s) => s.heading === 'Comments')).toBe(false);
  });
});
