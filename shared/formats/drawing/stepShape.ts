/**
 * One step as drawn on the map: its shape by kind, lens colour, risk band,
 * wrapped title, markers (contact moment, moment of truth, decision), sense
 * tags and emotion face. The layout follows the canvas step node.
 */
import { RISK_LEVEL_COLOURS, riskLevel, riskScore } from '../../analysis/risk';
import { SENSES } from '../../model/schema';
import type { Project, Step } from '../../model/types';
import type { Rect } from '../../layout/grid';
import type { DrawItem, GroupItem } from './displayList';
import { diamondPath, leftBandPath, mouthPath, starPath } from './geometry';
import { EMOTION_COLOURS, VALENCE_COLOURS, lensPaint, scoreScaleOf, valenceName, type Lens } from '../../lens';
import type { MeasureText } from './textWrap';
import { wrapText } from './textWrap';
import type { DrawingLabels, DrawingTheme } from './theme';

export const STEP_STYLE = {
  radius: 8,
  riskBand: 6,
  padX: 12,
  padTop: 8,
  titleSize: 13,
  titleLineHeight: 16,
  maxTitleLines: 3,
  /** Height of the bottom row holding sense tags and the emotion face. */
  footer: 16,
  badgeColumn: 16,
  tagSize: 8,
} as const;

export interface StepContext {
  project: Project;
  theme: DrawingTheme;
  labels: DrawingLabels;
  lens: Lens;
  measure: MeasureText;
}

/** Draw one step into a group (the SVG keeps it as one editable `<g>`). */
export function drawStep(step: Step, rect: Rect, ctx: StepContext): GroupItem {
  const { theme, measure } = ctx;
  const { x, y, width: w, height: h } = rect;
  const S = STEP_STYLE;
  const terminal = step.kind === 'start' || step.kind === 'end';
  const radius = terminal ? h / 2 : S.radius;
  const swatch = lensPaint(step, ctx.lens, ctx.project.servqualWeights, {
    labels: ctx.labels,
    scale: scoreScaleOf(ctx.project),
  })?.swatch;
  const items: DrawItem[] = [
    {
      type: 'rect',
      x,
      y,
      width: w,
      height: h,
      rx: Math.min(radius, w / 2, h / 2),
      fill: swatch?.fill ?? (terminal ? theme.terminalFill : theme.stepFill),
      stroke: step.kind === 'decision' ? theme.decisionStroke : theme.stepStroke,
      strokeWidth: step.kind === 'decision' ? 2 : 1,
    },
  ];

  const moment = step.moment;
  const level = moment ? riskLevel(riskScore(moment.risk)) : null;
  if (level) {
    const colour = RISK_LEVEL_COLOURS[level];
    items.push({
      type: 'path',
      d: leftBandPath(x, y, w, h, radius, S.riskBand),
      fill: colour.fill,
      stroke: colour.border,
      strokeWidth: 0.75,
    });
  }

  // Markers stacked down the right edge: contact moment, moment of truth, decision.
  const badges: DrawItem[] = [];
  const bx = x + w - S.padX / 2 - 6;
  let by = y + S.padTop + 6;
  if (moment) {
    badges.push({ type: 'circle', cx: bx, cy: by, r: 4, fill: theme.contactMarker });
    by += 15;
    if (moment.momentOfTruth) {
      badges.push({
        type: 'path',
        d: starPath(bx, by, 6.5),
        fill: theme.momentOfTruth,
        stroke: '#7a5600',
        strokeWidth: 0.5,
      });
      by += 15;
    }
  }
  if (step.kind === 'decision') badges.push({ type: 'path', d: diamondPath(bx, by, 5.5), fill: theme.decisionStroke });

  const footerItems = moment ? drawFooter(step, rect, ctx) : [];
  const padLeft = terminal ? Math.max(S.padX, radius * 0.45) : S.padX + (level ? S.riskBand / 2 : 0);
  const padRight = badges.length ? S.padX / 2 + S.badgeColumn : terminal ? Math.max(S.padX, radius * 0.45) : S.padX;
  const available = h - S.padTop - (footerItems.length ? S.footer : 0) - 4;
  const lines = wrapText(step.title, {
    maxWidth: Math.max(10, w - padLeft - padRight),
    maxLines: Math.max(1, Math.min(S.maxTitleLines, Math.floor(available / S.titleLineHeight))),
    fontSize: S.titleSize,
    fontWeight: 600,
    measure,
  });
  if (lines.length) {
    items.push({
      type: 'text',
      x: x + padLeft,
      y: y + S.padTop + S.titleSize * 0.95,
      lines,
      lineHeight: S.titleLineHeight,
      fontSize: S.titleSize,
      fontWeight: 600,
      fill: swatch?.text ?? theme.text,
      anchor: 'start',
    });
  }
  items.push(...badges, ...footerItems);
  return { type: 'group', role: `step step-${step.kind}`, id: step.id, title: step.title, items };
}

/** Bottom row: a tag per engaged sense coloured by valence, and the emotion as a face with its number. */
function drawFooter(step: Step, rect: Rect, ctx: StepContext): DrawItem[] {
  const moment = step.moment;
  if (!moment) return [];
  const S = STEP_STYLE;
  const items: DrawItem[] = [];
  const cy = rect.y + rect.height - S.footer / 2 - 2;
  let tx = rect.x + S.padX + (riskLevel(riskScore(moment.risk)) ? S.riskBand / 2 : 0);
  for (const sense of SENSES) {
    const state = moment.senses[sense];
    if (!state.engaged) continue;
    const swatch = VALENCE_COLOURS[valenceName(state.valence)];
    const tag = ctx.labels.senseTags[sense];
    const tw = Math.max(14, ctx.measure(tag, S.tagSize, 700) + 6);
    items.push(
      {
        type: 'rect',
        x: tx,
        y: cy - 6,
        width: tw,
        height: 12,
        rx: 3,
        fill: swatch.fill,
        stroke: swatch.border,
        strokeWidth: 0.75,
      },
      {
        type: 'text',
        x: tx + tw / 2,
        y: cy + S.tagSize * 0.35,
        lines: [tag],
        lineHeight: S.tagSize,
        fontSize: S.tagSize,
        fontWeight: 700,
        fill: swatch.text,
        anchor: 'middle',
      },
    );
    tx += tw + 3;
  }
  if (moment.emotion !== null) {
    const swatch = EMOTION_COLOURS[moment.emotion + 2];
    const fx = rect.x + rect.width - S.padX / 2 - 6;
    items.push(
      { type: 'circle', cx: fx, cy, r: 6.5, fill: swatch.fill, stroke: swatch.border, strokeWidth: 1 },
      { type: 'circle', cx: fx - 2.3, cy: cy - 1.8, r: 0.9, fill: swatch.text },
      { type: 'circle', cx: fx + 2.3, cy: cy - 1.8, r: 0.9, fill: swatch.text },
      {
        type: 'path',
        d: mouthPath(fx, cy + 2.4, 3, moment.emotion),
        stroke: swatch.text,
        strokeWidth: 1,
        lineCap: 'round',
      },
      {
        type: 'text',
        x: fx - 9,
        y: cy + 3.2,
        lines: [moment.emotion > 0 ? `+${moment.emotion}` : String(moment.emotion)],
        lineHeight: 9,
        fontSize: 9,
        fontWeight: 600,
        fill: ctx.theme.mutedText,
        anchor: 'end',
      },
    );
  }
  return items;
}
