import type { Messages } from '../../messages';

/** et: the storage area, translated from ../en/storage.ts. Names and paths stand in quotes after a colon, so they need no case ending. */
export const storage: Messages = {
  storage: {
    rejectedSender: 'Päring tagasi lükatud ({{channel}}): see ei tulnud Touchmapi aknast.',
    pdf: {
      fontsMissing: 'Touchmapiga kaasas olevad PDF-fondid puuduvad (resources/fonts).',
      outOfMemory: 'Fondi alamhulga loomisel sai mälu otsa.',
      subsetFailed: 'Fondi alamhulka ei saanud luua.',
    },
    journal: {
      otherVersion: 'Taastelogi kuulub projektifaili teisele versioonile.',
      closed: 'Taastelogi on suletud.',
      full: 'Taastelogi on täis. Salvestage projekt, et muudatused oleksid kaitstud.',
      tooLarge: 'Taastelogi on lugemiseks liiga suur.',
      baseUnreadable: 'Teie muudatusi ei saa taastamiseks hoida: projektifaili ei saa lugeda.',
    },
    file: {
      missing: 'Projektifail puudub.',
      notAFile: 'Projekti asukoht ei ole fail.',
      tooLarge: 'Faili suurus on {{size}}; Touchmap avab projektifaile kuni {{limit}}.',
      notUtf8:
        'Osa faili tekstist ei ole kehtiv UTF-8 (fail on rikutud või salvestatud teises kodeeringus); avamisel läheksid need märgid kaotsi.',
      notThere:
        'faili pole olemas: „{{file}}“ (see võib olla teisaldatud, ümber nimetatud või kustutatud või asuda ühendamata kettal).',
      megabytes: '{{value}} MB',
    },
    library: {
      templateBroken: 'Mall on vigane: „{{template}}“. {{detail}}',
      changedOnDisk:
        'Ei salvestatud: „{{name}}“. Fail („{{file}}“) on kettal muutunud pärast seda, kui selle avasite (seda võis muuta mõni teine programm või inimene).',
      idChanged: 'Projekti ei salvestatud: selle ID muutus.',
      cannotRename: 'Ümbernimetamine ei õnnestu: „{{name}}“. {{detail}}',
      backupGone: 'Seda varukoopiat enam ei ole.',
      backupUnreadable: 'Ka seda varukoopiat ei saa lugeda: {{detail}}',
      noFreshId: 'Uut projekti ID-d ei õnnestunud valida.',
      notInLibrary: 'Seda projekti pole teegis (see võib olla kustutatud).',
      cannotOpen: 'Avamine ei õnnestu: „{{name}}“. {{detail}}',
      quarantined: 'Avamine ei õnnestu: „{{name}}“. {{detail}} Fail teisaldati karantiinikausta.',
      ownFolder: 'Selles kaustas on Touchmapi enda failid. Salvestage projekt mujale, näiteks kausta Dokumendid.',
      otherProjectsFile:
        'Selles failis asub teine projekt: „{{name}}“. Valige muu nimi, et kumbki projekt kaotsi ei läheks.',
      notTouchmap: 'See ei ole Touchmapi projekt: „{{name}}“. Avada saab ainult .touchmap-faile.',
      theFile: 'Fail',
      tooLargeToOpen:
        'Avamine ei õnnestu: „{{name}}“. Faili suurus on {{size}}; Touchmap avab projektifaile kuni {{limit}}.',
    },
    save: {
      notSaved: 'Projekti ei salvestatud: {{detail}}',
      tooLarge: 'Projekt on salvestamiseks liiga suur (projektifailide piir on {{limit}} MB).',
      workerStopped: 'Salvestusprotsess peatus (väljumiskood: {{code}}).',
    },
  },
};
