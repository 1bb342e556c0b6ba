/**
 * Import survey, end to end: a respondent CSV with a mistake is refused with its row and
 * column named and the project unchanged; the corrected file maps (statements to dimensions
 * and to a contact moment), its results show per dimension, Apply writes the means with n
 * into the moment (the inspector's own E, P and n fields), the Insights view shows the
 * survey's dimension means, gaps, respondents and scores, and a restart finds it all again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  newSupermarket,
  node,
  pickSurveyFile as pick,
  storedProject as stored,
  surveyDialog as dialog,
} from './evidence';
import { useApps } from './harness';

const start = useApps();

const BAD = 'Respondent;E1;P1;E2;P2\nR1;7;5;6;6\nR2;6;seven;7;5\nR3;5;6;;3\n';
const GOOD = 'Respondent;E1;P1;E2;P2\nR1;7;5;6;6\nR2;6;4;7;5\nR3;5;6;;3\n';

async function selectPay(page: Page) {
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await node(page, 'Pay').click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title').waitFor();
}

/** The inspector's SERVQUAL fields of one dimension: E, P, n and the gap, as shown. */
async function servqualOf(page: Page, dimension: string) {
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const field = (label: string) => inspector.getByLabel(`${dimension} ${label}`, { exact: true });
  await field('expectation').waitFor();
  return [
    await field('expectation').inputValue(),
    await field('perception').inputValue(),
    await inspector.getByLabel(`${dimension}: respondents`, { exact: true }).inputValue(),
    await field('gap').innerText(),
  ];
}

/** The Insights view's survey table of the survey named `name`, by dimension and score rows. */
async function surveyInsights(page: Page, name: string) {
  const panel = page.getByRole('complementary', { name: 'Insights', exact: true });
  const table = panel
    .getByRole('region', { name: 'Survey results' })
    .getByRole('table', { name: `Survey results by dimension: ${name}` });
  await table.waitFor();
  const row = async (label: RegExp) => (await table.getByRole('row', { name: label }).innerText()).trim().split(/\s+/);
  return {
    panel,
    tangibles: await row(/^Tangibles/),
    reliability: await row(/^Reliability/),
    unweighted: await row(/^Unweighted score/),
    weighted: await row(/^Weighted score/),
  };
}

