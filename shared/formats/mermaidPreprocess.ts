/**
 * The text preparation Mermaid does before its jison parser sees a diagram, redone here with
 * line tracking so every error and warning can name the line of the original text.
 *
 * Mermaid (mermaidAPI `preprocessDiagram`, then `Diagram.fromText`) in this order: turns CRLF
 * and CR into LF; rewrites double-quoted attributes inside HTML-like tags to single quotes;
 * cuts a leading YAML front matter block (`---` ... `---`) whose `title:` becomes the diagram
 * title; removes `%%{...}%%` directives; removes whole-line `%%` comments; trims leading
 * whitespace; and hides entity codes such as `#58;` or `#colon;` behind placeholders, which
 * it turns back into characters only when rendering. We do the same and decode the
 * placeholders into plain characters (see {@link decodeEntities}).
 */
import { meteredIndexOf } from './scanMeter';
import type { ScanMeter } from './scanMeter';
import type { LineProblem } from './problems';

/**
 * Text being prepared, and where each of its characters came from, kept without a record per
 * character: `base` is the source with every line break (CRLF, CR, LF) turned into one LF, so
 * its lines are the source's lines; `text` is `base` with the ranges `cuts` taken out (and
 * rewrites that keep the length). A character's line is found by walking `base` from where
 * the previous lookup stopped, so looking up ascending positions costs one pass in all.
 */
export interface TrackedText {
  text: string;
  base: string;
  /** Ranges of `base` taken out of `text`: start, end, start, end, ... ascending, not overlapping. */
  cuts: number[];
  /** Line of the end of the text (where an end-of-input error points). */
  endLine: number;
  /** Where the last {@link lineAt} stopped (shared by copies with the same cuts). */
  cursor: BaseCursor;
}

/** Walks `text` and `base` side by side, counting the line breaks of `base` it passes. */
class BaseCursor {
  index = 0;
  at = 0;
  line = 1;
  #cut = 0;
  constructor(
    private readonly base: string,
    private readonly cuts: number[],
  ) {}

  #passBase(to: number): void {
    for (let i = this.at; i < to; i++) if (this.base.charCodeAt(i) === 10) this.line++;
    this.at = to;
  }

  /** Move to text position `index` (rewinding to the start if it lies behind); returns its position in `base`. */
  moveTo(index: number): number {
    if (index < this.index) {
      this.index = 0;
      this.at = 0;
      this.line = 1;
      this.#cut = 0;
    }
    for (;;) {
      while (this.#cut < this.cuts.length && this.cuts[this.#cut] <= this.at) {
        this.#passBase(Math.max(this.at, this.cuts[this.#cut + 1]));
        this.#cut += 2;
      }
      const remaining = index - this.index;
      if (remaining === 0) return this.at;
      const nextCut = this.#cut < this.cuts.length ? this.cuts[this.#cut] : Infinity;
      const step = Math.min(remaining, nextCut - this.at);
      this.#passBase(this.at + step);
      this.index += step;
    }
  }
}

function tracked(text: string, base: string, cuts: number[], endLine: number): TrackedText {
  return { text, base, cuts, endLine, cursor: new BaseCursor(base, cuts) };
}

/** Start tracking a source text: CRLF, LF and a lone CR each end a line, and become LF. */
export function trackLines(source: string): TrackedText {
  const base = source.replace(/\r\n?/g, '\n');
  let endLine = 1;
  for (let i = base.indexOf('\n'); i !== -1; i = base.indexOf('\n', i + 1)) endLine++;
  return tracked(base, base, [], endLine);
}

/** Line of the character at `index`, or of the end of the text past the last character. */
export function lineAt(t: TrackedText, index: number): number {
  if (index >= t.text.length) return t.endLine;
  t.cursor.moveTo(index);
  return t.cursor.line;
}

/** Union of two ascending lists of ranges. */
function mergeCuts(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && a[i] <= b[j]);
    const start = fromA ? a[i] : b[j];
    const end = fromA ? a[i + 1] : b[j + 1];
    if (fromA) i += 2;
    else j += 2;
    if (out.length && start <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], end);
    else out.push(start, end);
  }
  return out;
}

