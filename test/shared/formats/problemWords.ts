/** The readers' problems in words, as a screen shows them: through the catalogue of a language (English unless named). */
import { problemText } from '../../../shared/formats/problems';
import type { FileProblem } from '../../../shared/formats/problems';
import type { Language } from '../../../shared/i18n/languages';
import { translator } from '../../../shared/i18n/translator';

export function inWords(problems: readonly FileProblem[], language: Language = 'en'): string[] {
  const t = translator(language);
  return problems.map((p) => problemText(p, t));
}

/** Problems with their line, as the Mermaid import shows them: "Line 3: ..." in the language's words. */
export function lineWords(problems: readonly (FileProblem & { line?: number })[], language: Language = 'en'): string[] {
  const t = translator(language);
  return problems.map((p) =>
    p.line === undefined ? problemText(p, t) : t('mermaid.line', { line: p.line, message: problemText(p, t) }),
  );
}
