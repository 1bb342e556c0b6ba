/**
 * The domain's own words (DOMAIN.md; docs/glossary.md gives each language's
 * term and its source). Shared by the inspector, the outline, the lens legends
 * and every export, so a term is translated once. `templates` names the New
 * project form's templates.
 */
export const domain = {
  domain: {
    contactMoment: 'Contact moment',
    momentOfTruth: 'Moment of truth',
    stage: 'Stage',
    lane: 'Lane',
    step: 'Step',
    flow: 'Flow',
    persona: 'Persona',
    painPoint: 'Pain point',
    opportunity: 'Opportunity',
    serviceStandard: 'Service standard',
    ordinaryStandard: 'Ordinary standard',
    qualityStandard: 'Quality standard',
    measure: 'Measure',
    expectation: 'Expectation',
    perception: 'Perception',
    gap: 'Gap',
    likelihood: 'Likelihood',
    impact: 'Impact',
    risk: 'Risk',
    emotion: 'Emotion',
    channel: 'Channel',
    actor: 'Actor',
    waitTime: 'Wait time',
    evidenceLabel: 'Evidence',
    senses: { sight: 'Sight', hearing: 'Hearing', smell: 'Smell', taste: 'Taste', touch: 'Touch' },
    /** Short tags drawn on a step for each engaged sense. */
    senseTags: { sight: 'Si', hearing: 'He', smell: 'Sm', taste: 'Ta', touch: 'To' },
    valence: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
    dimensions: {
      tangibles: 'Tangibles',
      reliability: 'Reliability',
      responsiveness: 'Responsiveness',
      assurance: 'Assurance',
      empathy: 'Empathy',
    },
    channels: {
      'in person': 'In person',
      phone: 'Phone',
      web: 'Web',
      app: 'App',
      email: 'Email',
      chat: 'Chat',
      mail: 'Mail',
      other: 'Other',
    },
    stepKinds: { start: 'Start', step: 'Step', decision: 'Decision', end: 'End' },
    flowKinds: { main: 'Main flow', alternative: 'Alternative', failure: 'Failure' },
    evidence: { assumed: 'Assumed', observed: 'Observed', measured: 'Measured' },
    customerTypes: {
      regular: 'Regular customer',
      angry: 'Angry customer',
      arguer: 'Arguer',
      talker: 'Talker',
      'chronic complainer': 'Chronic complainer',
      rude: 'Rude or offensive customer',
      demanding: 'Demanding customer',
      internal: 'Internal customer',
      other: 'Other',
    },
    emotions: {
      '-2': 'Very negative',
      '-1': 'Negative',
      '0': 'Neutral',
      '1': 'Positive',
      '2': 'Delighted',
    },
    riskLevels: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
  },
  /** The lens legends (shared/lens.ts), on the canvas and in every export. */
  lens: {
    riskTitle: 'Risk (likelihood × impact)',
    riskLevels: { low: 'Low 1-4', medium: 'Medium 5-9', high: 'High 10-16', critical: 'Critical 20-25' },
    servqualTitle: 'SERVQUAL gap (P - E, weighted)',
    servqualBands: {
      meets: 'Meets or exceeds',
      slightlyShort: 'Slightly short',
      short: 'Short',
      farShort: 'Far short',
    },
    emotionTitle: 'Emotion',
    senseTitle: 'Sense: {{sense}}',
    notAssessed: 'Not assessed',
    notMeasured: 'Not measured',
    notEngaged: 'Not engaged',
    /** A step's lens value when the lens has nothing to say about it (on the canvas node), short. */
    notAssessedShort: 'n/a',
    /** A band's range on the scale in a legend ("-0.6 to 0"). */
    range: '{{from}} to {{to}}',
  },
  /** The New project form's templates (shared/templates): name and description of each. */
  templates: {
    languageLabel: 'Template language',
    blank: { name: 'Blank', description: 'An empty map with one stage.', stage: 'Stage 1' },
    supermarket: {
      name: 'Supermarket visit',
      description: 'Sixteen steps from cycling to the store to riding home, with senses, risks and SERVQUAL filled in.',
    },
    'phone-call': {
      name: 'Phone call',
      description: 'Answering, holding, transferring and closing a call, with the phone checklist as measures.',
    },
    'hotel-stay': {
      name: 'Hotel stay',
      description: 'A stay from booking to checkout as a service blueprint with customer, front and back stage lanes.',
    },
  },
} as const;
