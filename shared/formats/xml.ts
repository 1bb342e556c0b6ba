/**
 * XML escaping for the export drawing and its metadata.
 *
 * Everything the user typed ends up inside an SVG, so every string goes through
 * here: markup characters become entities and characters that XML 1.0 forbids
 * (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF)
 * are removed, because a single one makes the whole file unreadable.
 */

/**
 * Characters XML 1.0 does not allow anywhere in a document:
 * C0 controls except \t \n \r, lone surrogate halves, and U+FFFE / U+FFFF.
 */
// Matching control characters is the point of this pattern.
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove characters that are illegal in XML 1.0 (see {@link INVALID_XML_CHARS}). */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Attribute values are normalised by parsers: literal newlines and tabs would turn into spaces.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/**
 * Escape a string for use as element content. `>` is escaped too, so `]]>`
 * can never appear literally.
 *
 * @example escapeXmlText('a & b ]]>') // 'a &amp; b ]]&gt;'
 */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>]/g, (c) => TEXT_ENTITIES[c]);
}

/** Escape a string for use inside a double- or single-quoted attribute value. */
export function escapeXmlAttr(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\n\r\t]/g, (c) => ATTR_ENTITIES[c]);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decode the five predefined entities and numeric character references, as an
 * XML parser would for character data. Unknown entities are left as written.
 */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return safeCodePoint(parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10), whole);
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * JSON text that can be stored as XML character data without loss.
 * `JSON.stringify` already escapes control characters and lone surrogates;
 * the two noncharacters U+FFFE and U+FFFF are legal JSON but illegal XML, so
 * they are written as `\u` escapes, which parse back to the same string.
 */
export function xmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