/** Take the ranges `[start, end)` of `t.text` (ascending, not overlapping) out of it. */
function cutTracked(t: TrackedText, ranges: Iterable<[number, number]>): TrackedText {
  const cursor = new BaseCursor(t.base, t.cuts);
  const cuts: number[] = [];
  let text = '';
  let last = 0;
  // Ranges that touch (a run of comment lines) are taken out as one: [open, pending).
  let open = -1;
  let pending = 0;
  const close = () => {
    if (open === -1) return;
    text += t.text.slice(last, open);
    cuts.push(cursor.moveTo(open), cursor.moveTo(pending - 1) + 1);
    last = pending;
  };
  for (const [start, end] of ranges) {
    if (end <= start) continue;
    if (open === -1 || start !== pending) {
      close();
      open = start;
    }
    pending = end;
  }
  close();
  if (cuts.length === 0) return t;
  return tracked(text + t.text.slice(last), t.base, mergeCuts(t.cuts, cuts), t.endLine);
}

/** Every match of the global pattern `re` taken out of the text. */
function removeTracked(t: TrackedText, re: RegExp): TrackedText {
  return cutTracked(
    t,
    (function* () {
      for (const m of t.text.matchAll(re)) yield [m.index, m.index + m[0].length] as [number, number];
    })(),
  );
}

/** The text from `start` on. */
function sliceTracked(t: TrackedText, start: number): TrackedText {
  return cutTracked(t, [[0, start]]);
}

/**
 * Front matter as Mermaid matches it (a Jekyll-style block): optional indent, `---`, the YAML
 * body, a closing `---` at the same indent, then at least one line break, all eaten.
 * Mermaid lets `\s*` after the opening `---` (and before a comment line) run over line breaks;
 * here it stops at the line's end, which reads every diagram the same (blank lines mean
 * nothing in YAML or in a journey) and keeps the match linear on a long run of blank lines.
 */
