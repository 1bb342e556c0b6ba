/**
 * A keyboard-only user: Tab reaches a step or a flow and selects it (focus and
 * selection go together), Space selects the focused step, and every action on a
 * selection works from the keyboard. Ctrl+Z in an inspector field undoes that
 * field's edit in the document, as on the map. File > New project opens the
 * form; Ctrl+N and Ctrl+W work. At 1440 and 1024 px, in English and Hungarian, the toolbar
 * is one row, every action on it or in its More menu.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApps, type App } from './harness';
import { translator } from '../../shared/i18n/translator';

/** The toolbar's registry actions. */
const ACTIONS = [
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

const start = useApps();

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const stepCount = (page: Page) => page.locator('.react-flow__minimap-node').count();
const flowCount = (page: Page) => page.locator('.react-flow__edge').count();
const titleField = (page: Page) => inspector(page).getByRole('textbox', { name: 'Title', exact: true });

async function createSupermarket(app: App) {
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Keyboard only');
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await node(page, 'Pay').waitFor();
}

/** Press Tab until focus is on a map element of the given kind; returns its accessible name. */
async function tabTo(page: Page, kind: 'step' | 'flow'): Promise<string> {
  const selector = kind === 'step' ? '.react-flow__node-step' : '.react-flow__edge';
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(
      (sel) => (document.activeElement?.matches(sel) ? document.activeElement.getAttribute('aria-label') : null),
      selector,
    );
    if (name !== null) return name;
  }
  throw new Error(`Tab never reached a ${kind}`);
}

