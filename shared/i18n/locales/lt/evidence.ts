import type { Messages } from '../../messages';

/** lt: the SERVQUAL as measured: scale, decimal means, respondents and evidence (issue I), translated from ../en/evidence.ts. */
export const evidence: Messages = {
  evidence: {
    outsideScale:
      '{{where}}: SERVQUAL reikšmė ($t(domain.dimensions.{{dimension}}), $t(reader.path.field.{{field}})) {{value, number}} nepatenka į projekto skalę nuo 1 iki {{scale}}.',
    commands: {
      setServqualScale: 'Keisti SERVQUAL skalę',
    },
    inspector: {
      scaleHint: 'Vidurkiai skalėje nuo {{min}} iki {{max}} (rodomi du skaitmenys po kablelio); n: respondentai.',
      expectationHint: 'Lūkestis: vidurkis nuo {{min}} iki {{max}}',
      perceptionHint: 'Suvokimas: vidurkis nuo {{min}} iki {{max}}',
      respondentsShort: 'n',
      respondentsHint: 'Kiek respondentų atsakymų sudaro vidurkius',
      respondents: '{{dimension}}: respondentai',
      outOfScale: 'Skaičius nuo {{min}} iki {{max}}',
      respondentsInvalid: 'Sveikasis skaičius, ne mažesnis kaip 1',
    },
    scale: {
      label: 'SERVQUAL skalė',
      hint: 'Lūkesčio ir suvokimo atsakymų skalė',
      option: 'nuo {{min}} iki {{max}}',
      dialogTitle: 'Keisti SERVQUAL skalę? Nauja skalė: {{scale}}',
      converts_one: 'Projekte yra {{count, number}} reikšmė. Ji tiesiškai perkeliama: {{from}} → {{to}}.',
      converts_few: 'Projekte yra {{count, number}} reikšmės. Kiekviena tiesiškai perkeliama: {{from}} → {{to}}.',
      converts_many: 'Projekte yra {{count, number}} reikšmės. Kiekviena tiesiškai perkeliama: {{from}} → {{to}}.',
      converts_other: 'Projekte yra {{count, number}} reikšmių. Kiekviena tiesiškai perkeliama: {{from}} → {{to}}.',
      formula:
        'Reikšmė x tampa 1 + (x − 1) × (nauja viršutinė − 1) ÷ (sena viršutinė − 1): galai lieka galais, išlaikomas visas tikslumas. Atotrūkiai keičiasi kartu.',
      examples: 'Reikšmės prieš ir po',
      step: 'Žingsnis',
      score: 'Reikšmė',
      before: 'Prieš ({{scale}})',
      after: 'Po ({{scale}})',
      field: {
        expectation: '{{dimension}}: lūkestis',
        perception: '{{dimension}}: suvokimas',
      },
      more_one: 'ir dar {{count, number}} reikšmė',
      more_few: 'ir dar {{count, number}} reikšmės',
      more_many: 'ir dar {{count, number}} reikšmės',
      more_other: 'ir dar {{count, number}} reikšmių',
      undo: 'Atšaukus (Ctrl+Z) visos reikšmės grįžta vienu žingsniu.',
      confirm_one: 'Perskaičiuoti {{count, number}} reikšmę',
      confirm_few: 'Perskaičiuoti {{count, number}} reikšmes',
      confirm_many: 'Perskaičiuoti {{count, number}} reikšmės',
      confirm_other: 'Perskaičiuoti {{count, number}} reikšmių',
      cancel: 'Atšaukti',
    },
  },
};
