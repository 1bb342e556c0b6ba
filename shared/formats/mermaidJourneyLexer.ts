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
  /** The text cannot be read to its end (an unclosed `accDescr {`); `value` is the problem's code (reader.mermaid.*). */
  | 'ERROR'
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
  /**
   * Quick tests that must hold for the rule to match at `pos`: `first` on the character there,
   * `then` on the text. Rules that cannot match are not tried, which keeps the lexer fast on
   * long texts without changing which rule matches first.
   */
  first?: (code: number) => boolean;
  then?: (text: string, pos: number) => boolean;
  /** The rule matches any one character (jison's '.'): no pattern needs running. */
  anyOne?: true;
}

function rule(state: State, source: string, token: TokenType | null, change: Partial<Rule> = {}): Rule {
  // Sticky: the match must start exactly at the current position, as jison anchors with ^.
  return { state, re: new RegExp(source, 'iy'), token, ...change };
}

/** The character is `lower` in either case (ASCII: case-insensitive patterns match no other). */
const letter = (lower: string) => {
  const a = lower.charCodeAt(0);
  return (code: number) => code === a || code === a - 32;
};
const PERCENT = 37;
/** Every character `\s` matches passes (and some others: the pattern decides). */
const isSpaceLike = (code: number) => (code >= 9 && code <= 13) || code === 32 || code >= 0x80;

const RULES: readonly Rule[] = [
  rule('INITIAL', '%%(?!\\{)[^\\n]*', null, {
    first: (code) => code === PERCENT,
    then: (text, pos) => text.charCodeAt(pos + 1) === PERCENT,
  }),
  rule('INITIAL', '[^}]%%[^\\n]*', null, {
    then: (text, pos) => text.charCodeAt(pos + 1) === PERCENT && text.charCodeAt(pos + 2) === PERCENT,
  }),
  rule('INITIAL', '\\n+', 'NEWLINE', { first: (code) => code === 10 }),
  rule('INITIAL', '\\s+', null, { first: isSpaceLike }),
  rule('INITIAL', '#[^\\n]*', null, { first: (code) => code === 35 }),
  rule('INITIAL', 'journey\\b', 'journey', { first: letter('j') }),
  rule('INITIAL', 'title\\s[^#\\n;]+', 'title', { first: letter('t') }),
  rule('INITIAL', 'accTitle\\s*:\\s*', 'acc_title', { enter: 'acc_title', first: letter('a') }),
  rule('acc_title', '[^\\n]*', 'acc_title_value', { leave: true }),
  rule('INITIAL', 'accDescr\\s*:\\s*', 'acc_descr', { enter: 'acc_descr', first: letter('a') }),
  rule('acc_descr', '[^\\n]*', 'acc_descr_value', { leave: true }),
  rule('INITIAL', 'accDescr\\s*\\{\\s*', null, { enter: 'acc_descr_multiline', first: letter('a') }),
  rule('acc_descr_multiline', '\\}', null, { leave: true }),
  rule('acc_descr_multiline', '[^}]+', 'acc_descr_multiline_value'),
  rule('INITIAL', 'section\\s[^#:\\n;]+', 'section', { first: letter('s') }),
  rule('INITIAL', '[^#:\\n;]+', 'taskName', {
    first: (code) => code !== 35 && code !== 58 && code !== 10 && code !== 59,
  }),
  rule('INITIAL', ':[^#\\n;]+', 'taskData', { first: (code) => code === 58 }),
  rule('INITIAL', ':', ':', { first: (code) => code === 58 }),
  // jison's '.' (any character but a line break, which an earlier rule always takes).
  rule('INITIAL', '[\\s\\S]', 'INVALID', { anyOne: true }),
];

/**
 * The rules to try, in order, in each state for a character code: codes 0-127 each have their
 * own list, all others share the list of 128 (no `first` test tells them apart).
 */
const CANDIDATES = new Map<State, Rule[][]>(
  (['INITIAL', 'acc_title', 'acc_descr', 'acc_descr_multiline'] as const).map((state) => [
    state,
    Array.from({ length: 129 }, (_, code) => RULES.filter((r) => r.state === state && (!r.first || r.first(code)))),
  ]),
);

/**
 * The tokens of preprocessed journey text, one at a time, so a reader that has seen enough
 * (too many errors, too many tasks) stops without lexing the rest. After the last token,
 * `next` gives EOF for ever; an unclosed `accDescr {` gives an ERROR token before it.
 * Lines are looked up at ascending positions, so the lexer reads the text once.
 */
export class JourneyLexer {
  #state: State = 'INITIAL';
  #pos = 0;
  #enteredLine = 1;
  #tail: Token[] | null = null;

  constructor(
    private readonly input: TrackedText,
    private readonly meter?: ScanMeter,
  ) {}

  next(): Token {
    const { text } = this.input;
    while (this.#tail === null && this.#pos < text.length) {
      const pos = this.#pos;
      const code = text.charCodeAt(pos);
      let matched: Rule | null = null;
      let length = 0;
      for (const r of CANDIDATES.get(this.#state)![Math.min(code, 128)]) {
        if (r.then && !r.then(text, pos)) continue;
        if (r.anyOne) {
          matched = r;
          length = 1;
          break;
        }
        r.re.lastIndex = pos;
        const m = r.re.exec(text);
        if (!m) continue;
        matched = r;
        length = m[0].length;
        break;
      }
      // Only the acc_title/acc_descr value rules can match nothing (an empty value); they change
      // state, so the lexer still advances. Nothing matching cannot happen: '.' catches all.
      if (!matched) break;
      const line = lineAt(this.input, pos);
      if (matched.enter) {
        this.#state = matched.enter;
        this.#enteredLine = line;
      }
      if (matched.leave) this.#state = 'INITIAL';
      this.#pos += length;
      if (this.meter) this.meter.scanned += length;
      if (matched.token) return { type: matched.token, value: text.slice(pos, pos + length), line };
    }
    this.#tail ??= this.#end();
    return this.#tail.shift() ?? { type: 'EOF', value: '', line: this.input.endLine };
  }

  /** The tokens the end of the text gives in the state the lexer is left in. */
  #end(): Token[] {
    const line = this.input.endLine;
    if (this.#state === 'acc_descr_multiline') {
      // Mermaid would read the rest of the text as the description and drop every task in it.
      return [{ type: 'ERROR', value: 'accDescrUnclosed', line: this.#enteredLine }];
    }
    if (this.#state === 'acc_title') return [{ type: 'acc_title_value', value: '', line }];
    if (this.#state === 'acc_descr') return [{ type: 'acc_descr_value', value: '', line }];
    return [];
  }
}
