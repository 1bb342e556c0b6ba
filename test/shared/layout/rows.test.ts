import { describe, expect, it } from 'vitest';
import { computeGrid, stepRects, type Rect } from '../../../shared/layout/grid';
import { layoutRows, ROWS_LAYOUT, rowColumns, type RowsLayout } from '../../../shared/layout/rows';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { ROW_KINDS } from '../../../shared/model/schema';
import type { Project } from '../../../shared/model';
import { TEMPLATE_IDS } from '../../../shared/ipc';
import { buildTemplate } from '../../../shared/templates';
import { fixedMeasure } from '../formats/drawing/support';
import { makeProject, moment, NOW } from '../model/build';
import { applyCommand } from '../../../shared/commands/apply';

function layout(project: Project, rows = [...ROW_KINDS], extra: { maxNotes?: number; addSlot?: number } = {}) {
  const grid = computeGrid(project);
  const rects = stepRects(project, grid);
  return { grid, rects, band: layoutRows(project, grid, rects, { rows, measure: fixedMeasure, ...extra }) };
}

/** The cell of a row that holds a step, with that step's section. */
function cellOf(band: RowsLayout, kind: string, stepId: string) {
  const row = band.rows.find((r) => r.kind === kind)!;
  const cell = row.cells.find((c) => c.stepIds.includes(stepId));
  return { row, cell, section: cell?.sections.find((s) => s.stepId === stepId) };
}

