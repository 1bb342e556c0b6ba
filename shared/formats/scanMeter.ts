/**
 * A counter of the input a reader examines (characters of a string, bytes of a file),
 * passed optionally to the readers of files a user opens (SVG and PNG metadata,
 * Mermaid text). Tests give one to check that a reader's work grows linearly with its
 * input on hostile shapes, without timing anything. Every scan a reader makes adds the
 * number of characters or bytes it looked at, including those of a search that fails.
 */
export interface ScanMeter {
  scanned: number;
}

/** `text.indexOf(needle, from)`, adding to `meter` the characters the search examined. */
export function meteredIndexOf(text: string, needle: string, from: number, meter?: ScanMeter): number {
  const at = text.indexOf(needle, from);
  if (meter) meter.scanned += (at === -1 ? text.length : at + needle.length) - from;
  return at;
}
