// @vitest-environment jsdom
/**
 * The Insights view's survey section: per survey, the dimension means of E and P, the gaps,
 * the respondents and the scores, recomputed from the survey's kept data, two decimals in the
 * UI language.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SurveyInsights } from '../../../renderer/editor/insightsView/SurveyInsights';
import i18n from '../../../renderer/i18n';
import type { Language } from '../../../shared/i18n/languages';
import type { Project, ServqualDimension, Survey } from '../../../shared/model/types';
import { guessMapping, makeSurvey, parseCsv } from '../../../shared/survey';
import { buildTemplate } from '../../../shared/templates';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

function survey(id: string, name: string, csv: string, dims: ServqualDimension[]): Survey {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const mapping = guessMapping(parsed.table);
  mapping.statements = mapping.statements.map((s, i) => ({ ...s, dimension: dims[i] ?? s.dimension }));
  return makeSurvey(parsed.table, mapping, {
    id,
    name,
    fileName: `${name}.csv`,
    importedAt: '2026-03-05T10:00:00.000Z',
    scale: 7,
  });
}

// Two respondents with their 100 importance points: tangibles E 6.5 P 4.5 (gap -2), reliability
// E 6.5 P 5.5 (gap -1); weighted per respondent with their own points: (-0.8 + -2) / 2 = -1.4.
const visitors = survey(
  'sv1',
  'Visitors',
  'E1,P1,E2,P2,Points tangibles,Points reliability\n7,5,6,6,40,60\n6,4,7,5,50,50\n',
  ['tangibles', 'reliability'],
);
// One statement's means with n: empathy E 4.56, P 4.40 over 386; weighted with the project's weights.
const clinic = survey('sv2', 'Clinic', 'Statement,Dimension,E,P,n\nPrivacy,Empathy,4.56,4.40,386\n', []);

function project(surveys: Survey[]): Project {
  const p = buildTemplate('supermarket', { id: 'p', name: 'Shop', now: '2026-01-01T00:00:00.000Z' });
  return { ...p, surveys };
}

async function show(lng: Language, surveys: Survey[]) {
  await i18n.changeLanguage(lng);
  render(createElement(SurveyInsights, { project: project(surveys), lng }));
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('survey results in the Insights view', () => {
  it('shows per survey the dimension means, gaps, respondents and both scores', async () => {
    await show('en', [visitors, clinic]);
    const section = screen.getByRole('region', { name: 'Survey results' });
    const first = within(section).getByRole('group', { name: 'Visitors' });
    expect(within(first).getByText('2 respondents')).toBeTruthy();
    const table = within(first).getByRole('table', { name: 'Survey results by dimension: Visitors' });
    expect(cells(within(table).getByRole('row', { name: /^Tangibles/ }))).toEqual(['6.50', '4.50', '-2.00', '2']);
    expect(cells(within(table).getByRole('row', { name: /^Reliability/ }))).toEqual(['6.50', '5.50', '-1.00', '2']);
    expect(cells(within(table).getByRole('row', { name: /^Empathy/ }))).toEqual(['–', '–', '–', '–']);
    expect(cells(within(table).getByRole('row', { name: /^Unweighted score/ }))).toEqual(['-1.50', '']);
    const weighted = within(table).getByRole('row', { name: /^Weighted score/ });
    expect(cells(weighted)).toEqual(['-1.40', '']);
    expect(weighted.textContent).toContain('with the respondents’ importance points');

    const second = within(section).getByRole('group', { name: 'Clinic' });
    expect(within(second).getByText('Statement means from the file; n per dimension')).toBeTruthy();
    const t2 = within(second).getByRole('table', { name: 'Survey results by dimension: Clinic' });
    expect(cells(within(t2).getByRole('row', { name: /^Empathy/ }))).toEqual(['4.56', '4.40', '-0.16', '386']);
    const w2 = within(t2).getByRole('row', { name: /^Weighted score/ });
    expect(cells(w2)).toEqual(['-0.16', '']);
    expect(w2.textContent).toContain('with the project’s weights');
  });

  it('writes the figures in the UI language (Hungarian: decimal commas)', async () => {
    await show('hu', [visitors]);
    const section = screen.getByRole('region', { name: 'Kérdőíveredmények' });
    const table = within(section).getByRole('table', { name: 'Kérdőíveredmények dimenziónként: Visitors' });
    const tangibles = within(table).getAllByRole('row')[1]!;
    expect(cells(tangibles)).toEqual(['6,50', '4,50', '-2,00', '2']);
    expect(within(section).getByText('Válaszadók: 2')).toBeTruthy();
    expect(cells(within(table).getByRole('row', { name: /^Súlyozott pontszám/ }))).toEqual(['-1,40', '']);
  });

  it('shows nothing without surveys', async () => {
    await show('en', []);
    expect(screen.queryByRole('region', { name: 'Survey results' })).toBeNull();
  });
});
