/** The SERVQUAL as measured: scale, decimal means, respondents and evidence (issue I). */
export const evidence = {
  evidence: {
    /** A file whose score lies outside its own scale; `field` is expectation or perception. */
    outsideScale:
      "{{where}}: the SERVQUAL $t(domain.dimensions.{{dimension}}) $t(reader.path.field.{{field}}) {{value, number}} lies outside the project's scale of 1 to {{scale}}.",
    commands: {
      setServqualScale: 'Change SERVQUAL scale',
    },
    inspector: {
      scaleHint: 'Means on a scale of {{min}} to {{max}} (two decimals shown); n: respondents.',
      expectationHint: 'Expectation: mean from {{min}} to {{max}}',
      perceptionHint: 'Perception: mean from {{min}} to {{max}}',
      respondentsShort: 'n',
      respondentsHint: 'Respondents the means are taken over',
      respondents: '{{dimension}}: respondents',
      outOfScale: 'A number from {{min}} to {{max}}',
      respondentsInvalid: 'A whole number, at least 1',
    },
    scale: {
      label: 'SERVQUAL scale',
      hint: 'The answer scale of expectation and perception',
      option: '{{min}} to {{max}}',
      dialogTitle: 'Change the SERVQUAL scale to {{scale}}?',
      converts_one: 'The project has {{count, number}} score. It moves linearly from {{from}} to {{to}}.',
      converts_other: 'The project has {{count, number}} scores. Each moves linearly from {{from}} to {{to}}.',
      formula:
        'A score x becomes 1 + (x − 1) × (new top − 1) ÷ (old top − 1): the ends stay the ends and the full precision is kept. Gaps scale with it.',
      examples: 'Scores before and after',
      step: 'Step',
      score: 'Score',
      before: 'Before ({{scale}})',
      after: 'After ({{scale}})',
      field: {
        expectation: '{{dimension}}: expectation',
        perception: '{{dimension}}: perception',
      },
      more_one: 'and {{count, number}} more score',
      more_other: 'and {{count, number}} more scores',
      undo: 'Undo (Ctrl+Z) brings every score back in one step.',
      confirm_one: 'Convert {{count, number}} score',
      confirm_other: 'Convert {{count, number}} scores',
      cancel: 'Cancel',
    },
  },
} as const;
