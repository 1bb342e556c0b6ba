import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeXmlAttr,
  escapeXmlText,
  stripInvalidXmlChars,
  unescapeXml,
  xmlSafeJson,
} from '../../../shared/formats/xml';
import { parseXml } from './drawing/support';

describe('xml escaping', () => {
  it('escapes markup in element content, including the CDATA end marker', () => {
    expect(escapeXmlText('a & b ]]>')).toBe('a &amp; b ]]&gt;');
    expect(escapeXmlText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes quotes and keeps newlines and tabs in attribute values', () => {
    expect(escapeXmlAttr(`"it's" <a>\n\t&`)).toBe('&quot;it&apos;s&quot; &lt;a&gt;&#10;&#9;&amp;');
  });

  it('removes exactly the characters XML 1.0 forbids', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\u000Bd\u001F\tE\nF\rG\uFFFEH\uFFFFI\uD800J\uDC00K😀\u0085')).toBe(
      'abcd\tE\nF\rGHIJK😀\u0085',
    );
  });

  it('decodes entities and character references, leaving unknown ones', () => {
    expect(unescapeXml('&lt;a&gt; &amp;amp; &#x4e2d;&#25991; &quot;&apos; &unknown; &#xFFFFFFF;')).toBe(
      '<a> &amp; 中文 "\' &unknown; &#xFFFFFFF;',
    );
  });

  it('any string escapes to text an XML parser reads back as the string minus forbidden characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const expected = stripInvalidXmlChars(s);
        expect(unescapeXml(escapeXmlText(s))).toBe(expected);
        const doc = parseXml(`<r a="${escapeXmlAttr(s)}">${escapeXmlText(s)}</r>`);
        const root = doc.documentElement!;
        // Parsers turn \r\n and lone \r into \n in content; attributes keep them thanks to &#13;.
        expect(root.textContent).toBe(expected.replace(/\r\n?/g, '\n'));
        expect(root.getAttribute('a')).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('writes JSON that is legal XML text and parses back to the same value', () => {
    const value = { title: 'a\uFFFE\uFFFFb', control: '\u0000\u0001', lone: '\uD800', emoji: '😀' };
    const json = xmlSafeJson(value);
    expect(stripInvalidXmlChars(json)).toBe(json);
    expect(JSON.parse(json)).toEqual(value);
  });
});
