/**
 * Presence and identity in a live workshop, end to end on loopback: the host's saved identity
 * fills the Host dialog's name and gives the workshop its colour; the name a guest types in the
 * Join dialog becomes their identity. The guest's pointer shows on the host's map, labelled with
 * their name at the same map place (across the host's own zoom), takes no clicks, and goes when
 * it leaves the canvas or stays still. Dot voting in the workshop: the round takes the people
 * present, each places dots as themselves, the host sees the guest's dots as the guest's, both
 * see the same ranking; a hidden round shows each only their own dots.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Channels } from '../../shared/ipc';
import type { Project } from '../../shared/model/types';
import { fitView, onlyProjectId, useApps, type App } from './harness';

const start = useApps();

const ANNA = { name: 'Anna', colour: '#7b5cc4' };
const STICKY = 'Sticky handles';
const RACKS = 'Too few bike racks at peak hours';
const MAP = 'A store map at the entrance';

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function saved(app: App): Promise<Project> {
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

/** The host (identity Anna, saved in the settings) hosts the supermarket journey; the guest joins as Ben. */
async function workshop(): Promise<{ host: App; guest: App }> {
  const host = await start();
  const set = await host.handlers[Channels.setSettings]({ settings: { identity: ANNA } });
  if (!set.ok) throw new Error(set.error);
  await host.page.getByRole('button', { name: 'New project' }).click();
  await host.page.getByLabel('Project name').fill('Saturday shop');
  await host.page.getByRole('radio', { name: /Supermarket/ }).check();
  await host.page.getByRole('button', { name: 'Create' }).click();
  await node(host.page, 'Find a parking spot').waitFor();

  await host.menu('host-workshop');
  const hostDialog = host.page.getByRole('dialog', { name: 'Host workshop' });
  // The name starts as the saved identity's.
  const hostName = hostDialog.getByRole('textbox', { name: 'Your name (others see it)' });
  await expect.poll(() => hostName.inputValue()).toBe('Anna');
  await host.page.screenshot({ path: 'test-results/workshop-host-dialog.png' });
  await hostDialog.getByRole('button', { name: 'Start workshop' }).click();
  const codeBox = hostDialog.getByRole('textbox', { name: 'Join code' });
  await expect.poll(() => codeBox.inputValue()).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
  const code = await codeBox.inputValue();

  const guest = await start();
  await guest.menu('join-workshop');
  const joinDialog = guest.page.getByRole('dialog', { name: 'Join workshop' });
  const guestName = joinDialog.getByRole('textbox', { name: 'Your name (others see it)' });
  expect(await guestName.inputValue()).toBe('');
  await guestName.fill('Ben');
  await joinDialog.getByRole('textbox', { name: 'Join code or link' }).fill(code);
  await joinDialog.getByRole('button', { name: 'Join' }).click();
  await joinDialog.waitFor({ state: 'detached', timeout: 15_000 });
  await node(guest.page, 'Find a parking spot').waitFor();
  await host.page.keyboard.press('Escape');
  await host.page.getByRole('region', { name: 'Workshop' }).getByText('Ben').waitFor({ timeout: 15_000 });
  await guest.page.getByRole('region', { name: 'Workshop' }).getByText('Anna').waitFor({ timeout: 15_000 });
  return { host, guest };
}

