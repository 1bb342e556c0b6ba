/**
 * The journey editor as a workshop uses it: draw from a blank project with the
 * toolbar and the keyboard, connect, annotate a contact moment, undo and redo,
 * copy and paste, auto layout, overlay; restart and find all of it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApps } from './harness';

const start = useApps();

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const stepCount = (page: Page) => page.locator('.react-flow__node-step').count();
const edgeCount = (page: Page) => page.locator('.react-flow__edge').count();

async function typeTitle(page: Page, title: string) {
  const input = page.getByRole('textbox', { name: 'Step title' });
  await input.waitFor();
  await input.fill(title);
  await input.press('Enter');
  await node(page, title).waitFor();
}

async function connect(page: Page, from: string, to: string) {
  const source = node(page, from).locator('.react-flow__handle.source');
  const target = node(page, to).locator('.react-flow__handle.target');
  const a = (await source.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(a.x + ((b.x - a.x) * i) / 10 + a.width / 2, a.y + ((b.y - a.y) * i) / 10 + a.height / 2);
  await page.mouse.up();
}

async function waitSaved(page: Page) {
  await page
    .locator('.save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

describe('journey editor', () => {
  it('draws, annotates, undoes, pastes, lays out and keeps it all across a restart', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Workshop');
    await page.getByRole('radio', { name: /Blank/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();

    // Stages and steps by toolbar and keyboard.
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.locator('.stage-header', { hasText: 'Stage 2' }).waitFor();
    await page.getByRole('button', { name: 'Add step' }).click();
    await typeTitle(page, 'Enter the shop');
    await node(page, 'Enter the shop').click();
    await page.keyboard.press('Enter');
    await typeTitle(page, 'Pick a basket');
    expect(await edgeCount(page)).toBe(1);
    await page.keyboard.press('n');
    await typeTitle(page, 'Pay');
    expect(await stepCount(page)).toBe(3);

    // Double-click renames in place.
    await node(page, 'Pay').dblclick();
    await typeTitle(page, 'Pay at the till');
    await node(page, 'Pay at the till').dblclick();
    await typeTitle(page, 'Pay');

    // Connect by dragging between handles.
    await connect(page, 'Pick a basket', 'Pay');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 2);

    // Annotate one contact moment fully through the inspector.
    await node(page, 'Pay').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Contact moment', { exact: true }).check();
    await inspector.getByLabel('Moment of truth').check();
    await inspector.getByLabel('Channel').selectOption('in person');
    await inspector.getByLabel('Sight', { exact: true }).check();
    await inspector.getByLabel('Hearing', { exact: true }).check();
    await inspector.getByLabel('Hearing valence').selectOption('-1');
    await inspector.getByLabel('Hearing note').fill('Queue music too loud');
    await inspector.getByLabel('Risk likelihood').selectOption('4');
    await inspector.getByLabel('Risk impact').selectOption('5');
    await expect(await inspector.getByRole('status', { name: 'Risk score' }).innerText()).toMatch(/20.*critical/);
    await inspector.getByLabel('Mitigation').fill('Open a second till when the queue passes five people');
    await inspector.getByLabel('Emotion').selectOption('-1');
    await inspector.getByLabel('Reliability expectation').fill('7');
    await inspector.getByLabel('Reliability perception').fill('4');
    await inspector.getByLabel('Quality standard').fill('Every customer is served within 3 minutes');
    await inspector.getByLabel('New measure').fill('Queue time measured hourly');
    await inspector.getByRole('button', { name: 'Add measure' }).click();
    await inspector.getByLabel('Queue time measured hourly').waitFor();

    // Undo and redo across several edits.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await undo.click(); // the measure
    await undo.click(); // the quality standard
    expect(await inspector.getByLabel('Queue time measured hourly').count()).toBe(0);
    expect(await inspector.getByLabel('Quality standard').inputValue()).toBe('');
    await redo.click();
    await redo.click();
    expect(await inspector.getByLabel('Quality standard').inputValue()).toBe(
      'Every customer is served within 3 minutes',
    );
    await inspector.getByLabel('Queue time measured hourly').waitFor();

    // A step belongs to the column it is dropped in: drag Pay into Stage 2.
    const stage2 = (await page.locator('.stage-header', { hasText: 'Stage 2' }).boundingBox())!;
    const pay = (await node(page, 'Pay').boundingBox())!;
    await page.mouse.move(pay.x + pay.width / 2, pay.y + pay.height / 2);
    await page.mouse.down();
    const to = { x: stage2.x + stage2.width / 2, y: pay.y + pay.height / 2 };
    for (let i = 1; i <= 12; i++)
      await page.mouse.move(
        pay.x + pay.width / 2 + ((to.x - pay.x - pay.width / 2) * i) / 12,
        pay.y + pay.height / 2 + ((to.y - pay.y - pay.height / 2) * i) / 12,
      );
    await page.mouse.up();
    await node(page, 'Pay').click();
    const stageSelect = inspector.getByLabel('Stage', { exact: true });
    await expect.poll(async () => stageSelect.locator('option:checked').innerText()).toBe('Stage 2');

    // Copy and paste two connected steps: two more steps and one more flow between them.
    await node(page, 'Enter the shop').click();
    await node(page, 'Pick a basket').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-step').length === 5);
    expect(await edgeCount(page)).toBe(3);
    expect(await page.getByRole('group', { name: 'Enter the shop', exact: true }).count()).toBe(2);

    // Auto layout moves steps, as one undoable edit.
    const before = await node(page, 'Pay').boundingBox();
    await page.getByRole('button', { name: 'Auto layout' }).click();
    await page.waitForFunction((y) => {
      const el = [...document.querySelectorAll('.react-flow__node-step')].find(
        (n) => n.getAttribute('aria-label') === 'Pay',
      );
      return el && Math.abs(el.getBoundingClientRect().y - y) > 1;
    }, before!.y);

    // Risk overlay: the annotated step shows its level, the legend explains it.
    await page.getByLabel('Overlay').selectOption('risk');
    await page.getByRole('complementary', { name: 'Legend' }).waitFor();
    expect(await node(page, 'Pay').innerText()).toMatch(/critical 20/);

    await waitSaved(page);
    await app.close();

    // Restart: everything is where it was left.
    const again = await start({ dataDir: app.dataDir });
    const p2 = again.page;
    await p2.getByRole('button', { name: /Open Workshop/ }).click();
    await node(p2, 'Pay').waitFor();
    expect(await stepCount(p2)).toBe(5);
    expect(await edgeCount(p2)).toBe(3);
    expect(await p2.locator('.stage-header').allInnerTexts()).toEqual(['Stage 1', 'Stage 2']);
    await node(p2, 'Pay').click();
    const ins2 = p2.getByRole('complementary', { name: 'Inspector' });
    expect(await ins2.getByLabel('Moment of truth').isChecked()).toBe(true);
    expect(await ins2.getByLabel('Hearing note').inputValue()).toBe('Queue music too loud');
    expect(await ins2.getByRole('status', { name: 'Risk score' }).innerText()).toMatch(/20.*critical/);
    expect(await ins2.getByLabel('Mitigation').inputValue()).toMatch(/second till/);
    expect(await ins2.getByLabel('Stage', { exact: true }).locator('option:checked').innerText()).toBe('Stage 2');
    expect(await ins2.getByLabel('Quality standard').inputValue()).toBe('Every customer is served within 3 minutes');
    expect(await ins2.getByLabel('Queue time measured hourly').isVisible()).toBe(true);
    // History starts empty when a project is opened.
    expect(await p2.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
  });

  it('lists every shortcut from the command registry on ?', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByRole('radio', { name: /Blank/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Add step' }).waitFor();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const text = await sheet.innerText();
    for (const s of ['Ctrl+Z', 'Ctrl+C', 'Ctrl+V', 'F2', 'Delete', 'Auto layout']) expect(text).toContain(s);
  });
});
