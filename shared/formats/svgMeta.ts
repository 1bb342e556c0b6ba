/**
 * The project inside an exported SVG: its JSON as escaped text in a
 * `<metadata>` element, so opening the SVG opens the project again.
 */
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

const PROJECT_ELEMENT = /<([A-Za-z_][\w.-]*:)?project\b([^>]*)>([\s\S]*?)<\/\1project\s*>/g;

/**
 * The project JSON text embedded by {@link svgProjectMetadata}, or null when
 * the SVG carries none. The text is not parsed or validated here: callers
 * pass it to the project parser like any file from disk.
 *
 * @example extractProjectFromSvg(renderJourneySvg(p, { ...opts, embedProject: true }).svg) // JSON of p
 */
export function extractProjectFromSvg(svgText: string): string | null {
  for (const match of svgText.matchAll(PROJECT_ELEMENT)) {
    const [, , attrs, body] = match;
    if (!attrs.includes(SVG_PROJECT_NAMESPACE)) continue;
    // A tool that re-saved the file may have used CDATA; its content is literal.
    const text = body
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
      .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : unescapeXml(part)))
      .join('')
      .trim();
    return text || null;
  }
  return null;
}
