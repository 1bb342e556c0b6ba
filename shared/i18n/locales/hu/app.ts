import type { Messages } from '../../messages';

/** hu: the app area, translated from ../en/app.ts. */
export const app: Messages = {
  app: { name: 'Touchmap' },
  home: {
    title: 'Projektek',
    newProject: 'Új projekt',
    empty: 'Még nincs projekt. Kezdjen egy sablonból vagy egy üres térképpel.',
    summary_one: 'Utoljára szerkesztve: {{when}} · {{count, number}} lépés',
    summary_other: 'Utoljára szerkesztve: {{when}} · {{count, number}} lépés',
    open: 'Megnyitás: {{name}}',
    delete: 'Törlés',
    deleteProject: 'Törlés: {{name}}',
    backups: 'Biztonsági mentések…',
    backupsOf: 'Biztonsági mentések: {{name}}',
    problemsTitle: 'Néhány projekt nem olvasható',
    problem: 'Nem olvasható projekt: „{{name}}”. Ok: {{reason}}',
    quarantined: 'A fájl új helye: {{path}}. Semmi sem törlődött.',
    restoreBackup: 'Visszaállítás biztonsági mentésből',
    restoreBackupOf: 'Visszaállítás biztonsági mentésből: {{name}}',
    projectName: 'Projekt neve',
    template: 'Sablon',
    untitled: 'Névtelen ügyfélút',
    create: 'Létrehozás',
    cancel: 'Mégse',
    recovery: 'Nem mentett módosítások egy korábbi munkamenetből: nyissa meg a visszaállításukhoz',
  },
  recovery: {
    title: 'Nem mentett munka visszaállítása',
    question: 'Visszaállítja a nem mentett munkát?',
    kept_one:
      'Ez a projekt nem zárult be szabályosan: „{{name}}”. Az utolsó mentés után végzett {{count, number}} módosítás megmaradt; az utolsó írás időpontja: {{when}}.',
    kept_other:
      'Ez a projekt nem zárult be szabályosan: „{{name}}”. Az utolsó mentés után végzett {{count, number}} módosítás megmaradt; az utolsó írás időpontja: {{when}}.',
    skipped_one: 'A napló végén {{count, number}} sérült sor nem olvasható (az összeomlás előtti legutolsó pillanat).',
    skipped_other:
      'A napló végén {{count, number}} sérült sor nem olvasható (az összeomlás előtti legutolsó pillanat).',
    restore: 'Nem mentett munka visszaállítása',
    discard: 'Módosítások elvetése',
    stale:
      'Egy korábbi munkamenet nem mentett módosításai ennek a fájlnak egy olyan változatán készültek, amelyet azóta lecseréltek (egy másik program vagy a Touchmap egy másik példánya). A Touchmap nem alkalmazta őket; megmaradtak az adatmappa karanténmappájában.',
    unfit:
      'Egy korábbi munkamenetből nem mentett módosítások maradtak, de már nem illenek a mentett fájlhoz, ezért nem állíthatók vissza. A naplófájlban megmaradtak.',
  },
  backups: {
    title: 'Biztonsági mentések: {{name}}',
    intro:
      'Amikor a Touchmap felülír egy projektet, megőrzi a korábbi változatait: az utolsó mentés előttit, és néhány régebbit a munka korábbi szakaszaiból.',
    loading: 'Biztonsági mentések keresése…',
    none: 'Ennek a projektnek még nincs biztonsági mentése: „{{name}}”. Az első felülíráskor készül egy.',
    saved: 'Mentve',
    size: 'Méret',
    latest: ' (legutóbbi)',
    restore: 'Visszaállítás',
    restoreFrom: 'Visszaállítás biztonsági mentésből, mentve: {{when}}',
    close: 'Bezárás',
    repeated: '{{when}} ({{n}})',
    keepsCurrent: 'A jelenlegi változat biztonsági mentésként megmarad, így később visszatérhet hozzá.',
    keepsQuarantined: 'Az olvashatatlan fájl a karanténmappában marad.',
  },
  size: {
    bytes_one: '{{count}} bájt',
    bytes_other: '{{count}} bájt',
    kb: '{{size}} KB',
    mb: '{{size}} MB',
  },
  files: {
    recent: 'Legutóbbi fájlok',
    openRecent: 'Legutóbbi fájl megnyitása: {{name}}, {{path}}',
    recentDetail: '{{path}} · {{when}}',
    recentMissing:
      '{{path}} · nem található (áthelyezték, törölték, vagy nem csatlakoztatott meghajtón van) · {{when}}',
    notUtf8:
      'A fájl nem nyitható meg: „{{name}}”. A szövege egy része nem érvényes UTF-8 (a fájl sérült, vagy más kódolással mentették).',
    noProjectInImage:
      'A fájl nem tartalmaz Touchmap-projektet: „{{name}}”. Projektet csak a Touchmapből exportált képek tartalmaznak.',
    unreadableImage: 'A fájl nem nyitható meg: „{{name}}”. Nem olvasható kép.',
    tooLarge:
      'A fájl nem nyitható meg: „{{name}}”. A mérete {{size}}; a Touchmap legfeljebb {{limit}} méretű projektfájlt nyit meg.',
  },
  mermaid: {
    title: 'Mermaid-ügyfélút importálása',
    prompt:
      'Válasszon egy Mermaid-ügyfélútdiagramot (journey) tartalmazó fájlt (.mmd, vagy Markdown-fájl mermaid blokkal). Új projekt lesz belőle; semmi más nem változik.',
    choose: 'Fájl kiválasztása…',
    cancel: 'Mégse',
    fileInput: 'Mermaid-ügyfélútfájl',
    useHome: 'Mermaid-ügyfélút importálásához használja a kezdőképernyőn ezt a gombot: „{{action}}”.',
    untitled: 'Importált ügyfélút',
    fileName: 'ügyfélút',
    tooLarge:
      'A fájl nem importálható: „{{name}}”. A mérete {{size}}; a Touchmap legfeljebb {{limit}} méretű Mermaid-fájlt importál.',
    notUtf8:
      'A fájl nem importálható: „{{name}}”. A szövege egy része nem érvényes UTF-8 (a fájl sérült, vagy más kódolással mentették).',
    failed: 'A fájl importálása nem sikerült, semmi sem jött létre: „{{name}}”.\n{{lines}}',
    line: '{{line}}. sor: {{message}}',
    changed_one: 'Importált projekt: „{{project}}”, forrásfájl: „{{name}}”, {{count, number}} módosítással:\n{{lines}}',
    changed_other:
      'Importált projekt: „{{project}}”, forrásfájl: „{{name}}”, {{count, number}} módosítással:\n{{lines}}',
  },
  notify: {
    dismiss: 'Bezárás',
    fileProblem: 'Fájlhiba',
    problem: 'Hiba',
    unknownError: 'ismeretlen hiba',
    'stage-added': 'Új szakasz hozzáadva, sorszáma: {{n}}',
    'saved-as': 'Mentve másként: {{file}}',
    'backup-restored': 'Visszaállítva biztonsági mentésből: „{{name}}” (mentve: {{when}})',
    'paste-converted':
      'A beillesztett SERVQUAL-pontszámok átváltva a projekt skálájára: 1–{{from}} → 1–{{to}} (pontszámok: {{n}}).',
    'file-problem': '{{detail}}',
    'drop-one-file': 'Egyszerre csak egy projektfájlt húzzon ide.',
    'open-failed': '{{detail}}',
    'library-failed': '{{detail}}',
    'not-saved-on-close':
      'A projekt mentése nem sikerült: „{{name}}” ({{detail}}). A módosításai megmaradtak, és a projekt következő megnyitásakor felajánljuk őket.',
    'journal-failed': 'A legutóbbi módosításokat nem sikerült a helyreállítási naplóba írni: {{detail}}',
    'refused-unknown-command': 'Ez a művelet nem érhető el a Touchmap ezen verziójában.',
    'refused-not-found': 'Ez az elem már nem létezik.',
    'refused-duplicate-id': 'Ez az elem már létezik.',
    'refused-invalid-value': 'Ez az érték kívül esik a megengedett tartományon.',
    'refused-last-stage': 'Egy ügyfélútnak legalább egy szakaszra van szüksége, ezért az utolsó szakasz nem törölhető.',
    'refused-last-state': 'Egy projektnek legalább egy ügyfélút-állapotra van szüksége, ezért az utolsó nem törölhető.',
    'refused-self-loop': 'Egy átmenet nem vezethet egy lépésből önmagába.',
    'refused-duplicate-flow': 'Ez a két lépés már így össze van kötve.',
    'refused-no-moment': 'Ez a lépés nem érintkezési pont.',
    'refused-too-many': 'Ezzel az ügyfélút nagyobb lenne, mint amekkorát a Touchmap megenged.',
  },
  ask: {
    yes: 'OK',
    no: 'Mégse',
    'delete-project': 'Áthelyezi a kukába ezt a projektet: „{{name}}”?',
    'delete-stage': 'Törli ezt a szakaszt: „{{name}}”? {{consequence}}',
    'delete-lane': 'Törli ezt a sávot: „{{name}}”? {{consequence}}',
    'clear-moment':
      'Ez a lépés jegyzeteket tartalmaz: „{{title}}”. Megszünteti az érintkezési pont jelölését, és törli a jegyzeteit? (Visszavonással visszahozhatók.)',
    'restore-backup':
      'Visszaállítja ezt a projektet a mentett változatra: „{{name}}”? A változat mentési ideje: {{when}}.\n\n{{keeps}}',
    'restore-backup-discarding':
      'Visszaállítja ezt a projektet a mentett változatra: „{{name}}”? A változat mentési ideje: {{when}}.\n\n{{keeps}}\n\nEgy korábbi munkamenetből megmaradt nem mentett módosítások elvesznek.',
    'replace-changed-file':
      '{{detail}}\n\nLecseréli a lemezen lévő fájlt az Ön változatára?\n\nA „Mégse” változatlanul hagyja a fájlt; a módosításai itt nyitva maradnak, és a „Mentés másként…” paranccsal másik fájlba mentheti őket.',
  },
};
