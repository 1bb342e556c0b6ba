/**
 * The compare view through the real UI (issue I item 5): two journey states set side by
 * side, stage by stage, each step marked (sign and word, not colour alone) as added,
 * removed, moved or changed, the stage's figures beside them; versions chosen and swapped
 * with the keyboard; and the comparison exported from the export dialog as Markdown and
 * as HTML, read back from the file.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { duplicateState, exported, newSupermarket, node, stateAction, toolbar } from './evidence';
import { useApps, type App } from './harness';

const start = useApps();

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

/** A project from the supermarket template with a "Future" state: one step renamed, one removed, one moved to another stage, one added. */
async function twoStates(app: App) {
  const { page } = app;
  await newSupermarket(page, 'Side by side');
  await duplicateState(page, 'Future');

  await node(page, 'Ride the bike').click();
  const title = inspector(page).getByLabel('Title');
  await title.fill('Take the bus');
  await title.press('Tab');
  await node(page, 'Take the bus').waitFor();

  await node(page, 'Look for directions').click();
  await page.keyboard.press('Delete');
  await expect.poll(() => node(page, 'Look for directions').count()).toBe(0);

  await node(page, 'Wait in the queue').click();
  await inspector(page).getByLabel('Stage').selectOption({ label: 'Choose' });

  await page.getByRole('button', { name: 'Add step' }).click();
  const input = page.getByRole('textbox', { name: 'Step title' });
  await input.fill('Self-service till');
  await input.press('Enter');
  await node(page, 'Self-service till').waitFor();
}

