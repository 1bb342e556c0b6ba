// @vitest-environment jsdom
/**
 * The Mermaid import speaks the UI language: the reader reports codes, and the import puts each
 * one in words with its line ("3. sor:", "第3行：") in the language the user reads.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../renderer/i18n';
import { Notices } from '../../renderer/app/Notices';
import { importMermaidFile } from '../../renderer/app/files/importMermaid';
import { useDocument } from '../../renderer/state/documentStore';
import { useNotify } from '../../renderer/state/notify';

/** main's import, as the page sees it: the project comes back as it was sent. */
function fakeApi() {
  const importFile = vi.fn(async ({ content }: { name: string; content: string }) => ({
    ok: true as const,
    value: JSON.parse(content) as unknown,
  }));
  Object.defineProperty(window, 'touchmap', { value: { importFile }, configurable: true });
  return importFile;
}

/** A picked file, with the one method the import reads it by (jsdom's File may lack it). */
function mermaidFile(name: string, text: string): File {
  const file = new File([text], name, { type: 'text/plain' });
  const bytes = new TextEncoder().encode(text);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer });
  return file;
}

const SCORE_OUT_OF_RANGE = 'journey\nsection Fizetés\n  Pénztár: 7: Vásárló\n';

afterEach(async () => {
  cleanup();
  useNotify.setState({ notices: [], question: null });
  useDocument.setState({ project: null });
  await act(() => i18n.changeLanguage('en'));
});

describe('Mermaid import in the UI language', () => {
  it.each([
    ['hu', 'Fájlhiba', '3. sor: a(z) „Pénztár” feladat pontszáma 7, ami kívül esik az 1–5 tartományon; 5-ként számít.'],
    ['zh-CN', '文件问题', '第3行：任务“Pénztár”的评分为7，超出1–5范围；按5计算。'],
  ])('in %s, names the line of a score out of range and says what it counts as', async (lng, alert, expected) => {
    await act(() => i18n.changeLanguage(lng));
    const importFile = fakeApi();
    render(<Notices />);
    let created = false;
    await act(async () => {
      created = await importMermaidFile(mermaidFile('kassza.mmd', SCORE_OUT_OF_RANGE));
    });
    expect(created).toBe(true);
    expect(importFile).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert', { name: alert }).textContent).toContain(expected);
  });

  it('refuses a diagram that is not a journey, in Hungarian, naming the line', async () => {
    await act(() => i18n.changeLanguage('hu'));
    const importFile = fakeApi();
    render(<Notices />);
    await act(async () => {
      await importMermaidFile(mermaidFile('folyamat.mmd', 'flowchart TD\n  A --> B\n'));
    });
    expect(importFile).not.toHaveBeenCalled();
    expect(screen.getByRole('alert', { name: 'Fájlhiba' }).textContent).toContain(
      '1. sor: Ez nem Mermaid journey diagram: „journey” sort vártunk, a fájlban ez áll: „flowchart TD”.',
    );
  });
});

describe('Mermaid import: the stages the diagram leaves unnamed', () => {
  it('names the stage of tasks before any section in the UI language', async () => {
    await act(() => i18n.changeLanguage('hu'));
    fakeApi();
    await act(async () => {
      await importMermaidFile(
        mermaidFile('sorban.mmd', 'journey\n  Belépés: 4: Vásárló\nsection Fizetés\n  Pénztár: 3\n'),
      );
    });
    expect(useDocument.getState().project?.stages.map((s) => s.name)).toEqual(['Ügyfélút', 'Fizetés']);
  });
});
