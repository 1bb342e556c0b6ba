/** Projects to start from: a blank map or a journey built from DOMAIN.md. */
import { translator } from '../i18n/translator';
import type { TemplateId } from '../ipc';
import { blankProject } from '../model/defaults';
import type { Project } from '../model/types';
import type { TemplateFields } from './build';
import { hotelStayTemplate } from './hotel-stay';
import { phoneCallTemplate } from './phone-call';
import { supermarketTemplate } from './supermarket';

export type { TemplateFields } from './build';

export interface TemplateInfo {
  id: TemplateId;
  /** Catalogue keys (shared/i18n/locales/<lang>/domain.ts, `templates.*`). */
  nameKey: `templates.${TemplateId}.name`;
  descriptionKey: `templates.${TemplateId}.description`;
}

const info = (id: TemplateId): TemplateInfo => ({
  id,
  nameKey: `templates.${id}.name`,
  descriptionKey: `templates.${id}.description`,
});

/** The choices of the New project menu, in the order shown. */
export const TEMPLATES: readonly TemplateInfo[] = [
  info('blank'),
  info('supermarket'),
  info('phone-call'),
  info('hotel-stay'),
];

function blankTemplate(fields: TemplateFields): Project {
  const project = blankProject(fields);
  project.stages[0].name = translator(fields.language ?? 'en')('templates.blank.stage');
  return project;
}

const BUILDERS: Record<TemplateId, (fields: TemplateFields) => Project> = {
  blank: blankTemplate,
  supermarket: supermarketTemplate,
  'phone-call': phoneCallTemplate,
  'hotel-stay': hotelStayTemplate,
};

/**
 * A new project from a template, its text in `fields.language` (English by default). Each call
 * builds fresh objects, so editing one project never changes another or the next one built.
 * The text is the user's from then on: a project is never translated after it is built.
 *
 * @example buildTemplate('supermarket', { id: 'p-1', name: 'Our store', now: new Date().toISOString(), language: 'hu' })
 */
export function buildTemplate(id: TemplateId, fields: TemplateFields): Project {
  return BUILDERS[id](fields);
}
