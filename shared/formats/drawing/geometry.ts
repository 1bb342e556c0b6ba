/**
 * Shape outlines as SVG path data (absolute M, L, C, Z only), so the SVG and
 * the PDF writer can draw them without knowing any SVG shape elements.
 */
import { r2 } from './displayList';

/** Cubic Bezier approximation of a circular arc from angle a0 to a1 (radians, y down), at most 90° per segment. */
function arcSegments(cx: number, cy: number, r: number, a0: number, a1: number): string {
  const parts: string[] = [];
  const steps = Math.max(1, Math.ceil(Math.abs(a1 - a0) / (Math.PI / 2) - 1e-9));
  const delta = (a1 - a0) / steps;
  const k = (4 / 3) * Math.tan(delta / 4);
  for (let i = 0; i < steps; i++) {
    const s = a0 + i * delta;
    const e = s + delta;
    const x0 = cx + r * Math.cos(s);
    const y0 = cy + r * Math.sin(s);
    const x1 = cx + r * Math.cos(e);
    const y1 = cy + r * Math.sin(e);
    const c1x = x0 - k * r * Math.sin(s);
    const c1y = y0 + k * r * Math.cos(s);
    const c2x = x1 + k * r * Math.sin(e);
    const c2y = y1 - k * r * Math.cos(e);
    parts.push(`C${r2(c1x)},${r2(c1y)} ${r2(c2x)},${r2(c2y)} ${r2(x1)},${r2(y1)}`);
  }
  return parts.join(' ');
}

/** Outline of a rectangle with rounded corners (radius clamped to half the shorter side). */
export function roundedRectPath(x: number, y: number, w: number, h: number, radius: number): string {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  if (r === 0) return `M${r2(x)},${r2(y)} L${r2(x + w)},${r2(y)} L${r2(x + w)},${r2(y + h)} L${r2(x)},${r2(y + h)} Z`;
  const h90 = Math.PI / 2;
  return [
    `M${r2(x + r)},${r2(y)}`,
    `L${r2(x + w - r)},${r2(y)}`,
    arcSegments(x + w - r, y + r, r, -h90, 0),
    `L${r2(x + w)},${r2(y + h - r)}`,
    arcSegments(x + w - r, y + h - r, r, 0, h90),
    `L${r2(x + r)},${r2(y + h)}`,
    arcSegments(x + r, y + h - r, r, h90, Math.PI),
    `L${r2(x)},${r2(y + r)}`,
    arcSegments(x + r, y + r, r, Math.PI, Math.PI + h90),
    'Z',
  ].join(' ');
}

/**
 * The part of a rounded rectangle left of `x + band`: a colour band that
 * follows the shape's rounded left corners, for any radius (pills included).
 */
export function leftBandPath(x: number, y: number, w: number, h: number, radius: number, band: number): string {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  const b = Math.min(band, w);
  if (r === 0 || b >= r) {
    // The band reaches past the corner arcs: arcs, then straight edges.
    const right = x + b;
    return [
      `M${r2(right)},${r2(y)}`,
      r > 0 ? `L${r2(x + r)},${r2(y)}` : '',
      r > 0 ? arcSegments(x + r, y + r, r, -Math.PI / 2, -Math.PI) : `L${r2(x)},${r2(y)}`,
      `L${r2(x)},${r2(y + h - r)}`,
      r > 0 ? arcSegments(x + r, y + h - r, r, Math.PI, Math.PI / 2) : '',
      `L${r2(right)},${r2(y + h)}`,
      'Z',
    ]
      .filter(Boolean)
      .join(' ');
  }
  // The band is narrower than the radius: it is bounded by the arcs alone.
  const theta = Math.acos((r - b) / r); // angle from the leftmost point to where the band's right edge meets the arc
  const top = `M${r2(x + b)},${r2(y + r - r * Math.sin(theta))}`;
  const upperArc = arcSegments(x + r, y + r, r, -Math.PI + theta, -Math.PI);
  const side = `L${r2(x)},${r2(y + h - r)}`;
  const lowerArc = arcSegments(x + r, y + h - r, r, Math.PI, Math.PI - theta);
  return `${top} ${upperArc} ${side} ${lowerArc} Z`;
}

/** A five-pointed star centred on (cx, cy). */
export function starPath(cx: number, cy: number, outer: number, inner = outer * 0.45): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${i === 0 ? 'M' : 'L'}${r2(cx + radius * Math.cos(angle))},${r2(cy + radius * Math.sin(angle))}`);
  }
  return `${points.join(' ')} Z`;
}

/** A diamond (rhombus) centred on (cx, cy) with half-diagonal `r`. */
export function diamondPath(cx: number, cy: number, r: number): string {
  return `M${r2(cx)},${r2(cy - r)} L${r2(cx + r)},${r2(cy)} L${r2(cx)},${r2(cy + r)} L${r2(cx - r)},${r2(cy)} Z`;
}

/** A closed arrow head whose tip is at (x, y), pointing right (flows always enter a step from the left). */
export function arrowHeadPath(x: number, y: number, length = 10, halfWidth = 5): string {
  return `M${r2(x)},${r2(y)} L${r2(x - length)},${r2(y - halfWidth)} L${r2(x - length)},${r2(y + halfWidth)} Z`;
}

/** The mouth of an emotion face: a curve that smiles for +2 and frowns for -2. */
export function mouthPath(cx: number, cy: number, halfWidth: number, emotion: number): string {
  const bend = emotion * (halfWidth * 0.35);
  const y = cy - bend / 2;
  return `M${r2(cx - halfWidth)},${r2(y)} C${r2(cx - halfWidth / 2)},${r2(y + bend)} ${r2(cx + halfWidth / 2)},${r2(y + bend)} ${r2(cx + halfWidth)},${r2(y)}`;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function emptyBounds(): Bounds {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

export function extendBounds(b: Bounds, x: number, y: number, w = 0, h = 0): void {
  if (x < b.minX) b.minX = x;
  if (y < b.minY) b.minY = y;
  if (x + w > b.maxX) b.maxX = x + w;
  if (y + h > b.maxY) b.maxY = y + h;
}

/**
 * Extend bounds by every coordinate pair in absolute path data. A Bezier curve
 * lies inside the hull of its control points, so this never cuts a curve off.
 */
export function extendBoundsByPath(b: Bounds, d: string): void {
  const numbers = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g);
  if (!numbers) return;
  for (let i = 0; i + 1 < numbers.length; i += 2) extendBounds(b, Number(numbers[i]), Number(numbers[i + 1]));
}
