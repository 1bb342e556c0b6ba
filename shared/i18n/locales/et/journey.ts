import type { Messages } from '../../messages';

/** et: the journey-map row names, translated from ../en/journey.ts (terms as in docs/glossary.md). */
export const journey: Messages = {
  rows: {
    names: {
      emotion: 'Emotsioon',
      touchpoint: 'Kokkupuutepunkt',
      thoughts: 'Mõtted',
      senses: 'Meeled',
      painPoints: 'Valupunktid',
      opportunities: 'Võimalused',
      risk: 'Risk',
      servqualGap: 'SERVQUAL-i lõhe',
      standard: 'Teenindusstandard',
      waitTime: 'Ooteaeg',
      metrics: 'Näitajad',
    },
  },
};
