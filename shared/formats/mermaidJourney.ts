/**
 * Reading Mermaid `journey` diagrams, following Mermaid's own grammar (journey.jison and
 * journeyDb): a `journey` line, then in any order `title`, `accTitle:`, `accDescr:` or
 * `accDescr { ... }`, `section <name>` and tasks `<task>: <score>: <actor>, <actor>`; `%%`
 * comments, `%%{init}%%` directives, YAML front matter (`title:` there sets the title unless
 * the body has its own), CRLF line endings and any indentation.
 *
 * Where this reader differs from Mermaid, on purpose (Mermaid is lax about these; they do not
 * change what its drawing shows, or they would lose data silently):
 * - titles, section names, task names and actor names are trimmed (Mermaid keeps the spaces
 *   before a `:` in `Task : 5`, and after `title` in `title  Name`);
 * - empty actors are dropped (`Task: 5:` has no actors, where Mermaid lists one called "");
 *   `actors` is the sorted set of the remaining names, sorted as Mermaid sorts them;
 * - a missing or non-numeric score (`Task: `, `size: 2rem`) is `null` with a warning naming
 *   the line, where Mermaid yields 0 or NaN; a score outside 1-5 or not whole is kept as
 *   written, with a warning that the import will clamp or round it;
 * - text after a second `:` in a task is ignored, as Mermaid does, but with a warning;
 * - entity codes (`#58;`, `#colon;`) are decoded to the characters Mermaid would render;
 * - titles are plain text: Mermaid's HTML sanitising does not apply, since nothing here is
 *   rendered as HTML;
 * - an `accDescr {` block that is never closed is an error: Mermaid would read the rest of the
 *   diagram, tasks included, as the description.
 */
import { MAX_LABEL } from '../model/schema';
import { decodeEntities, preprocessMermaid } from './mermaidPreprocess';
import { JourneyLexer } from './mermaidJourneyLexer';
import type { Token } from './mermaidJourneyLexer';
import type { ScanMeter } from './scanMeter';
import type { FileProblem, LineProblem, ProblemParams } from './problems';

export interface MermaidJourneyTask {
  /** Name of the section the task is in; '' for tasks before any section. */
  section: string;
  /** Index into `sections` (sections may repeat a name); -1 before any section. */
  sectionIndex: number;
  task: string;
  /** As written; null when missing or not a number (see the file comment). */
  score: number | null;
  people: string[];
  /** 1-based line of the task in the source text. */
  line: number;
}

export interface MermaidJourney {
  title: string;
  accTitle: string;
  accDescr: string;
  sections: string[];
  /** 1-based source line of each section, parallel to `sections`. */
  sectionLines: number[];
  tasks: MermaidJourneyTask[];
  /** Every actor of every task, once each, sorted. */
  actors: string[];
}

/** An error, by line: a catalogue key under `reader.mermaid.*` and its parameters (see ./problems.ts). */
export type MermaidParseError = LineProblem;
/** A warning: by line, except the title's (which may come from the front matter). */
export type MermaidWarning = FileProblem & { readonly line?: number };

export type MermaidParseResult =
  { ok: true; journey: MermaidJourney; warnings: MermaidWarning[] } | { ok: false; errors: MermaidParseError[] };

/** Stop collecting after this many errors: past it they are mostly echoes of the first ones. */
const MAX_ERRORS = 20;

/** A name or text from the file as a message parameter, cut short (the catalogue puts the quotes). */
const clipped = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A problem on a line, from the Mermaid messages (`reader.mermaid.<code>`). */
function onLine(line: number, code: string, params?: ProblemParams): LineProblem {
  return { line, code: `reader.mermaid.${code}`, ...(params ? { params } : {}) };
}

export interface MermaidParseOptions {
  /** Counts the characters the reader examines (see ScanMeter). */
  meter?: ScanMeter;
  /**
   * Stop reading once the journey has more tasks, or more sections, than this: a caller that
   * refuses such a journey anyway need not read the rest. The result then holds one task (or
   * section) more than the limit and nothing after it.
   */
  maxTasks?: number;
  maxSections?: number;
}

