/**
 * Word wrapping with a caller-supplied measuring function, so the export wraps
 * a title where the screen does: the renderer measures with a canvas, the PDF
 * writer with its font metrics, tests with a fixed width per character.
 */
import type { FontWeight } from './displayList';

/** Width in px of `text` at `fontSize` px and `fontWeight`. */
export type MeasureText = (text: string, fontSize: number, fontWeight: FontWeight) => number;

export const ELLIPSIS = '…';

/**
 * Scripts written without spaces between words (CJK ideographs, kana, hangul,
 * full-width forms): a line may break between any two of their characters.
 */
const BREAK_ANYWHERE = /[\u2E80-\u2FFF\u3000-\u30FF\u3100-\u31FF\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;

/** Split into pieces a line may break after: words with their trailing spaces, single CJK characters. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (const ch of text) {
    if (BREAK_ANYWHERE.test(ch)) {
      if (current) tokens.push(current);
      tokens.push(ch);
      current = '';
    } else if (ch === ' ') {
      current += ch;
      tokens.push(current);
      current = '';
    } else {
      // A word starting after spaces: the spaces stay with the previous token.
      current += ch;
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
  fontSize: number;
  fontWeight: FontWeight;
  measure: MeasureText;
}

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`.
 * Words longer than a line are broken between characters. When the text does
 * not fit, the last line ends with an ellipsis.
 *
 * @example wrapText('Ride the bike', { maxWidth: 60, maxLines: 3, fontSize: 10, fontWeight: 400, measure })
 */
export function wrapText(text: string, opts: WrapOptions): string[] {
  const { maxWidth, maxLines, fontSize, fontWeight, measure } = opts;
  const width = (s: string): number => measure(s, fontSize, fontWeight);
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (!normalised || maxLines < 1) return [];
  // The whole text on one line: what the loop below would find, measured once (a short note, a title).
  if (width(normalised) <= maxWidth) return [normalised];
  const lines: string[] = [];
  let line = '';
  const tokens = tokenize(normalised);
  let i = 0;
  while (i < tokens.length && lines.length < maxLines) {
    const token = tokens[i];
    const candidate = line + token;
    if (width(candidate.trimEnd()) <= maxWidth) {
      line = candidate;
      i++;
      continue;
    }
    if (line) {
      lines.push(line.trimEnd());
      line = '';
      continue;
    }
    // A single token wider than the line: take as many characters as fit (at least one).
    const chars = Array.from(token);
    let take = 1;
    while (
      take < chars.length &&
      width(
        chars
          .slice(0, take + 1)
          .join('')
          .trimEnd(),
      ) <= maxWidth
    )
      take++;
    lines.push(chars.slice(0, take).join('').trimEnd());
    const rest = chars.slice(take).join('');
    if (rest) tokens[i] = rest;
    else i++;
  }
  if (line && lines.length < maxLines) lines.push(line.trimEnd());
  const truncated = i < tokens.length;
  if (truncated && lines.length > 0) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1], maxWidth, width);
  return lines.filter((l) => l.length > 0);
}

/** Shorten `line` until it fits with a trailing ellipsis. */
function withEllipsis(line: string, maxWidth: number, width: (s: string) => number): string {
  const chars = Array.from(line);
  let end = chars.length;
  while (end > 0 && width(chars.slice(0, end).join('').trimEnd() + ELLIPSIS) > maxWidth) end--;
  return chars.slice(0, end).join('').trimEnd() + ELLIPSIS;
}
