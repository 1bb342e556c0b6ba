/** The file readers' messages (shared/formats: Mermaid, SVG/PNG/PDF metadata, .touchmap): errors and warnings a user reads on import. */
export const formats = {
  /** Codes the readers return (shared/formats/problems.ts); each screen translates them. */
  reader: {
    /** Names the Mermaid import gives stages the diagram leaves unnamed (then the project's own text). */
    names: {
      unsectioned: 'Journey',
      numbered: 'Section {{n}}',
    },
    /** Mermaid journey import (shared/formats/mermaidJourney.ts); the screen puts "Line N:" before each. */
    mermaid: {
      noDiagram: 'There is no diagram here: a Mermaid journey starts with the line "journey".',
      notJourney: 'This is not a Mermaid journey: expected "journey", found "{{found}}".',
      frontMatterOpen: 'The front matter opened with "---" is never closed by a second "---" line.',
      accDescrUnclosed: 'The "accDescr {" block is never closed with "}".',
      nothingAfterColon: 'Task "{{name}}" has nothing after ":": give it a score from 1 to 5, like "{{name}}: 3".',
      notAllowed: '"{{text}}" is not allowed here; write #59; for a semicolon in a name.',
      notATask:
        '"{{name}}" is not a task, section or title: a task needs a score after a colon, like "{{name}}: 3: Me".',
      colonInSection: 'A section name cannot contain ":"; write #58; for a colon in a name.',
      noTaskName: '"{{text}}" has no task name before the colon.',
      journeyAgain: '"journey" may only start the diagram; to begin a task with that word, write #106;ourney instead.',
      unexpected: 'Unexpected "{{text}}".',
      tooManyTasks: 'Too many tasks: a project holds at most {{max, number}} steps.',
      tooManySections: 'Too many sections: a project holds at most {{max, number}} stages.',
      textIgnored: 'text after the second ":" in task "{{name}}" is ignored, as Mermaid does: "{{text}}".',
      noScore: 'task "{{name}}" has no score; it is imported without an emotion.',
      scoreNotNumber: 'task "{{name}}" has no numeric score ("{{text}}"); it is imported without an emotion.',
      scoreOutOfRange: 'task "{{name}}" has score {{score, number}}, outside 1-5; it counts as {{counts, number}}.',
      scoreNotWhole: 'task "{{name}}" has score {{score, number}}; it counts as {{counts, number}}.',
      longTitle: 'The title is longer than {{max, number}} characters and is shortened.',
      longSection: 'the section name is longer than {{max, number}} characters and is shortened.',
      longTask: 'the task name is longer than {{max, number}} characters and is shortened.',
      longActors: 'the actors are longer than {{max, number}} characters together and are shortened.',
    },
    /** The first problems of a file, and how many more there are (main's messages). */
    summary_one: '{{shown}} (and {{count, number}} more problem)',
    summary_other: '{{shown}} (and {{count, number}} more problems)',
    /** A `.touchmap` file's text (shared/formats/touchmapFile.ts). */
    file: {
      empty: 'The file is empty.',
      notJson: 'The file is not valid JSON; it may be cut off or damaged ({{detail}}).',
    },
    /** The project in a PNG exported by Touchmap (shared/formats/pngMeta.ts). */
    png: {
      notPng: 'Not a PNG file: the PNG signature is missing.',
      headerCut: 'Damaged PNG: a chunk header is cut off.',
      chunkPastEnd: 'Damaged PNG: a chunk runs past the end of the file.',
      noEnd: 'Damaged PNG: the IEND chunk is missing.',
      noHeader: 'Damaged PNG: the first chunk is not IHDR.',
      badKeyword: 'Invalid PNG text keyword: {{keyword}}.',
    },
    /** A project document that fails the model's checks (shared/model/parse.ts); {{where}} is a path below. */
    project: {
      notProject: 'The file does not contain a Touchmap project.',
      noVersion: 'The file has no valid schema version: it is not a Touchmap project.',
      newer:
        'The file was written by a newer Touchmap (format version {{version}}; this app reads up to {{max}}). Update Touchmap to open it.',
      noMigration: 'No migration from format version {{version}}.',
      atLeast: '{{where}}: must be at least {{min, number}}.',
      atMost: '{{where}}: must be at most {{max, number}}.',
      empty: '{{where}}: must not be empty.',
      tooLong: '{{where}}: text is too long (at most {{max, number}} characters).',
      tooFew: '{{where}}: too few items.',
      tooMany: '{{where}}: too many items (at most {{max, number}}).',
      missing: '{{where}}: is missing.',
      wrongType: '{{where}}: must be {{type}}.',
      oneOf: '{{where}}: must be one of {{values}}.',
      colour: '{{where}}: must be a colour like #aabbcc.',
      invalid: '{{where}}: {{detail}}.',
      more_one: '...and {{count, number}} more problem.',
      more_other: '...and {{count, number}} more problems.',
    },
    /** Links inside a project that lead nowhere (shared/model/parse.ts, checkIntegrity). */
    integrity: {
      idTwice: '{{where}}: the id "{{id}}" is used twice.',
      noStage: '{{where}}: its stage "{{id}}" does not exist.',
      noLane: '{{where}}: its lane "{{id}}" does not exist.',
      noFromStep: '{{where}}: starts at a step that does not exist ("{{id}}").',
      noToStep: '{{where}}: leads to a step that does not exist ("{{id}}").',
    },
    /** The type a field needs, in "must be {{type}}". */
    type: {
      int: 'a whole number',
      number: 'a number',
      string: 'a string',
      boolean: 'a boolean',
      array: 'a list',
      object: 'a group of fields',
      other: 'a {{type}}',
    },
    /** Where in a project a problem sits: "Step 3 ("Pay"), risk likelihood". */
    path: {
      project: 'The project',
      separator: ', ',
      item: {
        steps: 'Step {{n}}',
        stages: 'Stage {{n}}',
        lanes: 'Lane {{n}}',
        flows: 'Flow {{n}}',
        personas: 'Persona {{n}}',
        measures: 'Measure {{n}}',
        other: 'Item {{n}}',
      },
      named: {
        steps: 'Step {{n}} ("{{name}}")',
        stages: 'Stage {{n}} ("{{name}}")',
        lanes: 'Lane {{n}} ("{{name}}")',
        flows: 'Flow {{n}} ("{{name}}")',
        personas: 'Persona {{n}} ("{{name}}")',
        measures: 'Measure {{n}} ("{{name}}")',
        other: 'Item {{n}} ("{{name}}")',
      },
      field: {
        likelihood: 'risk likelihood',
        impact: 'risk impact',
        expectation: 'expectation',
        perception: 'perception',
        stageId: 'stage',
        laneId: 'lane',
        momentOfTruth: 'moment of truth',
        waitSeconds: 'wait time',
        schemaVersion: 'format version',
        painPoints: 'pain points',
        opportunities: 'opportunities',
        risk: 'risk',
        servqual: 'SERVQUAL',
        senses: 'senses',
        standard: 'standard',
      },
    },
  },
} as const;