/** Line `n` (1-based) of `source`, found without splitting the whole text. */
function sourceLine(source: string, n: number): string {
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let line = 1; line < n; line++) {
    if (!breaks.exec(source)) return '';
    start = breaks.lastIndex;
  }
  const end = source.slice(start).search(/\r|\n/);
  return end === -1 ? source.slice(start) : source.slice(start, start + end);
}

/**
 * Parse Mermaid `journey` text. Errors name the line (and nothing is returned); warnings name
 * the line of everything the reader had to normalise or will change on import. The work grows
 * linearly with the text, and tokens are read one at a time: reading stops after
 * {@link MAX_ERRORS} errors or past the limits in `options`.
 *
 * @example
 * parseMermaidJourney('journey\n  section Order\n    Pay: 2: Me')
 * // { ok: true, journey: { sections: ['Order'], tasks: [{ task: 'Pay', score: 2, people: ['Me'], ... }], ... } }
 */
export function parseMermaidJourney(source: string, options: MermaidParseOptions = {}): MermaidParseResult {
  const { meter, maxTasks = Infinity, maxSections = Infinity } = options;
  const pre = preprocessMermaid(source, meter);
  if (pre.error) return { ok: false, errors: [pre.error] };
  const lexer = new JourneyLexer(pre.text, meter);
  let ahead: Token | undefined;
  /** The last token taken, and the one taken before it. */
  let last: Token | undefined;
  let beforeLast: Token | undefined;
  const peek = () => (ahead ??= lexer.next());
  const take = () => {
    const token = peek();
    ahead = undefined;
    beforeLast = last;
    last = token;
    return token;
  };

  const first = take();
  if (first.type === 'ERROR') return { ok: false, errors: [onLine(first.line, first.value)] };
  if (first.type === 'EOF') return { ok: false, errors: [onLine(1, 'noDiagram')] };
  if (first.type !== 'journey') {
    const found = sourceLine(source, first.line).trim();
    return { ok: false, errors: [onLine(first.line, 'notJourney', { found: clipped(found) })] };
  }

  const journey: MermaidJourney = {
    title: decodeEntities(pre.frontMatterTitle).trim(),
    accTitle: '',
    accDescr: '',
    sections: [],
    sectionLines: [],
    tasks: [],
    actors: [],
  };
  const warnings: MermaidWarning[] = [];
  const errors: MermaidParseError[] = [];
  const fail = (line: number, code: string, params?: ProblemParams) => errors.push(onLine(line, code, params));

  while (errors.length < MAX_ERRORS) {
    const tok = take();
    if (tok.type === 'EOF') break;
    // The lexer's own error (an unclosed block) is the one to report: what it read as the block is not a diagram.
    if (tok.type === 'ERROR') return { ok: false, errors: [onLine(tok.line, tok.value)] };
    const errorsBefore = errors.length;
    switch (tok.type) {
      case 'NEWLINE':
        break;
      case 'title':
        journey.title = decodeEntities(tok.value.slice(6)).trim();
        break;
      case 'acc_title':
        journey.accTitle = decodeEntities(take().value).trim();
        break;
      case 'acc_descr':
      case 'acc_descr_multiline_value': {
        const value = tok.type === 'acc_descr' ? take().value : tok.value;
        // Mermaid's setAccDescription: indentation after each line break goes.
        journey.accDescr = decodeEntities(value.trim().replace(/\n\s+/g, '\n'));
        break;
      }
      case 'section':
        journey.sections.push(decodeEntities(tok.value.slice(8)).trim());
        journey.sectionLines.push(tok.line);
        break;
      case 'taskName': {
        const next = peek();
        const name = decodeEntities(tok.value).trim();
        if (next.type === 'taskData') {
          take();
          journey.tasks.push(readTask(journey, name, next, warnings));
        } else if (next.type === ':') {
          fail(tok.line, 'nothingAfterColon', { name: clipped(name) });
        } else if (next.type === 'INVALID') {
          fail(next.line, 'notAllowed', { text: clipped(next.value) });
        } else {
          fail(tok.line, 'notATask', { name: clipped(name) });
        }
        break;
      }
      case 'taskData':
      case ':':
        if (beforeLast?.type === 'section' && beforeLast.line === tok.line) fail(tok.line, 'colonInSection');
        else fail(tok.line, 'noTaskName', { text: clipped(decodeEntities(tok.value)) });
        break;
      case 'journey':
        fail(tok.line, 'journeyAgain');
        break;
      case 'INVALID':
        fail(tok.line, 'notAllowed', { text: clipped(tok.value) });
        break;
      default:
        // acc_title_value / acc_descr_value only ever follow their keyword, consumed above.
        fail(tok.line, 'unexpected', { text: clipped(decodeEntities(tok.value)) });
    }
    if (journey.tasks.length > maxTasks || journey.sections.length > maxSections) break;
    // Like an editor's error recovery: skip the rest of a line that failed and read on.
    if (errors.length > errorsBefore) {
      const line = errors[errors.length - 1].line;
      while (peek().type !== 'EOF' && peek().type !== 'ERROR' && peek().line <= line) take();
    }
  }
  if (errors.length) return { ok: false, errors };

  const actors = new Set<string>();
  for (const task of journey.tasks) for (const person of task.people) actors.add(person);
  journey.actors = [...actors].sort();
  warnLong(journey, warnings);
  return { ok: true, journey, warnings };
}

