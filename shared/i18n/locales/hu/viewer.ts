import type { Messages } from '../../messages';

/** hu: the self-contained HTML export and its viewer, translated from ../en/viewer.ts. */
export const viewer: Messages = {
  viewer: {
    format: 'HTML (interaktív térkép)',
    formatShort: 'HTML-térkép',
    open: {
      filter: 'A Touchmap által exportált interaktív térkép',
      onlyOpenable:
        'Csak Touchmap-projektek (.touchmap), valamint a Touchmap által exportált képek (.png, .svg) és interaktív térképek (.html) nyithatók meg.',
      notProject:
        'A fájl nem Touchmap-projekt: „{{name}}”. Csak .touchmap fájlok, valamint a Touchmapből exportált képek és interaktív térképek nyithatók meg.',
      tooLarge: 'Nem nyitható meg: „{{name}}”. A fájl túl nagy ahhoz, hogy a Touchmap által exportált térkép legyen.',
      noProject:
        'A fájl nem tartalmaz Touchmap-projektet: „{{name}}” (csak a Touchmap által exportált interaktív térképek tartalmaznak).',
      cutOff: 'Nem nyitható meg: „{{name}}”. A benne lévő projekt csonka (a fájl előbb ér véget, mint a projekt).',
      unreadable: 'Nem nyitható meg: „{{name}}”. {{detail}}',
    },
    reader: {
      noProject:
        'A fájl nem tartalmaz Touchmap-projektet (csak a Touchmap által exportált interaktív térképek tartalmaznak).',
      unclosed: 'A fájlban lévő projekt csonka: a fájl előbb ér véget, mint a projekt.',
      damaged: 'A fájlban lévő projekt sérült, nem olvasható ({{detail}}).',
      notUtf8: 'A szöveg egy része nem érvényes UTF-8 (a fájl sérült, vagy más kódolással mentették).',
    },
    page: {
      controls: 'Térkép vezérlői',
      map: 'Útvonaltérkép',
      zoomIn: 'Nagyítás',
      zoomOut: 'Kicsinyítés',
      fit: 'Igazítás az ablakhoz',
      find: 'Lépés keresése',
      findPlaceholder: 'Lépés keresése név szerint…',
      matches: 'Talált lépések: {{count}}',
      noMatch: 'Nincs ilyen nevű lépés.',
      rows: 'Sorok',
      panel: 'Jellemzők',
      close: 'Bezárás',
      empty: 'Kattintson egy lépésre a térképen, vagy keresse meg név szerint, és itt olvashatja minden jellemzőjét.',
      help: 'Húzással mozgathatja a térképet; görgetéssel vagy a + és − billentyűvel nagyíthat; a 0 az ablakhoz igazítja. A Tab minden lépést elér, az Enter megnyitja.',
      madeWith: 'Készült a Touchmap programmal',
    },
    panel: {
      description: 'Leírás',
      notMoment: 'Ez a lépés nem érintkezési pont: a leírásán kívül nincsenek jellemzői.',
      yes: 'Igen',
      no: 'Nem',
      notSet: 'nincs megadva',
      riskScore: '{{likelihood}} × {{impact}} = {{score}} ({{level}})',
      riskFactors: 'Valószínűség × hatás',
      mitigation: 'Kockázatcsökkentés',
      weightedGap: 'Súlyozott rés',
      meanGap: 'Átlagos rés',
      dimension: 'Dimenzió',
      measuresDone: 'Teljesített mérőszámok: {{done}} / {{total}}',
      measureDone: 'teljesítve',
      measureOpen: 'nyitott',
      notes: 'Jegyzetek',
      noSenses: 'Egyik érzéket sem érinti.',
    },
  },
};
