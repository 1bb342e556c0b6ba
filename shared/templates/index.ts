/** Projects to start from: a blank map or a journey built from DOMAIN.md. */
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
  label: string;
  description: string;
}

/** The choices of the New project menu, in the order shown. */
export const TEMPLATES: readonly TemplateInfo[] = [
  { id: 'blank', label: 'Blank', description: 'An empty map with one stage.' },
  {
    id: 'supermarket',
    label: 'Supermarket visit',
    description: 'Sixteen steps from cycling to the store to riding home, with senses, risks and SERVQUAL filled in.',
  },
  {
    id: 'phone-call',
    label: 'Phone call',
    description: 'Answering, holding, transferring and closing a call, with the phone checklist as measures.',
  },
  {
    id: 'hotel-stay',
    label: 'Hotel stay',
    description: 'A stay from booking to checkout as a service blueprint with customer, front and back stage lanes.',
  },
];

const BUILDERS: Record<TemplateId, (fields: TemplateFields) => Project> = {
  blank: blankProject,
  supermarket: supermarketTemplate,
  'phone-call': phoneCallTemplate,
  'hotel-stay': hotelStayTemplate,
};

/**
 * A new project from a template. Each call builds fresh objects, so editing one project
 * never changes another or the next one built.
 *
 * @example buildTemplate('supermarket', { id: 'p-1', name: 'Our store', now: new Date().toISOString() })
 */
export function buildTemplate(id: TemplateId, fields: TemplateFields): Project {
  return BUILDERS[id](fields);
}
