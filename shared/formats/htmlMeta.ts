/**
 * The project inside an exported HTML map: its JSON in a
 * `<script type="application/json" id="touchmap-project">` data block, escaped so that nothing
 * in it can end the element or start markup, and the reader that finds it again.
 */
import { parseProject, type ParseResult } from '../model/parse';
import { problem, type FileProblem } from './problems';
import { meteredIndexOf, type ScanMeter } from './scanMeter';

/** The id of the data block holding the project. */
export const HTML_PROJECT_ID = 'touchmap-project';

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text made safe inside an HTML `<script>` element: `<`, `>` and `&` as `\u003c`,
 * `\u003e`, `\u0026` (so neither `</script>` nor `<!--` can appear, whatever the data says),
 * and the line separators U+2028 and U+2029 escaped too. These characters can only stand
 * inside JSON strings, where the escapes mean the same characters: the text parses to the
 * same value.
 *
 * @example scriptSafeJson('{"title":"</script>"}') // '{"title":"\\u003c/script\\u003e"}'
 */
export function scriptSafeJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c]);
}

/** A `<script type="application/json">` data block with `json` in it (escaped here). */
export function htmlJsonBlock(id: string, json: string): string {
  return `<script type="application/json" id="${id}">${scriptSafeJson(json)}</script>`;
}

const OPEN = '<script';
const MARKER = `id="${HTML_PROJECT_ID}"`;

/** Whether `text` at `at` is `</script` followed by what ends a tag name (any case, as HTML reads it). */
function isScriptEnd(text: string, at: number): boolean {
  if (text.slice(at + 2, at + 8).toLowerCase() !== 'script') return false;
  const next = text.charCodeAt(at + 8);
  // White space, '/', '>' or the end of the text end the tag name.
  return Number.isNaN(next) || next === 0x2f || next === 0x3e || next === 0x20 || (next >= 0x09 && next <= 0x0d);
}

export type HtmlProjectText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: FileProblem };

/**
 * The project JSON text inside an exported HTML map, as the data block holds it (the JSON
 * escapes are left for the JSON parser), or the problem: no such block, or one never closed.
 *
 * The block is the first `<script` start tag whose attributes name the id `touchmap-project`
 * (as the export writes it: `id="touchmap-project"`); its content runs to the first `</script`
 * after it, where an HTML parser ends it too. One pass, linear in the text's length whatever
 * it holds (`meter`, if given, counts the characters examined): the next start tag end and
 * the next id are each searched for once and kept while they lie ahead.
 */
export function findProjectInHtml(html: string, meter?: ScanMeter): HtmlProjectText {
  let nextGt = -2; // -2: not searched yet; -1: none in the rest of the text
  let nextId = -2;
  let from = 0;
  for (;;) {
    const open = meteredIndexOf(html, OPEN, from, meter);
    if (open === -1) return { ok: false, problem: problem('viewer.reader.noProject') };
    const nameEnd = open + OPEN.length;
    from = nameEnd;
    // `<scripts` is another element.
    const after = html.charCodeAt(nameEnd);
    if (!(after === 0x20 || (after >= 0x09 && after <= 0x0d) || after === 0x2f)) continue;
    if (nextGt !== -1 && nextGt < nameEnd) nextGt = meteredIndexOf(html, '>', nameEnd, meter);
    if (nextGt === -1) return { ok: false, problem: problem('viewer.reader.noProject') };
    if (nextId !== -1 && nextId < nameEnd) nextId = meteredIndexOf(html, MARKER, nameEnd, meter);
    if (nextId === -1) return { ok: false, problem: problem('viewer.reader.noProject') };
    if (nextId + MARKER.length > nextGt) continue;
    const contentStart = nextGt + 1;
    let at = contentStart;
    for (;;) {
      at = meteredIndexOf(html, '</', at, meter);
      if (at === -1) return { ok: false, problem: problem('viewer.reader.unclosed') };
      if (meter) meter.scanned += 8;
      if (isScriptEnd(html, at)) break;
      at += 2;
    }
    return { ok: true, text: html.slice(contentStart, at) };
  }
}

/**
 * The project JSON an exported HTML map carries, or null when it carries none (also when its
 * block is cut off). Not parsed or validated here: callers pass it to the project parser like
 * any file from disk.
 *
 * @example extractProjectFromHtml(renderJourneyHtml(p, opts).html) // JSON of p
 */
export function extractProjectFromHtml(html: string, meter?: ScanMeter): string | null {
  const found = findProjectInHtml(html, meter);
  return found.ok ? found.text : null;
}

/**
 * Read the project an exported HTML map carries, through the model's parse path. Never throws:
 * no project inside (`viewer.reader.noProject`), a block cut off (`viewer.reader.unclosed`),
 * JSON that does not parse (`viewer.reader.damaged`), or the model's own problems (a newer
 * format: `reader.project.newer`, ...) come back as problems.
 */
export function readProjectFromHtml(html: string): ParseResult {
  const found = findProjectInHtml(html);
  if (!found.ok) return { ok: false, problems: [found.problem] };
  let data: unknown;
  try {
    data = JSON.parse(found.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem('viewer.reader.damaged', { detail })] };
  }
  return parseProject(data);
}
