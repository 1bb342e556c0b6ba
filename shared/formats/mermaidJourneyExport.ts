/**
 * Writing a project as a Mermaid `journey` diagram.
 *
 * - `title` is the project name; `accDescr` carries the description (a `{ }` block when it has
 *   several lines), so the text reads well to screen readers and comes back on import.
 * - One `section` per stage, in journey order, empty stages included (Mermaid allows them).
 * - One task per step of the stage, left to right then top to bottom (the same order as every
 *   other report).
 * - Score: the contact moment's emotion -2..+2 mapped to 1..5 (emotion + 3). Mermaid requires a
 *   score, so a step without an emotion, or without a contact moment, scores a neutral 3.
 * - Actors: the moment's actor, split at commas into names, followed by its channel (`phone`,
 *   `in person`...). A step that is not a contact moment has no actors. The importer reads a
 *   name that is a channel back as the channel.
 *
 * Escaping. Mermaid's grammar ends a name at `:`, `#`, `;` or a line break, reads `%%` as a
 * comment and `,` as the separator of actors; Mermaid also decodes entity codes (`#58;`) in all
 * text before drawing it. So each of those characters, plus `<` and `>` (never HTML in
 * Mermaid's drawing), is written as its decimal entity code (`:` becomes `#58;`, `#` `#35;`,
 * `;` `#59;`, `%` `#37;`, `,` `#44;` in actor names) where it would break the grammar, line
 * breaks become spaces, and names are trimmed. A task name that Mermaid would read as a
 * keyword (`journey`, `title ...`, `section ...`, `accDescr {`) gets its first letter as an
 * entity code. An empty name becomes "Untitled stage" / "Untitled step" in the export's language
 * (the only fixed words written; channels stay data codes, so the importer reads them back). (U+E000 and U+E001,
 * which the importer uses internally, are written as entity codes too.)
 */
import { buildGraph, byStageThenPosition } from '../analysis/graph';
import type { Project, Step } from '../model/types';
import { exportLanguage, type ExportLanguage } from './exportLanguage';

/** Characters written as entity codes, per place in the grammar. */
const ESCAPED = {
  title: /[#;%<>\uE000\uE001]/g,
  name: /[#:;%<>\uE000\uE001]/g,
  actor: /[#:;%<>,\uE000\uE001]/g,
  description: /[#%<>{}\uE000\uE001]/g,
} as const;

/** A task name Mermaid's lexer would take for a keyword (case-insensitive, as Mermaid). */
const KEYWORD_START = /^(?:journey\b|title\s|section\s|acctitle\s*:|accdescr\s*[:{])/i;

const entity = (ch: string) => `#${ch.codePointAt(0)};`;

/** One line of Mermaid text for `where`: line breaks to spaces, trimmed, unsafe characters as entities. */
export function escapeMermaidText(text: string, where: keyof typeof ESCAPED): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .trim()
    .replace(ESCAPED[where], entity);
}

function taskName(title: string, untitled: string): string {
  const name = escapeMermaidText(title, 'name') || escapeMermaidText(untitled, 'name');
  return KEYWORD_START.test(name) ? entity(name[0]) + name.slice(1) : name;
}

/** Emotion -2..+2 as a Mermaid score 1..5; no emotion is a neutral 3. */
export function emotionToScore(emotion: number | null | undefined): number {
  if (emotion === null || emotion === undefined || !Number.isFinite(emotion)) return 3;
  return Math.min(5, Math.max(1, Math.round(emotion) + 3));
}

/** The actors of a step: its actor's comma-separated names, then its channel. */
export function stepActors(step: Step): string[] {
  if (!step.moment) return [];
  const names = step.moment.actor
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return [...names, step.moment.channel];
}

function descriptionLines(description: string): string[] {
  const lines = description
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => escapeMermaidText(line, 'description'))
    .filter(Boolean);
  if (lines.length === 0) return [];
  if (lines.length === 1) return [`  accDescr: ${lines[0]}`];
  return ['  accDescr {', ...lines.map((line) => `    ${line}`), '  }'];
}

/**
 * The project as Mermaid `journey` text (see the file comment for every rule), ending in a
 * line break.
 *
 * @example
 * projectToMermaid(project)
 * // 'journey\n  title Supermarket\n  section Enter\n    Ride the bike: 4: Customer, in person\n...'
 */
export function projectToMermaid(project: Project, text: ExportLanguage = exportLanguage()): string {
  const untitledStage = escapeMermaidText(text.t('exportText.untitledStage'), 'name');
  const untitledStep = text.t('exportText.untitledStep');
  const out = ['journey'];
  const title = escapeMermaidText(project.name, 'title');
  if (title) out.push(`  title ${title}`);
  out.push(...descriptionLines(project.description));
  const ordered = [...project.steps].sort(byStageThenPosition(buildGraph(project)));
  for (const stage of project.stages) {
    out.push(`  section ${escapeMermaidText(stage.name, 'name') || untitledStage}`);
    for (const step of ordered) {
      if (step.stageId !== stage.id) continue;
      const actors = stepActors(step)
        .map((actor) => escapeMermaidText(actor, 'actor'))
        .filter(Boolean);
      const score = emotionToScore(step.moment?.emotion);
      out.push(`    ${taskName(step.title, untitledStep)}: ${score}${actors.length ? `: ${actors.join(', ')}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
