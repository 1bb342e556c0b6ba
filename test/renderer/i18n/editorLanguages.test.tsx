// @vitest-environment jsdom
/**
 * The editor in the UI language: the shortcuts sheet, the Journey outline, the undo and redo
 * tooltips and the flows' names come from the catalogue (shared/i18n/locales/<lang>/editor.ts),
 * with each language's plural forms and Intl numbers, and follow a live language switch.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandText, describeCommand } from '../../../shared/commands';
import { CATALOGUES } from '../../../shared/i18n/catalogues';
import { LANGUAGES } from '../../../shared/i18n/languages';
import type { Messages } from '../../../shared/i18n/messages';
import { translator } from '../../../shared/i18n/translator';
import { flowName } from '../../../renderer/editor/flowModel';
import { OutlinePanel, OutlineToggle } from '../../../renderer/editor/outline/Outline';
import { useOutline } from '../../../renderer/editor/outline/outlineStore';
import { plural } from '../../../renderer/editor/phrase';
import { ShortcutsSheet } from '../../../renderer/editor/ShortcutsSheet';
import { ToolbarButton } from '../../../renderer/editor/ToolbarButton';
import i18n from '../../../renderer/i18n';
import { useDocument } from '../../../renderer/state/documentStore';
import { useUi } from '../../../renderer/state/uiStore';
import { openProject, testProject } from '../inspector/fixture';

const switchTo = (lng: string) => act(() => void i18n.changeLanguage(lng));

beforeEach(() => {
  void i18n.changeLanguage('en');
  openProject(testProject());
  useUi.setState({ renamingStepId: null, shortcutsOpen: false });
  useOutline.setState({ open: false, focusRequest: 0 });
});
afterEach(() => {
  cleanup();
  void i18n.changeLanguage('en');
});

describe('shortcuts sheet', () => {
  it('is in Hungarian, then Chinese, every row of its own (key names that are words too)', () => {
    switchTo('hu');
    act(() => useUi.getState().setShortcutsOpen(true));
    render(createElement(ShortcutsSheet));
    const sheet = screen.getByRole('dialog', { name: 'Billentyűparancsok' });
    for (const text of [
      'A fókuszban lévő lépés vagy átmenet kijelölése (Shift: hozzáadás a kijelöléshez)',
      'Tab, majd Szóköz',
      'Kijelölt lépések mozgatása / a térkép görgetése',
      'Nyílbillentyűk',
      'Hozzáadás a kijelöléshez / kijelölés kerettel',
      'Shift+kattintás',
      'Shift+húzás',
    ])
      expect(within(sheet).getByText(text)).toBeTruthy();
    expect(within(sheet).getByRole('button', { name: 'Bezárás' })).toBeTruthy();

    switchTo('zh-CN');
    const zh = screen.getByRole('dialog', { name: '键盘快捷键' });
    for (const text of ['方向键', 'Tab，然后按空格键', '加入选择／框选', 'Shift+单击', 'Shift+拖动'])
      expect(within(zh).getByText(text)).toBeTruthy();
    expect(within(zh).getByRole('button', { name: '关闭' })).toBeTruthy();
    expect(zh.textContent).not.toMatch(/Arrow keys|Tab, then Space|Shift\+click|Shift\+drag|Billentyű/);
  });
});

describe('Journey outline', () => {
  function renderOutline() {
    render(createElement(ReactFlowProvider, null, createElement(OutlineToggle), createElement(OutlinePanel)));
    act(() => useOutline.getState().setOpen(true));
  }

  it('speaks Hungarian and Chinese, with the domain words from domain.* and numbers by Intl', () => {
    // The domain's words are the glossary's (domain.ts); the outline must take them from there.
    i18n.addResourceBundle('hu', 'translation', { domain: { contactMoment: 'Érintkezési pont' } }, true, true);
    i18n.addResourceBundle('zh-CN', 'translation', { domain: { contactMoment: '接触点' } }, true, true);
    switchTo('hu');
    renderOutline();
    const tree = screen.getByRole('tree', { name: 'Az ügyfélút vázlata' });
    const stages = within(tree)
      .getAllByRole('treeitem')
      .filter((el) => el.getAttribute('aria-level') === '1');
    expect(stages.map((el) => el.getAttribute('aria-label'))).toEqual([
      '1. szakasz: Stage 1, 2 lépés',
      '2. szakasz: Leave, 0 lépés',
    ]);
    expect(screen.getByText('2 szakasz, 2 lépés, 1 átmenet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Összes kibontása' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vázlat bezárása' })).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'Összes kibontása' }).click());
    expect(screen.getByRole('treeitem', { name: 'Queue, érintkezési pont' })).toBeTruthy();
    expect(screen.getByRole('treeitem', { name: 'átmenet (fő ág), kezdete: „Pay”, vége: „Queue”' })).toBeTruthy();
    expect(screen.getByRole('treeitem', { name: 'Érzékek: egyik sem érintett' })).toBeTruthy();

    // A live switch says the open outline again, in Chinese.
    switchTo('zh-CN');
    const zh = screen.getByRole('tree', { name: '旅程大纲' });
    expect(
      within(zh)
        .getAllByRole('treeitem')
        .filter((el) => el.getAttribute('aria-level') === '1')
        .map((el) => el.getAttribute('aria-label')),
    ).toEqual(['阶段1：Stage 1，2个步骤', '阶段2：Leave，0个步骤']);
    expect(screen.getByText('2个阶段，2个步骤，1条连线')).toBeTruthy();
    expect(screen.getByRole('treeitem', { name: 'Queue，接触点' })).toBeTruthy();
    expect(screen.getByRole('treeitem', { name: '从“Pay”到“Queue”的主流程' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '全部折叠' })).toBeTruthy();
  });

  it('writes large counts with the language’s own digit grouping', () => {
    switchTo('hu');
    // Hungarian groups five digits and more, with a (no-break) space.
    expect(plural('outline.steps', 50000)).toBe(`${new Intl.NumberFormat('hu').format(50000)} lépés`);
    expect(plural('outline.steps', 50000)).toBe('50\u00a0000 lépés');
    switchTo('en');
    expect(plural('outline.steps', 5000)).toBe('5,000 steps');
  });
});

describe('undo and redo', () => {
  it('say what they would undo or redo, in the UI language, for commands done before a switch', () => {
    render(
      createElement(
        'div',
        null,
        createElement(ToolbarButton, { id: 'undo' }),
        createElement(ToolbarButton, { id: 'redo' }),
      ),
    );
    const moves = ['pay', 'queue', 'pay'].map((stepId) => ({ stepId, position: { x: 10, y: 10 } }));
    act(() => void useDocument.getState().dispatch({ type: 'moveSteps', moves }));
    const undo = () => screen.getAllByRole('button')[0];
    const redo = () => screen.getAllByRole('button')[1];
    expect(undo().title).toMatch(/^Undo: Move 3 steps \(/);

    switchTo('zh-CN');
    expect(undo().title).toMatch(/^撤销：移动3个步骤（.+）$/);
    act(() => useDocument.getState().undo());
    expect(redo().title).toMatch(/^重做：移动3个步骤（/);

    switchTo('hu');
    expect(redo().title).toMatch(/^Mégis: 3 lépés áthelyezése \(/);
  });

  it('are described in each language through the caller’s translator', () => {
    const remove = describeCommand({ type: 'removeSelection', stepIds: ['a', 'b'], flowIds: [] });
    const t = (lng: 'en' | 'hu' | 'lt' | 'et' | 'zh-CN') => {
      const tr = translator(lng);
      return (key: string, values?: Record<string, unknown>) => tr(key, values);
    };
    expect(commandText(remove, t('en'))).toBe('Delete 2 steps');
    expect(commandText(remove, t('hu'))).toBe('2 lépés törlése');
    expect(commandText(remove, t('et'))).toBe('Kustuta 2 sammu');
    expect(commandText(remove, t('zh-CN'))).toBe('删除2个步骤');
  });
});

describe('Lithuanian plural forms', () => {
  const cases: [number, string, string][] = [
    [1, '1 žingsnis', 'Ištrinti 1 žingsnį'],
    [2, '2 žingsniai', 'Ištrinti 2 žingsnius'],
    [10, '10 žingsnių', 'Ištrinti 10 žingsnių'],
    [21, '21 žingsnis', 'Ištrinti 21 žingsnį'],
  ];
  it.each(cases)('%i: "%s", "%s"', (n, count, command) => {
    switchTo('lt');
    expect(plural('outline.steps', n)).toBe(count);
    // The same forms through i18next's own plural resolution.
    expect(i18n.t('outline.steps', { count: n })).toBe(count);
    const tr = translator('lt');
    expect(commandText({ key: 'commands.deleteSteps', params: { count: n } }, (k, v) => tr(k, v))).toBe(command);
  });

  it('names the wait time in seconds by the same rules', () => {
    switchTo('lt');
    expect(plural('outline.detail.wait', 2)).toBe('Laukimo laikas: 2 sekundės');
    expect(plural('outline.detail.wait', 15)).toBe('Laukimo laikas: 15 sekundžių');
  });
});

describe('flow names on the canvas', () => {
  it('follow the UI language', () => {
    const titles = new Map([
      ['a', '进超市'],
      ['b', '拿货框'],
    ]);
    const flow = { id: 'f', from: 'a', to: 'b', label: '', kind: 'failure' as const };
    switchTo('zh-CN');
    expect(flowName(flow, titles)).toBe('从“进超市”到“拿货框”的失败流程');
    switchTo('et');
    expect(flowName({ ...flow, label: 'kiire' }, titles)).toBe('tõrkevoog „kiire“, algus: „进超市“, lõpp: „拿货框“');
  });
});

/** The editor area's keys (editor, outline, canvas, shortcuts, commands) in every language. */
describe('editor catalogue', () => {
  const AREA = ['editor', 'outline', 'canvas', 'shortcuts', 'commands'];
  const PLURAL = /_(zero|one|two|few|many|other)$/;
  function leaves(node: Messages, prefix = ''): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(path, value);
      else for (const [k, v] of leaves(value, path)) out.set(k, v);
    }
    return out;
  }
  const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  function area(lng: (typeof LANGUAGES)[number]) {
    const catalogue = CATALOGUES[lng];
    return leaves(Object.fromEntries(AREA.map((k) => [k, catalogue[k] ?? {}])) as Messages);
  }

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every key English has, in its own plural forms', (lng) => {
    const en = area('en');
    const mine = area(lng);
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const expected = new Set<string>();
    for (const key of en.keys()) {
      if (!PLURAL.test(key)) expected.add(key);
      else for (const c of categories) expected.add(key.replace(PLURAL, `_${c}`));
    }
    expect([...mine.keys()].sort()).toEqual([...expected].sort());
    for (const [key, text] of mine) {
      expect(text.trim(), key).not.toBe('');
      const source = en.get(key) ?? en.get(key.replace(PLURAL, '_other'))!;
      expect(vars(text), key).toEqual(vars(source));
    }
  });
});