/** journeyDb.addTask: the data after the first ':' is `score` or `score: actor, actor`. */
function readTask(journey: MermaidJourney, name: string, data: Token, warnings: MermaidWarning[]): MermaidJourneyTask {
  const line = data.line;
  const task = clipped(name);
  const pieces = data.value.slice(1).split(':');
  if (pieces.length > 2) {
    const ignored = decodeEntities(pieces.slice(2).join(':')).trim();
    warnings.push(onLine(line, 'textIgnored', { name: task, text: clipped(ignored) }));
  }
  const people =
    pieces.length > 1
      ? pieces[1]
          .split(',')
          .map((p) => decodeEntities(p).trim())
          .filter(Boolean)
      : [];
  const scoreText = pieces[0].trim();
  let score: number | null = Number(scoreText);
  if (scoreText === '') {
    score = null;
    warnings.push(onLine(line, 'noScore', { name: task }));
  } else if (!Number.isFinite(score)) {
    score = null;
    warnings.push(onLine(line, 'scoreNotNumber', { name: task, text: clipped(decodeEntities(scoreText)) }));
  } else if (score < 1 || score > 5) {
    const counts = Math.min(5, Math.max(1, Math.round(score)));
    warnings.push(onLine(line, 'scoreOutOfRange', { name: task, score, counts }));
  } else if (!Number.isInteger(score)) {
    warnings.push(onLine(line, 'scoreNotWhole', { name: task, score, counts: Math.round(score) }));
  }
  const sectionIndex = journey.sections.length - 1;
  return { section: journey.sections[sectionIndex] ?? '', sectionIndex, task: name, score, people, line };
}

/** The project keeps names up to MAX_LABEL characters; say where the import will shorten one. */
function warnLong(journey: MermaidJourney, warnings: MermaidWarning[]): void {
  const max = { max: MAX_LABEL };
  if (journey.title.length > MAX_LABEL) warnings.push({ code: 'reader.mermaid.longTitle', params: max });
  journey.sections.forEach((section, index) => {
    if (section.length > MAX_LABEL) warnings.push(onLine(journey.sectionLines[index], 'longSection', max));
  });
  for (const task of journey.tasks) {
    if (task.task.length > MAX_LABEL) warnings.push(onLine(task.line, 'longTask', max));
    if (task.people.join(', ').length > MAX_LABEL) warnings.push(onLine(task.line, 'longActors', max));
  }
}
