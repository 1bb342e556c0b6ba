/** The metrics per step: CSAT, NPS, waiting time, custom KPIs (issue I). */
export const metrics = {
  metrics: {
    /** Each kind's name, short: it is also the name drawn in the metrics row when a metric has none of its own. */
    kinds: {
      csat: 'CSAT',
      nps: 'NPS',
      ces: 'CES',
      waitTime: 'Waiting time',
      conversion: 'Conversion',
      custom: 'Custom KPI',
    },
    directions: { higher: 'Higher is better', lower: 'Lower is better' },
    status: { met: 'on target', off: 'off target', none: 'no target' },
    /** The unit a new waiting time starts with. */
    minutes: 'min',
    /** A value with its unit; a percentage. */
    valueUnit: '{{value}} {{unit}}',
    percent: '{{value}}%',
    /** The badge drawn in the metrics row: "CSAT 3.9 (≥4.5)". */
    badge: '{{name}} {{value}}',
    badgeTarget: '{{name}} {{value}} ({{op}}{{target}})',
    /** The badge's full text (tooltip, screen readers, exports' titles). */
    title: '{{name}}: {{value}}',
    titleTarget: '{{name}}: {{value}}, target {{target}} ({{direction}}), {{status}}',
    inspector: {
      title: 'Metrics',
      hint: 'Figures measured at this step: CSAT, NPS, effort, waiting time, conversion or a KPI of your own.',
      none: 'No metrics yet.',
      metric: 'Metric {{n}}: {{name}}',
      kind: 'Kind',
      name: 'Name',
      namePlaceholder: 'Shown instead of the kind',
      value: 'Value',
      unit: 'Unit',
      target: 'Target',
      direction: 'Direction',
      source: 'Source',
      sourcePlaceholder: 'e.g. exit survey, queue system',
      date: 'Date',
      remove: 'Remove metric {{n}}',
      kindToAdd: 'Kind of metric to add',
      add: 'Add metric',
      invalid: 'Enter a number from {{min}} to {{max}}.',
      rowHidden: 'The metrics row is hidden on the map.',
      showRow: 'Show the metrics row',
    },
    insights: {
      title: 'Metrics',
      summary: '{{off}} of {{total}} metrics with a target are off target.',
      offTarget_one: '{{count, number}} metric off target',
      offTarget_other: '{{count, number}} metrics off target',
      none: 'No metric on these steps has a target yet.',
      list: 'Metrics off target',
    },
    lint: {
      offTarget: '{{step}}: {{metric}} is off target ({{value}}, target {{target}}).',
    },
    commands: {
      add: 'Add metric',
      update: 'Edit metric',
      remove: 'Remove metric',
    },
    csv: {
      metrics: 'metrics',
      offTarget: 'metrics off target',
    },
    report: {
      title: 'Metrics',
      none: 'No metrics recorded.',
      columns: {
        step: 'Step',
        metric: 'Metric',
        value: 'Value',
        target: 'Target',
        status: 'Status',
        source: 'Source',
        date: 'Date',
      },
    },
  },
} as const;
