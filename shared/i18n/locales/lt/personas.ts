import type { Messages } from '../../messages';

/** lt: the personas and customer types (issue I), translated from ../en/personas.ts. */
export const personas: Messages = {
  personas: {
    panel: {
      title: 'Personos',
      intro:
        'Kas patiria šią kelionę. Persona tame pačiame žingsnyje gali jaustis ir galvoti kitaip; persona filtru kelionę matysite jos akimis.',
      empty: 'Personų dar nėra. Pridėkite po vieną kiekvienam klientų tipui, kurį kelionė aptarnauja.',
      add: 'Pridėti personą',
      newName: 'Nauja persona',
      list: 'Kelionės personos',
      name: 'Vardas',
      description: 'Aprašymas',
      goals: 'Tikslai',
      goalsHint: 'Po vieną tikslą eilutėje.',
      customerType: 'Kliento tipas',
      remove: 'Pašalinti personą',
      removeAsk: 'Pašalinti personą? {{name}}',
      removeOverrides_one:
        'Kartu pašalinamos jos pačios emocijos ar mintys žingsniuose (žingsnių: {{count}}); Anuliuoti grąžina abu.',
      removeOverrides_few:
        'Kartu pašalinamos jos pačios emocijos ar mintys žingsniuose (žingsnių: {{count}}); Anuliuoti grąžina abu.',
      removeOverrides_many:
        'Kartu pašalinamos jos pačios emocijos ar mintys žingsniuose (žingsnių: {{count}}); Anuliuoti grąžina abu.',
      removeOverrides_other:
        'Kartu pašalinamos jos pačios emocijos ar mintys žingsniuose (žingsnių: {{count}}); Anuliuoti grąžina abu.',
      removeConfirm: 'Pašalinti',
      cancel: 'Atšaukti',
      close: 'Uždaryti personas',
      differsNone: 'Visus žingsnius patiria kaip numatyta',
      differs_one: 'Žingsniai, kuriuose skiriasi nuo numatytojo: {{count}}',
      differs_few: 'Žingsniai, kuriuose skiriasi nuo numatytojo: {{count}}',
      differs_many: 'Žingsniai, kuriuose skiriasi nuo numatytojo: {{count}}',
      differs_other: 'Žingsniai, kuriuose skiriasi nuo numatytojo: {{count}}',
      seeAs: 'Rodyti kelionę šios personos akimis',
      seeingAs: 'Kelionė rodoma šios personos akimis',
    },
    guidance: {
      heading: 'Kaip aptarnauti šį klientą',
      source: 'Pagal aptarnavimo medžiagos klientų tipus.',
      angry:
        'Išlaikykite kontrolę ir nepasiduokite emocijoms.\nNiekada nesakykite „nėra priežasties pykti“: tai tik dar labiau supykdo.\nPerženkite jausmus ir gaukite faktus, kurių reikia problemai išspręsti.\nNežadėkite to, ko negalite ištesėti; aiškiai pasakykite, ką galite ir ko negalite.\nPaklauskite, kaip jis norėtų, kad problema būtų išspręsta.',
      arguer:
        'Kalbėkite švelniai.\nPaklauskite jo nuomonės.\nSusikoncentruokite į tai, dėl ko sutinkate.\nPrieš atsakydami suskaičiuokite iki dešimt.',
      talker:
        'Parodykite susidomėjimą, bet tvarkykite laiką.\nAiškiai pasakykite, kad turite aptarnauti ir kitus žmones.\nNepamirškite, kad jie tiek kalba galbūt todėl, kad yra vieniši.',
      'chronic complainer':
        'Atskirkite teisėtus skundus nuo kitų.\nVenkite gintis, kad ir kas būtų sakoma; leiskite jam pasikalbėti.\nJei skundas pagrįstas, imkitės priemonių problemai išspręsti.',
      rude: 'Nemėginkite „pastatyti jo į vietą“.\nBūkite mandagūs, ypač mandagūs: jis ims jums rodyti tokią pačią pagarbą.\nPo arogancija jie dažnai jaučiasi vieniši ir nesaugūs.',
      demanding:
        'Jie pertraukia ir reikalauja dėmesio nedelsiant, dažnai iš nesaugumo.\nElkitės su jais taip pat pagarbiai, kaip ir su visais kitais.\nNeteikite ypatingo aptarnavimo: nenusileiskite jų reikalavimams.',
      none: 'Aptarnavimo medžiaga šiam klientų tipui atskirų taisyklių nepateikia.',
    },
    inspector: {
      heading: 'Persona',
      persona: 'Rodyti kaip personą',
      none: 'Numatytasis (kiekvienas klientas)',
      emotion: 'Šios personos emocija',
      asDefault: 'Kaip numatyta: {{value}}',
      notAssessed: 'neįvertinta',
      thoughts: 'Šios personos mintys',
      thoughtsHint:
        'Po vieną mintį eilutėje. Kol jų nepakeisite čia arba minčių eilutėje, šiai personai galioja čia rodomos numatytosios mintys.',
      defaultSection:
        'Tai numatytosios mintys, tinkančios kiekvienam klientui. Pasirinktos personos mintys yra skiltyje „Persona“.',
      useDefault: 'Naudoti numatytąsias mintis',
      defaultThoughts: 'Numatytosios mintys: {{thoughts}}',
      goals: 'Tikslai: {{goals}}',
    },
    curve: {
      default: 'Numatytasis',
    },
    filter: {
      kind: 'Persona',
    },
    commands: {
      setOverride: 'Nustatyti personos emociją ir mintis',
      setEmotion: 'Nustatyti personos emociją',
      setThoughts: 'Nustatyti personos mintis',
      clearOverride: 'Grąžinti personai numatytąsias reikšmes',
      clear: {
        emotion: 'Grąžinti personos emociją',
        thoughts: 'Grąžinti personos mintis',
      },
    },
  },
};