describe('layoutRows', () => {
  describe.each(TEMPLATE_IDS.flatMap((id) => LANGUAGES.map((lng) => [id, lng] as const)))(
    'template %s (%s)',
    (id, lng) => {
      const project = buildTemplate(id, { id: 'p', name: 'T', now: NOW, language: lng });
      const { grid, rects, band } = layout(project);

      it('puts every step in one cell per row, the cell x centre within the step box', () => {
        expect(band.rows.map((r) => r.kind)).toEqual([...ROW_KINDS]);
        for (const row of band.rows) {
          for (const step of project.steps) {
            const cells = row.cells.filter((c) => c.stepIds.includes(step.id));
            expect(cells).toHaveLength(1);
            const box = rects.get(step.id)!;
            const centre = cells[0].x + cells[0].width / 2;
            expect(centre).toBeGreaterThanOrEqual(box.x);
            expect(centre).toBeLessThanOrEqual(box.x + box.width);
          }
        }
      });

      it('sits under the map, rows stacked without gaps, cells not overlapping', () => {
        expect(band.top).toBeGreaterThanOrEqual(grid.height);
        let y = band.top;
        for (const row of band.rows) {
          expect(row.y).toBe(y);
          expect(row.height).toBeGreaterThanOrEqual(ROWS_LAYOUT.minHeight[row.kind]);
          y += row.height;
          const cells = [...row.cells].sort((a, b) => a.x - b.x);
          for (let i = 1; i < cells.length; i++)
            expect(cells[i].x).toBeGreaterThanOrEqual(cells[i - 1].x + cells[i - 1].width - 1e-9);
        }
        expect(band.height).toBe(y - band.top);
        expect(band.left).toBeLessThan(grid.originX);
        expect(band.right).toBeGreaterThanOrEqual(grid.width);
      });

      it('is deterministic', () => {
        expect(layout(project).band).toEqual(band);
      });
    },
  );

  it('with lanes, sits under the last lane and puts its headers in the lane label column', () => {
    const project = makeProject({
      stages: ['a'],
      steps: [
        { id: 'top', laneId: 'l1', position: { x: 20, y: 20 } },
        { id: 'low', laneId: 'l2', position: { x: 20, y: 20 } },
      ],
    });
    project.lanes = [
      { id: 'l1', name: 'Front' },
      { id: 'l2', name: 'Back' },
    ];
    const { grid, rects, band } = layout(project, ['touchpoint']);
    const last = grid.rows[grid.rows.length - 1];
    expect(band.top).toBe(last.y + last.height + ROWS_LAYOUT.gap);
    expect(band.headerX).toBe(0);
    expect(band.headerWidth).toBe(grid.originX);
    expect(rects.get('low')!.y).toBeGreaterThan(rects.get('top')!.y);
  });

  it('stacks steps that overlap in x in one cell, top to bottom, each under its title', () => {
    const project = makeProject({
      stages: ['a'],
      steps: [
        { id: 'lower', title: 'Card declined', position: { x: 30, y: 200 } },
        { id: 'upper', title: 'Pay by card', position: { x: 20, y: 20 } },
        { id: 'apart', title: 'Leave', position: { x: 400, y: 20 } },
      ],
    });
    project.steps[0].moment = moment((m) => (m.painPoints = ['Embarrassing', 'Queue waits']));
    project.steps[1].moment = moment((m) => (m.painPoints = ['Slow terminal']));
    const { band } = layout(project, ['painPoints', 'risk']);
    const { cell } = cellOf(band, 'painPoints', 'upper');
    expect(cell!.stepIds).toEqual(['upper', 'lower']);
    const [a, b] = cell!.sections;
    expect(a.titleLines.join(' ')).toBe('Pay by card');
    expect(b.titleLines.join(' ')).toBe('Card declined');
    expect(a.contentY).toBe(a.y + ROWS_LAYOUT.sectionTitle.lineHeight);
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(a.notes.map((n) => n.index)).toEqual([0]);
    expect(b.notes.map((n) => n.index)).toEqual([0, 1]);
    expect(b.notes[1].y).toBeGreaterThan(b.notes[0].y + b.notes[0].height);
    // A step alone in its column has no title header.
    const alone = cellOf(band, 'painPoints', 'apart');
    expect(alone.cell!.stepIds).toEqual(['apart']);
    expect(alone.section!.titleLines).toEqual([]);
    expect(alone.section!.contentY).toBe(alone.section!.y);
    // A step with nothing to show in a row takes no room there.
    expect(cellOf(band, 'risk', 'apart').section!.height).toBe(0);
    expect(cellOf(band, 'risk', 'upper').section!.height).toBeGreaterThan(0);
  });

  it('makes each row as tall as its tallest cell, and shows "+N more" past the limit', () => {
    const project = makeProject({
      stages: ['a'],
      steps: [
        { id: 'few', position: { x: 20, y: 20 } },
        { id: 'many', position: { x: 300, y: 20 } },
      ],
    });
    project.steps[0].thoughts = ['One'];
    const long = 'A long thought that wraps over several lines in a narrow cell of the band';
    project.steps[1].thoughts = [long, 'b', 'c', 'd', 'e', 'f', 'g'];
    const one = layout(project, ['thoughts', 'waitTime']).band;
    const few = cellOf(one, 'thoughts', 'few').section!;
    const many = cellOf(one, 'thoughts', 'many').section!;
    expect(many.notes).toHaveLength(ROWS_LAYOUT.maxNotes);
    expect(many.more).toBe(7 - ROWS_LAYOUT.maxNotes);
    expect(many.notes[0].lines.length).toBeGreaterThan(1);
    expect(many.notes[0].lines.join(' ')).toBe(long);
    const row = one.rows[0];
    expect(row.height).toBe(many.height + 2 * ROWS_LAYOUT.cellPadding);
    expect(row.height).toBeGreaterThan(few.height + 2 * ROWS_LAYOUT.cellPadding);
    for (const cell of row.cells) expect(cell.height).toBe(row.height);
    expect(one.rows[1].y).toBe(row.y + row.height);
    expect(one.rows[1].height).toBe(ROWS_LAYOUT.minHeight.waitTime);
    // An explicit limit, and room for an add control.
    const capped = layout(project, ['thoughts'], { maxNotes: 2, addSlot: 20 }).band;
    const s = cellOf(capped, 'thoughts', 'many').section!;
    expect(s.notes).toHaveLength(2);
    expect(s.more).toBe(5);
    expect(s.addSlot).not.toBeNull();
    expect(s.addSlot!.y + s.addSlot!.height).toBe(s.contentY + s.contentHeight);
    const f = cellOf(capped, 'thoughts', 'few').section!;
    expect(f.addSlot!.height).toBe(20);
  });

  it('follows the shown rows by default, in the project order', () => {
    const project = makeProject({ stages: ['a'], steps: [{ id: 's', position: { x: 20, y: 20 } }] });
    project.rows = [
      { kind: 'risk', shown: true },
      { kind: 'emotion', shown: false },
      { kind: 'thoughts', shown: true },
    ];
    const grid = computeGrid(project);
    const band = layoutRows(project, grid, stepRects(project, grid), { measure: fixedMeasure });
    expect(band.rows.map((r) => r.kind)).toEqual(['risk', 'thoughts']);
    const none = layoutRows(project, grid, stepRects(project, grid), { measure: fixedMeasure, rows: [] });
    expect(none.height).toBe(0);
  });
});

