import type { Messages } from '../../messages';

/** et: who you are, and comments pinned to steps, flows and stages (issue J), translated from ../en/comments.ts. */
export const comments: Messages = {
  identity: {
    title: 'Kes te olete?',
    why: 'Teie nimi ja värv on näha teie kommentaaride ja häälte juures ning töötoas näevad neid ka teised. Need jäävad ainult sellesse arvutisse; neid saab muuta seadetes.',
    name: 'Kuvatav nimi',
    colour: 'Värv',
    nameNeeded: 'Sisestage nimi, mida teised näevad.',
    save: 'Salvesta',
    cancel: 'Loobu',
    failed: 'Nime ei salvestatud: {{detail}}',
    settingTitle: 'Kes ma olen',
    settingHint: 'Näidatakse teie kommentaaride ja häälte juures ning töötoas ka teistele.',
    notSet: 'Pole veel määratud: küsime, kui esimest korda kommenteerite või hääletate.',
    set: 'Määra nimi ja värv…',
    change: 'Muuda…',
    colours: {
      red: 'Punane',
      orange: 'Oranž',
      olive: 'Oliivroheline',
      green: 'Roheline',
      teal: 'Sinakasroheline',
      blue: 'Sinine',
      purple: 'Lilla',
      magenta: 'Fuksiaroosa',
      slate: 'Hallikassinine',
    },
  },
};
