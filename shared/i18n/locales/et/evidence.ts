import type { Messages } from '../../messages';

/** et: the SERVQUAL as measured: scale, decimal means, respondents and evidence (issue I), translated from ../en/evidence.ts. */
export const evidence: Messages = {
  evidence: {
    outsideScale:
      '{{where}}: SERVQUAL-i väärtus ($t(domain.dimensions.{{dimension}}), $t(reader.path.field.{{field}})) {{value, number}} jääb projekti skaalast (1 kuni {{scale}}) välja.',
    commands: {
      setServqualScale: 'Muuda SERVQUAL-i skaalat',
    },
    inspector: {
      scaleHint: 'Keskmised skaalal {{min}} kuni {{max}} (näidatud kahe komakohaga); n: vastajad.',
      expectationHint: 'Ootus: keskmine {{min}} kuni {{max}}',
      perceptionHint: 'Tajumine: keskmine {{min}} kuni {{max}}',
      respondentsShort: 'n',
      respondentsHint: 'Mitme vastaja keskmised',
      respondents: '{{dimension}}: vastajad',
      outOfScale: 'Arv {{min}} kuni {{max}}',
      respondentsInvalid: 'Täisarv, vähemalt 1',
    },
    scale: {
      label: 'SERVQUAL-i skaala',
      hint: 'Ootuse ja tajumise vastuste skaala',
      option: '{{min}} kuni {{max}}',
      dialogTitle: 'Kas muuta SERVQUAL-i skaalat? Uus skaala: {{scale}}',
      converts_one: 'Projektis on {{count, number}} väärtus. See viiakse lineaarselt üle: {{from}} → {{to}}.',
      converts_other: 'Projektis on {{count, number}} väärtust. Igaüks viiakse lineaarselt üle: {{from}} → {{to}}.',
      formula:
        'Väärtusest x saab 1 + (x − 1) × (uus ülemine − 1) ÷ (vana ülemine − 1): otspunktid jäävad otspunktideks ja täpsus säilib. Lõhed muutuvad samas vahekorras.',
      examples: 'Väärtused enne ja pärast',
      step: 'Samm',
      score: 'Väärtus',
      before: 'Enne ({{scale}})',
      after: 'Pärast ({{scale}})',
      field: {
        expectation: '{{dimension}}: ootus',
        perception: '{{dimension}}: tajumine',
      },
      more_one: 'ja veel {{count, number}} väärtus',
      more_other: 'ja veel {{count, number}} väärtust',
      undo: 'Tagasivõtmine (Ctrl+Z) taastab kõik väärtused ühe sammuga.',
      confirm_one: 'Teisenda {{count, number}} väärtus',
      confirm_other: 'Teisenda {{count, number}} väärtust',
      cancel: 'Loobu',
    },
  },
};
