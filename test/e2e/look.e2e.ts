/**
 * The visual system through the real UI: the theme follows the system's light or dark
 * setting, the Settings choice overrides it (and is kept), the canvas, minimap and panels
 * follow it; the toolbar stays on one row in every language at 1440 x 900 and 1024 x 768,
 * the actions that do not fit are in the More menu (keyboard operable) and every action stays
 * reachable. Writes docs/look-light.png and docs/look-dark.png (the editor in each theme),
 * and screenshots of home, editor and a dialog per theme and language into the temp folder.
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/translator';
import { DARK, LIGHT } from '../../shared/look/tokens';
import { useApps, type App } from './harness';

const start = useApps();

const LOCALES: Record<Language, string> = { en: 'en-US', hu: 'hu-HU', lt: 'lt-LT', et: 'et-EE', 'zh-CN': 'zh-CN' };
/** Every action the toolbar offers, by its registry id (the lens picker always stays on the row). */
const TOOLBAR_ACTIONS = [
  'open-project',
  'add-step',
  'add-stage',
  'add-lane',
  'delete',
  'undo',
  'redo',
  'auto-layout',
  'fit-view',
  'export',
  'shortcuts',
] as const;

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function createSupermarket(app: App, lang: Language = 'en') {
  const t = translator(lang);
  const { page } = app;
  await page.getByRole('button', { name: t('actions.new-project'), exact: true }).click();
  const form = page.getByRole('form', { name: t('home.newProject') });
  await form.getByLabel(t('home.projectName')).fill(t('templates.supermarket.name'));
  await form.getByRole('radio', { name: new RegExp(t('templates.supermarket.name')) }).check();
  await form.getByRole('button', { name: t('home.create'), exact: true }).click();
  await page.locator('.react-flow__node-step').first().waitFor();
}

/** The background colours a user sees: the page, the toolbar, a step, the minimap and React Flow's mode. */
function colours(page: Page) {
  return page.evaluate(() => {
    const bg = (sel: string) => {
      const el = document.querySelector(sel);
      return el ? getComputedStyle(el).backgroundColor : null;
    };
    return {
      theme: document.documentElement.dataset.theme,
      body: getComputedStyle(document.documentElement).backgroundColor,
      toolbar: bg('.toolbar'),
      step: bg('.step-node'),
      minimap: bg('.react-flow__minimap'),
      dark: document.querySelector('.react-flow')?.classList.contains('dark') ?? null,
      text: getComputedStyle(document.body).color,
    };
  });
}

/** The toolbar's visible children lie on one line, and the bar is no taller than one row plus padding. */
async function expectOneRow(page: Page, name: string) {
  const toolbar = page.getByRole('toolbar', { name });
  const { tops, heights, scroll, client } = await toolbar.evaluate((bar) => {
    const shown = [...bar.children]
      .filter((c) => (c as HTMLElement).offsetWidth > 0)
      .map((c) => c.getBoundingClientRect());
    return {
      tops: shown.map((r) => r.top + r.height / 2),
      heights: shown.map((r) => r.height),
      scroll: bar.scrollWidth,
      client: bar.clientWidth,
    };
  });
  const rowHeight = Math.max(...heights);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(rowHeight / 2);
  expect((await toolbar.boundingBox())!.height).toBeLessThan(rowHeight * 2);
  // Nothing cut off or scrolled: the row's content fits its width.
  expect(scroll).toBeLessThanOrEqual(client + 1);
}

/**
 * Every toolbar action is reachable: a visible button on the row, or an item of the More menu.
 * Returns the actions found in the menu.
 */
