/** The journey-map rows: their names, shared by the canvas rows, the exports and the row settings. */
export const journey = {
  rows: {
    /** Each row's name (row header on the canvas and in exports). */
    names: {
      emotion: 'Emotion',
      touchpoint: 'Touchpoint',
      thoughts: 'Thoughts',
      senses: 'Senses',
      painPoints: 'Pain points',
      opportunities: 'Opportunities',
      risk: 'Risk',
      servqualGap: 'SERVQUAL gap',
      standard: 'Service standard',
      waitTime: 'Wait time',
      metrics: 'Metrics',
    },
  },
} as const;