describe('rowColumns', () => {
  const rect = (x: number, width = 100, y = 0): Rect => ({ x, y, width, height: 50 });
  it('joins overlapping boxes, keeps apart ones apart, and splits a staggered chain so every centre stays inside', () => {
    const rects = new Map([
      ['a', rect(0)],
      ['b', rect(10, 100, 100)],
      ['c', rect(300)],
      ['d', rect(380, 100, 100)],
      ['e', rect(460, 100, 200)],
    ]);
    const cols = rowColumns(rects, ['a', 'b', 'c', 'd', 'e']);
    expect(cols.map((c) => c.stepIds)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    for (const col of cols)
      for (const id of col.stepIds) {
        const box = rects.get(id)!;
        const centre = col.x + col.width / 2;
        expect(centre).toBeGreaterThanOrEqual(box.x);
        expect(centre).toBeLessThanOrEqual(box.x + box.width);
      }
    for (let i = 1; i < cols.length; i++) expect(cols[i].x).toBeGreaterThanOrEqual(cols[i - 1].x + cols[i - 1].width);
  });
});

describe('layoutRows after an edit', () => {
  it('wraps again only the notes of the step that changed, and lays out its new text', () => {
    const project = buildTemplate('supermarket', { id: 'p', name: 'T', now: NOW });
    const withNotes = project.steps.filter((s) => (s.thoughts ?? []).length > 0);
    expect(withNotes.length).toBeGreaterThan(1);
    const [edited, other] = withNotes;
    const measured: string[] = [];
    const measure: typeof fixedMeasure = (text, size, weight) => {
      measured.push(text);
      return fixedMeasure(text, size, weight);
    };
    const lay = (p: Project) => {
      const grid = computeGrid(p);
      return layoutRows(p, grid, stepRects(p, grid), { rows: ['thoughts'], measure });
    };
    const before = lay(project);
    const text = 'Is the bakery counter still open at this hour of the evening?';
    const { project: next } = applyCommand(project, {
      type: 'updateNote',
      stepId: edited.id,
      row: 'thoughts',
      index: 0,
      text,
    });
    expect(next.steps.find((s) => s.id === other.id)).toBe(other);
    measured.length = 0;
    const after = lay(next);
    const noteOf = (band: RowsLayout, id: string) => cellOf(band, 'thoughts', id).section!.notes[0];
    // The unchanged step's note: the same lines, not measured again.
    expect(noteOf(after, other.id).lines).toBe(noteOf(before, other.id).lines);
    expect(measured.some((m) => other.thoughts![0].startsWith(m.trim()) && m.trim().length > 3)).toBe(false);
    // The edited step's note: its new text, wrapped.
    expect(noteOf(after, edited.id).lines.join(' ')).toBe(text);
    expect(noteOf(after, edited.id).lines.length).toBeGreaterThan(1);
  });
});
