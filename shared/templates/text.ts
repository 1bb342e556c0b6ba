/**
 * A template's words, apart from its structure. Each template states its structure once,
 * with the English text inline (the source); every other language gives a flat table of
 * the same texts keyed by where they sit (`<stepId>.title`, `stage.<id>`, ...). Building a
 * template in a language walks the structure and takes each text from that language's table.
 *
 * Keys:
 * - `description`: the project's description
 * - `stage.<id>`, `lane.<id>`
 * - `<stepId>.title`, `.description`, `.actor`, `.sense.<sense>`, `.risk.description`,
 *   `.risk.mitigation`, `.standard.ordinary`, `.standard.quality`, `.notes`, and the lists
 *   `.thought.<n>` (the step's thoughts), `.measure.<n>`, `.pain.<n>`, `.opportunity.<n>`
 *   (counted from 1)
 * - `flow.<from>--<to>`: a flow's label
 * - `persona.<id>.name`, `persona.<id>.description`
 */
import type { Lane, Persona, SenseName, Stage } from '../model/types';
import type { FlowSpec, MomentSpec, StepSpec } from './build';

/** One language's texts of one template, keyed as above. */
export type TemplateText = Readonly<Record<string, string>>;

/** A template's content before assembly: structure with its English text. */
export interface TemplateContent {
  description: string;
  stages: Stage[];
  lanes?: Lane[];
  steps: StepSpec[];
  flows: FlowSpec[];
  personas?: Persona[];
  /** How each persona feels where it differs from the default: persona id -> step id -> emotion (-2..2). */
  personaEmotions?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

type Text = (key: string, english: string) => string;

function mapMoment(stepId: string, m: MomentSpec, text: Text): MomentSpec {
  const k = (suffix: string) => `${stepId}.${suffix}`;
  const list = (name: string, items: string[] | undefined) =>
    items?.map((item, i) => text(k(`${name}.${i + 1}`), item));
  const out: MomentSpec = { ...m };
  if (m.actor !== undefined) out.actor = text(k('actor'), m.actor);
  if (m.senses) {
    out.senses = Object.fromEntries(
      (Object.entries(m.senses) as [SenseName, [-1 | 0 | 1, string]][]).map(([sense, [valence, note]]) => [
        sense,
        [valence, text(k(`sense.${sense}`), note)],
      ]),
    );
  }
  if (m.risk) {
    out.risk = {
      ...m.risk,
      description: text(k('risk.description'), m.risk.description),
      mitigation: text(k('risk.mitigation'), m.risk.mitigation),
    };
  }
  if (m.standard) {
    out.standard = {
      ordinary: m.standard.ordinary === undefined ? undefined : text(k('standard.ordinary'), m.standard.ordinary),
      quality: m.standard.quality === undefined ? undefined : text(k('standard.quality'), m.standard.quality),
      measures: list('measure', m.standard.measures),
    };
  }
  if (m.painPoints) out.painPoints = list('pain', m.painPoints);
  if (m.opportunities) out.opportunities = list('opportunity', m.opportunities);
  if (m.notes !== undefined) out.notes = text(k('notes'), m.notes);
  return out;
}

/** The content with every text passed through `text(key, english)`; the structure is untouched. */
export function mapTemplateText(content: TemplateContent, text: Text): TemplateContent {
  const out: TemplateContent = {
    description: text('description', content.description),
    stages: content.stages.map((s) => ({ ...s, name: text(`stage.${s.id}`, s.name) })),
    steps: content.steps.map((step) => {
      const s: StepSpec = { ...step, title: text(`${step.id}.title`, step.title) };
      if (step.description !== undefined) s.description = text(`${step.id}.description`, step.description);
      if (step.thoughts) s.thoughts = step.thoughts.map((item, i) => text(`${step.id}.thought.${i + 1}`, item));
      if (step.moment) s.moment = mapMoment(step.id, step.moment, text);
      return s;
    }),
    flows: content.flows.map(([from, to, kind, label]) =>
      label === undefined ? [from, to, kind] : [from, to, kind, text(`flow.${from}--${to}`, label)],
    ),
  };
  if (content.lanes) out.lanes = content.lanes.map((l) => ({ ...l, name: text(`lane.${l.id}`, l.name) }));
  if (content.personas) {
    out.personas = content.personas.map((p) => ({
      ...p,
      name: text(`persona.${p.id}.name`, p.name),
      description: text(`persona.${p.id}.description`, p.description),
      ...(p.goals && { goals: p.goals.map((goal, i) => text(`persona.${p.id}.goal.${i + 1}`, goal)) }),
    }));
  }
  if (content.personaEmotions) out.personaEmotions = content.personaEmotions;
  return out;
}

/** The English texts of a template, keyed: what every other language's table must cover. */
export function englishText(content: TemplateContent): Record<string, string> {
  const table: Record<string, string> = {};
  mapTemplateText(content, (key, english) => {
    table[key] = english;
    return english;
  });
  return table;
}

/**
 * The content in a language: each text from `table` (English without one, or where the table
 * lacks a key). Always fresh stage, lane and persona objects, so projects never share them.
 */
export function translateContent(content: TemplateContent, table: TemplateText | undefined): TemplateContent {
  return mapTemplateText(content, (key, english) => table?.[key] ?? english);
}
