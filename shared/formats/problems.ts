/**
 * What the file readers (Mermaid, .touchmap, PNG and SVG metadata, the model's parse path)
 * report: a catalogue key under `reader.*` (shared/i18n/locales/<lang>/formats.ts) and its
 * parameters, never an English sentence. The screen that shows a problem translates it with
 * {@link problemText} and its own translator (the renderer's i18next, or main's translator for
 * its current language); nothing here holds a language.
 */

/** Values a message is filled with (names and texts from the file, numbers). */
export type ProblemParams = Readonly<Record<string, string | number>>;

/**
 * Where in a project document a problem sits, as data: an item of a list (`Step 3 ("Pay")`)
 * or a field (`risk likelihood`). Translated by {@link problemText} into the `where` parameter.
 */
export type PathPart =
  { readonly item: string; readonly n: number; readonly name?: string } | { readonly field: string };

export interface FileProblem {
  /** Catalogue key, e.g. `reader.mermaid.scoreOutOfRange`. */
  readonly code: string;
  readonly params?: ProblemParams;
  /** For problems inside a project document: where it sits (becomes `{{where}}`). */
  readonly path?: readonly PathPart[];
}

/** A problem and the line of the source text it names (Mermaid). */
export interface LineProblem extends FileProblem {
  readonly line: number;
}

/** The translator a screen passes in: i18next's `t`, or anything that looks keys up the same way. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Make a problem (params left out when there are none, so results compare simply). */
export function problem(code: string, params?: ProblemParams, path?: readonly PathPart[]): FileProblem {
  return { code, ...(params ? { params } : {}), ...(path ? { path } : {}) };
}

/** Lists whose items have their own noun in the catalogue (`reader.path.item.<list>`). */
const ITEM_LISTS = new Set(['steps', 'stages', 'lanes', 'flows', 'personas', 'measures']);
/** Fields with a name of their own in the catalogue (`reader.path.field.<key>`); others show their key. */
const NAMED_FIELDS = new Set([
  'likelihood',
  'impact',
  'expectation',
  'perception',
  'stageId',
  'laneId',
  'momentOfTruth',
  'waitSeconds',
  'schemaVersion',
  'painPoints',
  'opportunities',
  'risk',
  'servqual',
  'senses',
  'standard',
]);

/** Types zod names that have words of their own in the catalogue (`reader.type.<type>`). */
const TYPE_NAMES = new Set(['int', 'array', 'object', 'string', 'number', 'boolean']);

/** A path in words, in the translator's language: "Step 3 ("Pay"), risk likelihood". */
export function pathText(path: readonly PathPart[], t: Translate): string {
  if (path.length === 0) return t('reader.path.project');
  return path
    .map((part) => {
      if ('field' in part) return NAMED_FIELDS.has(part.field) ? t(`reader.path.field.${part.field}`) : part.field;
      const noun = ITEM_LISTS.has(part.item) ? part.item : 'other';
      return part.name
        ? t(`reader.path.named.${noun}`, { n: part.n, name: part.name })
        : t(`reader.path.item.${noun}`, { n: part.n });
    })
    .join(t('reader.path.separator'));
}

/**
 * A problem in words, in the translator's language.
 *
 * @example problemText({ code: 'reader.file.empty' }, i18n.t) // 'The file is empty.'
 */
export function problemText(p: FileProblem, t: Translate): string {
  const params: Record<string, unknown> = { ...p.params };
  if (p.path) params.where = pathText(p.path, t);
  // A wrong type names the type the field needs, in words.
  if (typeof params.type === 'string') {
    const known = TYPE_NAMES.has(params.type);
    params.type = t(`reader.type.${known ? params.type : 'other'}`, { type: params.type });
  }
  return t(p.code, params);
}

/**
 * Thrown by the byte readers (PNG): carries the problem; its `message` is only the code, for
 * logs. A screen shows `problemText(error.problem, t)`.
 */
export class ReaderError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.code);
    this.name = 'ReaderError';
  }
}
