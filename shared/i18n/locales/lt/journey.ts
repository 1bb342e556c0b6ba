import type { Messages } from '../../messages';

/** lt: the journey-map row names, translated from ../en/journey.ts (terms as in docs/glossary.md). */
export const journey: Messages = {
  rows: {
    names: {
      emotion: 'Emocija',
      touchpoint: 'Kontakto momentas',
      thoughts: 'Mintys',
      senses: 'Pojūčiai',
      painPoints: 'Skausmo taškai',
      opportunities: 'Galimybės',
      risk: 'Rizika',
      servqualGap: 'SERVQUAL atotrūkis',
      standard: 'Aptarnavimo standartas',
      waitTime: 'Laukimo laikas',
      metrics: 'Metrikos',
    },
  },
};
