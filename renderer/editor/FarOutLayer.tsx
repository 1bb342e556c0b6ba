/**
 * Level of detail far out (zoom below SIMPLIFY_BELOW_ZOOM): every step and flow
 * is drawn on one <canvas> inside React Flow's viewport instead of thousands of
 * DOM nodes and SVG paths. The canvas is drawn in flow coordinates and moves
 * with the viewport's transform, so panning costs no drawing at all; it is
 * redrawn only when the map, the selection, the lens, the filters or the zoom changes.
 * Steps the map filters leave out, and flows between two of them, are drawn faint
 * (DIMMED_ALPHA), as on the canvas.
 *
 * The boxes are the steps' own rectangles (shared/layout/grid) and the flows
 * the same paths as on the canvas and in exports (shared/layout/flowPath), from
 * the middle of the source box's right edge to the middle of the target box's
 * left edge. Clicks and box selection are hit-tested against the same geometry
 * (see Canvas.tsx). The drawn geometry is attached to the canvas element as
 * `farOut`, so tests can check what is drawn against the step boxes.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useStore, ViewportPortal } from '@xyflow/react';
import { RISK_LEVEL_COLOURS, riskLevel, riskScore } from '../../shared/analysis';
import { flowPath } from '../../shared/layout/flowPath';
import { GRID, stepRects, type Grid } from '../../shared/layout/grid';
import type { Flow, Project, SenseName } from '../../shared/model';
import type { Lens } from '../state/documentStore';
import { lensOf, lensPaint, NOT_ASSESSED, scoreScaleOf } from '../../shared/lens';
import { LIGHT, PALETTES, type Palette } from '../../shared/look/tokens';
import { useTheme } from '../look/theme';

export interface FarOutStep {
  id: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** The band on the box's left edge: the risk level's colour, or neutral. */
  band: string;
  /** Left out by the map filters: drawn faint. */
  dimmed: boolean;
}

export interface FarOutFlow {
  id: string;
  from: string;
  to: string;
  kind: Flow['kind'];
  /** Where the flow leaves its source (right-edge middle) and enters its target (left-edge middle). */
  start: { x: number; y: number };
  end: { x: number; y: number };
  path: string;
  /** Both ends are dimmed: drawn faint. */
  dimmed: boolean;
}

export interface FarOutGeometry {
  steps: FarOutStep[];
  flows: FarOutFlow[];
  /** The area drawn, in flow coordinates (the steps plus room for flows that detour below). */
  bounds: { x: number; y: number; width: number; height: number };
}

/** Colours from the theme's palette, as styles.css (.step-node) and flowModel's flow styles use them. */
const BAND_WIDTH = 6;
const FLOW_DASH: Record<Flow['kind'], number[]> = { main: [], alternative: [6, 4], failure: [2, 4] };
const flowStroke = (palette: Palette, kind: Flow['kind']) =>
  kind === 'main' ? palette.flowMain : kind === 'alternative' ? palette.flowAlternative : palette.flowFailure;
/** How strongly a dimmed step or flow is drawn (as the canvas's `.dimmed` opacity). */
export const DIMMED_ALPHA = 0.25;
/** Room around the steps for flows that detour below them (see flowPath). */
const MARGIN = GRID.defaultStepSize.height;
/** Largest canvas drawn, in device pixels: beyond it the layer is drawn at a lower resolution. */
const MAX_SIDE = 16_000;
const MAX_AREA = 24_000_000;

