import type { Messages } from '../../messages';

/** et: the personas and customer types (issue I), translated from ../en/personas.ts. */
export const personas: Messages = {
  personas: {
    panel: {
      title: 'Persoonad',
      intro:
        'Kes selle teekonna läbib. Persoon võib sammul tunda ja mõelda teisiti; persoonifiltriga näete teekonda tema silmade läbi.',
      empty: 'Persoone veel pole. Lisage üks iga kliendiliigi kohta, keda teekond teenindab.',
      add: 'Lisa persoon',
      newName: 'Uus persoon',
      list: 'Teekonna persoonad',
      name: 'Nimi',
      description: 'Kirjeldus',
      goals: 'Eesmärgid',
      goalsHint: 'Üks eesmärk rea kohta.',
      customerType: 'Kliendiliik',
      remove: 'Eemalda persoon',
      removeAsk: 'Kas eemaldada persoon? {{name}}',
      removeOverrides_one:
        'Koos sellega kaovad tema enda emotsioon või mõtted sammudel (samme: {{count}}); Võta tagasi toob mõlemad tagasi.',
      removeOverrides_other:
        'Koos sellega kaovad tema enda emotsioon või mõtted sammudel (samme: {{count}}); Võta tagasi toob mõlemad tagasi.',
      removeConfirm: 'Eemalda',
      cancel: 'Loobu',
      close: 'Sulge persoonad',
      differsNone: 'Elab iga sammu läbi vaikimisi viisil',
      differs_one: 'Vaikimisi viisist erinevaid samme: {{count}}',
      differs_other: 'Vaikimisi viisist erinevaid samme: {{count}}',
      seeAs: 'Vaata teekonda selle persooni silmade läbi',
      seeingAs: 'Teekonda näidatakse selle persooni silmade läbi',
    },
    guidance: {
      heading: 'Kuidas seda klienti teenindada',
      source: 'Teenindusmaterjali kliendiliikide põhjal.',
      angry:
        'Säilitage kontroll ja ärge laske emotsioonidel end kaasa kiskuda.\nÄrge kunagi öelge „pole põhjust vihastada“: see teeb asja hullemaks.\nJõudke tunnetest mööda faktideni, mida probleemi lahendamiseks vajate.\nLubage ainult seda, mida suudate pidada; öelge selgelt, mida saate ja mida ei saa teha.\nKüsige, kuidas ta sooviks, et probleem lahendataks.',
      arguer:
        'Rääkige pehmelt.\nKüsige tema arvamust.\nKeskenduge sellele, milles olete ühel meelel.\nLugege enne vastamist kümneni.',
      talker:
        'Näidake huvi, kuid hoidke aega kontrolli all.\nÖelge selgelt, et peate teenindama ka teisi kliente.\nPidage meeles, et ta võib rääkida nii palju seetõttu, et on üksi.',
      'chronic complainer':
        'Eristage tegelikud kaebused ülejäänutest.\nÄrge asuge kaitsesse, mida iganes öeldakse; laske tal rääkida.\nKui kaebus on põhjendatud, võtke probleemi lahendamiseks meetmeid.',
      rude: 'Ärge püüdke teda „paika panna“.\nOlge viisakas, eriti viisakas: ta hakkab teile vastama sama austusega.\nÜleolevuse all tunneb ta end sageli üksi ja ebakindlalt.',
      demanding:
        'Ta katkestab ja nõuab kohest tähelepanu, sageli ebakindlusest.\nKohelge teda sama austusega kui kõiki teisi.\nÄrge tehke erandeid: ärge andke tema nõudmistele järele.',
      none: 'Teenindusmaterjal ei anna selle kliendiliigi kohta eraldi reegleid.',
    },
    inspector: {
      heading: 'Persoon',
      persona: 'Näita persoonina',
      none: 'Vaikimisi (iga klient)',
      emotion: 'Selle persooni emotsioon',
      asDefault: 'Vaikimisi: {{value}}',
      notAssessed: 'hindamata',
      thoughts: 'Selle persooni mõtted',
      thoughtsHint:
        'Üks mõte rea kohta. Kuni te neid siin või mõtete real ei muuda, on sellel persoonil siin näidatud vaikimisi mõtted.',
      defaultSection: 'Need on vaikimisi mõtted, iga kliendi jaoks. Valitud persooni mõtted on jaotises „Persoon“.',
      useDefault: 'Kasuta vaikimisi mõtteid',
      defaultThoughts: 'Vaikimisi mõtted: {{thoughts}}',
      goals: 'Eesmärgid: {{goals}}',
    },
    curve: {
      default: 'Vaikimisi',
    },
    filter: {
      kind: 'Persoon',
    },
    commands: {
      setOverride: 'Määra persooni emotsioon ja mõtted',
      setEmotion: 'Määra persooni emotsioon',
      setThoughts: 'Määra persooni mõtted',
      clearOverride: 'Taasta persoonile vaikimisi väärtused',
      clear: {
        emotion: 'Taasta persooni emotsioon',
        thoughts: 'Taasta persooni mõtted',
      },
    },
  },
};
