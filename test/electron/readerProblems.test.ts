/**
 * Main puts the readers' problems in words before they reach the page: the first three, and
 * how many more, in the language it is given (the UI language, once main keeps one).
 */
import { describe, expect, it } from 'vitest';
import { deserializeProject } from '../../shared/formats/touchmapFile';
import { parseProjectBytes, summariseErrors } from '../../electron/storage/projectFiles';

describe('summariseErrors', () => {
  it('says a file that is no Touchmap project is not one, in each language', () => {
    const parsed = deserializeProject('"just a string"');
    if (parsed.ok) throw new Error('expected a refusal');
    expect(summariseErrors(parsed.problems)).toBe('The file does not contain a Touchmap project.');
    expect(summariseErrors(parsed.problems, 'hu')).toBe('A fájl nem tartalmaz Touchmap-projektet.');
    expect(summariseErrors(parsed.problems, 'lt')).toBe('Faile nėra Touchmap projekto.');
    expect(summariseErrors(parsed.problems, 'et')).toBe('Fail ei sisalda Touchmapi projekti.');
    expect(summariseErrors(parsed.problems, 'zh-CN')).toBe('该文件不包含Touchmap项目。');
    // The path the open and import handlers take: bytes in, a sentence out.
    expect(parseProjectBytes(new TextEncoder().encode('[]'))).toEqual({
      ok: false,
      reason: 'The file does not contain a Touchmap project.',
    });
  });

  it('counts the problems it leaves out with each language’s plural forms', () => {
    const many = { code: 'reader.file.empty' };
    const five = Array.from({ length: 5 }, () => many);
    expect(summariseErrors(five)).toBe(
      'The file is empty. The file is empty. The file is empty. (and 2 more problems)',
    );
    expect(summariseErrors(five, 'lt')).toBe('Failas tuščias. Failas tuščias. Failas tuščias. (ir dar 2 problemos)');
    expect(summariseErrors(five.slice(0, 4), 'lt')).toBe(
      'Failas tuščias. Failas tuščias. Failas tuščias. (ir dar 1 problema)',
    );
    expect(summariseErrors(five, 'zh-CN')).toBe('该文件为空。该文件为空。该文件为空。（另有2个问题）');
  });
});
