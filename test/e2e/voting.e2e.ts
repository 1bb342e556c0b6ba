/**
 * Dot voting through the real UI, on the supermarket template: the facilitator opens the voting
 * panel (Ctrl+Shift+D) and starts a round with 3 dots for two participants; Ann places her dots
 * from the panel (two on one item), a fourth is refused with a message; Ben votes from the rows
 * band with the keyboard (focus an item, + places, - takes back), the dots show on the band;
 * closing shows the ranking; after a restart the closed round is in the file and in the panel.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Channels } from '../../shared/ipc';
import type { Project } from '../../shared/model/types';
import { fitView, onlyProjectId, useApps, type App } from './harness';

const start = useApps();

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const STICKY = 'Sticky handles';
const RACKS = 'Too few bike racks at peak hours';
const MAP = 'A store map at the entrance';
const PRICES = 'Prices missing on some shelf labels';

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

/** The dots drawn on the rows band beside an item, as their count (0 when none). */
async function bandDots(page: Page, text: string): Promise<number> {
  const note = page.getByRole('button', { name: `Edit note: ${text}`, exact: true });
  if ((await note.count()) === 0) return -1;
  return note.evaluate((el) => Number(el.nextElementSibling?.getAttribute('data-dots') ?? 0));
}

describe('dot voting', () => {
  it('runs a round by turns, refuses a fourth dot, ranks the results and keeps the round in the file', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Shop workshop');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await node(page, 'Find a parking spot').waitFor();
    await fitView(page);

    // The facilitator opens the panel from its shortcut and starts a round.
    await page.keyboard.press('Control+Shift+D');
    const panel = page.getByRole('complementary', { name: 'Dot voting', exact: true });
    await panel.waitFor();
    const form = panel.getByRole('form', { name: 'Start a voting round' });
    await form.getByLabel('Title').fill('Biggest pains');
    await form.getByLabel('Facilitator').fill('Fran');
    await form.getByLabel('Dots per participant').fill('3');
    await form.getByLabel('Participants').fill('Ann\nBen');
    await form.getByRole('button', { name: 'Start round' }).click();

    const voters = panel.getByRole('group', { name: 'Who is voting now' });
    await voters.waitFor();
    expect(await voters.innerText()).toMatch(/Ann\s*3 of 3 dots left/);
    expect(await voters.innerText()).toMatch(/Ben\s*3 of 3 dots left/);
    expect(await voters.getByRole('radio', { name: /Ann/ }).isChecked()).toBe(true);

    // Ann: two dots on one item (allowed) and one on another, from the panel.
    const items = panel.getByRole('list', { name: 'Items to vote on' });
    const place = (who: string, item: string) =>
      items.getByRole('button', { name: `Place a dot for ${who} on: ${item}`, exact: true });
    await place('Ann', STICKY).click();
    await place('Ann', STICKY).click();
    await place('Ann', RACKS).click();
    expect(await voters.innerText()).toMatch(/Ann\s*0 of 3 dots left/);
    // A fourth dot is refused, with a message; nothing changes.
    await place('Ann', PRICES).click();
    const status = panel.getByRole('status');
    await expect.poll(() => status.innerText()).toBe('Ann has no dots left (3 placed). Take one back to move it.');
    await expect.poll(async () => (await saved(app)).votingRounds?.[0].dots.length).toBe(3);
    // The dots show on the band's items while the round is open.
    await expect.poll(() => bandDots(page, STICKY)).toBe(2);
    await expect.poll(() => bandDots(page, RACKS)).toBe(1);

    // Ben's turn: he votes from the rows band with the keyboard.
    await voters.getByRole('radio', { name: /Ben/ }).check();
    const sticky = page.getByRole('button', { name: `Edit note: ${STICKY}`, exact: true });
    await sticky.focus();
    await page.keyboard.press('+');
    await expect.poll(() => bandDots(page, STICKY)).toBe(3);
    const map = page.getByRole('button', { name: `Edit note: ${MAP}`, exact: true });
    await map.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    // ... and takes one back: one Undo entry each way.
    await page.keyboard.press('-');
    await expect.poll(() => bandDots(page, MAP)).toBe(1);
    await place('Ben', PRICES).click();
    expect(await voters.innerText()).toMatch(/Ben\s*0 of 3 dots left/);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(await voters.innerText()).toMatch(/Ben\s*1 of 3 dots left/);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    expect(await voters.innerText()).toMatch(/Ben\s*0 of 3 dots left/);
    await page.screenshot({ path: 'test-results/voting-open.png' });

    // Close the round: the ranking, most dots first, ties in map order.
    await panel.getByRole('button', { name: 'Close round and show the results' }).click();
    const results = panel.getByRole('region', { name: 'Results: Biggest pains' });
    await results.waitFor();
    const ranking = await results.getByRole('listitem').allInnerTexts();
    expect(ranking.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^1 Pain point Sticky handles Take a basket 3 dots$/),
      expect.stringMatching(/^2 Pain point Too few bike racks at peak hours Find a parking spot 1 dot$/),
      expect.stringMatching(/^2 Opportunity A store map at the entrance Look for directions 1 dot$/),
      expect.stringMatching(/^2 Pain point Prices missing on some shelf labels Choose goods 1 dot$/),
    ]);
    // Apart: pain points and opportunities ranked separately.
    await results.getByLabel('Pain points and opportunities apart').check();
    expect(await results.getByRole('list').count()).toBe(2);
    // The round is closed: the band shows no dots, the form to start the next round is back.
    await expect.poll(() => bandDots(page, STICKY)).toBe(0);
    await panel.getByRole('form', { name: 'Start a voting round' }).waitFor();
    await page.screenshot({ path: 'test-results/voting-results.png' });

    await waitSaved(page);
    const file = await saved(app);
    expect(file.votingRounds).toHaveLength(1);
    expect(file.votingRounds![0]).toMatchObject({
      title: 'Biggest pains',
      facilitator: 'Fran',
      dotsPerParticipant: 3,
      status: 'closed',
      participants: [{ name: 'Ann' }, { name: 'Ben' }],
    });
    expect(file.votingRounds![0].dots).toHaveLength(6);
    await app.close();

    // Restart: the closed round is in the file and its results in the panel.
    const again = await start({ dataDir: app.dataDir });
    const p2 = again.page;
    await p2.getByRole('button', { name: /Open Shop workshop/ }).click();
    await node(p2, 'Find a parking spot').waitFor();
    const reopened = await saved(again);
    expect(reopened.votingRounds?.[0].dots).toHaveLength(6);
    await p2.keyboard.press('Control+Shift+D');
    const panel2 = p2.getByRole('complementary', { name: 'Dot voting', exact: true });
    const results2 = panel2.getByRole('region', { name: 'Results: Biggest pains' });
    await results2.waitFor();
    expect(await results2.getByRole('listitem').first().innerText()).toMatch(/Sticky handles/);
    expect(again.errors).toEqual([]);
  });
});
