import type { Messages } from '../../messages';

/** lt: the app area, translated from ../en/app.ts (plurals: one, few, many, other). */
export const app: Messages = {
  app: { name: 'Touchmap' },
  home: {
    title: 'Projektai',
    newProject: 'Naujas projektas',
    empty: 'Projektų dar nėra. Pradėkite nuo šablono arba tuščio žemėlapio.',
    summary_one: 'Paskutinį kartą redaguota: {{when}} · {{count, number}} žingsnis',
    summary_few: 'Paskutinį kartą redaguota: {{when}} · {{count, number}} žingsniai',
    summary_many: 'Paskutinį kartą redaguota: {{when}} · {{count, number}} žingsnio',
    summary_other: 'Paskutinį kartą redaguota: {{when}} · {{count, number}} žingsnių',
    open: 'Atidaryti: {{name}}',
    delete: 'Ištrinti',
    deleteProject: 'Ištrinti: {{name}}',
    backups: 'Atsarginės kopijos…',
    backupsOf: 'Atsarginės kopijos: {{name}}',
    problemsTitle: 'Kai kurių projektų nepavyko perskaityti',
    problem: 'Nepavyko perskaityti projekto „{{name}}“: {{reason}}',
    quarantined: 'Failas perkeltas į: {{path}}. Niekas nebuvo ištrinta.',
    restoreBackup: 'Atkurti iš atsarginės kopijos',
    restoreBackupOf: 'Atkurti iš atsarginės kopijos: {{name}}',
    projectName: 'Projekto pavadinimas',
    template: 'Pradėti nuo',
    untitled: 'Kliento kelionė be pavadinimo',
    create: 'Sukurti',
    cancel: 'Atšaukti',
    recovery: 'Yra neįrašytų ankstesnės sesijos pakeitimų: atidarykite, kad juos atkurtumėte',
  },
  recovery: {
    title: 'Atkurti neįrašytą darbą',
    question: 'Atkurti neįrašytą darbą?',
    kept_one:
      'Projektas „{{name}}“ nebuvo tinkamai uždarytas. Išliko {{count, number}} pakeitimas, atliktas po paskutinio įrašymo; paskutinis užfiksuotas: {{when}}.',
    kept_few:
      'Projektas „{{name}}“ nebuvo tinkamai uždarytas. Išliko {{count, number}} pakeitimai, atlikti po paskutinio įrašymo; paskutinis užfiksuotas: {{when}}.',
    kept_many:
      'Projektas „{{name}}“ nebuvo tinkamai uždarytas. Išliko {{count, number}} pakeitimo, atlikto po paskutinio įrašymo; paskutinis užfiksuotas: {{when}}.',
    kept_other:
      'Projektas „{{name}}“ nebuvo tinkamai uždarytas. Išliko {{count, number}} pakeitimų, atliktų po paskutinio įrašymo; paskutinis užfiksuotas: {{when}}.',
    skipped_one:
      'Žurnalo pabaigoje nepavyko perskaityti {{count, number}} pažeistos eilutės (tai paskutinė akimirka prieš gedimą).',
    skipped_few:
      'Žurnalo pabaigoje nepavyko perskaityti {{count, number}} pažeistų eilučių (tai paskutinė akimirka prieš gedimą).',
    skipped_many:
      'Žurnalo pabaigoje nepavyko perskaityti {{count, number}} pažeistos eilutės (tai paskutinė akimirka prieš gedimą).',
    skipped_other:
      'Žurnalo pabaigoje nepavyko perskaityti {{count, number}} pažeistų eilučių (tai paskutinė akimirka prieš gedimą).',
    restore: 'Atkurti neįrašytą darbą',
    discard: 'Atmesti pakeitimus',
    stale:
      'Neįrašyti ankstesnės sesijos pakeitimai buvo atlikti šio failo versijoje, kuri nuo to laiko pakeista (kitos programos arba kitos Touchmap kopijos). Jie nepritaikyti; jie laikomi duomenų aplanko karantino aplanke.',
    unfit:
      'Rasta neįrašytų ankstesnės sesijos pakeitimų, bet jie nebetinka įrašytam failui ir negali būti atkurti. Jie palikti žurnalo faile.',
  },
  backups: {
    title: 'Atsarginės kopijos: {{name}}',
    intro:
      'Kai Touchmap įrašo projektą ant ankstesnės versijos, ta versija išlaikoma: versija prieš paskutinį įrašymą ir kelios senesnės iš ankstesnio darbo.',
    loading: 'Ieškoma atsarginių kopijų…',
    none: 'Projekto „{{name}}“ atsarginių kopijų dar nėra: pirmoji sukuriama, kai projektas pirmą kartą perrašomas.',
    saved: 'Įrašyta',
    size: 'Dydis',
    latest: ' (naujausia)',
    restore: 'Atkurti',
    restoreFrom: 'Atkurti atsarginę kopiją, įrašytą: {{when}}',
    close: 'Uždaryti',
    repeated: '{{when}} ({{n}})',
    keepsCurrent: 'Dabartinė versija išlaikoma kaip atsarginė kopija, todėl galėsite prie jos grįžti.',
    keepsQuarantined: 'Neperskaitomas failas lieka karantino aplanke.',
  },
  size: {
    bytes_one: '{{count}} baitas',
    bytes_few: '{{count}} baitai',
    bytes_many: '{{count}} baito',
    bytes_other: '{{count}} baitų',
    kb: '{{size}} KB',
    mb: '{{size}} MB',
  },
  files: {
    recent: 'Paskiausiai atidaryti failai',
    openRecent: 'Atidaryti paskiausiai atidarytą failą: {{name}}, {{path}}',
    recentDetail: '{{path}} · {{when}}',
    recentMissing: '{{path}} · nerastas (perkeltas, ištrintas arba neprijungtame diske) · {{when}}',
    notUtf8:
      'Failo „{{name}}“ nepavyko atidaryti: dalis jo teksto nėra tinkamas UTF-8 (failas pažeistas arba įrašytas kita koduote).',
    noProjectInImage: 'Faile „{{name}}“ nėra Touchmap projekto (jį turi tik Touchmap eksportuoti paveikslėliai).',
    unreadableImage: 'Failo „{{name}}“ nepavyko atidaryti: tai nėra perskaitomas paveikslėlis.',
    tooLarge:
      'Failo „{{name}}“ nepavyko atidaryti: failo dydis {{size}}; Touchmap atidaro projekto failus iki {{limit}}.',
  },
  mermaid: {
    title: 'Importuoti Mermaid kelionę',
    prompt:
      'Pasirinkite failą su Mermaid kelionės (journey) diagrama (.mmd arba Markdown su mermaid bloku). Iš jo bus sukurtas naujas projektas; niekas kitas nepasikeis.',
    choose: 'Pasirinkti failą…',
    cancel: 'Atšaukti',
    fileInput: 'Mermaid kelionės failas',
    useHome: 'Norėdami importuoti Mermaid kelionę, pradžios ekrane naudokite mygtuką „{{action}}“.',
    untitled: 'Importuota kelionė',
    fileName: 'kelionė',
    tooLarge:
      'Failas „{{name}}“ neimportuotas: failo dydis {{size}}; Touchmap importuoja Mermaid failus iki {{limit}}.',
    notUtf8:
      'Failas „{{name}}“ neimportuotas: dalis jo teksto nėra tinkamas UTF-8 (failas pažeistas arba įrašytas kita koduote).',
    failed: 'Failas „{{name}}“ neimportuotas, nieko nesukurta:\n{{lines}}',
    line: '{{line}} eilutė: {{message}}',
    changed_one: 'Projektas „{{project}}“ importuotas iš failo „{{name}}“ su {{count, number}} pakeitimu:\n{{lines}}',
    changed_few: 'Projektas „{{project}}“ importuotas iš failo „{{name}}“ su {{count, number}} pakeitimais:\n{{lines}}',
    changed_many: 'Projektas „{{project}}“ importuotas iš failo „{{name}}“ su {{count, number}} pakeitimo:\n{{lines}}',
    changed_other: 'Projektas „{{project}}“ importuotas iš failo „{{name}}“ su {{count, number}} pakeitimų:\n{{lines}}',
  },
  notify: {
    dismiss: 'Uždaryti',
    fileProblem: 'Failo problema',
    problem: 'Problema',
    unknownError: 'nežinoma klaida',
    'stage-added': 'Pridėtas etapas Nr. {{n}}',
    'saved-as': 'Įrašyta kaip: {{file}}',
    'backup-restored': 'Projektas „{{name}}“ atkurtas iš atsarginės kopijos (įrašyta: {{when}})',
    'paste-converted':
      'Įklijuoti SERVQUAL balai perskaičiuoti pagal šio projekto skalę: 1–{{from}} → 1–{{to}} (balų: {{n}}).',
    'file-problem': '{{detail}}',
    'drop-one-file': 'Vienu metu numeskite tik vieną projekto failą.',
    'open-failed': '{{detail}}',
    'library-failed': '{{detail}}',
    'not-saved-on-close':
      'Projekto „{{name}}“ nepavyko įrašyti ({{detail}}). Jūsų pakeitimai išlaikyti ir bus pasiūlyti, kai vėl jį atidarysite.',
    'journal-failed': 'Naujausių pakeitimų nepavyko įrašyti į atkūrimo žurnalą: {{detail}}',
    'refused-unknown-command': 'Šis veiksmas šioje Touchmap versijoje negalimas.',
    'refused-not-found': 'Šio elemento nebėra.',
    'refused-duplicate-id': 'Toks elementas jau yra.',
    'refused-invalid-value': 'Ši reikšmė nepatenka į leistinas ribas.',
    'refused-last-stage': 'Kelionė turi turėti bent vieną etapą, todėl paskutinio etapo ištrinti negalima.',
    'refused-last-state': 'Projektas turi turėti bent vieną kelionės būseną, todėl paskutinės ištrinti negalima.',
    'refused-self-loop': 'Srautas negali vesti iš žingsnio atgal į tą patį žingsnį.',
    'refused-duplicate-flow': 'Šie du žingsniai jau sujungti tokiu pačiu srautu.',
    'refused-no-moment': 'Šis žingsnis nėra kontakto momentas.',
    'refused-too-many': 'Tada kelionė būtų didesnė, nei leidžia Touchmap.',
  },
  ask: {
    yes: 'Gerai',
    no: 'Atšaukti',
    'delete-project': 'Perkelti projektą „{{name}}“ į šiukšlinę?',
    'delete-stage': 'Ištrinti etapą „{{name}}“? {{consequence}}',
    'delete-lane': 'Ištrinti juostą „{{name}}“? {{consequence}}',
    'clear-moment':
      'Žingsnis „{{title}}“ turi anotacijų. Nebelaikyti jo kontakto momentu ir išvalyti jo anotacijas? (Anuliavus veiksmą, jos grįš.)',
    'restore-backup': 'Atkurti projekto „{{name}}“ versiją, įrašytą: {{when}}?\n\n{{keeps}}',
    'restore-backup-discarding':
      'Atkurti projekto „{{name}}“ versiją, įrašytą: {{when}}?\n\n{{keeps}}\n\nNeįrašyti ankstesnės sesijos pakeitimai bus atmesti.',
    'replace-changed-file':
      '{{detail}}\n\nPakeisti diske esantį failą jūsų versija?\n\nAtšaukus failas lieka toks, koks yra; jūsų pakeitimai lieka atidaryti čia, o komanda „Įrašyti kaip…“ galite juos įrašyti į kitą failą.',
  },
};
