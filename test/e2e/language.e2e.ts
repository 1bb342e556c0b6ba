/**
 * The UI language end to end: the app starts in the system's language, switches
 * live from the settings dialog and the Language menu (the open editor keeps its
 * selection and unsaved edit), and remembers the choice over a restart.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Channels } from '../../shared/ipc';
import { translator } from '../../shared/i18n/translator';
import { useApps, type App } from './harness';

const start = useApps();

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
/** Whether React Flow shows the step as selected. */
const isSelected = (page: Page, title: string) =>
  node(page, title).evaluate((el) => el.closest('.react-flow__node')?.classList.contains('selected') ?? false);

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const menuItem = (app: App, id: string) => flatten(app.nativeMenu()).find((item) => item.id === id)!;

describe('the UI language', () => {
  it('starts in the system language, switches live in the open editor, and keeps the choice', async () => {
    const hu = translator('hu');
    const zh = translator('zh-CN');
    const et = translator('et');
    const app = await start({
      locale: 'hu-HU',
      stallSaves: true,
      // Every button text the page ever shows, to see that no English screen comes first.
      beforeLoad: async (page) => {
        await page.addInitScript(() => {
          const seen = new Set<string>();
          Object.defineProperty(window, '__buttonsSeen', { value: seen });
          new MutationObserver(() => {
            for (const b of document.querySelectorAll('button')) seen.add(b.textContent?.trim() ?? '');
          }).observe(document, { subtree: true, childList: true, characterData: true });
        });
      },
    });
    const { page } = app;

    // Hungarian from the first screen: the home screen's words come from the hu catalogue.
    expect(hu('actions.new-project')).toBe('Új projekt');
    await page.getByRole('button', { name: hu('actions.new-project'), exact: true }).waitFor();
    await page.getByRole('heading', { name: hu('home.title'), exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('hu');
    expect(await page.evaluate(() => navigator.language)).toBe('hu-HU');
    const seen = await page.evaluate(() => [...(window as unknown as { __buttonsSeen: Set<string> }).__buttonsSeen]);
    expect(seen).toContain('Új projekt');
    expect(seen).not.toContain('New project');
    expect(app.language()).toEqual({ language: 'hu', chosen: null, system: 'hu' });
    expect(app.nativeMenu().map((menu) => menu.label)).toContain('&Fájl');

    // Open a project, select a step and rename it; the save never completes, so the edit stays unsaved.
    const created = await app.handlers[Channels.createProject]({ name: 'Bevásárlás', template: 'supermarket' });
    if (!created.ok) throw new Error(created.error);
    const title = created.value.steps[0]!.title;
    await page.reload();
    await page
      .getByRole('button', { name: /Bevásárlás/ })
      .first()
      .click();
    await node(page, title).click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Belépés a boltba');
    await page.keyboard.press('Enter');
    await node(page, 'Belépés a boltba').waitFor();
    await expect.poll(() => isSelected(page, 'Belépés a boltba')).toBe(true);
    await page.getByRole('button', { name: hu('actions.add-step'), exact: true }).waitFor();

    // The settings dialog (Ctrl+,) switches to Chinese at once.
    await page.keyboard.press('Control+,');
    const dialog = page.getByRole('dialog', { name: hu('settings.title') });
    await dialog.getByRole('combobox', { name: hu('language.title') }).selectOption('zh-CN');
    await page.getByRole('dialog', { name: zh('settings.title') }).waitFor();
    expect(await htmlLang(page)).toBe('zh-CN');
    await page.getByRole('button', { name: zh('settings.close') }).click();

    // The editor is in Chinese, with the same step selected and the unsaved edit still there.
    await page.getByRole('button', { name: zh('actions.add-step'), exact: true }).waitFor();
    expect(await page.getByRole('button', { name: hu('actions.add-step'), exact: true }).count()).toBe(0);
    expect(await isSelected(page, 'Belépés a boltba')).toBe(true);
    expect(await node(page, title).count()).toBe(0);
    const saved = await app.handlers[Channels.openProject]({ id: created.value.id });
    expect(saved.ok && saved.value.steps[0]!.title).toBe(title);

    // Main speaks Chinese too: its menu, rebuilt.
    expect(app.language()).toEqual({ language: 'zh-CN', chosen: 'zh-CN', system: 'hu' });
    expect(app.nativeMenu().map((menu) => menu.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '旅程(&J)',
      '视图(&V)',
      '语言(&L)',
      '帮助(&H)',
    ]);
    expect(menuItem(app, 'save').label).toBe('保存');
    expect(menuItem(app, 'language:zh-CN').checked).toBe(true);
    await app.close();

    // Restarted on the same Hungarian system: the choice is remembered.
    const again = await start({ dataDir: app.dataDir, locale: 'hu-HU' });
    await again.page.getByRole('button', { name: zh('actions.new-project'), exact: true }).waitFor();
    expect(await htmlLang(again.page)).toBe('zh-CN');
    expect(again.language().language).toBe('zh-CN');

    // The Language menu switches the page live as well.
    (menuItem(again, 'language:et').click as () => void)();
    await again.page.getByRole('button', { name: et('actions.new-project'), exact: true }).waitFor();
    expect(await htmlLang(again.page)).toBe('et');
    expect(menuItem(again, 'save').label).toBe('Salvesta');
    expect(menuItem(again, 'language:et').checked).toBe(true);
  }, 120_000);

  it('starts in English on a system language Touchmap does not speak, and in Chinese on zh-CN', async () => {
    const german = await start({ locale: 'de-DE' });
    await german.page.getByRole('button', { name: 'New project', exact: true }).waitFor();
    expect(await htmlLang(german.page)).toBe('en');
    await german.close();
    const chinese = await start({ locale: 'zh-CN' });
    await chinese.page.getByRole('button', { name: '新建项目', exact: true }).waitFor();
    expect(await htmlLang(chinese.page)).toBe('zh-CN');
  }, 60_000);
});