/** The centre of an element on screen. */
async function centre(page: Page, title: string) {
  const box = (await node(page, title).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the arrow of the pointer labelled `name` points on screen (its top-left corner), or null when none is drawn. */
async function pointerTip(page: Page, name: string) {
  const pointer = page.locator('.peer-pointer').filter({ hasText: name });
  if ((await pointer.count()) === 0) return null;
  const box = await pointer.boundingBox();
  return box && { x: box.x, y: box.y };
}

describe('workshop presence and identity', () => {
  it("draws the guest's pointer on the host's map by name and colour, following the map, never in the way", async () => {
    const { host, guest } = await workshop();

    // Identity: the typed name is remembered as the guest's identity; the host's colour is Anna's.
    const guestSettings = await guest.handlers[Channels.getSettings](undefined);
    if (!guestSettings.ok) throw new Error(guestSettings.error);
    const ben = guestSettings.value.identity!;
    expect(ben.name).toBe('Ben');
    const annaChip = guest.page
      .getByRole('region', { name: 'Workshop' })
      .getByRole('listitem')
      .filter({ hasText: 'Anna' });
    expect(await annaChip.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(rgb(ANNA.colour));

    await fitView(host.page);
    await fitView(guest.page);
    // The guest points at a step; the host sees Ben's pointer on the same step, in Ben's colour.
    const target = await centre(guest.page, 'Choose goods');
    await guest.page.mouse.move(target.x - 40, target.y - 30);
    await guest.page.mouse.move(target.x, target.y, { steps: 4 });
    const near = async (page: Page) => {
      const tip = await pointerTip(page, 'Ben');
      if (!tip) return Infinity;
      const at = await centre(page, 'Choose goods');
      return Math.hypot(tip.x - at.x, tip.y - at.y);
    };
    await expect.poll(() => near(host.page), { timeout: 10_000 }).toBeLessThan(6);
    const label = host.page.locator('.peer-pointer-name').filter({ hasText: 'Ben' });
    expect(await label.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(ben.colour));
    // Hidden from assistive technology and transparent to the pointer.
    const layer = host.page.locator('.peer-pointers');
    expect(await layer.getAttribute('aria-hidden')).toBe('true');
    const tip = (await pointerTip(host.page, 'Ben'))!;
    const hit = await host.page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x + 3, y + 6)?.closest('.peer-pointers, .react-flow__node')?.className ?? '',
      tip,
    );
    expect(hit).toMatch(/react-flow__node/);
    await host.page.mouse.click(tip.x + 3, tip.y + 6);
    await expect
      .poll(() =>
        node(host.page, 'Choose goods').evaluate((el) =>
          el.closest('.react-flow__node')!.classList.contains('selected'),
        ),
      )
      .toBe(true);
    await host.page.screenshot({ path: 'test-results/workshop-pointer.png' });

    // The host zooms out: the pointer stays on the step.
    await host.page.getByRole('button', { name: 'Zoom Out', exact: true }).click();
    await host.page.getByRole('button', { name: 'Zoom Out', exact: true }).click();
    await expect.poll(() => near(host.page)).toBeLessThan(6);

    // The guest's pointer leaves the canvas: it goes from the host's map.
    await guest.page.mouse.move(target.x, 2, { steps: 6 });
    await expect.poll(() => pointerTip(host.page, 'Ben'), { timeout: 10_000 }).toBeNull();

    // Back on the canvas and then still: shown, and gone once idle.
    await guest.page.mouse.move(target.x, target.y, { steps: 6 });
    await expect.poll(() => near(host.page), { timeout: 10_000 }).toBeLessThan(6);
    await expect.poll(() => pointerTip(host.page, 'Ben'), { timeout: 15_000, interval: 500 }).toBeNull();
    expect(host.errors).toEqual([]);
    expect(guest.errors).toEqual([]);
  }, 180_000);

  it('lets each person place their own dots as themselves, and ranks them alike on both laptops', async () => {
    const { host, guest } = await workshop();
    // The host starts a round: it takes the people present.
    await host.page.keyboard.press('Control+Shift+D');
    const hostPanel = host.page.getByRole('complementary', { name: 'Dot voting', exact: true });
    const form = hostPanel.getByRole('form', { name: 'Start a voting round' });
    const present = form.getByRole('list', { name: 'Participants' });
    await expect.poll(() => present.getByRole('listitem').allInnerTexts()).toEqual(['Anna', 'Ben']);
    expect(await form.getByLabel('Facilitator').inputValue()).toBe('Anna');
    await host.page.screenshot({ path: 'test-results/workshop-voting-start.png' });
    await form.getByLabel('Title').fill('Biggest pains');
    await form.getByLabel('Dots per participant').fill('3');
    await form.getByRole('button', { name: 'Start round' }).click();
    const hostLeft = hostPanel.getByRole('list', { name: 'Dots left, per participant' });
    await hostLeft.waitFor();
    expect(await hostPanel.getByText('You vote as: Anna').count()).toBe(1);

    // The guest votes as Ben, with no one to choose.
    await guest.page.keyboard.press('Control+Shift+D');
    const guestPanel = guest.page.getByRole('complementary', { name: 'Dot voting', exact: true });
    await guestPanel.getByText('You vote as: Ben').waitFor({ timeout: 15_000 });
    expect(await guestPanel.getByRole('radio').count()).toBe(0);
    const place = (panel: typeof guestPanel, who: string, item: string) =>
      panel
        .getByRole('list', { name: 'Items to vote on' })
        .getByRole('button', { name: `Place a dot for ${who} on: ${item}`, exact: true });
    await place(guestPanel, 'Ben', STICKY).click();
    await expect.poll(() => guestPanel.getByText(/Ben.*2 of 3 dots left/).count()).toBeGreaterThan(0);
    await place(guestPanel, 'Ben', STICKY).click();
    await place(guestPanel, 'Ben', RACKS).click();

    // The host sees them as Ben's: Ben has none left, Anna all three; the dots in Ben's colour.
    await expect.poll(() => hostLeft.innerText(), { timeout: 15_000 }).toMatch(/Ben\s*0 of 3 dots left/);
    expect(await hostLeft.innerText()).toMatch(/Anna\s*3 of 3 dots left/);
    // The host places one of hers.
    await place(hostPanel, 'Anna', MAP).click();
    await expect
      .poll(() => guestPanel.getByRole('list', { name: 'Dots left, per participant' }).innerText(), {
        timeout: 15_000,
      })
      .toMatch(/Anna\s*2 of 3 dots left/);

    // Both rank the same while the round is open.
    const ranking = async (page: Page) =>
      (await page.getByRole('region', { name: 'Results: Biggest pains' }).getByRole('listitem').allInnerTexts()).map(
        (r) => r.replace(/\s+/g, ' ').trim(),
      );
    const expected = [
      expect.stringMatching(/^1 Pain point Sticky handles .* 2 dots$/),
      expect.stringMatching(/^2 Pain point Too few bike racks at peak hours .* 1 dot$/),
      expect.stringMatching(/^2 Opportunity A store map at the entrance .* 1 dot$/),
    ];
    await expect.poll(() => ranking(host.page)).toEqual(expected);
    await expect.poll(() => ranking(guest.page)).toEqual(expected);
    await host.page.screenshot({ path: 'test-results/workshop-voting-host.png' });
    await guest.page.screenshot({ path: 'test-results/workshop-voting-guest.png' });

    // The host's file holds the dots under each person's name and colour.
    await expect
      .poll(async () =>
        (await saved(host)).votingRounds?.[0]?.dots.map((d) => `${d.participant}:${d.target.text}`).sort(),
      )
      .toEqual([`Anna:${MAP}`, `Ben:${STICKY}`, `Ben:${STICKY}`, `Ben:${RACKS}`]);
    const file = await saved(host);
    expect(file.votingRounds![0].participants).toEqual([
      { name: 'Anna', colour: ANNA.colour },
      { name: 'Ben', colour: expect.stringMatching(/^#[0-9a-f]{6}$/) },
    ]);

    // Closed: both show the ranking.
    await hostPanel.getByRole('button', { name: 'Close round and show the results' }).click();
    await expect.poll(() => ranking(guest.page), { timeout: 15_000 }).toEqual(expected);
    expect(await ranking(host.page)).toEqual(expected);

    // A round hidden until closed: each sees only their own dots.
    await hostPanel.getByLabel('Title').fill('Quiet round');
    await hostPanel.getByLabel('Hide the dots until the round is closed', { exact: false }).check();
    await hostPanel.getByRole('button', { name: 'Start round' }).click();
    await guestPanel.getByRole('region', { name: 'Quiet round' }).waitFor({ timeout: 15_000 });
    await place(guestPanel, 'Ben', STICKY).click();
    await expect
      .poll(() => hostPanel.getByRole('list', { name: 'Dots left, per participant' }).innerText(), { timeout: 15_000 })
      .toMatch(/Ben\s*2 of 3 dots left/);
    const count = (panel: typeof hostPanel, text: string) =>
      panel.getByRole('list', { name: 'Items to vote on' }).getByRole('listitem').filter({ hasText: text }).innerText();
    expect(await count(hostPanel, STICKY)).toMatch(/yours: 0/);
    expect(await count(guestPanel, STICKY)).toMatch(/yours: 1/);
    expect(await hostPanel.getByRole('region', { name: 'Results: Quiet round' }).count()).toBe(0);
    expect(host.errors).toEqual([]);
    expect(guest.errors).toEqual([]);
  }, 180_000);
});
