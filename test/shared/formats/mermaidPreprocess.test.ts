import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  lineAt,
  preprocessMermaid,
  trackLines,
  yamlTitle,
} from '../../../shared/formats/mermaidPreprocess';

describe('trackLines', () => {
  it('counts CRLF, LF and a lone CR as one line break each', () => {
    const t = trackLines('a\r\nb\nc\rd');
    expect(t.text).toBe('a\nb\nc\nd');
    expect([...t.text].map((_, i) => lineAt(t, i))).toEqual([1, 1, 2, 2, 3, 3, 4]);
    expect(t.endLine).toBe(4);
    // Looking back is allowed too.
    expect(lineAt(t, 2)).toBe(2);
  });
});

describe('preprocessMermaid', () => {
  it('drops front matter, directives and comment lines but keeps each character on its original line', () => {
    const { text, frontMatterTitle } = preprocessMermaid(
      '---\r\ntitle: T\r\n---\r\n%%{init: {}}%%\r\n%% c\r\njourney\r\n  x: 1',
    );
    expect(frontMatterTitle).toBe('T');
    expect(text.text).toBe('journey\n  x: 1');
    expect(lineAt(text, 0)).toBe(6);
    expect(lineAt(text, text.text.indexOf('x'))).toBe(7);
    expect(lineAt(text, text.text.length)).toBe(7);
  });

  it('rewrites double-quoted attributes in tags to single quotes, as Mermaid does', () => {
    expect(preprocessMermaid('journey\n<span class="a">x</span>: 3').text.text).toBe(
      "journey\n<span class='a'>x</span>: 3",
    );
  });
});

describe('decodeEntities', () => {
  const encode = (text: string) => preprocessMermaid(`journey\n${text}`).text.text.slice('journey\n'.length);

  it('decodes decimal and named codes, and keeps what is not a character', () => {
    expect(decodeEntities(encode('#58;#35;#59; #colon; #128722; #55296; #9999999; #bogus;'))).toBe(
      ':#; : 🛒 #55296; #9999999; #bogus;',
    );
  });

  it('leaves text without codes alone', () => {
    expect(decodeEntities('a # b ; c')).toBe('a # b ; c');
  });
});

describe('yamlTitle', () => {
  it.each([
    ['title: Plain # comment', 'Plain'],
    ['title: "Quoted: \\"yes\\""', 'Quoted: "yes"'],
    ["title: 'It''s'", "It's"],
    ['title: |\n  Two\n  lines\nconfig: {}', 'Two\nlines'],
    ['title: >\n  Folded\n  text', 'Folded text'],
    ['title: null', ''],
    ['config:\n  title: nested only', ''],
  ])('reads %j as %j', (body, title) => {
    expect(yamlTitle(body)).toBe(title);
  });
});
