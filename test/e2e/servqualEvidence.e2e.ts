/**
 * SERVQUAL as practitioners measure it: the project's scale changes after a dialog that shows
 * scores before and after, the conversion is one undo step, and a moment's means are typed as
 * decimals with their respondents, the gap shown to two decimals.
 */
import { describe, expect, it } from 'vitest';
import { useApps } from './harness';

const start = useApps();

describe('SERVQUAL scale and decimal means', () => {
  it('converts a project to 1-5 after showing before and after; Ctrl+Z restores every score', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Measured');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    const parking = page.getByRole('group', { name: 'Find a parking spot', exact: true });
    await parking.waitFor();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });

    // Nothing selected: the journey panel holds the scale.
    const scale = inspector.getByLabel('SERVQUAL scale', { exact: true });
    expect(await scale.inputValue()).toBe('7');
    await scale.selectOption({ label: '1 to 5' });
    const dialog = page.getByRole('dialog', { name: 'Change the SERVQUAL scale to 1 to 5?' });
    await dialog.waitFor();
    const says = await dialog.innerText();
    const count = Number(/The project has (\d+) scores/.exec(says)?.[1]);
    expect(count).toBeGreaterThan(10);
    // The first examples are the parking step's tangibles: 5 -> 3.67 and 3 -> 2.33.
    const rows = dialog.getByRole('table', { name: 'Scores before and after' }).getByRole('row');
    expect(await rows.nth(1).getByRole('cell').allTextContents()).toEqual([
      'Find a parking spot',
      'Tangibles: expectation',
      '5.00',
      '3.67',
    ]);
    expect(await rows.nth(2).getByRole('cell').allTextContents()).toEqual([
      'Find a parking spot',
      'Tangibles: perception',
      '3.00',
      '2.33',
    ]);
    await page.screenshot({ path: 'test-results/servqual-scale-dialog.png' }).catch(() => undefined);
    await dialog.getByRole('button', { name: `Convert ${count} scores` }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await scale.inputValue()).toBe('5');

    await parking.click();
    const e = inspector.getByLabel('Tangibles expectation', { exact: true });
    const p = inspector.getByLabel('Tangibles perception', { exact: true });
    await expect.poll(() => e.inputValue()).toBe('3.67');
    expect(await p.inputValue()).toBe('2.33');
    // A gap of -2 on 1-7 is -1.33 on 1-5.
    expect(await inspector.getByLabel('Tangibles gap', { exact: true }).innerText()).toBe('-1.33');

    // One undo step brings every score and the scale back.
    await page
      .locator('body')
      .click({ position: { x: 2, y: 2 } })
      .catch(() => undefined);
    await parking.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => e.inputValue()).toBe('5.00');
    expect(await p.inputValue()).toBe('3.00');
    expect(await inspector.getByLabel('Tangibles gap', { exact: true }).innerText()).toBe('-2.00');
    // Clicking empty canvas clears the selection: the journey panel shows the scale back on 1-7.
    await page.locator('.react-flow__pane').click({ position: { x: 600, y: 260 } });
    await expect.poll(() => inspector.getByLabel('SERVQUAL scale', { exact: true }).inputValue()).toBe('7');
  });

  it('takes E 4.21 and P 3.87 over 150 respondents, measured, and shows the gap -0.34', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Survey means');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    const parking = page.getByRole('group', { name: 'Find a parking spot', exact: true });
    await parking.waitFor();
    await parking.click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Responsiveness expectation', { exact: true }).fill('4.21');
    await inspector.getByLabel('Responsiveness perception', { exact: true }).fill('3.87');
    await inspector.getByLabel('Responsiveness: respondents', { exact: true }).fill('150');
    await inspector.getByLabel('Evidence', { exact: true }).selectOption('measured');
    await expect.poll(() => inspector.getByLabel('Responsiveness gap', { exact: true }).innerText()).toBe('-0.34');

    // Out of scale: marked and said, nothing stored.
    const tangibles = inspector.getByLabel('Tangibles expectation', { exact: true });
    await tangibles.fill('7.5');
    expect(await tangibles.getAttribute('aria-invalid')).toBe('true');
    await inspector.getByRole('alert').filter({ hasText: 'A number from 1 to 7' }).waitFor();
    await tangibles.fill('5');
    await page.screenshot({ path: 'test-results/servqual-inspector.png' }).catch(() => undefined);

    await expect.poll(() => inspector.getByLabel('Tangibles gap', { exact: true }).innerText()).toBe('-2.00');
    expect(await inspector.getByLabel('Responsiveness expectation', { exact: true }).inputValue()).toBe('4.21');
    expect(await inspector.getByLabel('Responsiveness: respondents', { exact: true }).inputValue()).toBe('150');
    expect(await inspector.getByRole('status', { name: 'SERVQUAL overall gap' }).innerText()).toMatch(/-?\d+\.\d\d/);
  });
  it('pastes a step copied on 1-7 into the project now on 1-5 with its scores converted, and says so', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Paste across scales');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    const parking = page.getByRole('group', { name: 'Find a parking spot', exact: true });
    await parking.waitFor();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    // Copied on 1-7: tangibles E 5, P 3.
    await parking.click();
    await expect.poll(() => inspector.getByLabel('Tangibles expectation', { exact: true }).inputValue()).toBe('5.00');
    await page.keyboard.press('Control+c');

    await page.locator('.react-flow__pane').click({ position: { x: 600, y: 260 } });
    await inspector.getByLabel('SERVQUAL scale', { exact: true }).selectOption({ label: '1 to 5' });
    const dialog = page.getByRole('dialog', { name: 'Change the SERVQUAL scale to 1 to 5?' });
    await dialog.getByRole('button', { name: /^Convert \d+ scores$/ }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.locator('.react-flow__pane').click({ position: { x: 600, y: 260 } });
    await page.keyboard.press('Control+v');
    await page
      .getByText(/^Pasted SERVQUAL scores converted to this project’s scale, 1 to 7 → 1 to 5 \(scores: \d+\)\.$/)
      .waitFor();
    await expect.poll(() => parking.count()).toBe(2);
    // The pasted copy is selected: its scores are on 1-5, as the converted original's.
    await expect.poll(() => inspector.getByLabel('Tangibles expectation', { exact: true }).inputValue()).toBe('3.67');
    expect(await inspector.getByLabel('Tangibles perception', { exact: true }).inputValue()).toBe('2.33');
    expect(await inspector.getByLabel('Tangibles gap', { exact: true }).innerText()).toBe('-1.33');
    await page.screenshot({ path: 'test-results/servqual-paste-converted.png' }).catch(() => undefined);
  });
});
