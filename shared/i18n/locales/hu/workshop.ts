import type { Messages } from '../../messages';

/** hu: hosting and joining a live workshop: co-editing, presence, security (issue J), translated from ../en/workshop.ts. */
export const workshop: Messages = {
  workshop: {
    yourName: 'Az Ön neve (mások látják)',
    nameHint: 'A megjegyzéseknél és a szavazásnál is ez a neve.',
    cancel: 'Mégse',
    close: 'Bezárás',
    unnamed: 'Valaki',
    host: {
      title: 'Workshop indítása',
      intro:
        'A hálózaton lévők egy kóddal csatlakoznak, és élőben szerkesztik Önnel ezt a térképet. A fájl ezen a gépen marad, és a szokott módon mentődik. A workshop akkor ér véget, amikor Ön befejezi, vagy bezárja a Touchmapet.',
      start: 'Workshop indítása',
      share: 'Adja meg a többieknek ezt a kódot vagy hivatkozást. Csak ezzel lehet csatlakozni.',
      code: 'Csatlakozási kód',
      link: 'Csatlakozási hivatkozás',
      participants: 'Résztvevők',
      joined_one: '{{count, number}} fő csatlakozott',
      joined_other: '{{count, number}} fő csatlakozott',
      remove: 'Eltávolítás: {{name}}',
      end: 'Workshop befejezése',
    },
    join: {
      title: 'Csatlakozás workshophoz',
      code: 'Csatlakozási kód vagy hivatkozás',
      teamServer: 'Inkább csapatszerverhez csatlakozom',
      serverUrl: 'Szervercím (ws:// vagy wss://)',
      token: 'Hozzáférési token',
      join: 'Csatlakozás',
      joining: 'Csatlakozás…',
      alreadyInWorkshop:
        'Megnyílt egy csatlakozási hivatkozás, de Ön már egy workshopban van. Előbb lépjen ki ebből a workshopból, aztán nyissa meg újra a hivatkozást.',
    },
    team: {
      hostOn: 'Inkább csapatszerveren indítom',
      hostIntro:
        'A térkép az alábbi néven a csapat szinkronszerverére kerül; a többiek ott csatlakoznak hozzá a szervercímmel, a tokennel és a névvel. A fájlja ezen a gépen marad, és a szokott módon mentődik.',
      map: 'A térkép neve a szerveren (betűk, számjegyek, - és _)',
      share:
        'A többiek a Csatlakozás workshophoz › csapatszerver úton csatlakoznak, ezzel a címmel, a csapat tokenjével és ezzel a térképnévvel.',
      address: 'Szervercím',
    },
    strip: {
      label: 'Közös munka',
      people: 'Itt vannak még',
      manage: 'Kód és résztvevők…',
      saveCopy: 'Másolat mentése',
      leave: 'Kilépés a workshopból',
    },
    status: {
      connected: 'Kapcsolódva',
      reconnecting: 'Újrakapcsolódás…',
      offline: 'Nincs kapcsolat: a módosításai megmaradnak, és visszatéréskor összeolvadnak',
    },
    ended: {
      left: 'Kilépett a workshopból.',
      'host-ended': 'A házigazda befejezte a workshopot.',
      removed:
        'A házigazda eltávolította Önt a workshopból. A térkép nyitva marad; a Másolat mentése gombbal megtarthatja.',
    },
    repaired_one:
      'Különböző emberek egyidejű módosításai ütköztek (például egy lépést töröltek, miközben valaki összekötötte): {{count, number}} elem kimaradt, hogy a térkép érvényes maradjon.',
    repaired_other:
      'Különböző emberek egyidejű módosításai ütköztek (például egy lépést töröltek, miközben valaki összekötötte): {{count, number}} elem kimaradt, hogy a térkép érvényes maradjon.',
    errors: {
      empty: 'Írja be a csatlakozási kódot, vagy illessze be a hivatkozást.',
      malformed: 'Ez nem csatlakozási kód vagy hivatkozás. Egyeztessen a házigazdával, és próbálja újra.',
      refused:
        'A workshop elutasította ezt a kódot: hibás vagy lejárt, vagy túl sok hibás kódot próbáltak. Kérje el újra a kódot a házigazdától.',
      unreachable:
        'A workshop nem válaszolt. Ellenőrizze, hogy ugyanazon a hálózaton van-e, mint a házigazda, és hogy a workshop még tart-e.',
      badUpdate: 'Egy módosítás nem olvasható, ezért nem lett megosztva.',
      notInWorkshop: 'Nem fut workshop.',
      notHost: 'Csak a házigazda távolíthat el résztvevőket.',
      teamEmpty: 'Adja meg a szervercímet, a tokent és a térkép nevét.',
      teamMalformed:
        'Ellenőrizze a csapatszerver adatait: a cím ws:// vagy wss:// előtaggal kezdődik, a token 16–128 betű, számjegy, - vagy _, a térkép neve pedig betűkből, számjegyekből, - és _ jelekből áll.',
      mapExists:
        'A csapatszerveren már van térkép ezen a néven: „{{map}}”. Csatlakozzon hozzá, vagy indítsa a sajátját más néven.',
      noMap: 'Itt még nincs térkép ezen a néven: „{{map}}”. Egyeztesse a nevet azzal, aki indítja.',
      teamRefused:
        'A csapatszerver elutasította ezt a tokent, vagy erről a gépről túl sok hibás tokent próbáltak. Egyeztesse a tokent a szerver üzemeltetőjével.',
      teamUnreachable: 'A csapatszerver nem válaszolt. Ellenőrizze a címét, és hogy fut-e.',
      unknownParticipant: 'Ez a résztvevő nincs (már) a workshopban.',
      invalidProject: 'A workshop nem indult el, mert a projekt érvénytelen: {{detail}}',
    },
  },
};
