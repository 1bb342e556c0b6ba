import type { Messages } from '../../messages';

/** hu: the storage area, translated from ../en/storage.ts. Names and paths stand in quotes after a colon, so they need no case ending. */
export const storage: Messages = {
  storage: {
    rejectedSender: 'Elutasított kérés ({{channel}}): nem a Touchmap ablakából érkezett.',
    pdf: {
      fontsMissing: 'Hiányoznak a Touchmap saját PDF-betűkészletei (resources/fonts).',
      outOfMemory: 'Elfogyott a memória a betűkészlet részhalmazának készítése közben.',
      subsetFailed: 'A betűkészlet részhalmaza nem készíthető el.',
    },
    journal: {
      otherVersion: 'A helyreállítási napló a projektfájl egy másik változatához tartozik.',
      closed: 'A helyreállítási napló le van zárva.',
      full: 'A helyreállítási napló megtelt. Mentse a projektet, hogy a módosításai biztonságban legyenek.',
      tooLarge: 'A helyreállítási napló túl nagy ahhoz, hogy beolvasható legyen.',
      baseUnreadable: 'A módosításai nem őrizhetők meg helyreállításhoz: a projektfájl nem olvasható.',
    },
    file: {
      missing: 'A projektfájl hiányzik.',
      notAFile: 'A projekt elérési útja nem fájl.',
      tooLarge: 'A fájl mérete {{size}}; a Touchmap legfeljebb {{limit}} méretű projektfájlokat nyit meg.',
      notUtf8:
        'A fájl szövegének egy része nem érvényes UTF-8 (a fájl sérült, vagy más kódolással mentették); megnyitásakor ezek a karakterek elvesznének.',
      notThere:
        'a fájl nem található: „{{file}}” (lehet, hogy áthelyezték, átnevezték vagy törölték, vagy nem csatlakoztatott meghajtón van).',
      megabytes: '{{value}} MB',
    },
    library: {
      templateBroken: 'A sablon hibás: „{{template}}”. {{detail}}',
      changedOnDisk:
        'Nem lett mentve: „{{name}}”. A fájl („{{file}}”) megváltozott a lemezen, mióta megnyitotta (egy másik program vagy személy szerkeszthette).',
      idChanged: 'A projekt nem lett mentve: megváltozott az azonosítója.',
      cannotRename: 'Nem nevezhető át: „{{name}}”. {{detail}}',
      backupGone: 'Ez a biztonsági mentés már nem létezik.',
      backupUnreadable: 'Ez a biztonsági mentés sem olvasható: {{detail}}',
      noFreshId: 'Nem sikerült új projektazonosítót választani.',
      notInLibrary: 'Ez a projekt nincs a könyvtárban (lehet, hogy törölték).',
      cannotOpen: 'Nem nyitható meg: „{{name}}”. {{detail}}',
      quarantined: 'Nem nyitható meg: „{{name}}”. {{detail}} A fájl a karanténmappába került.',
      ownFolder:
        'Ebben a mappában a Touchmap saját fájljai vannak. Kérjük, mentse a projektet máshová, például a Dokumentumok mappába.',
      otherProjectsFile:
        'Ebben a fájlban egy másik projekt van: „{{name}}”. Kérjük, válasszon másik nevet, hogy egyik projekt se vesszen el.',
      notTouchmap: 'Ez nem Touchmap-projekt: „{{name}}”. Csak .touchmap fájlok nyithatók meg.',
      theFile: 'A fájl',
      tooLargeToOpen:
        'Nem nyitható meg: „{{name}}”. A fájl mérete {{size}}; a Touchmap legfeljebb {{limit}} méretű projektfájlokat nyit meg.',
    },
    save: {
      notSaved: 'A projekt nem lett mentve: {{detail}}',
      tooLarge: 'A projekt túl nagy a mentéshez (a projektfájlok mérete legfeljebb {{limit}} MB).',
      workerStopped: 'A mentési folyamat leállt (kilépési kód: {{code}}).',
    },
  },
};