describe('keyboard', () => {
  it('Tab and Space select steps and flows; Enter, F2, arrows, Ctrl+D and Delete act on the selection', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(app);

    // Tab to the first flow: it is selected, the inspector shows it, Delete removes it.
    await tabTo(page, 'flow');
    await inspector(page).getByRole('group', { name: 'Flow' }).waitFor();
    const flows = await flowCount(page);
    await page.keyboard.press('Delete');
    await expect.poll(() => flowCount(page)).toBe(flows - 1);

    // Tab on to a step: focus selects it (the inspector edits it).
    const first = await tabTo(page, 'step');
    await expect.poll(() => titleField(page).inputValue()).toBe(first);
    // The next Tab moves the selection with the focus.
    const second = await tabTo(page, 'step');
    expect(second).not.toBe(first);
    await expect.poll(() => titleField(page).inputValue()).toBe(second);

    // Select all, then Space on the focused step selects just that step.
    await page.keyboard.press('Control+a');
    await inspector(page)
      .getByText(/steps selected/)
      .waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => titleField(page).inputValue()).toBe(second);

    // Arrow keys move the selected step.
    const box = (await node(page, second).boundingBox())!;
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => (await node(page, second).boundingBox())!.y).toBeGreaterThan(box.y + 5);

    // Enter adds the next step, connected; its title is typed at once.
    const steps = await stepCount(page);
    await page.keyboard.press('Enter');
    const rename = page.getByRole('textbox', { name: 'Step title' });
    await rename.fill('Ask for help');
    await rename.press('Enter');
    await node(page, 'Ask for help').waitFor();
    expect(await stepCount(page)).toBe(steps + 1);

    // F2 renames the selected step.
    await page.keyboard.press('F2');
    await rename.fill('Ask staff');
    await rename.press('Enter');
    await node(page, 'Ask staff').waitFor();

    // Ctrl+D duplicates it, Delete removes the selection.
    await page.keyboard.press('Control+d');
    await expect.poll(() => stepCount(page)).toBe(steps + 2);
    await page.keyboard.press('Delete');
    await expect.poll(() => stepCount(page)).toBe(steps + 1);
    await node(page, 'Ask staff').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => titleField(page).inputValue()).toBe('Ask staff');
    await page.keyboard.press('Delete');
    await expect.poll(() => stepCount(page)).toBe(steps);
    expect(await node(page, 'Ask staff').count()).toBe(0);
  });

  it('Ctrl+Z in an inspector field undoes its edit in the document, Ctrl+Shift+Z redoes it', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(app);
    await node(page, 'Pay').click();
    const title = titleField(page);
    await title.click();
    await title.press('End');
    await title.pressSequentially(' now');
    await node(page, 'Pay now').waitFor();

    await title.press('Control+z');
    await node(page, 'Pay').waitFor();
    expect(await title.inputValue()).toBe('Pay');
    // The edit went back into the document's history, as on the map: Redo brings it back.
    expect(await page.getByRole('button', { name: 'Redo', exact: true }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    await title.press('Control+Shift+z');
    await node(page, 'Pay now').waitFor();
    expect(await title.inputValue()).toBe('Pay now');
  });

  it('File > New project opens the form; Ctrl+N opens it too, Ctrl+W closes the project', async () => {
    const app = await start();
    const { page } = app;
    await createSupermarket(app);
    await app.menu('new-project');
    await page.getByRole('form', { name: 'New project' }).waitFor();
    await page.getByLabel('Project name').fill('Second');
    await page.getByRole('radio', { name: /Blank/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('heading', { name: 'Second' }).waitFor();

    await page.keyboard.press('Control+w');
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    expect(await page.getByRole('toolbar', { name: 'Editor' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'New project' }).count()).toBe(0);
    await page.keyboard.press('Control+n');
    await page.getByRole('form', { name: 'New project' }).waitFor();
    await page.keyboard.press('Escape');

    // From the editor, Ctrl+N goes home with the form open.
    await page.getByRole('button', { name: 'Open Keyboard only' }).click();
    await node(page, 'Pay').waitFor();
    await page.keyboard.press('Control+n');
    await page.getByRole('form', { name: 'New project' }).waitFor();
  });

  for (const [locale, width, height] of [
    ['en-US', 1440, 900],
    ['hu-HU', 1440, 900],
    ['hu-HU', 1024, 768],
  ] as const)
    it(`keeps the toolbar on one row at ${width} x ${height} (${locale}), every action on it or in More`, async () => {
      const lang = locale === 'hu-HU' ? 'hu' : 'en';
      const t = translator(lang);
      const app = await start({ viewport: { width, height }, locale });
      const { page } = app;
      await page.getByRole('button', { name: t('actions.new-project'), exact: true }).click();
      await page.getByLabel(t('home.projectName')).fill('Keyboard only');
      await page.getByRole('radio', { name: new RegExp(t('templates.supermarket.name')) }).check();
      await page.getByRole('button', { name: t('home.create'), exact: true }).click();
      await page.locator('.react-flow__node-step').first().waitFor();
      const toolbar = page.getByRole('toolbar', { name: t('editor.toolbar') });
      const tops = await toolbar.evaluate((bar) =>
        [...bar.children].filter((c) => (c as HTMLElement).offsetWidth > 0).map((c) => c.getBoundingClientRect()),
      );
      const rowHeight = Math.max(...tops.map((r) => r.height));
      const toolbarHeight = (await toolbar.boundingBox())!.height;
      // Everything on one line, and the bar no taller than one row plus its padding.
      expect(Math.max(...tops.map((r) => r.top)) - Math.min(...tops.map((r) => r.top))).toBeLessThan(rowHeight / 2);
      expect(toolbarHeight).toBeLessThan(rowHeight * 2);
      // Nothing scrolled out of sight.
      expect(await toolbar.evaluate((bar) => bar.scrollWidth <= bar.clientWidth + 1)).toBe(true);

      // Every action: a visible button on the row, or an item of the More menu.
      const more = toolbar.getByRole('button', { name: t('look.more'), exact: true });
      let listed: string[] = [];
      if (await more.isVisible()) {
        await more.click();
        listed = await page.getByRole('menu').locator('[role^="menuitem"]').allTextContents();
        await page.keyboard.press('Escape');
      }
      const labels = [...ACTIONS.map((id) => t(`actions.${id}`)), t('outline.toggle')];
      for (const label of labels) {
        const onRow = await toolbar.getByRole('button', { name: label, exact: true }).isVisible();
        expect(onRow || listed.some((text) => text.startsWith(label)), label).toBe(true);
      }
      // At 1440 px every language has room for all of them on the row.
      if (width === 1440) expect(listed).toEqual([]);
    });
});
