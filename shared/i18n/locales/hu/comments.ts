import type { Messages } from '../../messages';

/** hu: who you are, and comments pinned to steps, flows and stages (issue J), translated from ../en/comments.ts. */
export const comments: Messages = {
  identity: {
    title: 'Kicsoda Ön?',
    why: 'A neve és a színe a megjegyzései és szavazatai mellett látszik, és egy workshopon mások is látják. Csak ezen a gépen tárolódnak; a Beállításokban módosíthatja őket.',
    name: 'Megjelenített név',
    colour: 'Szín',
    nameNeeded: 'Írja be a nevet, amelyet mások látnak.',
    save: 'Mentés',
    cancel: 'Mégse',
    failed: 'A név nem lett mentve: {{detail}}',
    settingTitle: 'Ki vagyok',
    settingHint: 'A megjegyzései és szavazatai mellett látszik, és a workshopon mások is látják.',
    notSet: 'Még nincs megadva: az első megjegyzésnél vagy szavazásnál kérdezzük.',
    set: 'Név és szín megadása…',
    change: 'Módosítás…',
    colours: {
      red: 'Piros',
      orange: 'Narancs',
      olive: 'Olajzöld',
      green: 'Zöld',
      teal: 'Kékeszöld',
      blue: 'Kék',
      purple: 'Lila',
      magenta: 'Bíbor',
      slate: 'Palaszürke',
    },
  },
};