export function farOutGeometry(
  project: Project,
  grid: Grid,
  lens: Lens,
  sense: SenseName,
  bright: ReadonlySet<string> | null = null,
  palette: Palette = LIGHT,
): FarOutGeometry {
  const dim = (id: string) => bright !== null && !bright.has(id);
  const rects = stepRects(project, grid);
  const steps: FarOutStep[] = [];
  let maxX = grid.width;
  let maxY = grid.height;
  for (const step of project.steps) {
    const r = rects.get(step.id);
    if (!r) continue;
    const moment = step.moment;
    const level = moment ? riskLevel(riskScore(moment.risk)) : null;
    const paint = lensPaint(step, lensOf(lens, sense), project.servqualWeights, { scale: scoreScaleOf(project) });
    steps.push({
      id: step.id,
      title: step.title,
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
      fill: !paint ? palette.stepFill : paint.swatch === NOT_ASSESSED ? palette.notAssessed.fill : paint.swatch.fill,
      band: level ? RISK_LEVEL_COLOURS[level].fill : palette.border,
      dimmed: dim(step.id),
    });
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  const flows: FarOutFlow[] = [];
  for (const flow of project.flows) {
    const a = rects.get(flow.from);
    const b = rects.get(flow.to);
    if (!a || !b) continue;
    const start = { x: a.x + a.width, y: a.y + a.height / 2 };
    const end = { x: b.x, y: b.y + b.height / 2 };
    const { path } = flowPath(start, end, GRID.defaultStepSize.height);
    const dimmed = dim(flow.from) && dim(flow.to);
    flows.push({ id: flow.id, from: flow.from, to: flow.to, kind: flow.kind, start, end, path, dimmed });
  }
  const bounds = { x: -MARGIN, y: -MARGIN, width: maxX + 2 * MARGIN, height: maxY + 2 * MARGIN };
  return { steps, flows, bounds };
}

/** The step drawn at a point (flow coordinates), the topmost if boxes overlap. */
export function stepAt(geometry: FarOutGeometry, point: { x: number; y: number }): string | null {
  for (let i = geometry.steps.length - 1; i >= 0; i--) {
    const s = geometry.steps[i];
    if (point.x >= s.x && point.x <= s.x + s.width && point.y >= s.y && point.y <= s.y + s.height) return s.id;
  }
  return null;
}

/** The steps whose boxes lie wholly inside a rectangle (flow coordinates), as React Flow's box selection does. */
export function stepsInside(
  geometry: FarOutGeometry,
  rect: { x: number; y: number; width: number; height: number },
): string[] {
  return geometry.steps
    .filter(
      (s) =>
        s.x >= rect.x &&
        s.y >= rect.y &&
        s.x + s.width <= rect.x + rect.width &&
        s.y + s.height <= rect.y + rect.height,
    )
    .map((s) => s.id);
}

/** Device pixels per flow unit for a zoom, kept within the canvas size limits. */
function resolution(bounds: FarOutGeometry['bounds'], zoom: number): number {
  const wanted = zoom * (window.devicePixelRatio || 1);
  const bySide = MAX_SIDE / Math.max(bounds.width, bounds.height);
  const byArea = Math.sqrt(MAX_AREA / (bounds.width * bounds.height));
  return Math.min(wanted, bySide, byArea);
}

type BatchKey = `${Flow['kind']}:${'bright' | 'dimmed'}`;
const batchCache = new WeakMap<FarOutGeometry, Map<BatchKey, Path2D>>();
const batchKey = (kind: Flow['kind'], dimmed: boolean): BatchKey => `${kind}:${dimmed ? 'dimmed' : 'bright'}`;

/** All flows of each kind (bright and dimmed apart) as one path, parsed once per geometry (not on every redraw). */
function flowBatches(geometry: FarOutGeometry): Map<BatchKey, Path2D> {
  let batches = batchCache.get(geometry);
  if (batches) return batches;
  batches = new Map();
  for (const f of geometry.flows) {
    const key = batchKey(f.kind, f.dimmed);
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = new Path2D()));
    batch.addPath(new Path2D(f.path));
  }
  batchCache.set(geometry, batches);
  return batches;
}

