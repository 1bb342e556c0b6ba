/**
 * Issue I's "Done when", walked end to end in one go through the real UI: import a respondent
 * CSV with a mistake (a clear error naming row and column, nothing changed), fix it, import,
 * map statements to dimensions and a contact moment, see the dimension gaps in Insights and
 * the moment's SERVQUAL in the inspector, restart and find everything; add a persona, give it
 * a different emotion at one step, see two curves; duplicate the journey as "Future", change
 * it, open the compare view and find the change listed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectInsights } from '../../shared/analysis/insights';
import { formatNumber, formatSigned } from '../../shared/i18n/format';
import type { Project } from '../../shared/model/types';
import {
  emotionRow,
  node,
  pickSurveyFile,
  removePersona,
  stateAction,
  stateSwitcher,
  storedProject,
  surveyDialog,
  toolbar,
  waitSaved,
} from './evidence';
import { fitView, useApps, type App } from './harness';

const start = useApps();

// Three respondents, two statements (E and P each); respondent R2 typed a word for P1, R3 skipped E2.
const BAD = 'Respondent;E1;P1;E2;P2\nR1;7;5;6;6\nR2;6;seven;7;5\nR3;5;6;;3\n';
const GOOD = 'Respondent;E1;P1;E2;P2\nR1;7;5;6;6\nR2;6;4;7;5\nR3;5;6;;3\n';
const MOMENT = 'Pay';
const PERSONA_STEP = 'Browse the snack aisle';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function select(page: Page, title: string) {
  await fitView(page);
  await node(page, title).click();
  await expect.poll(() => inspector(page).getByLabel('Title', { exact: true }).inputValue()).toBe(title);
}

/** One dimension of the moment's SERVQUAL as the inspector's own fields show it: E, P, n and the gap. */
async function servqualOf(page: Page, dimension: string) {
  const field = (label: string) => inspector(page).getByLabel(`${dimension} ${label}`, { exact: true });
  await field('expectation').waitFor();
  return [
    await field('expectation').inputValue(),
    await field('perception').inputValue(),
    await inspector(page).getByLabel(`${dimension}: respondents`, { exact: true }).inputValue(),
    await field('gap').innerText(),
  ];
}

/** The moment's survey means, written into its SERVQUAL, as the inspector shows them. */
async function surveyMeans(page: Page) {
  await select(page, MOMENT);
  await expect.poll(() => servqualOf(page, 'Tangibles')).toEqual(['6.00', '5.00', '3', '-1.00']);
  await expect.poll(() => servqualOf(page, 'Reliability')).toEqual(['6.50', '5.50', '2', '-1.00']);
}

/**
 * The Insights view's SERVQUAL table: each dimension's E, P and gap as the analysis of the stored
 * project gives them (the survey's means are in it), checked for the two surveyed dimensions.
 */
