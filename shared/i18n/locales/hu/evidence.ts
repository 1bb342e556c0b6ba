import type { Messages } from '../../messages';

/** hu: the SERVQUAL as measured: scale, decimal means, respondents and evidence (issue I), translated from ../en/evidence.ts. */
export const evidence: Messages = {
  evidence: {
    outsideScale:
      '{{where}}: a SERVQUAL-érték ($t(domain.dimensions.{{dimension}}), $t(reader.path.field.{{field}})): {{value, number}}, ez kívül esik a projekt skáláján (1–{{scale}}).',
    commands: {
      setServqualScale: 'SERVQUAL-skála módosítása',
    },
    inspector: {
      scaleHint: 'Átlagok {{min}} és {{max}} közötti skálán (két tizedesjeggyel); n: válaszadók.',
      expectationHint: 'Elvárás: átlag, {{min}}–{{max}}',
      perceptionHint: 'Észlelés: átlag, {{min}}–{{max}}',
      respondentsShort: 'n',
      respondentsHint: 'Ennyi válaszadó átlaga',
      respondents: '{{dimension}}: válaszadók',
      outOfScale: 'Szám {{min}} és {{max}} között',
      respondentsInvalid: 'Egész szám, legalább 1',
    },
    scale: {
      label: 'SERVQUAL-skála',
      hint: 'Az elvárás és az észlelés válaszskálája',
      option: '{{min}}–{{max}}',
      dialogTitle: 'Módosítja a SERVQUAL-skálát? Új skála: {{scale}}',
      converts_one: 'A projektben {{count, number}} érték van. Lineárisan átkerül: {{from}} → {{to}}.',
      converts_other: 'A projektben {{count, number}} érték van. Mindegyik lineárisan átkerül: {{from}} → {{to}}.',
      formula:
        'Az x értékből 1 + (x − 1) × (új felső − 1) ÷ (régi felső − 1) lesz: a végpontok végpontok maradnak, a teljes pontosság megmarad. A rések is arányosan változnak.',
      examples: 'Értékek előtte és utána',
      step: 'Lépés',
      score: 'Érték',
      before: 'Előtte ({{scale}})',
      after: 'Utána ({{scale}})',
      field: {
        expectation: '{{dimension}}: elvárás',
        perception: '{{dimension}}: észlelés',
      },
      more_one: 'és még {{count, number}} érték',
      more_other: 'és még {{count, number}} érték',
      undo: 'A visszavonás (Ctrl+Z) egy lépésben minden értéket visszaállít.',
      confirm_one: '{{count, number}} érték átváltása',
      confirm_other: '{{count, number}} érték átváltása',
      cancel: 'Mégse',
    },
  },
};
