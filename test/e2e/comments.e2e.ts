/**
 * Comments through the real UI, on the supermarket template: the first comment asks who you
 * are; a comment from the inspector and one with Ctrl+Alt+M; the count markers on the canvas
 * follow; from the keyboard alone a marker opens its comments in the inspector and a reply is
 * sent; one's own text is edited; the panel (Ctrl+Shift+M) resolves, filters open, resolved and
 * all, goes to a comment's target and reopens; a deleted step's comment stays, marked as on a
 * removed step, and Undo brings the step and its marker back; after a restart everything is
 * in the file and on the map, and an export with "Include comments" lists the threads.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { Channels } from '../../shared/ipc';
import type { Project } from '../../shared/model/types';
import { fitView, onlyProjectId, useApps, type App } from './harness';

const start = useApps();

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const marker = (page: Page, title: string) => node(page, title).getByRole('button', { name: /open comment/ });
const PAY = 'Pay';
const BASKET = 'Take a basket';

async function saved(app: App): Promise<Project> {
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

async function waitSaved(page: Page) {
  await page
    .locator('.save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

/** The marker's accessible name on a step, or null when it has none. */
async function markerName(page: Page, title: string): Promise<string | null> {
  const m = marker(page, title);
  return (await m.count()) === 0 ? null : m.getAttribute('aria-label');
}

