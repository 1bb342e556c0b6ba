/**
 * Stage columns (with their header band) and lane rows (with their label
 * band), placed by the same grid as the canvas.
 */
import type { Grid } from '../../layout/grid';
import { GRID } from '../../layout/grid';
import type { Project } from '../../model/types';
import type { DrawItem } from './displayList';
import type { MeasureText } from './textWrap';
import { wrapText } from './textWrap';
import type { DrawingTheme } from './theme';

function channels(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Mix a colour with white: amount 0 = the colour, 1 = white. */
export function tint(hex: string, amount: number): string {
  const [r, g, b] = channels(hex);
  return toHex([r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount]);
}

/** True when white text reads better than dark text on this colour (relative luminance below ~0.4). */
export function isDark(hex: string): boolean {
  const lin = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2] < 0.4;
}

/** Columns, header bands and lane rows of the grid. */
export function drawMapBackground(project: Project, grid: Grid, theme: DrawingTheme, measure: MeasureText): DrawItem[] {
  const items: DrawItem[] = [];
  const stages = new Map(project.stages.map((s) => [s.id, s]));
  const lanes = new Map(project.lanes.map((l) => [l.id, l]));
  const bodyHeight = grid.height - grid.originY;
  grid.columns.forEach((col, index) => {
    const stage = stages.get(col.stageId);
    // The schema only lets #rrggbb through; a document that skipped validation falls back to the theme.
    const colour = stage?.colour && /^#[0-9a-fA-F]{6}$/.test(stage.colour) ? stage.colour : undefined;
    const header = colour ?? theme.stageHeaderFill;
    const group: DrawItem[] = [
      {
        type: 'rect',
        x: col.x,
        y: grid.originY,
        width: col.width,
        height: bodyHeight,
        fill: colour ? tint(colour, 0.88) : index % 2 === 0 ? theme.stageFill : theme.stageFillAlt,
        stroke: theme.stageStroke,
        strokeWidth: 1,
      },
      {
        type: 'rect',
        x: col.x,
        y: 0,
        width: col.width,
        height: grid.originY,
        fill: header,
        stroke: theme.stageStroke,
        strokeWidth: 1,
      },
    ];
    const lines = wrapText(stage?.name ?? '', {
      maxWidth: col.width - 24,
      maxLines: 2,
      fontSize: 14,
      fontWeight: 700,
      measure,
    });
    if (lines.length) {
      const block = lines.length * 18;
      group.push({
        type: 'text',
        x: col.x + 12,
        y: (grid.originY - block) / 2 + 14,
        lines,
        lineHeight: 18,
        fontSize: 14,
        fontWeight: 700,
        fill: isDark(header) ? '#ffffff' : theme.text,
        anchor: 'start',
      });
    }
    items.push({ type: 'group', role: 'stage', id: col.stageId, title: stage?.name, items: group });
  });

  if (project.lanes.length) {
    items.push({
      type: 'rect',
      x: 0,
      y: 0,
      width: grid.originX,
      height: grid.originY,
      fill: theme.stageHeaderFill,
      stroke: theme.stageStroke,
      strokeWidth: 1,
    });
    for (const row of grid.rows) {
      const lane = row.laneId ? lanes.get(row.laneId) : undefined;
      const lines = wrapText(lane?.name ?? '', {
        maxWidth: GRID.laneLabelWidth - 20,
        maxLines: 4,
        fontSize: 12,
        fontWeight: 600,
        measure,
      });
      const group: DrawItem[] = [
        {
          type: 'rect',
          x: 0,
          y: row.y,
          width: grid.originX,
          height: row.height,
          fill: theme.laneLabelFill,
          stroke: theme.laneStroke,
          strokeWidth: 1,
        },
        // The lane boundary across every stage column.
        {
          type: 'path',
          d: `M${grid.originX},${row.y + row.height} L${grid.width},${row.y + row.height}`,
          stroke: theme.laneStroke,
          strokeWidth: 1,
          dash: [4, 3],
        },
      ];
      if (lines.length) {
        group.push({
          type: 'text',
          x: 10,
          y: row.y + 20,
          lines,
          lineHeight: 16,
          fontSize: 12,
          fontWeight: 600,
          fill: theme.text,
          anchor: 'start',
        });
      }
      items.push({ type: 'group', role: 'lane', id: row.laneId ?? undefined, title: lane?.name, items: group });
    }
  }
  return items;
}