async function dimensionGaps(page: Page, project: Project) {
  const toggle = toolbar(page).getByRole('button', { name: 'Insights', exact: true });
  await toggle.click();
  const panel = page.getByRole('complementary', { name: 'Insights', exact: true });
  const table = panel.getByRole('table', { name: 'SERVQUAL by dimension' });
  const two = (n: number | null) =>
    n === null ? '–' : formatNumber('en', n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const gaps: Record<string, string> = {};
  for (const d of projectInsights(project).servqual.dimensions.filter((x) =>
    ['tangibles', 'reliability'].includes(x.dimension),
  )) {
    const name = d.dimension === 'tangibles' ? 'Tangibles' : 'Reliability';
    const row = table.getByRole('row', { name: new RegExp(`^${name}\\b`) });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual([
      two(d.expectation),
      two(d.perception),
      d.gap === null ? '–' : formatSigned('en', d.gap, 2),
    ]);
    gaps[name] = cells[2]!;
  }
  await toggle.click();
  await panel.waitFor({ state: 'detached' });
  return gaps;
}

describe('issue I, done when', () => {
  it('survey with a mistake, fixed and mapped, gaps and SERVQUAL after a restart, a persona curve, a future state compared', async () => {
    const app: App = await start({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Evidence walk');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await node(page, 'Ride the bike').waitFor();
    await waitSaved(page);
    const before = await storedProject(app);

    // A respondent CSV with a mistake: refused, the row and column named, nothing changed.
    await app.menu('import-survey');
    await pickSurveyFile(page, 'respondents.csv', BAD);
    const alert = surveyDialog(page).getByRole('alert');
    await alert.getByText('Row 3, column C (P1): “seven” is not a number.').waitFor();
    await alert.getByText('The file cannot be imported; nothing was changed.').waitFor();
    expect(await surveyDialog(page).getByRole('button', { name: 'Apply to the journey' }).isDisabled()).toBe(true);
    await surveyDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await surveyDialog(page).waitFor({ state: 'detached' });
    const unchanged = await storedProject(app);
    expect(unchanged.surveys).toBeUndefined();
    expect(unchanged.steps).toEqual(before.steps);

    // Fixed, imported and mapped: statement 1 is tangibles, 2 reliability, both measure the moment Pay.
    await app.menu('import-survey');
    await pickSurveyFile(page, 'respondents.csv', GOOD);
    const d = surveyDialog(page);
    await d.getByText('One row per respondent: 3 respondents', { exact: false }).waitFor();
    const payId = before.steps.find((s) => s.title === MOMENT)!.id;
    await d.getByLabel('Dimension: statement 1').selectOption('tangibles');
    await d.getByLabel('Dimension: statement 2').selectOption('reliability');
    await d.getByLabel('Contact moments: statement 1').selectOption([payId]);
    await d.getByLabel('Contact moments: statement 2').selectOption([payId]);
    await d.getByText('1 missing answer skipped').waitFor();
    await d.getByRole('button', { name: 'Apply to the journey' }).click();
    await d.waitFor({ state: 'detached' });

    // The moment's SERVQUAL in the inspector; the dimension gaps in Insights.
    await surveyMeans(page);
    await expect.poll(async () => (await storedProject(app)).surveys?.length, { timeout: 10_000 }).toBe(1);
    await waitSaved(page);
    const applied = await storedProject(app);
    expect(applied.steps.find((s) => s.id === payId)!.moment!.servqual.tangibles).toEqual({
      expectation: 6,
      perception: 5,
      respondents: 3,
    });
    const gaps = await dimensionGaps(page, applied);
    expect(Object.keys(gaps)).toEqual(['Tangibles', 'Reliability']);
    await page.screenshot({ path: 'test-results/evidence-walk-survey.png' });

    // Restart: the survey, the moment's means and the same gaps are all there.
    await page.keyboard.press('Control+s');
    await waitSaved(page);
    await app.close();
    const again = await start({ dataDir: app.dataDir, viewport: { width: 1440, height: 900 } });
    const p2 = again.page;
    await p2.getByRole('button', { name: /Open Evidence walk/ }).click();
    await node(p2, 'Ride the bike').waitFor();
    await surveyMeans(p2);
    const reopened = await storedProject(again);
    expect(reopened.surveys![0]!.rows).toHaveLength(3);
    expect(reopened.surveys![0]!.mapping.statements.map((s) => [s.dimension, s.stepIds])).toEqual([
      ['tangibles', [payId]],
      ['reliability', [payId]],
    ]);
    expect(await dimensionGaps(p2, reopened)).toEqual(gaps);

    // Personas: the template's two go, one is added and feels worse at one step: two curves.
    await p2.keyboard.press('Control+Shift+P');
    const panel = p2.getByRole('complementary', { name: 'Personas', exact: true });
    await panel.waitFor();
    await removePersona(p2, 'Chronic complainer', 6);
    await removePersona(p2, 'Regular cyclist', 3);
    await expect.poll(async () => (await emotionRow(p2)).personaCurves).toEqual([]);
    await panel.getByRole('button', { name: 'Add persona' }).click();
    await panel.getByRole('listitem', { name: 'New persona' }).getByLabel('Name').fill('Hurried shopper');
    await select(p2, PERSONA_STEP);
    const section = inspector(p2).getByRole('group', { name: 'Persona', exact: true });
    await section.getByLabel('Show as persona').selectOption({ label: 'Hurried shopper' });
    await section.getByLabel('Emotion of this persona').selectOption('-2');
    await expect
      .poll(async () => (await emotionRow(p2)).personaCurves.map((c) => c.points))
      .toEqual([[expect.stringMatching(/^Hurried shopper, Browse the snack aisle: /)]]);
    const curves = await emotionRow(p2);
    expect(curves.defaultCurves).toBeGreaterThan(0);
    expect(curves.legend).toEqual(['Default', 'Hurried shopper']);
    await p2.screenshot({ path: 'test-results/evidence-walk-curves.png' });

    // Duplicate the journey as "Future", change it, and find the change in the compare view.
    await stateAction(p2, 'Duplicate journey state…');
    const duplicate = p2.getByRole('dialog', { name: 'Duplicate journey state' });
    await duplicate.getByLabel('Name').fill('Future');
    await duplicate.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await expect.poll(() => stateSwitcher(p2).locator('option:checked').innerText()).toBe('Future');
    await select(p2, 'Ride the bike');
    const title = inspector(p2).getByLabel('Title', { exact: true });
    await title.fill('Take the bus');
    await title.press('Tab');
    await node(p2, 'Take the bus').waitFor();
    await stateAction(p2, 'Compare journey states…');
    const compare = p2.getByRole('dialog', { name: 'Compare journey states' });
    const changes = compare.getByRole('region', { name: 'Changes' });
    await changes.getByText('Changed: Take the bus (changed: title)').waitFor();
    expect(await changes.innerText()).toContain('0 added, 0 removed, 0 moved, 1 changed');
    await p2.screenshot({ path: 'test-results/evidence-walk-compare.png' });
  }, 240_000);
});