describe('survey import', () => {
  it('refuses a bad file by row and column, maps and applies the fixed one, and keeps it across a restart', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Survey walk');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    await node(page, 'Pay').waitFor();
    const before = await stored(app);

    await app.menu('import-survey');
    await dialog(page).waitFor();
    await pick(page, 'visitors.csv', BAD);
    const alert = dialog(page).getByRole('alert');
    await alert.getByText('Row 3, column C (P1): “seven” is not a number.').waitFor();
    await alert.getByText('The file cannot be imported; nothing was changed.').waitFor();
    expect(await dialog(page).getByRole('button', { name: 'Apply to the journey' }).isDisabled()).toBe(true);
    await page.screenshot({ path: '/tmp/survey-bad.png' });
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    const after = await stored(app);
    expect(after.surveys).toBeUndefined();
    expect(after.steps).toEqual(before.steps);

    await app.menu('import-survey');
    await pick(page, 'visitors.csv', GOOD);
    const d = dialog(page);
    await d.getByText('One row per respondent: 3 respondents', { exact: false }).waitFor();
    expect(await d.getByRole('alert').count()).toBe(0);
    await d.getByLabel('Expectation column: statement 1').waitFor();
    expect(await d.getByLabel('Expectation column: statement 1').inputValue()).toBe('E1');
    expect(await d.getByLabel('Perception column: statement 2').inputValue()).toBe('P2');
    await d.getByLabel('Dimension: statement 1').selectOption('tangibles');
    await d.getByLabel('Dimension: statement 2').selectOption('reliability');
    const payId = before.steps.find((s) => s.title === 'Pay')!.id;
    await d.getByLabel('Contact moments: statement 1').selectOption([payId]);
    await d.getByLabel('Contact moments: statement 2').selectOption([payId]);
    const results = d.getByRole('table', { name: 'Results by dimension' });
    const tangibles = results.getByRole('row', { name: /Tangibles/ });
    expect(await tangibles.innerText()).toMatch(/Tangibles\s+6\.00\s+5\.00\s+−?-?1\.00\s+3/);
    await d.getByText('1 missing answer skipped').waitFor();
    await page.screenshot({ path: '/tmp/survey-mapped.png' });
    await d.getByRole('button', { name: 'Apply to the journey' }).click();
    await d.waitFor({ state: 'detached' });

    await selectPay(page);
    expect(await servqualOf(page, 'Tangibles')).toEqual(['6.00', '5.00', '3', '-1.00']);
    expect(await servqualOf(page, 'Reliability')).toEqual(['6.50', '5.50', '2', '-1.00']);
    expect(await page.getByRole('group', { name: 'Survey means' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/survey-inspector.png' });

    // Insights: the survey's dimension means, gaps and n; unweighted -1.00; weighted with the
    // project's default weights per respondent: R1 (0.11 x -2 + 0.32 x 0) / 0.43, R2 -2, R3 +1
    // (tangibles only), mean -0.50.
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Insights', exact: true }).click();
    const seen = await surveyInsights(page, 'visitors');
    expect(seen.tangibles).toEqual(['Tangibles', '6.00', '5.00', '-1.00', '3']);
    expect(seen.reliability).toEqual(['Reliability', '6.50', '5.50', '-1.00', '2']);
    expect(seen.unweighted).toEqual(['Unweighted', 'score', '-1.00']);
    expect(seen.weighted.slice(0, 2)).toEqual(['Weighted', 'score']);
    expect(seen.weighted.at(-1)).toBe('-0.50');
    await seen.panel.getByText('3 respondents', { exact: true }).waitFor();
    await seen.panel.getByRole('region', { name: 'Survey results' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/survey-insights.png' });

    // Saved, then found again after a restart.
    await page.keyboard.press('Control+s');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await app.close();
    const again = await start({ dataDir: app.dataDir });
    await again.page.getByRole('button', { name: /Open Survey walk/ }).click();
    await again.page.locator('.react-flow__node-step').first().waitFor();
    await selectPay(again.page);
    expect(await servqualOf(again.page, 'Tangibles')).toEqual(['6.00', '5.00', '3', '-1.00']);
    await again.page
      .getByRole('toolbar', { name: 'Editor' })
      .getByRole('button', { name: 'Insights', exact: true })
      .click();
    expect((await surveyInsights(again.page, 'visitors')).tangibles).toEqual([
      'Tangibles',
      '6.00',
      '5.00',
      '-1.00',
      '3',
    ]);
    const kept = await stored(again);
    expect(kept.surveys).toHaveLength(1);
    expect(kept.surveys![0]!.rows).toHaveLength(3);
    expect(kept.surveys![0]!.mapping.statements.map((s) => [s.dimension, s.stepIds])).toEqual([
      ['tangibles', [payId]],
      ['reliability', [payId]],
    ]);
    const pay = kept.steps.find((s) => s.id === payId)!.moment!;
    expect(pay.servqual.tangibles).toEqual({ expectation: 6, perception: 5, respondents: 3 });
    expect(pay.servqual.evidence).toBe('measured');
  }, 120_000);
  it('writes the counts of a large file with the language’s thousands separator', async () => {
    const app = await start();
    const { page } = app;
    await newSupermarket(page, 'Large survey');
    // 12,000 respondents; each leaves P2 empty, so as many answers are missing.
    const rows = Array.from({ length: 12_000 }, (_, i) => `R${i + 1};7;5;6;`);
    await app.menu('import-survey');
    await pick(page, 'large.csv', `Respondent;E1;P1;E2;P2\n${rows.join('\n')}\n`);
    const d = dialog(page);
    await d.getByText('One row per respondent: 12,000 respondents', { exact: false }).waitFor();
    await d.getByLabel('Dimension: statement 1').selectOption('tangibles');
    await d.getByText('12,000 missing answers skipped').waitFor();
    expect(await d.innerText()).not.toContain('12000');
  });
});
