/** Small surveys for the tests: a respondent table on the 1-7 scale with importance points. */
import type { Survey } from '../../../shared/model/types';

/**
 * Three respondents, two statements (1: tangibles, 2: reliability, reversed = false), each
 * mapped to `stepIds`, with importance points for tangibles and reliability.
 */
export function sampleSurvey(stepIds: string[], id = 'sv1'): Survey {
  return {
    id,
    name: 'Visitors',
    fileName: 'visitors.csv',
    importedAt: '2026-01-03T00:00:00.000Z',
    scale: 7,
    decimalComma: false,
    headers: ['E1', 'P1', 'E2', 'P2', 'W tangibles', 'W reliability'],
    rows: [
      ['7', '5', '6', '6', '40', '60'],
      ['6', '4', '7', '5', '50', '50'],
      ['5', '6', '', '3', '30', '70'],
    ],
    mapping: {
      layout: 'respondents',
      statements: [
        {
          id: 's1',
          label: '1',
          dimension: 'tangibles',
          stepIds,
          reversed: false,
          expectation: 'E1',
          perception: 'P1',
          row: null,
        },
        {
          id: 's2',
          label: '2',
          dimension: 'reliability',
          stepIds,
          reversed: false,
          expectation: 'E2',
          perception: 'P2',
          row: null,
        },
      ],
      importance: {
        tangibles: 'W tangibles',
        reliability: 'W reliability',
        responsiveness: null,
        assurance: null,
        empathy: null,
      },
      columns: null,
    },
  };
}
