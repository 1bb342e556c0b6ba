/** The SERVQUAL as measured: scale, decimal means, respondents and evidence (issue I). */
export const evidence = {
  evidence: {
    /** A file whose score lies outside its own scale; `field` is expectation or perception. */
    outsideScale:
      "{{where}}: the SERVQUAL $t(domain.dimensions.{{dimension}}) $t(reader.path.field.{{field}}) {{value, number}} lies outside the project's scale of 1 to {{scale}}.",
    commands: {
      setServqualScale: 'Change SERVQUAL scale',
    },
  },
} as const;
