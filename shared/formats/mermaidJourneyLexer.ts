/**
 * The tokens of Mermaid's `journey` grammar (journey.jison), rule for rule.
 *
 * Jison's lexer tries its rules in order at the current position and takes the FIRST that
 * matches (not the longest), case-insensitively; a quoted keyword that ends in a letter only
 * matches as a whole word (`"journey"` does not match the start of `journeyman`). The quirks
 * that follow from that are Mermaid's and are kept on purpose, because a diagram must mean
 * here what it means in Mermaid:
 * - a task name runs up to the first `:`, `#`, `;` or line break and keeps trailing spaces;
 * - a task's data runs from its `:` to the first `#`, `;` or line break, so `%%` after a task
 *   is part of its actors, while `#` starts a comment anywhere;
 * - `title ...` and `section ...` are recognised wherever a token starts, in any letter case;
 * - a `;` outside a title or an accessibility text is an error.
 */
import { lineAt } from './mermaidPreprocess';
import type { TrackedText } from './mermaidPreprocess';
import type { ScanMeter } from './scanMeter';

export type TokenType =
  | 'journey'
  | 'title'
  | 'acc_title'
  | 'acc_title_value'
  | 'acc_descr'
  | 'acc_descr_value'
  | 'acc_descr_multiline_value'
  | 'section'
  | 'taskName'
  | 'taskData'
  | ':'
  | 'NEWLINE'
  | 'INVALID'
  | 'EOF';

export interface Token {
  type: TokenType;
  /** The matched text, entity placeholders still encoded. */
  value: string;
  /** 1-based line in the original source where the token starts. */
  line: number;
}

type State = 'INITIAL' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline';

interface Rule {
  state: State;
  re: RegExp;
  /** Token to emit (null: skip), and the state change the rule makes. */
  token: TokenType | null;
  enter?: State;
  leave?: true;
}

function rule(state: State, source: string, token: TokenType | null, change: Partial<Rule> = {}): Rule {
  // Sticky: the match must start exactly at the current position, as jison anchors with ^.
  return { state, re: new RegExp(source, 'iy'), token, ...change };
}

const RULES: readonly Rule[] = [
  rule('INITIAL', '%%(?!\\{)[^\\n]*', null),
  rule('INITIAL', '[^}]%%[^\\n]*', null),
  rule('INITIAL', '\\n+', 'NEWLINE'),
  rule('INITIAL', '\\s+', null),
  rule('INITIAL', '#[^\\n]*', null),
  rule('INITIAL', 'journey\\b', 'journey'),
  rule('INITIAL', 'title\\s[^#\\n;]+', 'title'),
  rule('INITIAL', 'accTitle\\s*:\\s*', 'acc_title', { enter: 'acc_title' }),
  rule('acc_title', '[^\\n]*', 'acc_title_value', { leave: true }),
  rule('INITIAL', 'accDescr\\s*:\\s*', 'acc_descr', { enter: 'acc_descr' }),
  rule('acc_descr', '[^\\n]*', 'acc_descr_value', { leave: true }),
  rule('INITIAL', 'accDescr\\s*\\{\\s*', null, { enter: 'acc_descr_multiline' }),
  rule('acc_descr_multiline', '\\}', null, { leave: true }),
  rule('acc_descr_multiline', '[^}]+', 'acc_descr_multiline_value'),
  rule('INITIAL', 'section\\s[^#:\\n;]+', 'section'),
  rule('INITIAL', '[^#:\\n;]+', 'taskName'),
  rule('INITIAL', ':[^#\\n;]+', 'taskData'),
  rule('INITIAL', ':', ':'),
  // jison's '.' (any character but a line break, which an earlier rule always takes).
  rule('INITIAL', '[\\s\\S]', 'INVALID'),
];

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; line: number; message: string };

/** Split preprocessed journey text into tokens; the last token is always EOF. */
export function lexJourney(input: TrackedText, meter?: ScanMeter): LexResult {
  const { text } = input;
  const tokens: Token[] = [];
  let state: State = 'INITIAL';
  let descrStart = 0;
  let pos = 0;
  while (pos < text.length) {
    let matched = false;
    for (const r of RULES) {
      if (r.state !== state) continue;
      r.re.lastIndex = pos;
      const m = r.re.exec(text);
      if (!m) continue;
      matched = true;
      if (r.token) tokens.push({ type: r.token, value: m[0], line: lineAt(input, pos) });
      if (r.enter) {
        state = r.enter;
        descrStart = pos;
      }
      if (r.leave) state = 'INITIAL';
      pos += m[0].length;
      if (meter) meter.scanned += m[0].length;
      break;
    }
    // Only the acc_title/acc_descr value rules can match nothing (an empty value); they change
    // state, so the loop still advances. Anything else not matching cannot happen: '.' catches all.
    if (!matched) break;
  }
  if (state === 'acc_descr_multiline') {
    // Mermaid would read the rest of the text as the description and drop every task in it.
    return { ok: false, line: lineAt(input, descrStart), message: 'The "accDescr {" block is never closed with "}".' };
  }
  if (state === 'acc_title' || state === 'acc_descr') {
    tokens.push({
      type: state === 'acc_title' ? 'acc_title_value' : 'acc_descr_value',
      value: '',
      line: input.endLine,
    });
  }
  tokens.push({ type: 'EOF', value: '', line: input.endLine });
  return { ok: true, tokens };
}
