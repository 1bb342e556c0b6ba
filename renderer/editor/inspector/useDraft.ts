import { useState } from 'react';

/**
 * Local text for a field whose truth lives in the store.
 *
 * Typing updates the draft at once (no cursor jumps, no lost keystrokes) and the caller
 * dispatches the parsed value. When the store value changes, the draft is replaced only
 * if it no longer describes that value: an undo, another step, or an edit refused by the
 * command. A draft the store agrees with ("a\n" for the lines ["a"]) is left as typed.
 *
 * @param value the store's value
 * @param format text shown for a store value
 * @param same whether the draft text already describes the store value
 */
export function useDraft<T>(value: T, format: (value: T) => string, same: (draft: string, value: T) => boolean) {
  const [draft, setDraft] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    // Adjusting state while rendering, as React recommends for props-derived state:
    // it re-renders at once, before anything is painted.
    setSeen(value);
    if (!same(draft, value)) setDraft(format(value));
  }
  return [draft, setDraft] as const;
}

/** Text split into one entry per line; blank lines are left out. */
export function parseLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

export function sameLines(draft: string, value: readonly string[]): boolean {
  const lines = parseLines(draft);
  return lines.length === value.length && lines.every((line, i) => line === value[i]);
}
