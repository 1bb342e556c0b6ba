import type { Messages } from '../../messages';

/** hu: dot voting rounds (issue J), translated from ../en/voting.ts. */
export const voting: Messages = {
  voting: {
    closePanel: 'Pontszavazás bezárása',
    start: {
      title: 'Szavazási kör indítása',
      roundTitle: 'Cím',
      defaultTitle: '{{n}}. kör',
      facilitator: 'Moderátor',
      scope: 'Mire lehet szavazni',
      dots: 'Pont résztvevőnként',
      participants: 'Résztvevők',
      participantsHint: 'Soronként egy név. Minden résztvevő saját színt kap.',
      hide: 'A pontok rejtve maradnak a kör lezárásáig (a csordahatás ellen)',
      submit: 'Kör indítása',
      needParticipants: 'Adjon meg legalább egy résztvevőt.',
      dotsRange: 'Résztvevőnként 1–{{max}} pont adható.',
    },
    scope: {
      painPoints: 'Fájdalompontok',
      opportunities: 'Lehetőségek',
      both: 'Fájdalompontok és lehetőségek',
    },
    kind: {
      painPoint: 'Fájdalompont',
      opportunity: 'Lehetőség',
    },
    kinds: {
      painPoint: 'Fájdalompontok',
      opportunity: 'Lehetőségek',
    },
    dotsEach_one: 'fejenként {{count}} pont',
    dotsEach_other: 'fejenként {{count}} pont',
    facilitatedBy: 'moderátor: {{name}}',
    howTo:
      'Válassza ki, ki szavaz most, majd nyomja meg a + gombot egy tétel mellett (vagy jelöljön ki egy tételt a sorokban, és nyomja meg a + billentyűt). Egy tételre több pont is tehető; a − egyet visszavesz.',
    hiddenNote: 'A pontok a kör lezárásáig rejtve vannak: mindenki csak a sajátjait látja.',
    whoVotes: 'Ki szavaz most',
    dotsLeft_one: '{{count}} pont maradt a(z) {{total}} pontból',
    dotsLeft_other: '{{count}} pont maradt a(z) {{total}} pontból',
    items: 'Tételek, amelyekre szavazni lehet',
    noItems:
      'Még nincs fájdalompont vagy lehetőség, amelyre szavazni lehetne: vegye fel őket a sorokban vagy a tulajdonságpanelen.',
    gone: 'Már nincs a térképen',
    count_one: '{{count}} pont',
    count_other: '{{count}} pont',
    mine_one: 'saját: {{count}}',
    mine_other: 'saját: {{count}}',
    place: 'Pont elhelyezése (szavazó: {{name}}) ezen: {{item}}',
    takeBack: 'Pont visszavétele (szavazó: {{name}}) erről: {{item}}',
    close: 'Kör lezárása és az eredmény megjelenítése',
    closedRounds: 'A lezárt körök eredménye',
    showRound: 'Kör',
    participantsCount_one: '{{count}} résztvevő',
    participantsCount_other: '{{count}} résztvevő',
    closedAt: 'lezárva: {{when}}',
    remove: 'Kör törlése: {{title}}',
    bandDots_one: '{{count}} pont',
    bandDots_other: '{{count}} pont',
    bandHint: 'A + pontot helyez el (szavazó: {{name}}), a − egyet visszavesz.',
    results: {
      heading: 'Rangsor',
      title: 'Eredmény: {{title}}',
      apart: 'Fájdalompontok és lehetőségek külön',
      none: 'Senki nem helyezett el pontot.',
      missing: 'Már nincs a térképen',
    },
    refused: {
      noneLeft_one:
        'Nincs több pontja ennek a résztvevőnek: {{name}} ({{count}} elhelyezve). Vegyen vissza egyet, ha át akarja tenni.',
      noneLeft_other:
        'Nincs több pontja ennek a résztvevőnek: {{name}} ({{count}} elhelyezve). Vegyen vissza egyet, ha át akarja tenni.',
      noDotHere: 'Ezen a tételen nincs pontja ennek a résztvevőnek: {{name}}.',
      notVotable: 'Erre a tételre ebben a körben nem lehet szavazni.',
    },
    workshop: {
      present_one: 'Ebben a körben a workshop {{count, number}} résztvevője szavaz:',
      present_other: 'Ebben a körben a workshop {{count, number}} résztvevője szavaz:',
      presentHint:
        'Mindenki a saját gépén, a saját nevével és színével helyezi el a pontjait. Aki a kör indulása után csatlakozik, abban a körben nem szavazhat.',
      howTo:
        'Nyomja meg a + gombot egy tétel mellett, hogy elhelyezze egy pontját (vagy jelöljön ki egy tételt a sorokban, és nyomja meg a + billentyűt). Egy tételre több pont is tehető; a − egyet visszavesz.',
      you: 'Ön így szavaz: {{name}}',
      notInRound: 'Ez a kör a csatlakozása előtt indult, ezért nincs benne pontja: {{name}}',
      everyone: 'Hátralévő pontok résztvevőnként',
    },
    commands: {
      start: 'Szavazási kör indítása',
      placeDot: 'Pont elhelyezése',
      removeDot: 'Pont visszavétele',
      close: 'Szavazási kör lezárása',
      remove: 'Szavazási kör törlése',
    },
  },
};
