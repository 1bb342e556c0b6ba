import type { Messages } from '../../messages';

/** lt: the storage area, translated from ../en/storage.ts. Names and paths stand in quotes after a colon, so they need no case ending. */
export const storage: Messages = {
  storage: {
    rejectedSender: 'Užklausa atmesta ({{channel}}): ji atėjo ne iš Touchmap lango.',
    pdf: {
      fontsMissing: 'Trūksta su Touchmap pateikiamų PDF šriftų (resources/fonts).',
      outOfMemory: 'Kuriant šrifto poaibį pritrūko atminties.',
      subsetFailed: 'Nepavyko sukurti šrifto poaibio.',
    },
    journal: {
      otherVersion: 'Atkūrimo žurnalas priklauso kitai projekto failo versijai.',
      closed: 'Atkūrimo žurnalas uždarytas.',
      full: 'Atkūrimo žurnalas pilnas. Įrašykite projektą, kad pakeitimai būtų saugūs.',
      tooLarge: 'Atkūrimo žurnalas per didelis, kad būtų perskaitytas.',
      baseUnreadable: 'Jūsų pakeitimų negalima išsaugoti atkūrimui: nepavyksta perskaityti projekto failo.',
    },
    file: {
      missing: 'Projekto failo nėra.',
      notAFile: 'Projekto kelias nėra failas.',
      tooLarge: 'Failo dydis – {{size}}; Touchmap atveria projekto failus iki {{limit}}.',
      notUtf8:
        'Dalis failo teksto nėra tinkamas UTF-8 (failas sugadintas arba įrašytas kita koduote); jį atvėrus tie simboliai būtų prarasti.',
      notThere: 'failo nėra: „{{file}}“ (galbūt jis perkeltas, pervardytas ar ištrintas arba yra neprijungtame diske).',
      megabytes: '{{value}} MB',
    },
    library: {
      templateBroken: 'Šablonas sugadintas: „{{template}}“. {{detail}}',
      changedOnDisk:
        'Neįrašyta: „{{name}}“. Failas („{{file}}“) diske pasikeitė po to, kai jį atvėrėte (jį galėjo redaguoti kita programa ar kitas žmogus).',
      idChanged: 'Projektas neįrašytas: pasikeitė jo identifikatorius.',
      cannotRename: 'Negalima pervardyti: „{{name}}“. {{detail}}',
      backupGone: 'Šios atsarginės kopijos nebėra.',
      backupUnreadable: 'Šios atsarginės kopijos taip pat nepavyksta perskaityti: {{detail}}',
      noFreshId: 'Nepavyko parinkti naujo projekto identifikatoriaus.',
      notInLibrary: 'Šio projekto bibliotekoje nėra (galbūt jis ištrintas).',
      cannotOpen: 'Negalima atverti: „{{name}}“. {{detail}}',
      quarantined: 'Negalima atverti: „{{name}}“. {{detail}} Failas perkeltas į karantino aplanką.',
      ownFolder:
        'Šiame aplanke laikomi paties Touchmap failai. Įrašykite projektą kitur, pavyzdžiui, į aplanką „Dokumentai“.',
      otherProjectsFile:
        'Šiame faile laikomas kitas projektas: „{{name}}“. Pasirinkite kitą pavadinimą, kad nė vienas projektas nebūtų prarastas.',
      notTouchmap: 'Tai ne Touchmap projektas: „{{name}}“. Atverti galima tik .touchmap failus.',
      theFile: 'Failas',
      tooLargeToOpen:
        'Negalima atverti: „{{name}}“. Failo dydis – {{size}}; Touchmap atveria projekto failus iki {{limit}}.',
    },
    save: {
      notSaved: 'Projektas neįrašytas: {{detail}}',
      tooLarge: 'Projektas per didelis įrašyti (projekto failai ribojami iki {{limit}} MB).',
      workerStopped: 'Įrašymo procesas sustojo (išėjimo kodas: {{code}}).',
    },
  },
};