const activeName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent ?? ''}` : '';
  });

function inspectorComments(page: Page): Locator {
  return page
    .getByRole('complementary', { name: 'Inspector', exact: true })
    .getByRole('region', { name: 'Comments', exact: true });
}

describe('comments', () => {
  it('are written, answered, resolved, filtered and kept through a deleted step and a restart', async () => {
    const app = await start({ viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Comment walk');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await node(page, 'Find a parking spot').waitFor();
    await fitView(page);
    await node(page, PAY).waitFor();
    expect(await page.locator('.comment-marker').count()).toBe(0);

    // From the inspector: the first comment asks who you are.
    await node(page, PAY).click();
    await inspectorComments(page).getByRole('button', { name: 'Add comment' }).click();
    const who = page.getByRole('dialog', { name: 'Who are you?' });
    await who.getByLabel('Display name').fill('Ann Auditor');
    await who.getByRole('radio', { name: 'Teal' }).check();
    await who.getByRole('button', { name: 'Save' }).click();
    const panel = page.getByRole('complementary', { name: 'Comments', exact: true });
    const composer = panel.getByRole('region', { name: 'New comment' });
    await composer.getByRole('heading', { name: `On step: ${PAY}` }).waitFor();
    await composer.getByLabel('Your comment').fill('Card reader is slow at lane 3');
    await composer.getByRole('button', { name: 'Comment', exact: true }).click();
    // The panel narrows the map: fit it again so every step is drawn.
    await fitView(page);
    await expect.poll(() => markerName(page, PAY)).toBe('1 open comment');
    expect(await marker(page, PAY).innerText()).toBe('1');

    // With Ctrl+Alt+M on the selected step: no second question, the composer has focus.
    await node(page, BASKET).click();
    await page.keyboard.press('Control+Alt+M');
    await composer.getByRole('heading', { name: `On step: ${BASKET}` }).waitFor();
    await expect.poll(() => activeName(page)).toBe('textarea:Your comment');
    await page.keyboard.type('Baskets are wet after rain');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => markerName(page, BASKET)).toBe('1 open comment');
    // A second comment on Pay: its marker counts two.
    await node(page, PAY).click();
    await page.keyboard.press('Control+Alt+M');
    await expect.poll(() => activeName(page)).toBe('textarea:Your comment');
    await page.keyboard.type('Self-checkout is closed on Sundays');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => markerName(page, PAY)).toBe('2 open comments');
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(() => panel.count()).toBe(0);
    await fitView(page);

    // Keyboard only: the marker on Take a basket is reached with Tab from its step; Enter opens
    // the step's comments in the inspector with focus on their heading; Tab reaches Reply.
    await node(page, BASKET).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => activeName(page)).toBe('button:1 open comment');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeName(page)).toBe('h3:Comments');
    await page.keyboard.press('Tab');
    await expect.poll(() => activeName(page)).toBe('button:Reply');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeName(page)).toBe('textarea:Your reply');
    await page.keyboard.type('Put a towel by the trolleys');
    await page.keyboard.press('Control+Enter');
    const basketThread = inspectorComments(page).getByRole('article', { name: 'Comment: Ann Auditor' });
    await basketThread.getByRole('list', { name: '1 reply' }).waitFor();
    expect(await basketThread.innerText()).toContain('Put a towel by the trolleys');

    // Edit one's own text (from the inspector): the comment's Edit comes after its reply's.
    await basketThread.getByRole('button', { name: 'Edit', exact: true }).last().click();
    await basketThread.getByLabel('Comment text').fill('Baskets are wet after rain; no towels');
    await basketThread.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => basketThread.innerText()).toContain('Baskets are wet after rain; no towels');
    expect(await basketThread.innerText()).toContain('edited');

    // The panel: resolve the first comment on Pay; the marker counts one, then filters.
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor();
    await fitView(page);
    const list = panel.getByRole('list', { name: 'Comments on this journey' });
    const payThread = list
      .getByRole('article', { name: 'Comment: Ann Auditor' })
      .filter({ hasText: 'Card reader is slow at lane 3' });
    await payThread.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect.poll(() => markerName(page, PAY)).toBe('1 open comment');
    await expect.poll(() => list.getByRole('article').count()).toBe(2);
    await panel.getByRole('radio', { name: 'Resolved (1)' }).check();
    await expect.poll(() => list.getByRole('article').count()).toBe(1);
    expect(await list.innerText()).toContain('Resolved: Ann Auditor');
    await panel.getByRole('radio', { name: 'All (3)' }).check();
    await expect.poll(() => list.getByRole('article').count()).toBe(3);
    await panel.getByRole('radio', { name: 'Open (2)' }).check();
    await expect.poll(() => list.getByRole('article').count()).toBe(2);

    // Go to a comment's target: the step is selected.
    await page.keyboard.press('Escape');
    await node(page, 'Find a parking spot').click();
    await page.keyboard.press('Control+Shift+M');
    await panel
      .getByRole('article')
      .filter({ hasText: 'Baskets are wet' })
      .getByRole('button', { name: `On step: ${BASKET}` })
      .click();
    await expect.poll(() => node(page, BASKET).evaluate((el) => el.classList.contains('selected'))).toBe(true);

    // Reopen the resolved one: the marker counts two again.
    await panel.getByRole('radio', { name: 'Resolved (1)' }).check();
    await list.getByRole('button', { name: 'Reopen', exact: true }).click();
    await expect.poll(() => markerName(page, PAY)).toBe('2 open comments');
    await panel.getByRole('radio', { name: 'All (3)' }).check();

    // Delete the commented step: its comments stay, marked as on a removed step; Undo brings it back.
    await node(page, PAY).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => node(page, PAY).count()).toBe(0);
    await expect.poll(() => panel.getByText('On a removed step').count()).toBe(2);
    expect(await list.getByRole('article').count()).toBe(3);
    await page.keyboard.press('Control+z');
    await node(page, PAY).waitFor();
    await expect.poll(() => markerName(page, PAY)).toBe('2 open comments');
    expect(await panel.getByText('On a removed step').count()).toBe(0);

    await waitSaved(page);
    const file = await saved(app);
    const payId = file.steps.find((s) => s.title === PAY)!.id;
    const basketId = file.steps.find((s) => s.title === BASKET)!.id;
    expect(file.comments).toHaveLength(3);
    expect(file.comments!.filter((c) => c.target.kind === 'step' && c.target.id === payId)).toHaveLength(2);
    const basket = file.comments!.find((c) => c.target.id === basketId)!;
    expect(basket).toMatchObject({
      author: { name: 'Ann Auditor' },
      text: 'Baskets are wet after rain; no towels',
      resolved: false,
      replies: [{ author: { name: 'Ann Auditor' }, text: 'Put a towel by the trolleys' }],
    });
    expect(basket.editedAt).toBeTruthy();
    expect(file.comments!.every((c) => !c.resolved)).toBe(true);
    await app.close();

    // Restart: the comments are in the file, on the map and in the panel.
    const again = await start({ dataDir: app.dataDir, viewport: { width: 1600, height: 1000 } });
    const p2 = again.page;
    await p2.getByRole('button', { name: /Open Comment walk/ }).click();
    await node(p2, 'Find a parking spot').waitFor();
    await fitView(p2);
    await node(p2, PAY).waitFor();
    await expect.poll(() => markerName(p2, PAY)).toBe('2 open comments');
    await expect.poll(() => markerName(p2, BASKET)).toBe('1 open comment');
    expect((await saved(again)).comments).toHaveLength(3);
    await p2.keyboard.press('Control+Shift+M');
    const panel2 = p2.getByRole('complementary', { name: 'Comments', exact: true });
    await panel2.getByRole('radio', { name: 'Open (3)' }).waitFor();
    // Going to a comment's target brings it into view at a readable size: the markers as a user sees them.
    await panel2
      .getByRole('button', { name: `On step: ${PAY}` })
      .first()
      .click();
    await expect.poll(() => node(p2, PAY).evaluate((el) => el.classList.contains('selected'))).toBe(true);
    // Zoom in on it (Ctrl+wheel over the step) to see the markers as a user does at work.
    const box = (await node(p2, PAY).boundingBox())!;
    await p2.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await p2.keyboard.down('Control');
    for (let i = 0; i < 6; i++) await p2.mouse.wheel(0, -200);
    await p2.keyboard.up('Control');
    await p2.waitForTimeout(600);
    await p2.screenshot({ path: 'test-results/comments-markers-light.png' });
    await p2.emulateMedia({ colorScheme: 'dark' });
    await p2.waitForTimeout(200);
    await p2.screenshot({ path: 'test-results/comments-markers-dark.png' });

    // Export with "Include comments" on: the Markdown report lists the threads; the choice is remembered.
    await p2.emulateMedia({ colorScheme: 'light' });
    const out = await mkdtemp(join(tmpdir(), 'touchmap-comments-export-'));
    const exportWith = async (format: 'md' | 'html', include: boolean | null) => {
      const path = join(out, `walk.${format}`);
      again.dialogs.exportPath = path;
      await p2.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Export…', exact: true }).click();
      const dialog = p2.getByRole('dialog', { name: 'Export' });
      await dialog.getByLabel('Format').selectOption(format);
      const box = dialog.getByRole('checkbox', { name: 'Include comments' });
      if (include === null) expect(await box.isChecked()).toBe(true);
      else await box.setChecked(include);
      await dialog.getByRole('button', { name: 'Export…' }).click();
      const result = p2.getByRole('status', { name: 'Export result' });
      await result.waitFor();
      expect(await result.innerText()).toContain(path);
      await result.getByRole('button', { name: 'Dismiss' }).click();
      // Dismissing hands focus back to the map; let that settle before the next click.
      await result.waitFor({ state: 'detached' });
      return readFile(path, 'utf8');
    };
    const md = await exportWith('md', true);
    const section = md.slice(md.indexOf('## Comments'));
    expect(section).toContain('### On step: Pay (Open)');
    expect(section).toContain('### On step: Take a basket (Open)');
    expect(section).toMatch(/- \*\*Ann Auditor\*\* \([^)]*, edited\):\n {2}Baskets are wet after rain; no towels/);
    expect(section).toMatch(/ {2}- \*\*Ann Auditor\*\* \([^)]*\):\n {4}Put a towel by the trolleys/);
    // The next export starts with the box ticked (remembered with the other export choices).
    const html = await exportWith('html', null);
    expect(html).toContain('<summary>Comments: 3 (3 open)</summary>');
    expect(html).toContain('Self-checkout is closed on Sundays');
    const settings = await again.handlers[Channels.getSettings](undefined);
    expect(settings.ok && settings.value.exportDefaults.includeComments).toBe(true);

    // A stage and a flow show their own markers: a comment on the Leave stage from its header, and
    // one on the flow out of Pay (clicked) with Ctrl+Alt+M.
    // The closed export dialog hands focus back to the map a moment later, and that focus
    // selects what it lands on: a click made before it may be undone. Click until the
    // inspector shows the stage (see the closing note: a race left in the product).
    const stageName = p2.getByRole('complementary', { name: 'Inspector', exact: true }).getByLabel('Stage name');
    await expect
      .poll(async () => {
        if ((await stageName.count()) === 0) await p2.getByRole('button', { name: 'Stage Leave', exact: true }).click();
        return (await stageName.count()) > 0 ? stageName.inputValue() : '';
      })
      .toBe('Leave');
    await inspectorComments(p2).getByRole('button', { name: 'Add comment' }).click();
    const composer2 = panel2.getByRole('region', { name: 'New comment' });
    await composer2.getByRole('heading', { name: 'On stage: Leave' }).waitFor();
    await composer2.getByLabel('Your comment').fill('Exit doors jam');
    await composer2.getByRole('button', { name: 'Comment', exact: true }).click();
    const stageMarker = p2
      .locator('.stage-column')
      .filter({ hasText: 'Leave' })
      .getByRole('button', { name: /open comment/ });
    await expect.poll(() => stageMarker.getAttribute('aria-label')).toBe('1 open comment');
    const outOfPay = (await saved(again)).flows.find((f) => f.from === payId)!;
    // The flow is a level line from Pay's right edge: press it just beyond the step.
    const payBox = (await node(p2, PAY).boundingBox())!;
    await p2.mouse.click(payBox.x + payBox.width + 30, payBox.y + payBox.height / 2);
    await expect.poll(() => p2.locator(`.react-flow__edge[data-id="${outOfPay.id}"].selected`).count()).toBe(1);
    await p2.keyboard.press('Control+Alt+M');
    await expect.poll(() => activeName(p2)).toBe('textarea:Your comment');
    await p2.keyboard.type('Nobody says where the bag lockers are');
    await p2.keyboard.press('Control+Enter');
    const flowMarker = p2.locator('.comment-marker.on-flow');
    await expect.poll(() => flowMarker.getAttribute('aria-label')).toBe('1 open comment');
    // Pressing the flow's marker opens the flow's comments in the inspector.
    await p2.getByRole('button', { name: 'Stage Leave', exact: true }).click();
    await flowMarker.click();
    await expect.poll(() => activeName(p2)).toBe('h3:Comments');
    expect(await inspectorComments(p2).innerText()).toContain('Nobody says where the bag lockers are');
    await p2.waitForTimeout(300);
    await p2.screenshot({ path: 'test-results/comments-flow-stage-light.png' });
    await p2.emulateMedia({ colorScheme: 'dark' });
    await p2.waitForTimeout(200);
    await p2.screenshot({ path: 'test-results/comments-flow-stage-dark.png' });
    expect(again.errors).toEqual([]);
  });
});
