import type { Messages } from '../../messages';

/** hu: the personas and customer types (issue I), translated from ../en/personas.ts. */
export const personas: Messages = {
  personas: {
    panel: {
      title: 'Perszónák',
      intro:
        'Kik járják végig ezt az utat. Egy perszóna egy lépésnél másként érezhet és gondolkodhat; a perszónaszűrővel az utat az ő szemével láthatja.',
      empty: 'Még nincs perszóna. Vegyen fel egyet minden ügyféltípushoz, akit az út kiszolgál.',
      add: 'Perszóna hozzáadása',
      newName: 'Új perszóna',
      list: 'Az út perszónái',
      name: 'Név',
      description: 'Leírás',
      goals: 'Célok',
      goalsHint: 'Soronként egy cél.',
      customerType: 'Ügyféltípus',
      remove: 'Perszóna törlése',
      removeAsk: 'Törli a perszónát? {{name}}',
      removeOverrides_one:
        'A saját érzelme vagy gondolatai {{count}} lépésnél vele együtt törlődnek (a Visszavonás mindkettőt visszahozza).',
      removeOverrides_other:
        'A saját érzelme vagy gondolatai {{count}} lépésnél vele együtt törlődnek (a Visszavonás mindkettőt visszahozza).',
      removeConfirm: 'Törlés',
      cancel: 'Mégse',
      close: 'Perszónák bezárása',
      differsNone: 'Minden lépést az alapértelmezés szerint él meg',
      differs_one: '{{count}} lépésnél tér el az alapértelmezéstől',
      differs_other: '{{count}} lépésnél tér el az alapértelmezéstől',
      seeAs: 'Az út megtekintése e perszóna szemével',
      seeingAs: 'Az út e perszóna szemével látható',
    },
    guidance: {
      heading: 'Hogyan szolgálja ki ezt az ügyfelet',
      source: 'A szolgáltatási anyag ügyféltípusai alapján.',
      angry:
        'Őrizze meg az önuralmát, ne sodorják el az érzelmek.\nSoha ne mondja, hogy „nincs ok a dühre”: csak ront a helyzeten.\nAz érzéseken túl jusson el a tényekig, amelyek a probléma megoldásához kellenek.\nCsak azt ígérje, amit be tud tartani; mondja meg világosan, mit tud és mit nem tud megtenni.\nKérdezze meg, hogyan szeretné, hogy megoldják a problémáját.',
      arguer:
        'Beszéljen halkan.\nKérdezze meg a véleményét.\nAzokra a dolgokra összpontosítson, amelyekben egyetértenek.\nSzámoljon tízig, mielőtt válaszol.',
      talker:
        'Mutasson érdeklődést, de gazdálkodjon az idővel.\nMondja meg világosan, hogy más ügyfeleket is ki kell szolgálnia.\nGondoljon arra, hogy talán azért beszél ennyit, mert magányos.',
      'chronic complainer':
        'Válassza szét a valós panaszokat a többitől.\nNe legyen védekező, bármit mond is; hagyja beszélni.\nHa a panasz jogos, tegyen lépéseket a probléma megoldására.',
      rude: 'Ne próbálja „helyre tenni”.\nLegyen udvarias, kiemelten udvarias: elkezdi viszonozni a tiszteletet, amelyet mutat neki.\nA gőg mögött gyakran magányos és bizonytalan.',
      demanding:
        'Félbeszakít, és azonnali figyelmet követel, gyakran bizonytalanságból.\nUgyanolyan tisztelettel bánjon vele, mint mindenki mással.\nNe adjon különleges bánásmódot: ne engedjen a követeléseinek.',
      none: 'A szolgáltatási anyag ehhez az ügyféltípushoz nem ad külön szabályokat.',
    },
    inspector: {
      heading: 'Perszóna',
      persona: 'Megjelenítés perszónaként',
      none: 'Alapértelmezés (minden ügyfél)',
      emotion: 'E perszóna érzelme',
      asDefault: 'Az alapértelmezés szerint: {{value}}',
      notAssessed: 'nincs értékelve',
      thoughts: 'E perszóna gondolatai',
      thoughtsHint:
        'Soronként egy gondolat. Amíg itt vagy a gondolatok sorában meg nem változtatja, a perszónának az itt látható alapértelmezett gondolatai vannak.',
      defaultSection:
        'Ezek az alapértelmezett gondolatok, minden ügyfélre. A kiválasztott perszóna gondolatai a Perszóna részben vannak.',
      useDefault: 'Az alapértelmezett gondolatok használata',
      defaultThoughts: 'Alapértelmezett gondolatok: {{thoughts}}',
      goals: 'Célok: {{goals}}',
    },
    curve: {
      default: 'Alapértelmezés',
    },
    filter: {
      kind: 'Perszóna',
    },
    commands: {
      setOverride: 'Perszóna érzelmének és gondolatainak beállítása',
      setEmotion: 'Perszóna érzelmének beállítása',
      setThoughts: 'Perszóna gondolatainak beállítása',
      clearOverride: 'Perszóna visszaállítása az alapértelmezésre',
      clear: {
        emotion: 'Perszóna érzelmének visszaállítása',
        thoughts: 'Perszóna gondolatainak visszaállítása',
      },
    },
  },
};
