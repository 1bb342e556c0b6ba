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

/** Text plus, for every character, the 1-based line of the original source it came from. */
export interface TrackedText {
  text: string;
  lines: number[];
  /** Line of the end of the text (where an end-of-input error points). */
  endLine: number;
}

/** Start tracking a source text: CRLF, LF and a lone CR each end a line. */
export function trackLines(source: string): TrackedText {
  const lines = new Array<number>(source.length);
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    lines[i] = line;
    const ch = source[i];
    if (ch === '\n' || (ch === '\r' && source[i + 1] !== '\n')) line++;
  }
  return { text: source, lines, endLine: line };
}

/** Line of the character at `index`, or of the end of the text past the last character. */
export function lineAt(t: TrackedText, index: number): number {
  return t.lines[index] ?? t.endLine;
}

/**
 * `String.replace` for tracked text: `re` must be global. Replacement characters inherit the
 * line of the start of the match they replace; untouched characters keep their own.
 */
export function replaceTracked(t: TrackedText, re: RegExp, replace: (match: RegExpExecArray) => string): TrackedText {
  let text = '';
  const lines: number[] = [];
  let last = 0;
  for (const match of t.text.matchAll(re)) {
    const start = match.index;
    text += t.text.slice(last, start);
    for (let i = last; i < start; i++) lines.push(t.lines[i]);
    const replacement = replace(match);
    text += replacement;
    const line = lineAt(t, start);
    for (let i = 0; i < replacement.length; i++) lines.push(line);
    last = start + match[0].length;
  }
  text += t.text.slice(last);
  for (let i = last; i < t.text.length; i++) lines.push(t.lines[i]);
  return { text, lines, endLine: t.endLine };
}

function sliceTracked(t: TrackedText, start: number): TrackedText {
  return { text: t.text.slice(start), lines: t.lines.slice(start), endLine: t.endLine };
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
const TAG = /<(\w+)([^>]*)>/g;
const ENTITY = /#(\w+);/g;
const ENTITY_OPEN = '\uE000';
const ENTITY_CLOSE = '\uE001';

export interface Preprocessed {
  text: TrackedText;
  /** Title from the front matter, if it has one; a `title` statement in the body overrides it. */
  frontMatterTitle: string;
  error?: { line: number; message: string };
}

/** Prepare Mermaid source for the journey lexer exactly as Mermaid does (see the file comment). */
export function preprocessMermaid(source: string): Preprocessed {
  let t = trackLines(source);
  t = replaceTracked(t, /\r\n?/g, () => '\n');
  t = replaceTracked(t, TAG, (m) => `<${m[1]}${m[2].replace(/="([^"]*)"/g, "='$1'")}>`);
  let frontMatterTitle = '';
  const front = FRONT_MATTER.exec(t.text);
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
      error: { line: 1, message: 'The front matter opened with "---" is never closed by a second "---" line.' },
    };
  }
  t = replaceTracked(t, DIRECTIVE, () => '');
  t = replaceTracked(t, COMMENT_LINE, () => '');
  const firstContent = t.text.search(/\S/);
  t = sliceTracked(t, firstContent === -1 ? t.text.length : firstContent);
  t = replaceTracked(t, ENTITY, (m) => ENTITY_OPEN + m[1] + ENTITY_CLOSE);
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
