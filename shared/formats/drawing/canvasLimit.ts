/**
 * Chromium refuses canvases longer than 16,384 px on a side, so a PNG of a
 * large map at a high scale has to be rendered smaller. The renderer
 * rasterises; this only decides the scale and says so.
 */
import { formatNumber } from '../../i18n/format';
import { exportLanguage, type ExportLanguage } from '../exportLanguage';

/** Longest canvas side Chromium will allocate, in device pixels. */
export const MAX_CANVAS_SIDE = 16384;

export interface FittedScale {
  /** The scale to render at: the requested one, or the largest that fits. */
  scale: number;
  /** Pixel size of the image at that scale (rounded up, as a canvas would be). */
  pixelWidth: number;
  pixelHeight: number;
  /** Present when the scale had to be reduced; names the scale used. */
  warning?: string;
}

/** Round a pixel length up, ignoring floating-point noise (1.638 * 10000 must give 16380, not 16381). */
function px(length: number): number {
  return Math.ceil(length - 1e-6);
}

/** A pixel count or scale as the export's language writes it (no grouping, at most 4 significant digits). */
function plain(text: ExportLanguage, value: number): string {
  return formatNumber(text.lng, value, { useGrouping: false, maximumSignificantDigits: value >= 1000 ? 21 : 4 });
}

/**
 * The largest scale up to `requestedScale` at which a `width` x `height` px
 * drawing stays within {@link MAX_CANVAS_SIDE} on both sides.
 *
 * @example fitScale(10000, 3000, 2) // { scale: 1.638, pixelWidth: 16380, pixelHeight: 4914, warning: '... exported at 1.638x ...' }
 */
export function fitScale(
  width: number,
  height: number,
  requestedScale: number,
  text: ExportLanguage = exportLanguage(),
): FittedScale {
  if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new RangeError(`Image size must be positive, got ${width} x ${height}`);
  }
  if (!(requestedScale > 0) || !Number.isFinite(requestedScale)) {
    throw new RangeError(`Scale must be a positive number, got ${requestedScale}`);
  }
  const longest = Math.max(width, height);
  if (px(longest * requestedScale) <= MAX_CANVAS_SIDE) {
    return { scale: requestedScale, pixelWidth: px(width * requestedScale), pixelHeight: px(height * requestedScale) };
  }
  // Round down to 4 significant digits, then make sure the rounded-up pixel size stays within the limit.
  const raw = MAX_CANVAS_SIDE / longest;
  const step = 10 ** (Math.floor(Math.log10(raw)) - 3);
  let units = Math.floor(raw / step);
  const at = (n: number): number => Number((n * step).toPrecision(4));
  while (units > 1 && px(longest * at(units)) > MAX_CANVAS_SIDE) units--;
  const scale = at(units);
  const pixelWidth = px(width * scale);
  const pixelHeight = px(height * scale);
  return {
    scale,
    pixelWidth,
    pixelHeight,
    warning: text.t('exportText.scaledDown', {
      asked: plain(text, requestedScale),
      askedWidth: plain(text, px(width * requestedScale)),
      askedHeight: plain(text, px(height * requestedScale)),
      limit: plain(text, MAX_CANVAS_SIDE),
      scale: plain(text, scale),
      width: plain(text, pixelWidth),
      height: plain(text, pixelHeight),
    }),
  };
}