function draw(
  canvas: HTMLCanvasElement,
  geometry: FarOutGeometry,
  selected: ReadonlySet<string>,
  scale: number,
  palette: Palette,
) {
  const { bounds } = geometry;
  const width = Math.max(1, Math.ceil(bounds.width * scale));
  const height = Math.max(1, Math.ceil(bounds.height * scale));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);

  // Flows first (under the boxes), one stroke per kind; selected flows again on top, thicker.
  const batches = flowBatches(geometry);
  for (const kind of Object.keys(FLOW_DASH) as Flow['kind'][]) {
    ctx.strokeStyle = flowStroke(palette, kind);
    ctx.setLineDash(FLOW_DASH[kind]);
    // As on the canvas (2 units), but never thinner than one device pixel, so flows stay visible far out.
    ctx.lineWidth = Math.max(2, 1 / scale);
    const faint = batches.get(batchKey(kind, true));
    if (faint) {
      ctx.globalAlpha = DIMMED_ALPHA;
      ctx.stroke(faint);
      ctx.globalAlpha = 1;
    }
    const batch = batches.get(batchKey(kind, false));
    if (batch) ctx.stroke(batch);
    const chosen = new Path2D();
    let anyChosen = false;
    for (const f of geometry.flows)
      if (f.kind === kind && selected.has(f.id)) {
        chosen.addPath(new Path2D(f.path));
        anyChosen = true;
      }
    if (anyChosen) {
      ctx.lineWidth = Math.max(4, 2 / scale);
      ctx.stroke(chosen);
    }
  }
  ctx.setLineDash([]);

  // Boxes: the dimmed ones first and faint, then the bright ones (see drawBoxes).
  const outline = Math.max(4, 3 / scale);
  ctx.globalAlpha = DIMMED_ALPHA;
  drawBoxes(
    ctx,
    geometry.steps.filter((s) => s.dimmed),
    selected,
    outline,
    palette,
  );
  ctx.globalAlpha = 1;
  drawBoxes(
    ctx,
    geometry.steps.filter((s) => !s.dimmed),
    selected,
    outline,
    palette,
  );
}

/**
 * Step boxes: one fill per colour, one stroke for all borders, one fill per band colour.
 * The selection outline lies just outside the box, at least three screen pixels wide however far out.
 */
function drawBoxes(
  ctx: CanvasRenderingContext2D,
  steps: readonly FarOutStep[],
  selected: ReadonlySet<string>,
  outline: number,
  palette: Palette,
) {
  if (!steps.length) return;
  const byFill = new Map<string, Path2D>();
  const byBand = new Map<string, Path2D>();
  const borders = new Path2D();
  const chosen = new Path2D();
  let anyChosen = false;
  for (const s of steps) {
    let fill = byFill.get(s.fill);
    if (!fill) byFill.set(s.fill, (fill = new Path2D()));
    fill.rect(s.x, s.y, s.width, s.height);
    let band = byBand.get(s.band);
    if (!band) byBand.set(s.band, (band = new Path2D()));
    band.rect(s.x, s.y, BAND_WIDTH, s.height);
    borders.rect(s.x + 0.5, s.y + 0.5, s.width - 1, s.height - 1);
    if (selected.has(s.id)) {
      chosen.rect(s.x - outline / 2, s.y - outline / 2, s.width + outline, s.height + outline);
      anyChosen = true;
    }
  }
  for (const [colour, path] of byFill) {
    ctx.fillStyle = colour;
    ctx.fill(path);
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = palette.stepStroke;
  ctx.stroke(borders);
  for (const [colour, path] of byBand) {
    ctx.fillStyle = colour;
    ctx.fill(path);
  }
  if (anyChosen) {
    ctx.lineWidth = outline;
    ctx.strokeStyle = palette.focusRing;
    ctx.stroke(chosen);
  }
}

declare global {
  interface HTMLCanvasElement {
    /** The far-out layer's drawn geometry (flow coordinates), for tests. */
    farOut?: FarOutGeometry;
  }
}

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/** The far-out layer: all steps and flows on one canvas, in the viewport. */
export function FarOutLayer({ geometry, selected }: { geometry: FarOutGeometry; selected: ReadonlySet<string> }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const palette = PALETTES[useTheme((s) => s.theme)];
  const zoom = useStore(zoomOf);
  const scale = useMemo(() => resolution(geometry.bounds, zoom), [geometry, zoom]);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const frame = requestAnimationFrame(() => {
      draw(canvas, geometry, selected, scale, palette);
      canvas.farOut = geometry;
    });
    return () => cancelAnimationFrame(frame);
  }, [geometry, selected, scale, palette]);
  const { bounds } = geometry;
  return (
    <ViewportPortal>
      <canvas
        ref={ref}
        className="far-out-layer"
        aria-hidden="true"
        data-steps={geometry.steps.length}
        data-flows={geometry.flows.length}
        style={{ left: bounds.x, top: bounds.y, width: bounds.width, height: bounds.height }}
      />
    </ViewportPortal>
  );
}
