import type { Messages } from '../../messages';

/** lt: hosting and joining a live workshop: co-editing, presence, security (issue J), translated from ../en/workshop.ts. */
export const workshop: Messages = {
  workshop: {
    yourName: 'Jūsų vardas (matys kiti)',
    nameHint: 'Šiuo vardu pasirašomi ir jūsų komentarai bei balsai.',
    cancel: 'Atšaukti',
    close: 'Užverti',
    unnamed: 'Kažkas',
    host: {
      title: 'Rengti dirbtuves',
      intro:
        'Šio tinklo dalyviai prisijungia su kodu ir kartu su jumis gyvai redaguoja šį žemėlapį. Jūsų failas lieka šiame kompiuteryje ir įrašomas kaip įprasta. Dirbtuvės baigiasi, kai jas baigiate arba užveriate „Touchmap“.',
      start: 'Pradėti dirbtuves',
      share: 'Duokite kitiems šį kodą arba nuorodą. Prisijungti gali tik jį turintys.',
      code: 'Prisijungimo kodas',
      link: 'Prisijungimo nuoroda',
      participants: 'Dalyviai',
      joined_one: 'Prisijungė {{count, number}} žmogus',
      joined_few: 'Prisijungė {{count, number}} žmonės',
      joined_many: 'Prisijungė {{count, number}} žmonių',
      joined_other: 'Prisijungė {{count, number}} žmonių',
      remove: 'Pašalinti: {{name}}',
      end: 'Baigti dirbtuves',
    },
    join: {
      title: 'Prisijungti prie dirbtuvių',
      code: 'Prisijungimo kodas arba nuoroda',
      teamServer: 'Jungtis prie komandos serverio',
      serverUrl: 'Serverio adresas (ws:// arba wss://)',
      token: 'Prieigos raktas',
      join: 'Prisijungti',
      joining: 'Jungiamasi…',
      alreadyInWorkshop:
        'Atidaryta prisijungimo nuoroda, bet jūs jau dalyvaujate dirbtuvėse. Pirmiausia išeikite iš šių dirbtuvių, tada vėl atidarykite nuorodą.',
    },
    team: {
      hostOn: 'Rengti komandos serveryje',
      hostIntro:
        'Žemėlapis įkeliamas į komandos sinchronizavimo serverį žemiau nurodytu pavadinimu; kiti prie jo jungiasi ten su serverio adresu, prieigos raktu ir pavadinimu. Jūsų failas lieka šiame kompiuteryje ir įrašomas kaip įprasta.',
      map: 'Žemėlapio pavadinimas serveryje (raidės, skaitmenys, - ir _)',
      share:
        'Kiti jungiasi per „Prisijungti prie dirbtuvių“ › komandos serveris, nurodę šį adresą, komandos prieigos raktą ir šį žemėlapio pavadinimą.',
      address: 'Serverio adresas',
    },
    strip: {
      label: 'Dirbtuvės',
      people: 'Kiti čia',
      manage: 'Kodas ir dalyviai…',
      saveCopy: 'Įrašyti kopiją',
      leave: 'Palikti dirbtuves',
    },
    status: {
      connected: 'Prisijungta',
      reconnecting: 'Jungiamasi iš naujo…',
      offline: 'Neprisijungta: jūsų pakeitimai išsaugomi ir bus sujungti grįžus',
    },
    ended: {
      left: 'Palikote dirbtuves.',
      'host-ended': 'Rengėjas baigė dirbtuves.',
      removed:
        'Rengėjas pašalino jus iš dirbtuvių. Žemėlapis lieka atvertas; kad jį pasiliktumėte, spauskite „Įrašyti kopiją“.',
    },
    repaired_one:
      'Skirtingų žmonių tuo pat metu atlikti pakeitimai susikirto (pvz., žingsnis ištrintas, kol kažkas jį jungė): kad žemėlapis liktų teisingas, atmestas {{count, number}} elementas.',
    repaired_few:
      'Skirtingų žmonių tuo pat metu atlikti pakeitimai susikirto (pvz., žingsnis ištrintas, kol kažkas jį jungė): kad žemėlapis liktų teisingas, atmesti {{count, number}} elementai.',
    repaired_many:
      'Skirtingų žmonių tuo pat metu atlikti pakeitimai susikirto (pvz., žingsnis ištrintas, kol kažkas jį jungė): kad žemėlapis liktų teisingas, atmesta {{count, number}} elemento.',
    repaired_other:
      'Skirtingų žmonių tuo pat metu atlikti pakeitimai susikirto (pvz., žingsnis ištrintas, kol kažkas jį jungė): kad žemėlapis liktų teisingas, atmesta {{count, number}} elementų.',
    errors: {
      empty: 'Įveskite prisijungimo kodą arba įklijuokite nuorodą.',
      malformed: 'Tai nėra prisijungimo kodas ar nuoroda. Pasitikslinkite pas rengėją ir bandykite dar kartą.',
      refused:
        'Dirbtuvės atmetė šį kodą: jis neteisingas arba nebegalioja, arba bandyta per daug neteisingų kodų. Paprašykite rengėjo kodo dar kartą.',
      unreachable:
        'Dirbtuvės neatsakė. Patikrinkite, ar esate tame pačiame tinkle kaip rengėjas ir ar dirbtuvės dar vyksta.',
      badUpdate: 'Pakeitimo nepavyko perskaityti, todėl jis nebuvo bendrintas.',
      notInWorkshop: 'Dirbtuvės nevyksta.',
      notHost: 'Šalinti dalyvius gali tik rengėjas.',
      teamEmpty: 'Įveskite serverio adresą, prieigos raktą ir žemėlapio pavadinimą.',
      teamMalformed:
        'Patikrinkite komandos serverio duomenis: adresas prasideda ws:// arba wss://, prieigos raktą sudaro 16–128 raidžių, skaitmenų, - ar _, o žemėlapio pavadinimą – raidės, skaitmenys, - ir _.',
      mapExists:
        'Komandos serveryje jau yra žemėlapis tokiu pavadinimu: „{{map}}“. Prisijunkite prie jo arba rengkite savąjį kitu pavadinimu.',
      noMap: 'Čia dar nėra žemėlapio tokiu pavadinimu: „{{map}}“. Pasitikslinkite pavadinimą pas rengėją.',
      teamRefused:
        'Komandos serveris atmetė šį prieigos raktą arba iš šio kompiuterio bandyta per daug neteisingų raktų. Pasitikslinkite raktą pas serverio prižiūrėtoją.',
      teamUnreachable: 'Komandos serveris neatsakė. Patikrinkite jo adresą ir ar jis veikia.',
      unknownParticipant: 'Šio dalyvio dirbtuvėse nėra (nebėra).',
      invalidProject: 'Dirbtuvės nepradėtos, nes projektas netinkamas: {{detail}}',
    },
  },
};
