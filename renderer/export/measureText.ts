/** Text measuring for the export drawing: the same font stack as the screen, measured by a canvas. */
import type { MeasureText } from '../../shared/formats/svg';
import { FONT_STACK } from '../../shared/formats/svg';

let context: CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();

export const measureText: MeasureText = (text, fontSize, fontWeight) => {
  const key = `${fontWeight}|${fontSize}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize * 0.6;
  context.font = `${fontWeight} ${fontSize}px ${FONT_STACK}`;
  const width = context.measureText(text).width;
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
};
