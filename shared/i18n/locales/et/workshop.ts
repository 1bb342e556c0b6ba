import type { Messages } from '../../messages';

/** et: hosting and joining a live workshop: co-editing, presence, security (issue J), translated from ../en/workshop.ts. */
export const workshop: Messages = {
  workshop: {
    yourName: 'Teie nimi (teised näevad seda)',
    nameHint: 'Sama nimi käib ka Teie kommentaaride ja häälte juurde.',
    cancel: 'Loobu',
    close: 'Sulge',
    unnamed: 'Keegi',
    host: {
      title: 'Korralda töötuba',
      intro:
        'Selle võrgu inimesed liituvad koodiga ja muudavad seda kaarti koos teiega reaalajas. Teie fail jääb sellesse arvutisse ja salvestub nagu tavaliselt. Töötuba lõpeb, kui te selle lõpetate või Touchmapi sulgete.',
      start: 'Alusta töötuba',
      share: 'Andke teistele see kood või link. Liituda saavad ainult need, kellel see on.',
      code: 'Liitumiskood',
      link: 'Liitumislink',
      participants: 'Osalejad',
      joined_one: 'Liitus {{count, number}} inimene',
      joined_other: 'Liitus {{count, number}} inimest',
      remove: 'Eemalda: {{name}}',
      end: 'Lõpeta töötuba',
    },
    join: {
      title: 'Liitu töötoaga',
      code: 'Liitumiskood või -link',
      teamServer: 'Liitu hoopis meeskonna serveriga',
      serverUrl: 'Serveri aadress (ws:// või wss://)',
      token: 'Juurdepääsuvõti',
      join: 'Liitu',
      joining: 'Liitumine…',
      alreadyInWorkshop:
        'Avati liitumislink, aga te olete juba töötoas. Lahkuge kõigepealt sellest töötoast ja avage siis link uuesti.',
    },
    team: {
      hostOn: 'Korralda hoopis meeskonna serveris',
      hostIntro:
        'Kaart pannakse meeskonna sünkroonimisserverisse allpool oleva nime all; teised liituvad sellega seal serveri aadressi, võtme ja nime abil. Teie fail jääb sellesse arvutisse ja salvestatakse nagu tavaliselt.',
      map: 'Kaardi nimi serveris (tähed, numbrid, - ja _)',
      share:
        'Teised liituvad menüüst Liitu töötoaga › meeskonna server, kasutades seda aadressi, meeskonna võtit ja seda kaardi nime.',
      address: 'Serveri aadress',
    },
    strip: {
      label: 'Töötuba',
      people: 'Teised siin',
      manage: 'Kood ja osalejad…',
      saveCopy: 'Salvesta koopia',
      leave: 'Lahku töötoast',
    },
    status: {
      connected: 'Ühendatud',
      reconnecting: 'Taasühendamine…',
      offline: 'Võrguühenduseta: teie muudatused säilivad ja ühendatakse, kui olete tagasi',
    },
    ended: {
      left: 'Lahkusite töötoast.',
      'host-ended': 'Korraldaja lõpetas töötoa.',
      removed: 'Korraldaja eemaldas teid töötoast. Kaart jääb avatuks; selle säilitamiseks valige „Salvesta koopia“.',
    },
    repaired_one:
      'Eri inimeste samaaegsed muudatused läksid vastuollu (näiteks samm kustutati, kui keegi seda ühendas): kaardi kehtivuse huvides jäeti välja {{count, number}} element.',
    repaired_other:
      'Eri inimeste samaaegsed muudatused läksid vastuollu (näiteks samm kustutati, kui keegi seda ühendas): kaardi kehtivuse huvides jäeti välja {{count, number}} elementi.',
    errors: {
      empty: 'Sisestage liitumiskood või kleepige link.',
      malformed: 'See ei ole liitumiskood ega link. Kontrollige seda korraldajaga ja proovige uuesti.',
      refused:
        'Töötuba lükkas selle koodi tagasi: see on vale või aegunud või prooviti liiga palju valesid koode. Küsige korraldajalt kood uuesti.',
      unreachable: 'Töötuba ei vastanud. Kontrollige, et olete korraldajaga samas võrgus ja et töötuba veel käib.',
      badUpdate: 'Muudatust ei õnnestunud lugeda, seda ei jagatud.',
      notInWorkshop: 'Ühtegi töötuba ei käi.',
      notHost: 'Osalejaid saab eemaldada ainult korraldaja.',
      teamEmpty: 'Sisestage serveri aadress, võti ja kaardi nimi.',
      teamMalformed:
        'Kontrollige meeskonna serveri andmeid: aadress algab ws:// või wss://, võtmes on 16–128 tähte, numbrit, - või _ ning kaardi nimes tähed, numbrid, - ja _.',
      mapExists:
        'Meeskonna serveris on juba kaart nimega „{{map}}“. Liituge sellega või korraldage oma kaart teise nime all.',
      noMap: 'Siin ei ole veel kaarti nimega „{{map}}“. Kontrollige nime korraldajaga.',
      teamRefused:
        'Meeskonna server lükkas selle võtme tagasi või prooviti sellest arvutist liiga palju valesid võtmeid. Kontrollige võtit serveri haldajaga.',
      teamUnreachable: 'Meeskonna server ei vastanud. Kontrollige selle aadressi ja et see töötab.',
      unknownParticipant: 'Seda osalejat töötoas ei ole (enam).',
      invalidProject: 'Töötuba ei alanud, sest projekt ei ole kehtiv: {{detail}}',
    },
  },
};
