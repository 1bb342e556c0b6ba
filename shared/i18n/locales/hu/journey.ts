import type { Messages } from '../../messages';

/** hu: the journey-map row names, translated from ../en/journey.ts (terms as in docs/glossary.md). */
export const journey: Messages = {
  rows: {
    names: {
      emotion: 'Érzelem',
      touchpoint: 'Érintkezési pont',
      thoughts: 'Gondolatok',
      senses: 'Érzékek',
      painPoints: 'Fájdalompontok',
      opportunities: 'Lehetőségek',
      risk: 'Kockázat',
      servqualGap: 'SERVQUAL-rés',
      standard: 'Szolgáltatási standard',
      waitTime: 'Várakozási idő',
      metrics: 'Mutatók',
    },
  },
};
