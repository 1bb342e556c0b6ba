/** The map filters and their chips (renderer/editor/filters). */
export const filters = {
  filters: {
    /** The toolbar's menu button (its accessible name, also while filters are set). */
    button: 'Filter',
    /** The menu's accessible name. */
    menu: 'Map filters',
    highRisk: 'High and critical risk',
    momentsOfTruth: 'Moments of truth',
    painPoints: 'Steps with pain points',
    /** A filter with a value, after a colon so no case ending is needed ("Channel: Phone"). */
    named: '{{kind}}: {{value}}',
    /** A risk-matrix cell (from the Insights view): "Risk: Likelihood 3 × Impact 4". */
    riskCell: '{{risk}}: {{likelihood}} {{l}} × {{impact}} {{i}}',
    /** The bar of chips above the map. */
    bar: 'Active filters',
    remove: 'Remove filter: {{filter}}',
    clearAll: 'Clear all',
    /** The live count beside the chips; `count` is the number of steps in the project. */
    count_one: '{{matching}} of {{total}} step matches',
    count_other: '{{matching}} of {{total}} steps match',
    /** A hint on the chips for keyboard users. */
    chipHint: 'Delete or Backspace removes the filter',
  },
} as const;