async function reachable(page: Page, lang: Language): Promise<string[]> {
  const t = translator(lang);
  const toolbar = page.getByRole('toolbar', { name: t('editor.toolbar') });
  const inMenu: string[] = [];
  const more = toolbar.getByRole('button', { name: t('look.more'), exact: true });
  const moreShown = await more.isVisible();
  let menuItems: string[] = [];
  if (moreShown) {
    await more.click();
    const menu = page.getByRole('menu', { name: t('look.moreTitle') });
    await menu.waitFor();
    menuItems = await menu.getByRole('menuitem').allTextContents();
    menuItems.push(...(await menu.getByRole('menuitemcheckbox').allTextContents()));
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  }
  for (const id of TOOLBAR_ACTIONS) {
    const label = t(`actions.${id}`);
    const onRow = await toolbar.getByRole('button', { name: label, exact: true }).isVisible();
    const listed = menuItems.some((text) => text.startsWith(label));
    expect(onRow || listed, `${lang}: ${id} (${label}) on the row or in More`).toBe(true);
    expect(onRow && listed, `${lang}: ${id} not in both places`).toBe(false);
    if (listed) inMenu.push(id);
  }
  const outline = t('outline.toggle');
  const outlineOnRow = await toolbar.getByRole('button', { name: outline, exact: true }).isVisible();
  expect(outlineOnRow || menuItems.some((text) => text.startsWith(outline)), `${lang}: outline`).toBe(true);
  await expect(toolbar.getByLabel(t('editor.overlay'))).toBeTruthy();
  expect(await toolbar.getByLabel(t('editor.overlay')).isVisible()).toBe(true);
  return inMenu;
}

