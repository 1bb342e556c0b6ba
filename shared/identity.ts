/**
 * Who you are (issue J): the display name and colour that go with your comments, votes and
 * presence. Kept in the library settings (`settings.identity`), never in a project file; a
 * comment carries a copy of its author as they were when it was written.
 */
import type { Identity } from './model/types';

/**
 * The colours a person picks from. Each keeps 3:1 against both themes' surfaces (a marker or
 * a ring is legible on light and dark backgrounds, panels and the canvas) and 4.5:1 against white (an initial drawn on it reads),
 * and they differ in hue so a room of people can tell each other apart.
 * test/shared/identity.test.ts checks the contrasts.
 */
export const IDENTITY_COLOURS = [
  { key: 'red', hex: '#d32f2f' },
  { key: 'orange', hex: '#ad5a00' },
  { key: 'olive', hex: '#7a7a00' },
  { key: 'green', hex: '#2e7d32' },
  { key: 'teal', hex: '#008073' },
  { key: 'blue', hex: '#1b6fd6' },
  { key: 'purple', hex: '#7b5cc4' },
  { key: 'magenta', hex: '#b83da0' },
  { key: 'slate', hex: '#6b7280' },
] as const;

export type IdentityColourKey = (typeof IDENTITY_COLOURS)[number]['key'];

/** Longest display name. */
export const MAX_IDENTITY_NAME = 100;

/** The palette entry of a colour, if it is one of ours (a file may carry any colour). */
export function identityColour(hex: string): (typeof IDENTITY_COLOURS)[number] | undefined {
  const lower = hex.toLowerCase();
  return IDENTITY_COLOURS.find((c) => c.hex === lower);
}

/** A palette colour for someone new: the first not yet taken by the names given, else by the name's hash. */
export function suggestColour(name: string, taken: readonly string[] = []): string {
  const free = IDENTITY_COLOURS.find((c) => !taken.includes(c.hex));
  if (free) return free.hex;
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return IDENTITY_COLOURS[hash % IDENTITY_COLOURS.length]!.hex;
}

/** The one or two letters shown in a person's marker ("Ana Kovács" -> "AK", "李明" -> "李"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const first = (w: string | undefined) => (w ? Array.from(w)[0]!.toUpperCase() : '');
  if (words.length === 0) return '?';
  if (words.length === 1) return first(words[0]);
  return first(words[0]) + first(words[words.length - 1]);
}

/** A name as stored: trimmed, inner whitespace runs made one space. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/gu, ' ').slice(0, MAX_IDENTITY_NAME);
}

export type { Identity };
