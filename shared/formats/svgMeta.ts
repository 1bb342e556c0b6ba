/**
 * The project inside an exported SVG: its JSON as escaped text in a
 * `<metadata>` element, so opening the SVG opens the project again.
 */
import { meteredIndexOf } from './scanMeter';
import type { ScanMeter } from './scanMeter';
import { escapeXmlAttr, unescapeXml, xmlSafeJson } from './xml';

/** Namespace of the element holding the project; identifies it whatever prefix a tool gives it. */
export const SVG_PROJECT_NAMESPACE = 'urn:touchmap:project:1';

/** The `<metadata>` element carrying `project` as JSON text. */
export function svgProjectMetadata(project: unknown): string {
  return (
    `<metadata id="touchmap-project"><tm:project xmlns:tm="${escapeXmlAttr(SVG_PROJECT_NAMESPACE)}">` +
    // xmlSafeJson has no characters XML forbids; only the markup characters need escaping.
    xmlSafeJson(project).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')) +
    '</tm:project></metadata>'
  );
}

const ELEMENT_NAME = 'project';
const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/** `[\w.-]`: a character of a prefix as this reader accepts it. */
function isNameChar(code: number): boolean {
  return isWordChar(code) || code === 0x2e || code === 0x2d;
}

/** `\w`: after `project`, one of these means another name (`projects`), not the element. */
function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f
  );
}

/** `[A-Za-z_]`: a character that may start a prefix. */
function isNameStart(code: number): boolean {
  return isWordChar(code) && !(code >= 0x30 && code <= 0x39);
}

/** XML white space. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * The first start tag `<project ...>` or `<prefix:project ...>` whose attributes hold the
 * Touchmap namespace: its prefix (with the colon, or '') and where its content begins.
 * One pass: the searches for the next `>` and the next namespace are kept while they still
 * lie ahead, so no part of the text is searched twice for them, however many start tags
 * lack them.
 */
function findProjectStartTag(svg: string, meter?: ScanMeter): { prefix: string; contentStart: number } | null {
  let nextGt = -2; // -2: not searched yet; -1: none in the rest of the text
  let nextNs = -2;
  let from = 0;
  for (;;) {
    const lt = meteredIndexOf(svg, '<', from, meter);
    if (lt === -1) return null;
    let end = lt + 1;
    while (end < svg.length && isNameChar(svg.charCodeAt(end))) end++;
    if (meter) meter.scanned += end - lt;
    let prefix = '';
    let nameStart = lt + 1;
    if (end > lt + 1 && svg.charCodeAt(end) === 0x3a && isNameStart(svg.charCodeAt(lt + 1))) {
      prefix = svg.slice(lt + 1, end + 1);
      nameStart = end + 1;
    }
    // The characters of a prefix hold no '<': the next search starts after them.
    from = Math.max(end, lt + 1);
    const nameEnd = nameStart + ELEMENT_NAME.length;
    if (meter) meter.scanned += ELEMENT_NAME.length;
    if (!svg.startsWith(ELEMENT_NAME, nameStart) || isWordChar(svg.charCodeAt(nameEnd))) continue;
    if (nextGt !== -1 && nextGt < nameEnd) nextGt = meteredIndexOf(svg, '>', nameEnd, meter);
    if (nextGt === -1) return null; // no start tag ahead can end
    if (nextNs !== -1 && nextNs < nameEnd) nextNs = meteredIndexOf(svg, SVG_PROJECT_NAMESPACE, nameEnd, meter);
    if (nextNs === -1) return null; // no start tag ahead can declare the namespace
    if (nextNs + SVG_PROJECT_NAMESPACE.length <= nextGt) return { prefix, contentStart: nextGt + 1 };
    from = nameEnd;
  }
}

/** Where the first end tag `</prefix:project>` (white space allowed before `>`) at or after `from` starts, or -1. */
function findEndTag(svg: string, prefix: string, from: number, meter?: ScanMeter): number {
  const needle = `</${prefix}${ELEMENT_NAME}`;
  for (;;) {
    const at = meteredIndexOf(svg, needle, from, meter);
    if (at === -1) return -1;
    let end = at + needle.length;
    while (end < svg.length && isSpace(svg.charCodeAt(end))) end++;
    if (meter) meter.scanned += end - at - needle.length + 1;
    if (svg.charCodeAt(end) === 0x3e) return at;
    from = end;
  }
}

/** Character data as an XML parser reads it: entities decoded, CDATA sections taken literally. */
function characterData(content: string, meter?: ScanMeter): string {
  let text = '';
  let pos = 0;
  const plain = (end: number) => {
    if (meter) meter.scanned += end - pos;
    return unescapeXml(content.slice(pos, end));
  };
  while (pos < content.length) {
    const open = meteredIndexOf(content, CDATA_OPEN, pos, meter);
    // An unclosed CDATA section is no section: what follows is read as ordinary text.
    const close = open === -1 ? -1 : meteredIndexOf(content, CDATA_CLOSE, open + CDATA_OPEN.length, meter);
    if (close === -1) return text + plain(content.length);
    text += plain(open) + content.slice(open + CDATA_OPEN.length, close);
    pos = close + CDATA_CLOSE.length;
  }
  return text;
}

/**
 * The project JSON text embedded by {@link svgProjectMetadata}, or null when
 * the SVG carries none. The text is not parsed or validated here: callers
 * pass it to the project parser like any file from disk.
 *
 * The element is found by its name `project` (with any prefix) and the Touchmap
 * namespace among its start tag's attributes; the first such element counts, and its
 * content runs to the first end tag of the same name. The work grows linearly with the
 * length of the text, whatever it holds (`meter`, if given, counts the characters examined).
 *
 * @example extractProjectFromSvg(renderJourneySvg(p, { ...opts, embedProject: true }).svg) // JSON of p
 */
export function extractProjectFromSvg(svgText: string, meter?: ScanMeter): string | null {
  const start = findProjectStartTag(svgText, meter);
  if (!start) return null;
  const end = findEndTag(svgText, start.prefix, start.contentStart, meter);
  if (end === -1) return null;
  // A tool that re-saved the file may have used CDATA; its content is literal.
  const text = characterData(svgText.slice(start.contentStart, end), meter).trim();
  return text || null;
}
