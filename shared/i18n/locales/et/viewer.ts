import type { Messages } from '../../messages';

/** et: the self-contained HTML export and its viewer, translated from ../en/viewer.ts. */
export const viewer: Messages = {
  viewer: {
    format: 'HTML (interaktiivne kaart)',
    formatShort: 'HTML-kaart',
    open: {
      filter: 'Touchmapist eksporditud interaktiivne kaart',
      onlyOpenable:
        'Avada saab ainult Touchmapi projekte (.touchmap), Touchmapist eksporditud pilte (.png, .svg) ja interaktiivseid kaarte (.html).',
      notProject:
        'Fail „{{name}}“ pole Touchmapi projekt. Avada saab ainult .touchmap-faile ning Touchmapist eksporditud pilte ja interaktiivseid kaarte.',
      tooLarge: 'Faili „{{name}}“ ei saa avada: see on Touchmapist eksporditud kaardi jaoks liiga suur.',
      noProject:
        'Fail „{{name}}“ ei sisalda Touchmapi projekti (see on ainult Touchmapist eksporditud interaktiivsetes kaartides).',
      cutOff: 'Faili „{{name}}“ ei saa avada: selles olev projekt on katkenud (fail lõpeb enne projekti).',
      unreadable: 'Faili „{{name}}“ ei saa avada: {{detail}}',
    },
    reader: {
      noProject:
        'Fail ei sisalda Touchmapi projekti (see on ainult Touchmapist eksporditud interaktiivsetes kaartides).',
      unclosed: 'Failis olev projekt on katkenud: fail lõpeb enne projekti.',
      damaged: 'Failis olev projekt on rikutud ja seda ei saa lugeda ({{detail}}).',
      notUtf8: 'Osa tekstist ei ole kehtiv UTF-8 (fail on rikutud või salvestatud teises kodeeringus).',
    },
    page: {
      controls: 'Kaardi juhtnupud',
      map: 'Teekonnakaart',
      zoomIn: 'Suurenda',
      zoomOut: 'Vähenda',
      fit: 'Sobita aknasse',
      find: 'Otsi sammu',
      findPlaceholder: 'Otsi sammu nime järgi…',
      matches: 'Leitud samme: {{count}}',
      noMatch: 'Sellise nimega sammu ei ole.',
      rows: 'Read',
      panel: 'Märgendid',
      close: 'Sulge',
      empty: 'Klõpsake kaardil sammu või otsige see nime järgi, et lugeda kõiki selle märgendeid.',
      help: 'Lohistades liigub kaart; kerides või klahvidega + ja − muutub suurendus; 0 sobitab kaardi aknasse. Tab jõuab iga sammuni, Enter avab selle.',
      madeWith: 'Tehtud Touchmapiga',
    },
    panel: {
      description: 'Kirjeldus',
      notMoment: 'See samm ei ole kokkupuutepunkt: tal pole peale kirjelduse märgendeid.',
      yes: 'Jah',
      no: 'Ei',
      notSet: 'määramata',
      riskScore: '{{likelihood}} × {{impact}} = {{score}} ({{level}})',
      riskFactors: 'Tõenäosus × mõju',
      mitigation: 'Riski maandamine',
      weightedGap: 'Kaalutud lõhe',
      meanGap: 'Keskmine lõhe',
      dimension: 'Mõõde',
      measuresDone: 'Täidetud mõõdikud: {{done}}/{{total}}',
      measureDone: 'täidetud',
      measureOpen: 'täitmata',
      notes: 'Märkused',
      noSenses: 'Ükski meel ei ole kaasatud.',
    },
  },
};
