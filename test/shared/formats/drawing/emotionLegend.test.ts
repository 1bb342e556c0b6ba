/**
 * The emotion row's legend in the drawing the exports use: inside the row's header, below the
 * row's name (never over it), clear of the map's stage columns, every curve named, in each
 * language's words. The canvas's sticky copy is checked end to end (test/e2e/emotionLegend.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { drawRows } from '../../../../shared/formats/drawing/rows';
import type { DrawItem, GroupItem, TextItem } from '../../../../shared/formats/drawing/displayList';
import { computeGrid, stepRects } from '../../../../shared/layout/grid';
import type { Project } from '../../../../shared/model';
import { buildTemplate } from '../../../../shared/templates';
import { NOW } from '../../model/build';
import { fixedMeasure } from './support';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box an item covers (text: from the first line's cap height to the last line's baseline). */
function boxOf(item: DrawItem): Box | null {
  if (item.type === 'text') {
    if (!item.lines.length) return null;
    const width = Math.max(...item.lines.map((l) => fixedMeasure(l, item.fontSize, item.fontWeight)));
    const left = item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - width / 2 : item.x - width;
    return {
      left,
      right: left + width,
      top: item.y - item.fontSize,
      bottom: item.y + (item.lines.length - 1) * item.lineHeight,
    };
  }
  if (item.type === 'path') {
    const xy = [...item.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    return union(xy.map(([x, y]) => ({ left: x, right: x, top: y, bottom: y })));
  }
  if (item.type === 'rect')
    return { left: item.x, top: item.y, right: item.x + item.width, bottom: item.y + item.height };
  if (item.type === 'group') return union(item.items.map(boxOf).filter((b): b is Box => b !== null));
  return null;
}

function union(boxes: Box[]): Box | null {
  if (!boxes.length) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

function find(items: DrawItem[], role: string): GroupItem | undefined {
  for (const item of items)
    if (item.type === 'group') {
      if (item.role === role) return item;
      const inner = find(item.items, role);
      if (inner) return inner;
    }
  return undefined;
}

function draw(project: Project) {
  const grid = computeGrid(project);
  const drawing = drawRows(project, grid, stepRects(project, grid), ['emotion', 'thoughts'], { measure: fixedMeasure });
  const row = drawing.layout.rows[0]!;
  const emotion = find(drawing.items, 'row row-emotion')!;
  const legend = find(emotion.items, 'emotion-legend')!;
  const name = emotion.items.find((i): i is TextItem => i.type === 'text' && i.lines.join(' ') === 'Emotion')!;
  const header: Box = {
    left: drawing.layout.headerX,
    right: drawing.layout.headerX + drawing.layout.headerWidth,
    top: row.y,
    bottom: row.y + row.height,
  };
  const stages: Box[] = grid.columns.map((c) => ({
    left: c.x,
    right: c.x + c.width,
    top: grid.originY,
    bottom: grid.originY + grid.height,
  }));
  return { legend, name, header, stages };
}

const template = (): Project => buildTemplate('supermarket', { id: 'p', name: 'Supermarket', now: NOW });

describe('the emotion row legend in the drawing', () => {
  it('sits in the row header under the row name, clear of the name and the stages, every curve named', () => {
    const { legend, name, header, stages } = draw(template());
    const box = boxOf(legend)!;
    expect(box).not.toBeNull();
    expect(overlap(box, boxOf(name)!)).toBe(false);
    expect(box.top).toBeGreaterThanOrEqual(boxOf(name)!.bottom);
    expect(inside(box, header)).toBe(true);
    for (const stage of stages) expect(overlap(box, stage)).toBe(false);
    expect(legend.items.map((g) => (g.type === 'group' ? g.title : null))).toEqual([
      'Default',
      'Regular cyclist',
      'Chronic complainer',
    ]);
  });

  it('with more personas than the row has room for, ends in "+N more" inside the header', () => {
    const project = template();
    const more = {
      ...project,
      personas: [
        ...project.personas,
        ...[1, 2, 3, 4, 5, 6].map((n) => ({ id: `extra-${n}`, name: `Extra ${n}`, description: '' })),
      ],
    } as Project;
    const { legend, name, header } = draw(more);
    const box = boxOf(legend)!;
    expect(inside(box, header)).toBe(true);
    expect(overlap(box, boxOf(name)!)).toBe(false);
    const last = legend.items[legend.items.length - 1]!;
    expect(last.type === 'text' && last.lines[0]).toMatch(/^\+\d+ more$/);
  });
});