describe('compare view', () => {
  it('sets two states side by side, stage by stage, with marked steps and figures, keyboard first', async () => {
    const app = await start({ viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await twoStates(app);

    await stateAction(page, 'Compare journey states…');
    const compare = page.getByRole('dialog', { name: 'Compare journey states' });
    const stages = compare.getByRole('region', { name: 'Stage by stage' });
    await stages.waitFor();

    // Stage "Enter": Current journey | Future, the renamed step marked changed on both sides.
    const enter = stages.getByRole('region', { name: 'Enter', exact: true });
    const before = enter.getByRole('group', { name: 'Steps: Current journey' });
    const after = enter.getByRole('group', { name: 'Steps: Future' });
    await before.getByRole('listitem', { name: 'Ride the bike (Changed; title)' }).waitFor();
    await after.getByRole('listitem', { name: 'Take the bus (Changed; title)' }).waitFor();
    // The mark is a word beside the colour.
    expect(await after.getByRole('listitem', { name: /^Take the bus/ }).innerText()).toContain('Changed');
    // Steps in their order on the map, unchanged ones unmarked.
    const beforeItems = await before.getByRole('listitem').allInnerTexts();
    expect(beforeItems[0]).toBe('Start');
    expect(beforeItems.at(-1)).toBe('Enter the supermarket');

    // Removed: only in the before column of its stage; moved: where it went and where it came from.
    const basket = stages.getByRole('region', { name: 'Pick a basket', exact: true });
    await basket
      .getByRole('group', { name: 'Steps: Current journey' })
      .getByRole('listitem', { name: 'Look for directions (Removed)' })
      .waitFor();
    expect(
      await basket
        .getByRole('group', { name: 'Steps: Future' })
        .getByRole('listitem', { name: /Look for/ })
        .count(),
    ).toBe(0);
    await stages
      .getByRole('region', { name: 'Pay', exact: true })
      .getByRole('group', { name: 'Steps: Current journey' })
      .getByRole('listitem', { name: 'Wait in the queue (Moved; to “Choose”)' })
      .waitFor();
    await stages
      .getByRole('region', { name: 'Choose', exact: true })
      .getByRole('group', { name: 'Steps: Future' })
      .getByRole('listitem', { name: 'Wait in the queue (Moved; from “Pay”)' })
      .waitFor();
    await stages
      .getByRole('group', { name: 'Steps: Future' })
      .getByRole('listitem', { name: /^Self-service till \(Added\)/ })
      .waitFor();

    // Beside the columns, the stage's figures: risk, SERVQUAL gap, emotion, with the change.
    const figures = stages.getByRole('table', { name: 'Figures: Pay' });
    const rows = await figures.getByRole('row').allInnerTexts();
    expect(rows.join('\n')).toMatch(/Risk \(mean\)/);
    expect(rows.join('\n')).toMatch(/SERVQUAL gap \(weighted\)/);
    expect(rows.join('\n')).toMatch(/Emotion \(mean\)/);

    // The list of every change stays beside the side-by-side.
    const changes = compare.getByRole('region', { name: 'Changes' });
    expect(await changes.innerText()).toContain('1 added, 1 removed, 1 moved, 1 changed');

    await page.screenshot({ path: 'test-results/compare-1280.png' });

    // Keyboard: the before list has the focus; Tab reaches Swap, Enter swaps the versions.
    const beforeList = compare.getByRole('combobox', { name: 'Before' });
    await expect.poll(() => beforeList.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => beforeList.locator('option:checked').innerText()).toBe('Future');
    await enter
      .getByRole('group', { name: 'Steps: Current journey' })
      .getByRole('listitem', { name: 'Ride the bike (Changed; title)' })
      .waitFor();
    await stages
      .getByRole('group', { name: 'Steps: Current journey' })
      .getByRole('listitem', { name: 'Look for directions (Added)' })
      .waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => beforeList.locator('option:checked').innerText()).toBe('Current journey');
    // Then the after list, then the side-by-side itself (it scrolls from the keyboard).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => stages.evaluate((e) => e === document.activeElement)).toBe(true);

    // A narrow window: the columns stay side by side, the figures go under them.
    await page.setViewportSize({ width: 820, height: 700 });
    const table = await stages.getByRole('table', { name: 'Figures: Enter' }).boundingBox();
    const colA = await enter.getByRole('group', { name: 'Steps: Current journey' }).boundingBox();
    const colB = await enter.getByRole('group', { name: 'Steps: Future' }).boundingBox();
    expect(colB!.x).toBeGreaterThan(colA!.x + colA!.width - 1);
    expect(table!.y).toBeGreaterThan(colA!.y + colA!.height - 1);
    await page.screenshot({ path: 'test-results/compare-narrow.png' });
    await page.keyboard.press('Escape');
    await compare.waitFor({ state: 'detached' });
  });

  it('exports the comparison from the export dialog as Markdown and as HTML, in the chosen language', async () => {
    const app = await start();
    const { page } = app;
    await twoStates(app);
    const out = await mkdtemp(join(tmpdir(), 'touchmap-compare-'));

    const exportComparison = async (format: 'md' | 'html', language?: string) => {
      await toolbar(page).getByRole('button', { name: 'Export…', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByLabel('Content').selectOption({ label: 'Comparison of two journey states' });
      await dialog.getByLabel('Format').selectOption(format);
      await dialog.getByRole('combobox', { name: 'Before' }).selectOption({ label: 'Current journey' });
      await dialog.getByRole('combobox', { name: 'After' }).selectOption({ label: 'Future' });
      if (language) await dialog.getByRole('combobox', { name: /^Language/ }).selectOption(language);
      await page.screenshot({ path: `test-results/compare-export-${format}.png` });
      await dialog.getByRole('button', { name: 'Export…' }).click();
    };

    const md = await exported(app, join(out, 'comparison.md'), () => exportComparison('md'));
    expect(md).toContain('# Journey comparison: Side by side');
    expect(md).toContain('Before: “Current journey”. After: “Future”.');
    expect(md).toContain('- Changed: Take the bus (changed: title)');
    expect(md).toContain('- Removed: Look for directions');
    expect(md).toContain('- Added: Self-service till');

    const html = await exported(app, join(out, 'comparison.html'), () => exportComparison('html', 'hu'));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="hu">');
    expect(html).toContain('Ügyfélutak összevetése: Side by side');
    expect(html).toContain('Take the bus');
    expect(html).toContain('Törölt');
    // Not a map export: no journey viewer, no project inside.
    expect(html).not.toContain('touchmap-project');
  });
});
