import type { Messages } from '../../messages';

/** et: the app area, translated from ../en/app.ts. */
export const app: Messages = {
  app: { name: 'Touchmap' },
  home: {
    title: 'Projektid',
    newProject: 'Uus projekt',
    empty: 'Projekte veel pole. Alusta mallist või tühjast kaardist.',
    summary_one: 'Viimati muudetud: {{when}} · {{count, number}} samm',
    summary_other: 'Viimati muudetud: {{when}} · {{count, number}} sammu',
    open: 'Ava: {{name}}',
    delete: 'Kustuta',
    deleteProject: 'Kustuta: {{name}}',
    backups: 'Varukoopiad…',
    backupsOf: 'Varukoopiad: {{name}}',
    problemsTitle: 'Mõnda projekti ei saanud lugeda',
    problem: 'Projekti „{{name}}“ ei saanud lugeda: {{reason}}',
    quarantined: 'Fail teisaldati siia: {{path}}. Midagi ei kustutatud.',
    restoreBackup: 'Taasta varukoopiast',
    restoreBackupOf: 'Taasta varukoopiast: {{name}}',
    projectName: 'Projekti nimi',
    template: 'Lähtekoht',
    untitled: 'Nimetu klienditeekond',
    create: 'Loo',
    cancel: 'Loobu',
    recovery: 'Varasema seansi salvestamata muudatused: ava projekt, et need taastada',
  },
  recovery: {
    title: 'Taasta salvestamata töö',
    question: 'Kas taastada salvestamata töö?',
    kept_one:
      'Projekti „{{name}}“ ei suletud korrektselt. Alles on {{count, number}} pärast viimast salvestamist tehtud muudatus; viimati kirjutati: {{when}}.',
    kept_other:
      'Projekti „{{name}}“ ei suletud korrektselt. Alles on {{count, number}} pärast viimast salvestamist tehtud muudatust; viimati kirjutati: {{when}}.',
    skipped_one:
      'Päeviku lõpust ei saanud lugeda {{count, number}} kahjustatud rida (see on viimane hetk enne programmi kokkujooksmist).',
    skipped_other:
      'Päeviku lõpust ei saanud lugeda {{count, number}} kahjustatud rida (need on viimased hetked enne programmi kokkujooksmist).',
    restore: 'Taasta salvestamata töö',
    discard: 'Loobu muudatustest',
    stale:
      'Varasema seansi salvestamata muudatused tehti selle faili versioonile, mis on vahepeal asendatud (mõne teise programmi või Touchmapi teise koopia poolt). Neid ei rakendatud; need on alles andmekausta karantiinikaustas.',
    unfit:
      'Leiti eelmise seansi salvestamata muudatusi, kuid need ei sobi enam salvestatud failiga ja neid ei saa taastada. Need on alles päevikufailis.',
  },
  backups: {
    title: 'Varukoopiad: {{name}}',
    intro:
      'Kui Touchmap salvestab projekti vanema versiooni peale, jääb see versioon alles: viimasele salvestamisele eelnenud versioon ja mõned vanemad töö varasemast ajast.',
    loading: 'Varukoopiate otsimine…',
    none: 'Projektil „{{name}}“ pole veel varukoopiaid: esimene tehakse siis, kui projekt esimest korda üle salvestatakse.',
    saved: 'Salvestatud',
    size: 'Suurus',
    latest: ' (viimane)',
    restore: 'Taasta',
    restoreFrom: 'Taasta varukoopia, salvestatud: {{when}}',
    close: 'Sulge',
    repeated: '{{when}} ({{n}})',
    keepsCurrent: 'Praegune versioon jääb varukoopiana alles, nii et saad selle juurde tagasi minna.',
    keepsQuarantined: 'Loetamatu fail jääb karantiinikausta.',
  },
  size: {
    bytes_one: '{{count}} bait',
    bytes_other: '{{count}} baiti',
    kb: '{{size}} KB',
    mb: '{{size}} MB',
  },
  files: {
    recent: 'Viimati kasutatud failid',
    openRecent: 'Ava viimati kasutatud fail: {{name}}, {{path}}',
    recentDetail: '{{path}} · {{when}}',
    recentMissing: '{{path}} · ei leitud (teisaldatud, kustutatud või ühendamata kettal) · {{when}}',
    notUtf8:
      'Faili „{{name}}“ ei saa avada: osa selle tekstist pole kehtiv UTF-8 (fail on kahjustatud või salvestatud teises kodeeringus).',
    noProjectInImage:
      'Fail „{{name}}“ ei sisalda Touchmapi projekti (seda sisaldavad ainult Touchmapist eksporditud pildid).',
    unreadableImage: 'Faili „{{name}}“ ei saa avada: see pole loetav pilt.',
    tooLarge: 'Faili „{{name}}“ ei saa avada: faili suurus on {{size}}; Touchmap avab projektifaile kuni {{limit}}.',
  },
  mermaid: {
    title: 'Impordi Mermaidi teekond',
    prompt:
      'Vali fail, milles on Mermaidi teekonnadiagramm (journey; .mmd või Markdown mermaid-plokiga). Sellest saab uus projekt; muu ei muutu.',
    choose: 'Vali fail…',
    cancel: 'Loobu',
    fileInput: 'Mermaidi teekonna fail',
    useHome: 'Mermaidi teekonna importimiseks kasuta avakuval nuppu „{{action}}“.',
    untitled: 'Imporditud teekond',
    fileName: 'teekond',
    tooLarge:
      'Faili „{{name}}“ ei imporditud: faili suurus on {{size}}; Touchmap impordib Mermaidi faile kuni {{limit}}.',
    notUtf8:
      'Faili „{{name}}“ ei imporditud: osa selle tekstist pole kehtiv UTF-8 (fail on kahjustatud või salvestatud teises kodeeringus).',
    failed: 'Faili „{{name}}“ ei imporditud, midagi ei loodud:\n{{lines}}',
    line: 'Rida {{line}}: {{message}}',
    changed_one: 'Projekt „{{project}}“ imporditi failist „{{name}}“ {{count, number}} muudatusega:\n{{lines}}',
    changed_other: 'Projekt „{{project}}“ imporditi failist „{{name}}“ {{count, number}} muudatusega:\n{{lines}}',
  },
  notify: {
    dismiss: 'Sulge',
    fileProblem: 'Failiprobleem',
    problem: 'Probleem',
    unknownError: 'tundmatu viga',
    'stage-added': 'Lisati etapp nr {{n}}',
    'saved-as': 'Salvestatud failina: {{file}}',
    'backup-restored': 'Projekt „{{name}}“ taastati varukoopiast (salvestatud: {{when}})',
    'paste-converted':
      'Kleebitud SERVQUAL-skoorid teisendati selle projekti skaalale: 1–{{from}} → 1–{{to}} (skoore: {{n}}).',
    'file-problem': '{{detail}}',
    'drop-one-file': 'Lohista korraga ainult üks projektifail.',
    'open-failed': '{{detail}}',
    'library-failed': '{{detail}}',
    'not-saved-on-close':
      'Projekti „{{name}}“ ei saanud salvestada ({{detail}}). Sinu muudatused on alles ja neid pakutakse, kui projekti uuesti avad.',
    'journal-failed': 'Viimaseid muudatusi ei saanud taastepäevikusse kirjutada: {{detail}}',
    'refused-unknown-command': 'See toiming pole Touchmapi selles versioonis saadaval.',
    'refused-not-found': 'Seda elementi enam pole.',
    'refused-duplicate-id': 'See element on juba olemas.',
    'refused-invalid-value': 'See väärtus on lubatud vahemikust väljas.',
    'refused-last-stage': 'Teekonnal peab olema vähemalt üks etapp, seega viimast etappi ei saa kustutada.',
    'refused-last-state': 'Projektil peab olema vähemalt üks teekonna seis, seega viimast ei saa kustutada.',
    'refused-self-loop': 'Voog ei saa viia sammust tagasi samasse sammu.',
    'refused-duplicate-flow': 'Need kaks sammu on juba niimoodi ühendatud.',
    'refused-no-moment': 'See samm pole kokkupuutepunkt.',
    'refused-too-many': 'Siis oleks teekond suurem, kui Touchmap lubab.',
  },
  ask: {
    yes: 'OK',
    no: 'Loobu',
    'delete-project': 'Kas teisaldada projekt „{{name}}“ prügikasti?',
    'delete-stage': 'Kas kustutada etapp „{{name}}“? {{consequence}}',
    'delete-lane': 'Kas kustutada rada „{{name}}“? {{consequence}}',
    'clear-moment':
      'Sammul „{{title}}“ on märkmeid. Kas lõpetada selle käsitlemine kokkupuutepunktina ja kustutada märkmed? (Tagasivõtmine toob need tagasi.)',
    'restore-backup': 'Kas taastada projekti „{{name}}“ versioon, mis salvestati: {{when}}?\n\n{{keeps}}',
    'restore-backup-discarding':
      'Kas taastada projekti „{{name}}“ versioon, mis salvestati: {{when}}?\n\n{{keeps}}\n\nVarasema seansi salvestamata muudatustest loobutakse.',
    'replace-changed-file':
      '{{detail}}\n\nKas asendada kettal olev fail sinu versiooniga?\n\nNupp „Loobu“ jätab faili nii, nagu see on; sinu muudatused jäävad siin avatuks ja käsuga „Salvesta nimega…“ saad need teise faili salvestada.',
  },
};