describe('look', () => {
  it('follows the system light or dark setting until Settings chooses, and keeps the choice', async () => {
    const app = await start({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await createSupermarket(app);

    // Light system: the light palette everywhere, React Flow in light mode.
    await page.emulateMedia({ colorScheme: 'light' });
    let seen = await colours(page);
    expect(seen).toMatchObject({ theme: 'light', body: rgb(LIGHT.bg), toolbar: rgb(LIGHT.surface), dark: false });
    expect(seen.step).toBe(rgb(LIGHT.stepFill));
    expect(seen.text).toBe(rgb(LIGHT.text));

    // The system turns dark: the app follows at once.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await colours(page)).theme).toBe('dark');
    seen = await colours(page);
    expect(seen).toMatchObject({
      body: rgb(DARK.bg),
      toolbar: rgb(DARK.surface),
      step: rgb(DARK.stepFill),
      dark: true,
    });
    expect(seen.minimap).toBe(rgb(DARK.surface));
    expect(seen.text).toBe(rgb(DARK.text));

    // Settings: Light overrides the dark system.
    await app.menu('settings');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const group = dialog.getByRole('group', { name: 'Appearance' });
    expect(await group.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);
    await group.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(async () => (await colours(page)).theme).toBe('light');
    expect(await colours(page)).toMatchObject({ body: rgb(LIGHT.bg), toolbar: rgb(LIGHT.surface), dark: false });
    // The dialog follows too.
    expect(await dialog.evaluate((d) => getComputedStyle(d).backgroundColor)).toBe(rgb(LIGHT.raised));

    // Dark on a light system.
    await page.emulateMedia({ colorScheme: 'light' });
    await group.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(async () => (await colours(page)).theme).toBe('dark');
    expect(await dialog.evaluate((d) => getComputedStyle(d).backgroundColor)).toBe(rgb(DARK.raised));
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Kept in the library settings: a restart on a light system opens dark.
    expect(await app.handlers['settings:get']?.(undefined as never)).toMatchObject({
      ok: true,
      value: { theme: 'dark' },
    });
    await app.close();
    const again = await start({ dataDir: app.dataDir });
    await again.page.emulateMedia({ colorScheme: 'light' });
    expect((await colours(again.page)).theme).toBe('dark');
    expect((await colours(again.page)).body).toBe(rgb(DARK.bg));

    // System again: follows the (light) system.
    await again.menu('settings');
    await again.page.getByRole('radio', { name: 'System' }).check();
    await expect.poll(async () => (await colours(again.page)).theme).toBe('light');
  });

  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ])
    it(`keeps the toolbar on one row at ${size.width} x ${size.height} in every language, every action reachable`, async () => {
      for (const lang of LANGUAGES) {
        const app = await start({ viewport: size, locale: LOCALES[lang] });
        await createSupermarket(app, lang);
        const t = translator(lang);
        await expectOneRow(app.page, t('editor.toolbar'));
        const inMenu = await reachable(app.page, lang);
        // At 1440 everything has room on the row, in every language.
        if (size.width === 1440) expect(inMenu, lang).toEqual([]);
        await app.close();
      }
    });

  it('runs the hidden actions from the More menu, by mouse and by keyboard (Hungarian, 820 px)', async () => {
    // Narrower than the 1024 px where everything still fits with icons alone: some actions move into More.
    const app = await start({ viewport: { width: 820, height: 700 }, locale: 'hu-HU' });
    const { page } = app;
    const t = translator('hu');
    await createSupermarket(app, 'hu');
    const toolbar = page.getByRole('toolbar', { name: t('editor.toolbar') });
    const more = toolbar.getByRole('button', { name: t('look.more'), exact: true });
    await expectOneRow(page, t('editor.toolbar'));
    expect(await more.getAttribute('aria-haspopup')).toBe('menu');
    expect(await more.getAttribute('aria-expanded')).toBe('false');

    // Mouse: the shortcuts sheet from the menu.
    await more.click();
    await page.screenshot({ path: join(tmpdir(), 'touchmap-look-more-hu.png') });
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const menu = page.getByRole('menu', { name: t('look.moreTitle') });
    await menu.getByRole('menuitem', { name: t('actions.shortcuts') }).click();
    await page.getByRole('dialog', { name: t('shortcuts.title') }).waitFor();
    expect(await menu.count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: t('shortcuts.title') }).waitFor({ state: 'detached' });

    // Keyboard: focus More, ArrowDown opens it on the first item, End goes to the last, Escape returns.
    await more.focus();
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    const items = menu.locator('[role^="menuitem"]:not([disabled])');
    const first = await items.first().textContent();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await items.last().textContent());
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('menu');

    // Enter on the More button opens the menu again; Enter on the outline item opens the outline.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    const outline = menu.getByRole('menuitemcheckbox', { name: t('outline.toggle') });
    if (await outline.count()) {
      await outline.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('complementary', { name: t('outline.title') }).waitFor();
      expect(await menu.count()).toBe(0);
    } else await page.keyboard.press('Escape');
    // The row never scrolled to show the menu: its first button is where it always is.
    expect(await toolbar.evaluate((bar) => bar.scrollLeft)).toBe(0);
  });

  it('looks right: home, editor and a dialog in light and dark, English and Hungarian', async () => {
    const out = join(tmpdir(), 'touchmap-look');
    await mkdir(out, { recursive: true });
    for (const lang of ['en', 'hu'] as const)
      for (const scheme of ['light', 'dark'] as const) {
        const app = await start({ viewport: { width: 1440, height: 900 }, locale: LOCALES[lang] });
        const { page } = app;
        const t = translator(lang);
        await page.emulateMedia({ colorScheme: scheme });
        await createSupermarket(app, lang);
        await page.getByRole('button', { name: t('actions.open-project'), exact: true }).click();
        await page.getByRole('button', { name: t('actions.new-project'), exact: true }).waitFor();
        expect((await colours(page)).body).toBe(rgb(scheme === 'dark' ? DARK.bg : LIGHT.bg));
        await page.screenshot({ path: join(out, `home-${lang}-${scheme}.png`) });
        await page.locator('.project-open').first().click();
        await page.locator('.react-flow__node-step').first().waitFor();
        await page.getByLabel(t('editor.overlay')).selectOption('risk');
        await page.getByRole('button', { name: t('actions.fit-view'), exact: true }).click();
        for (let i = 0; i < 3; i++) await page.getByRole('button', { name: t('canvas.zoomIn'), exact: true }).click();
        await page.locator('.react-flow__node-step').nth(3).click();
        await page.waitForTimeout(400);
        const editor = join(out, `editor-${lang}-${scheme}.png`);
        await page.screenshot({ path: editor });
        if (lang === 'en') await page.screenshot({ path: `docs/look-${scheme}.png` });
        await app.menu('settings');
        await page.getByRole('dialog').waitFor();
        await page.screenshot({ path: join(out, `dialog-${lang}-${scheme}.png`) });
        await app.close();
      }
  });
});
