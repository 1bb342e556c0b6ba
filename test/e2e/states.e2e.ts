/**
 * Journey states through the real UI (issue I item 5): duplicate the journey as "Future",
 * change a step in it, find the change in the compare view, switch back (the original is
 * untouched), undo a switch, restart and find both states; export a chosen state and the
 * comparison as Markdown.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  duplicateState,
  exported,
  newSupermarket,
  node,
  stateAction,
  stateSwitcher,
  toolbar,
  waitSaved,
} from './evidence';
import { useApps } from './harness';

const start = useApps();

const switcher = stateSwitcher;

describe('current and future journey states', () => {
  it('duplicates, edits apart, compares, switches back, keeps both across a restart and exports a chosen state', async () => {
    const app = await start();
    const { page } = app;
    await newSupermarket(page, 'Two states');

    // One state at first: the switcher names it, and there is nothing to switch to.
    expect(await switcher(page).locator('option:checked').innerText()).toBe('Current journey');
    expect(await switcher(page).isDisabled()).toBe(true);

    // Duplicate as "Future": the copy is what we edit now.
    await duplicateState(page, 'Future');
    await page.screenshot({ path: 'test-results/states-switcher.png' });

    // The state menu is a menu button as the toolbar's others: Arrow Up opens it at its last
    // item, Home goes to the first, Escape closes it and gives focus back to the button.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? null);
    await toolbar(page).getByRole('button', { name: 'Journey state actions' }).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('Compare journey states…');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('Duplicate journey state…');
    await page.keyboard.press('Escape');
    await page.getByRole('menu', { name: 'Journey state actions' }).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Journey state actions');

    // Change a step in the future state.
    await node(page, 'Ride the bike').click();
    const title = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title');
    await title.fill('Take the bus');
    await title.press('Tab');
    await node(page, 'Take the bus').waitFor();

    // The compare view lists the change (before: the current journey; after: the future).
    await stateAction(page, 'Compare journey states…');
    const compare = page.getByRole('dialog', { name: 'Compare journey states' });
    const changes = compare.getByRole('region', { name: 'Changes' });
    await changes.getByText('Changed: Take the bus (changed: title)').waitFor();
    expect(await changes.innerText()).toContain('0 added, 0 removed, 0 moved, 1 changed');
    expect(await compare.getByRole('region', { name: 'Stage by stage' }).getByRole('region').count()).toBeGreaterThan(
      1,
    );
    await page.screenshot({ path: 'test-results/states-compare.png' });

    // The comparison as a Markdown report (the view closes, as the export dialog does).
    const out = await mkdtemp(join(tmpdir(), 'touchmap-states-'));
    const report = await exported(app, join(out, 'comparison.md'), () =>
      compare.getByRole('button', { name: 'Export report…' }).click(),
    );
    expect(report).toContain('# Journey comparison: Two states');
    expect(report).toContain('- Changed: Take the bus (changed: title)');

    // Switch back: the current journey still rides the bike; the selection went with the switch.
    await switcher(page).selectOption({ label: 'Current journey' });
    await node(page, 'Ride the bike').waitFor();
    expect(await node(page, 'Take the bus').count()).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title').count()).toBe(0);
    // A switch is one undo step.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await node(page, 'Take the bus').waitFor();
    await switcher(page).selectOption({ label: 'Current journey' });
    await node(page, 'Ride the bike').waitFor();

    // Export the future state while editing the current one.
    const md = await exported(app, join(out, 'future.md'), async () => {
      await toolbar(page).getByRole('button', { name: 'Export…', exact: true }).click();
      const exportDialog = page.getByRole('dialog', { name: 'Export' });
      await exportDialog.getByLabel('Format').selectOption('md');
      await exportDialog.getByRole('combobox', { name: /^Journey state/ }).selectOption({ label: 'Future' });
      await exportDialog.getByRole('button', { name: 'Export…' }).click();
    });
    expect(md).toContain('Take the bus');
    expect(md).not.toContain('Ride the bike');

    // Restart: both states are there, the current one being edited.
    await waitSaved(page);
    await app.close();
    const again = await start({ dataDir: app.dataDir });
    const p2 = again.page;
    await p2.getByRole('button', { name: /Open Two states/ }).click();
    await node(p2, 'Ride the bike').waitFor();
    expect(await switcher(p2).locator('option').allInnerTexts()).toEqual(['Current journey', 'Future']);
    await switcher(p2).selectOption({ label: 'Future' });
    await node(p2, 'Take the bus').waitFor();

    // Delete asks first; the state being edited goes and its neighbour opens.
    await stateAction(p2, 'Delete journey state…');
    const ask = p2.getByRole('dialog', { name: 'Delete journey state' });
    expect(await ask.innerText()).toContain('Future');
    await ask.getByRole('button', { name: 'Delete', exact: true }).click();
    await node(p2, 'Ride the bike').waitFor();
    expect(await switcher(p2).locator('option').allInnerTexts()).toEqual(['Current journey']);
  });
});
