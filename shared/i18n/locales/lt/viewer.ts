import type { Messages } from '../../messages';

/** lt: the self-contained HTML export and its viewer, translated from ../en/viewer.ts. */
export const viewer: Messages = {
  viewer: {
    format: 'HTML (interaktyvus žemėlapis)',
    formatShort: 'HTML žemėlapis',
    open: {
      filter: 'Touchmap eksportuotas interaktyvus žemėlapis',
      onlyOpenable:
        'Galima atidaryti tik Touchmap projektus (.touchmap), Touchmap eksportuotus paveikslėlius (.png, .svg) ir interaktyvius žemėlapius (.html).',
      notProject:
        'Failas „{{name}}“ nėra Touchmap projektas. Atidaryti galima tik .touchmap failus, Touchmap eksportuotus paveikslėlius ir interaktyvius žemėlapius.',
      tooLarge: 'Failo „{{name}}“ atidaryti negalima: jis per didelis, kad būtų Touchmap eksportuotas žemėlapis.',
      noProject: 'Faile „{{name}}“ nėra Touchmap projekto (jį turi tik Touchmap eksportuoti interaktyvūs žemėlapiai).',
      cutOff:
        'Failo „{{name}}“ atidaryti negalima: jame esantis projektas nukirstas (failas baigiasi anksčiau nei projektas).',
      unreadable: 'Failo „{{name}}“ atidaryti negalima: {{detail}}',
    },
    reader: {
      noProject: 'Faile nėra Touchmap projekto (jį turi tik Touchmap eksportuoti interaktyvūs žemėlapiai).',
      unclosed: 'Faile esantis projektas nukirstas: failas baigiasi anksčiau nei projektas.',
      damaged: 'Faile esantis projektas sugadintas ir negali būti perskaitytas ({{detail}}).',
      notUtf8: 'Dalis teksto nėra tinkamas UTF-8 (failas sugadintas arba išsaugotas kita koduote).',
    },
    page: {
      controls: 'Žemėlapio valdikliai',
      map: 'Kelionės žemėlapis',
      zoomIn: 'Padidinti',
      zoomOut: 'Sumažinti',
      fit: 'Pritaikyti langui',
      find: 'Ieškoti žingsnio',
      findPlaceholder: 'Ieškoti žingsnio pagal pavadinimą…',
      matches: 'Rasta žingsnių: {{count}}',
      noMatch: 'Žingsnio tokiu pavadinimu nėra.',
      rows: 'Eilutės',
      panel: 'Anotacijos',
      close: 'Uždaryti',
      empty: 'Spustelėkite žingsnį žemėlapyje arba suraskite jį pagal pavadinimą – čia matysite visas jo anotacijas.',
      help: 'Vilkite, kad perkeltumėte žemėlapį; slinkite arba spauskite + ir −, kad keistumėte mastelį; 0 pritaiko žemėlapį langui. Tab pasiekia kiekvieną žingsnį, Enter jį atveria.',
      madeWith: 'Sukurta su Touchmap',
    },
    panel: {
      description: 'Aprašymas',
      notMoment: 'Šis žingsnis nėra kontakto momentas: be aprašymo jis neturi anotacijų.',
      yes: 'Taip',
      no: 'Ne',
      notSet: 'nenurodyta',
      riskScore: '{{likelihood}} × {{impact}} = {{score}} ({{level}})',
      riskFactors: 'Tikimybė × poveikis',
      mitigation: 'Rizikos mažinimas',
      weightedGap: 'Svertinis atotrūkis',
      meanGap: 'Vidutinis atotrūkis',
      dimension: 'Dimensija',
      measuresDone: 'Įvykdyti rodikliai: {{done}} iš {{total}}',
      measureDone: 'įvykdyta',
      measureOpen: 'neįvykdyta',
      notes: 'Pastabos',
      noSenses: 'Nė vienas pojūtis nedalyvauja.',
    },
  },
};