const FRONT_MATTER = /^([^\S\n]*)-{3}[^\S\n]*\n([\s\S]*?)\n\1-{3}\s*\n+/;
const FRONT_MATTER_OPEN = /^[^\S\n]*-{3}[^\S\n]*\n/;
/** `%%{` and a word open a directive; it runs to the first `}%%`, or to the end. */
const DIRECTIVE = /%%\{\s*\w[\s\S]*?(?:\}%%|$)/g;
/** A whole line that starts with `%%` (not `%%{`), with its line break (see FRONT_MATTER on `\s*`). */
const COMMENT_LINE = /^[^\S\n]*%%(?!\{)[^\n]+\n?/gm;
const ENTITY = /#(\w+);/g;
const ENTITY_OPEN = '\uE000';
const ENTITY_CLOSE = '\uE001';

const isWordChar = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

/**
 * Mermaid's rewrite of `="..."` to `='...'` inside HTML-like tags (`<` a word, then anything
 * up to the first `>`), in one pass. The result has the same length, so every character
 * keeps its line. Searches for the next `>` and the next `"` are kept while they lie ahead,
 * so a text full of `<a ` with no `>` is still read once, not once per `<`.
 */
export function singleQuoteTagAttributes(text: string, meter?: ScanMeter): string {
  let out = '';
  let copied = 0;
  // Next `>`, `="` and `"` at or after where they were last looked for: -2 not searched yet, -1 none left.
  let nextGt = -2;
  let nextEq = -2;
  let nextQuote = -2;
  let from = 0;
  for (;;) {
    const lt = meteredIndexOf(text, '<', from, meter);
    if (lt === -1) break;
    if (meter) meter.scanned += 1;
    if (!isWordChar(text.charCodeAt(lt + 1))) {
      from = lt + 1;
      continue;
    }
    if (nextGt !== -1 && nextGt < lt) nextGt = meteredIndexOf(text, '>', lt, meter);
    if (nextGt === -1) break; // no tag ahead can end
    // Inside the tag, each `="` up to the next `"` becomes `='` ... `'`.
    let pos = lt;
    for (;;) {
      if (nextEq !== -1 && nextEq < pos) nextEq = meteredIndexOf(text, '="', pos, meter);
      if (nextEq === -1 || nextEq > nextGt) break;
      if (nextQuote !== -1 && nextQuote < nextEq + 2) nextQuote = meteredIndexOf(text, '"', nextEq + 2, meter);
      if (nextQuote === -1 || nextQuote > nextGt) break;
      out += text.slice(copied, nextEq) + "='" + text.slice(nextEq + 2, nextQuote) + "'";
      copied = nextQuote + 1;
      pos = nextQuote + 1;
    }
    from = nextGt + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export interface Preprocessed {
  text: TrackedText;
  /** Title from the front matter, if it has one; a `title` statement in the body overrides it. */
  frontMatterTitle: string;
  /** Why the text cannot be read: a code under `reader.mermaid.*`, and its line. */
  error?: LineProblem;
}

/** Prepare Mermaid source for the journey lexer exactly as Mermaid does (see the file comment). */
export function preprocessMermaid(source: string, meter?: ScanMeter): Preprocessed {
  // `meter` counts the tag pass exactly; each pattern pass below is counted as one read of
  // the text, by construction: none of these patterns has a quantifier that can re-read text
  // an earlier attempt already read, except over one run of word or space characters.
  const pass = () => {
    if (meter) meter.scanned += t.text.length;
  };
  let t = trackLines(source);
  pass();
  t = { ...t, text: singleQuoteTagAttributes(t.text, meter) };
  let frontMatterTitle = '';
  const front = FRONT_MATTER.exec(t.text);
  pass();
  if (front) {
    const indent = front[1];
    const body = indent
      ? front[2]
          .split('\n')
          .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
          .join('\n')
      : front[2];
    frontMatterTitle = yamlTitle(body);
    t = sliceTracked(t, front[0].length);
  } else if (FRONT_MATTER_OPEN.test(t.text)) {
    return {
      text: t,
      frontMatterTitle,
      error: { line: 1, code: 'reader.mermaid.frontMatterOpen' },
    };
  }
  t = removeTracked(t, DIRECTIVE);
  pass();
  t = removeTracked(t, COMMENT_LINE);
  pass();
  const firstContent = t.text.search(/\S/);
  t = sliceTracked(t, firstContent === -1 ? t.text.length : firstContent);
  // Same length: every character keeps its line.
  t = { ...t, text: t.text.replace(ENTITY, (_m, name: string) => ENTITY_OPEN + name + ENTITY_CLOSE) };
  pass();
  return { text: t, frontMatterTitle };
}

/** Named entities Mermaid users write most (HTML names); any other name is kept as typed. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  semi: ';',
  num: '#',
  percnt: '%',
  comma: ',',
  period: '.',
  excl: '!',
  quest: '?',
  commat: '@',
  dollar: '$',
  equals: '=',
  plus: '+',
  ast: '*',
  sol: '/',
  bsol: '\\',
  lowbar: '_',
  grave: '`',
  vert: '|',
  verbar: '|',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lcub: '{',
  rcub: '}',
  lbrace: '{',
  rbrace: '}',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  laquo: '\u00ab',
  raquo: '\u00bb',
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  deg: '\u00b0',
  times: '\u00d7',
  divide: '\u00f7',
  middot: '\u00b7',
  bull: '\u2022',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  hearts: '\u2665',
};

const ENCODED = new RegExp(`${ENTITY_OPEN}(\\w+)${ENTITY_CLOSE}`, 'g');

/**
 * Turn the entity placeholders of {@link preprocessMermaid} into characters: `#58;` into `:`
 * (decimal code points, as Mermaid reads them) and `#colon;` into `:` (the common HTML names
 * above). Anything else is given back as it was typed, `#name;`.
 */
export function decodeEntities(text: string): string {
  return text.replace(ENCODED, (_whole, name: string) => {
    if (/^\d+$/.test(name)) {
      const code = Number(name);
      const isSurrogate = code >= 0xd800 && code <= 0xdfff;
      return code <= 0x10ffff && !isSurrogate ? String.fromCodePoint(code) : `#${name};`;
    }
    return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : `#${name};`;
  });
}

/**
 * The `title` of a YAML front matter body. Mermaid reads the whole block with js-yaml; the
 * title is the only key that matters to a journey's content (`config` only styles it), so this
 * reads a top-level `title:` written plain, single- or double-quoted, or as a `|` / `>` block.
 */
export function yamlTitle(body: string): string {
  const lines = body.split('\n');
  const index = lines.findIndex((line) => /^title\s*:/.test(line));
  if (index === -1) return '';
  const raw = lines[index].replace(/^title\s*:/, '').trim();
  if (/^[|>][+-]?$/.test(raw)) {
    const block: string[] = [];
    for (const line of lines.slice(index + 1)) {
      if (line.trim() !== '' && !/^\s/.test(line)) break;
      block.push(line.trim());
    }
    return block.join(raw.startsWith('|') ? '\n' : ' ').trim();
  }
  if (raw.startsWith('"')) {
    const end = raw.lastIndexOf('"');
    const inner = end > 0 ? raw.slice(1, end) : raw.slice(1);
    return inner.replace(/\\(["\\/nt])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  if (raw.startsWith("'")) {
    const end = raw.lastIndexOf("'");
    return (end > 0 ? raw.slice(1, end) : raw.slice(1)).replace(/''/g, "'");
  }
  // A plain scalar ends at a comment; `null` and `~` mean no title, as for js-yaml.
  const plain = raw.replace(/\s+#.*$/, '').trim();
  return plain === 'null' || plain === '~' ? '' : plain;
}
