import type { Messages } from '../../messages';

/** lt: who you are, and comments pinned to steps, flows and stages (issue J), translated from ../en/comments.ts. */
export const comments: Messages = {
  identity: {
    title: 'Kas jūs esate?',
    why: 'Jūsų vardas ir spalva rodomi prie jūsų komentarų ir balsų, o dirbtuvėse juos mato ir kiti. Jie saugomi tik šiame kompiuteryje; pakeisti galite nustatymuose.',
    name: 'Rodomas vardas',
    colour: 'Spalva',
    nameNeeded: 'Įveskite vardą, kurį matys kiti.',
    save: 'Išsaugoti',
    cancel: 'Atšaukti',
    failed: 'Vardas neišsaugotas: {{detail}}',
    settingTitle: 'Kas aš esu',
    settingHint: 'Rodoma prie jūsų komentarų ir balsų, o dirbtuvėse – ir kitiems.',
    notSet: 'Dar nenustatyta: paklausime, kai pirmą kartą komentuosite ar balsuosite.',
    set: 'Nustatyti vardą ir spalvą…',
    change: 'Keisti…',
    colours: {
      red: 'Raudona',
      orange: 'Oranžinė',
      olive: 'Alyvuogių',
      green: 'Žalia',
      teal: 'Žalsvai mėlyna',
      blue: 'Mėlyna',
      purple: 'Violetinė',
      magenta: 'Purpurinė',
      slate: 'Pilka',
    },
  },
};
