/**
 * Mermaid `journey` text, both ways: {@link projectToMermaid} writes it,
 * {@link importMermaidJourney} reads it into a new project (or reports errors by line and
 * creates nothing).
 */
import { MAX_ITEMS } from '../model/schema';
import { parseProject } from '../model/parse';
import type { Project } from '../model/types';
import { parseMermaidJourney } from './mermaidJourney';
import type { MermaidParseError, MermaidWarning } from './mermaidJourney';
import { mermaidJourneyToProject } from './mermaidJourneyImport';
import type { MermaidImportOptions } from './mermaidJourneyImport';

export { parseMermaidJourney } from './mermaidJourney';
export type {
  MermaidJourney,
  MermaidJourneyTask,
  MermaidParseError,
  MermaidParseOptions,
  MermaidParseResult,
  MermaidWarning,
} from './mermaidJourney';
export {
  mermaidJourneyToProject,
  scoreToEmotion,
  importedStepPosition,
  UNSECTIONED_STAGE_NAME,
} from './mermaidJourneyImport';
export type { MermaidImportOptions } from './mermaidJourneyImport';
export { projectToMermaid, emotionToScore, stepActors, escapeMermaidText } from './mermaidJourneyExport';

/** Most stages a project holds (the schema's limit). */
const MAX_STAGES = 1000;

export type MermaidImportResult =
  { ok: true; project: Project; warnings: MermaidWarning[] } | { ok: false; errors: MermaidParseError[] };

/**
 * Parse Mermaid journey text and build a new, validated project from it. On any error nothing
 * is built; every error names its line.
 *
 * @example
 * const result = importMermaidJourney(text, { id: newId(), name: 'Imported journey', now: new Date().toISOString() });
 * if (!result.ok) showErrors(result.errors.map((e) => t('mermaid.line', { line: e.line, message: problemText(e, t) })));
 */
export function importMermaidJourney(text: string, options: MermaidImportOptions): MermaidImportResult {
  // Reading stops one task (or section) past what a project holds: the import is refused then.
  const parsed = parseMermaidJourney(text, { maxTasks: MAX_ITEMS, maxSections: MAX_STAGES });
  if (!parsed.ok) return parsed;
  const { journey } = parsed;
  if (journey.tasks.length > MAX_ITEMS) {
    const line = journey.tasks[MAX_ITEMS].line;
    return { ok: false, errors: [{ line, code: 'reader.mermaid.tooManyTasks', params: { max: MAX_ITEMS } }] };
  }
  // One stage per section, plus one for tasks before the first section.
  const extra = journey.tasks.some((t) => t.sectionIndex < 0) ? 1 : 0;
  if (journey.sections.length + extra > MAX_STAGES) {
    const line = journey.sectionLines[MAX_STAGES - extra];
    return { ok: false, errors: [{ line, code: 'reader.mermaid.tooManySections', params: { max: MAX_STAGES } }] };
  }
  const checked = parseProject(mermaidJourneyToProject(journey, options));
  if (!checked.ok) return { ok: false, errors: checked.problems.map((p) => ({ ...p, line: 1 })) };
  return { ok: true, project: checked.project, warnings: parsed.warnings };
}
