// @vitest-environment jsdom
/**
 * The app shell in other languages: the home screen, the recovery offer, the backups dialog
 * and notices take every word from the catalogue, write dates and sizes as the UI language
 * does, follow a change of language at once, and use each language's plural forms.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, LibraryListing, RecentFile } from '../../shared/ipc';
import { blankProject } from '../../shared/model/defaults';
import i18n from '../../renderer/i18n';
import { BackupsDialog } from '../../renderer/app/backups';
import { Home } from '../../renderer/app/Home';
import { Notices } from '../../renderer/app/Notices';
import { RecoveryDialog } from '../../renderer/app/RecoveryDialog';
import type { Recovery } from '../../renderer/app/recovery';
import { dropProblem, fileNotice } from '../../renderer/app/files';
import { notify, useNotify } from '../../renderer/state/notify';

beforeAll(() => {
  process.env.TZ = 'UTC';
});

afterEach(async () => {
  cleanup();
  useNotify.setState({ notices: [], question: null });
  await act(() => i18n.changeLanguage('en'));
});

const LISTING: LibraryListing = {
  projects: [
    { id: 'p1', name: 'Shop', updatedAt: '2025-03-04T09:05:00.000Z', stepCount: 21, file: 'p1.touchmap' },
    {
      id: 'p2',
      name: 'Hotel',
      updatedAt: '2025-03-03T17:30:00.000Z',
      stepCount: 1,
      file: 'p2.touchmap',
      hasRecovery: true,
    },
  ],
  problems: [{ id: 'p3', name: 'Broken', reason: 'x', quarantinedTo: '/q/p3.touchmap', hasBackup: true }],
};
const RECENT: RecentFile[] = [
  {
    token: 't1' as RecentFile['token'],
    path: '/maps/shop.touchmap',
    name: 'Shop',
    openedAt: '2025-03-04T09:05:00.000Z',
    missing: true,
  },
];

function fakeApi(extra: Record<string, unknown> = {}) {
  Object.defineProperty(window, 'touchmap', {
    value: {
      listProjects: vi.fn(async () => ({ ok: true, value: LISTING })),
      listRecent: vi.fn(async () => ({ ok: true, value: RECENT })),
      ...extra,
    },
    configurable: true,
  });
}

async function language(lng: string) {
  await act(() => i18n.changeLanguage(lng));
}

const text = () => document.body.textContent ?? '';

describe('the home screen in other languages', () => {
  it('is in Hungarian, then in Chinese when the language changes, without reopening it', async () => {
    fakeApi();
    await language('hu');
    await act(async () => {
      render(<Home onOpen={() => {}} />);
    });
    expect(screen.getByRole('region', { name: 'Projektek' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Megnyitás: Shop' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Biztonsági mentések: Shop' }).textContent).toBe('Biztonsági mentések…');
    expect(screen.getByRole('button', { name: 'Törlés: Hotel' }).textContent).toBe('Törlés');
    const problems = screen.getByRole('alert', { name: 'Néhány projekt nem olvasható' });
    expect(within(problems).getByRole('button', { name: 'Visszaállítás biztonsági mentésből: Broken' })).toBeTruthy();
    // Dates as Hungarian writes them (year first, abbreviated month), counts with their noun.
    expect(text()).toContain('Utoljára szerkesztve: 2025. márc. 4. 9:05 · 21 lépés');
    expect(text()).toContain('Nem mentett módosítások egy korábbi munkamenetből');
    const recent = screen.getByRole('region', { name: 'Legutóbbi fájlok' });
    expect(
      within(recent).getByRole('button', { name: 'Legutóbbi fájl megnyitása: Shop, /maps/shop.touchmap' }).textContent,
    ).toContain('nem található');
    expect(text()).not.toMatch(/Last edited|Backups|Recent files|Restore backup|not found/);

    await language('zh-CN');
    expect(screen.getByRole('region', { name: '项目' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '打开：Shop' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '备份：Hotel' }).textContent).toBe('备份…');
    expect(text()).toContain('上次编辑：2025年3月4日 09:05 · 21个步骤');
    expect(screen.getByRole('region', { name: '最近的文件' }).textContent).toContain('未找到');
    expect(text()).not.toMatch(/Utoljára|lépés|Projektek/);
  });

  it('uses the Lithuanian plural forms for 1, 2, 10 and 21 steps', async () => {
    const counts = [1, 2, 10, 21];
    fakeApi({
      listProjects: vi.fn(async () => ({
        ok: true,
        value: {
          problems: [],
          projects: counts.map((n) => ({
            id: `p${n}`,
            name: `Map ${n}`,
            updatedAt: '2025-03-04T09:05:00.000Z',
            stepCount: n,
            file: `p${n}.touchmap`,
          })),
        },
      })),
      listRecent: vi.fn(async () => ({ ok: true, value: [] })),
    });
    await language('lt');
    await act(async () => {
      render(<Home onOpen={() => {}} />);
    });
    const summary = (n: number) =>
      screen.getByRole('button', { name: `Atidaryti: Map ${n}` }).querySelector('.muted')!.textContent;
    expect(summary(1)).toMatch(/· 1 žingsnis$/);
    expect(summary(2)).toMatch(/· 2 žingsniai$/);
    expect(summary(10)).toMatch(/· 10 žingsnių$/);
    expect(summary(21)).toMatch(/· 21 žingsnis$/);
    expect(summary(1)).toMatch(/^Paskutinį kartą redaguota: /);
  });
});

describe('the recovery offer in other languages', () => {
  const saved = blankProject({ id: 'p1', name: 'Shop', now: '2025-03-04T09:00:00.000Z' });
  const offer = (edits: number, skipped = 0): Recovery => ({
    saved,
    restored: saved,
    edits,
    skipped,
    lastWrittenAt: '2025-03-04T09:05:00.000Z',
  });

  it('asks in Hungarian and in Chinese, switching live', async () => {
    await language('hu');
    render(<RecoveryDialog recovery={offer(3, 1)} onRestore={() => {}} onDiscard={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Nem mentett munka visszaállítása' });
    expect(dialog.textContent).toContain('Ez a projekt nem zárult be szabályosan: „Shop”.');
    expect(dialog.textContent).toContain('3 módosítás megmaradt; az utolsó írás időpontja: 2025. márc. 4. 9:05.');
    expect(dialog.textContent).toContain('A napló végén 1 sérült sor nem olvasható');
    expect(within(dialog).getByRole('button', { name: 'Módosítások elvetése' })).toBeTruthy();

    await language('zh-CN');
    const zh = screen.getByRole('dialog', { name: '恢复未保存的工作' });
    expect(zh.textContent).toContain(
      '“Shop”未正常关闭。上次保存后所做的3处更改已保留，最后一次写入时间：2025年3月4日 09:05。',
    );
    expect(zh.textContent).toContain('日志末尾有1行已损坏');
    expect(within(zh).getByRole('button', { name: '放弃更改' })).toBeTruthy();
  });

  it('says how many changes were kept in the Lithuanian form for 1, 2, 10 and 21', async () => {
    await language('lt');
    const forms: [number, string][] = [
      [1, 'Išliko 1 pakeitimas, atliktas'],
      [2, 'Išliko 2 pakeitimai, atlikti'],
      [10, 'Išliko 10 pakeitimų, atliktų'],
      [21, 'Išliko 21 pakeitimas, atliktas'],
    ];
    for (const [edits, expected] of forms) {
      render(<RecoveryDialog recovery={offer(edits)} onRestore={() => {}} onDiscard={() => {}} />);
      expect(screen.getByRole('dialog', { name: 'Atkurti neįrašytą darbą' }).textContent).toContain(expected);
      cleanup();
    }
  });
});

describe('notices and the backups dialog in other languages', () => {
  it("shows the app's own notices and questions in the UI language and follows a change", async () => {
    await language('hu');
    render(<Notices />);
    act(() => notify('refused-last-stage'));
    expect(screen.getByRole('alert', { name: 'Hiba' }).textContent).toContain(
      'Egy ügyfélútnak legalább egy szakaszra van szüksége',
    );
    act(() => fileNotice.show(dropProblem({ name: 'notes.txt', size: 10 })!));
    expect(screen.getByRole('alert', { name: 'Fájlhiba' }).textContent).toContain(
      'A fájl nem Touchmap-projekt: „notes.txt”.',
    );
    expect(screen.getAllByRole('button', { name: 'Bezárás' })).toHaveLength(2);

    // The notices were stored as codes: they read in Chinese once the language changes.
    await language('zh-CN');
    expect(screen.getByRole('alert', { name: '问题' }).textContent).toContain('旅程至少需要一个阶段');
    expect(screen.getByRole('alert', { name: '文件问题' }).textContent).toContain('“notes.txt”不是Touchmap项目。');
    fireEvent.click(screen.getAllByRole('button', { name: '关闭' })[0]!);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('lists backups with dates and sizes as the language writes them, and asks in it', async () => {
    const backups: BackupInfo[] = [{ name: 'b1.touchmap', savedAt: '2025-03-04T09:05:07.000Z', bytes: 14_336 }];
    Object.defineProperty(window, 'touchmap', {
      value: { listBackups: vi.fn(async () => ({ ok: true, value: backups })) },
      configurable: true,
    });
    await language('hu');
    await act(async () => {
      render(
        <>
          <BackupsDialog projectId="p1" projectName="Shop" onClose={() => {}} onRestored={() => {}} />
          <Notices />
        </>,
      );
    });
    const dialog = screen.getByRole('dialog', { name: 'Biztonsági mentések: Shop' });
    expect(within(dialog).getAllByRole('row')[1]!.textContent).toBe(
      '2025. márc. 4. 9:05:07 (legutóbbi)14,0 KBVisszaállítás',
    );
    await act(async () => {
      fireEvent.click(
        within(dialog).getByRole('button', {
          name: 'Visszaállítás biztonsági mentésből, mentve: 2025. márc. 4. 9:05:07',
        }),
      );
    });
    const question = useNotify.getState().question!;
    expect(screen.getByRole('dialog', { name: /^Visszaállítja ezt a projektet/ }).textContent).toContain(
      'A jelenlegi változat biztonsági mentésként megmarad',
    );

    await language('zh-CN');
    const zh = screen.getByRole('dialog', { name: '备份：Shop' });
    expect(within(zh).getAllByRole('row')[1]!.textContent).toBe('2025年3月4日 09:05:07（最新）14.0 KB恢复');
    // The open question follows too, its reason included.
    expect(screen.getByRole('dialog', { name: /^将“Shop”恢复为/ }).textContent).toContain('当前版本将保留为备份');
    act(() => question.answer(false));
  });
});
