// @vitest-environment node
/**
 * Main's storage messages speak main's UI language (electron/language.ts): what a user
 * reads when a project file is missing, a save path is refused, the recovery journal is
 * full or a dropped file is not a project; and the save worker words its refusals in the
 * language main hands it with the job.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setMainLanguage } from '../../../electron/language';
import { appendJournal } from '../../../electron/storage/journal';
import { prepareSave } from '../../../electron/storage/prepareSave';
import type { Language } from '../../../shared/i18n/languages';
import type { JournalEntry } from '../../../shared/ipc';
import { blankProject } from '../../../shared/model';
import { makeLibrary } from './fixtures';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

afterEach(() => setMainLanguage('en'));

function entry(t: string, text: string): JournalEntry {
  return { t, kind: 'patch', patches: [{ op: 'replace', path: ['name'], value: text }] } as unknown as JournalEntry;
}

async function messageOf(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => (error as Error).message,
  );
}

const cases: {
  language: Language;
  missing: (file: string) => string;
  ownFolder: string;
  journalFull: string;
  notTouchmap: string;
}[] = [
  {
    language: 'hu',
    missing: (file) => `Nem nyitható meg: „gone.touchmap”. a fájl nem található: „${file}”`,
    ownFolder: 'Ebben a mappában a Touchmap saját fájljai vannak.',
    journalFull: 'A helyreállítási napló megtelt. Mentse a projektet, hogy a módosításai biztonságban legyenek.',
    notTouchmap: 'Ez nem Touchmap-projekt: „notes.txt”. Csak .touchmap fájlok nyithatók meg.',
  },
  {
    language: 'zh-CN',
    missing: (file) => `无法打开“gone.touchmap”：文件${file}不存在`,
    ownFolder: '该文件夹存放的是Touchmap自身的文件。',
    journalFull: '恢复日志已满。请保存项目，以确保您的更改安全。',
    notTouchmap: '“notes.txt”不是Touchmap项目。只能打开.touchmap文件。',
  },
];

describe.each(cases)('main speaking $language', (c) => {
  it('says a project file is missing in that language', async () => {
    setMainLanguage(c.language);
    const [dataDir, outside] = [await tempDir(), await tempDir()];
    const missing = join(outside, 'gone.touchmap');
    expect(await messageOf(makeLibrary(dataDir).openFile(missing))).toContain(c.missing(missing));
  });

  it('refuses a save into Touchmap’s own folder in that language', async () => {
    setMainLanguage(c.language);
    const dataDir = await tempDir();
    const project = blankProject({ id: 'p-1', name: 'Hotel', now: '2025-01-01T00:00:00.000Z' });
    const refusal = await messageOf(makeLibrary(dataDir).saveAs(project, join(dataDir, 'projects', 'x.touchmap')));
    expect(refusal).toContain(c.ownFolder);
  });

  it('says the recovery journal is full in that language', async () => {
    setMainLanguage(c.language);
    const file = join(await tempDir(), 'p.journal');
    await appendJournal(file, 'base-1', [entry('t1', 'A')], 200);
    expect(await messageOf(appendJournal(file, 'base-1', [entry('t2', 'x'.repeat(300))], 200))).toBe(c.journalFull);
  });

  it('says a dropped file is not a Touchmap project in that language', async () => {
    setMainLanguage(c.language);
    const library = makeLibrary(await tempDir());
    expect(await messageOf(library.importText('notes.txt', '{}'))).toBe(c.notTouchmap);
  });
});

describe('the save worker', () => {
  it('words its refusals in the language main sends with the job', () => {
    const request = { project: { schemaVersion: 'nope' }, updatedAt: '2025-01-01T00:00:00.000Z', maxBytes: 1 << 20 };
    const zh = prepareSave({ ...request, language: 'zh-CN' });
    expect(zh.ok).toBe(false);
    expect(!zh.ok && zh.error).toMatch(/^项目未保存：/);
    const en = prepareSave({ ...request, language: 'en' });
    expect(!en.ok && en.error).toMatch(/^The project was not saved: /);

    const big = blankProject({ id: 'p-1', name: 'Hotel', now: '2025-01-01T00:00:00.000Z' });
    const tooLarge = prepareSave({ ...request, project: big, maxBytes: 10, language: 'zh-CN' });
    expect(!tooLarge.ok && tooLarge.error).toBe('项目过大，无法保存（项目文件上限为0 MB）。');
  });
});
