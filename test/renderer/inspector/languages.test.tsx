// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../../renderer/i18n';
import { LintPanel } from '../../../renderer/editor/insights/LintPanel';
import { CHANNELS } from '../../../shared/model/schema';
import { doc, momentOf, openProject, renderInspector, testProject } from './fixture';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const inLanguage = async (lng: string) => {
  await act(async () => {
    await i18n.changeLanguage(lng);
  });
};
const options = (label: string) =>
  [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => o.textContent);
const status = (name: string) => screen.getByRole('status', { name }).textContent ?? '';

/** The Queue contact moment with SERVQUAL scores, risk and an unmitigated critical risk. */
function scoredProject() {
  const project = testProject();
  const queue = project.steps.find((s) => s.id === 'queue')!;
  queue.moment!.servqual.reliability = { expectation: 7, perception: 5 };
  queue.moment!.servqual.empathy = { expectation: 6, perception: null };
  queue.moment!.risk = { likelihood: 4, impact: 5, description: '', mitigation: '' };
  return project;
}

describe('the inspector of a contact moment in Hungarian', () => {
  it('labels fields and options from the catalogue, numbers in Hungarian', async () => {
    renderInspector({ stepIds: ['queue'] }, scoredProject());
    await inLanguage('hu');
    const t = i18n.getFixedT('hu');
    const aside = screen.getByRole('complementary', { name: 'Tulajdonságok' });
    expect(within(aside).getByRole('group', { name: t('domain.contactMoment') })).toBeTruthy();
    expect(screen.getByLabelText('Cím')).toBeTruthy();
    expect(options('Kockázat valószínűsége')).toEqual([
      'nincs megadva',
      '1 ritka',
      '2',
      '3 lehetséges',
      '4',
      '5 szinte biztos',
    ]);
    expect(options('Kockázat hatása')).toEqual([
      'nincs megadva',
      '1 elhanyagolható',
      '2',
      '3 mérsékelt',
      '4',
      '5 súlyos',
    ]);
    const reliability = t('domain.dimensions.reliability');
    // SERVQUAL means are decimals, shown with two decimals and the Hungarian decimal comma.
    const expectation = momentOf('queue').servqual.reliability.expectation!;
    expect((screen.getByLabelText(`${reliability}: elvárás`) as HTMLInputElement).value).toBe(
      expectation.toFixed(2).replace('.', ','),
    );
    expect(screen.getByLabelText(`${reliability}: rés`).textContent).toBe('-2,00');
    // Two decimals with the Hungarian decimal comma.
    expect(status('Teljes SERVQUAL-rés')).toMatch(/^Súlyozott rés: -2,00 · átlag: -2,00$/);
    expect(status('Kockázati pontszám')).toBe(
      `Pontszám: 20 · ${t('domain.riskLevels.critical').toLocaleLowerCase('hu')}`,
    );
    expect(options(t('domain.channel'))).toEqual(CHANNELS.map((c) => t(`domain.channels.${c}`)));
    expect(options(t('domain.emotion'))[0]).toBe('nincs megadva');
    expect(screen.getByRole('checkbox', { name: t('domain.senses.hearing') })).toBeTruthy();
    expect(screen.getByLabelText(`${t('domain.senses.hearing')}: megítélés`)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mérőszám hozzáadása' })).toBeTruthy();
    expect(screen.getByPlaceholderText('Mi romolhat el itt?')).toBeTruthy();

    // Editing works through the translated names.
    fireEvent.change(screen.getByLabelText(`${reliability}: észlelés`), { target: { value: '7' } });
    expect(momentOf('queue').servqual.reliability.perception).toBe(7);
    expect(status('Teljes SERVQUAL-rés')).toMatch(/^Súlyozott rés: 0,00/);
  });

  it('switches back to English live, without losing the selection', async () => {
    renderInspector({ stepIds: ['queue'] }, scoredProject());
    await inLanguage('hu');
    expect(screen.getByLabelText('Kockázat valószínűsége')).toBeTruthy();
    await inLanguage('en');
    expect(options('Risk likelihood')[5]).toBe('5 almost certain');
    expect(doc().selection.stepIds).toEqual(['queue']);
  });

  it('counts a multiple selection in Hungarian', async () => {
    renderInspector({ stepIds: ['pay', 'queue'], flowIds: ['f1'] });
    await inLanguage('hu');
    expect(screen.getByText('2 lépés kijelölve')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      '2 lépés kijelölve (és 1 átmenet). Jegyzetek rögzítéséhez egyetlen lépést jelöljön ki.',
    );
  });
});

describe('the inspector of a contact moment in Chinese', () => {
  it('labels fields and options from the catalogue', async () => {
    renderInspector({ stepIds: ['queue'] }, scoredProject());
    await inLanguage('zh-CN');
    const t = i18n.getFixedT('zh-CN');
    expect(screen.getByRole('complementary', { name: '属性' })).toBeTruthy();
    expect(options('风险可能性')).toEqual(['未设置', '1（罕见）', '2', '3（可能）', '4', '5（几乎确定）']);
    const reliability = t('domain.dimensions.reliability');
    const expectation = momentOf('queue').servqual.reliability.expectation!;
    expect((screen.getByLabelText(`${reliability}：期望`) as HTMLInputElement).value).toBe(expectation.toFixed(2));
    expect(status('SERVQUAL总体差距')).toBe('加权差距-2.00·平均-2.00');
    expect(screen.getByRole('group', { name: '体验' })).toBeTruthy();
    expect(screen.getByLabelText('等待时间（秒）')).toBeTruthy();
    expect(screen.getByRole('button', { name: '添加衡量方法' })).toBeTruthy();
  });

  it('counts in Chinese, where every count takes the one plural form', async () => {
    renderInspector({ stepIds: ['pay', 'queue'] });
    await inLanguage('zh-CN');
    expect(screen.getByRole('status').textContent).toBe('已选择2个步骤。请只选择一个步骤进行标注。');
  });
});

describe('the problems panel', () => {
  function renderProblems() {
    cleanup();
    openProject(scoredProject());
    return render(<LintPanel />);
  }

  it('lists problems in Hungarian', async () => {
    renderProblems();
    await inLanguage('hu');
    const t = i18n.getFixedT('hu');
    const panel = screen.getByRole('region', { name: 'Problémák' });
    const toggle = within(panel).getByRole('button', { name: /^Problémák \(\d+\)$/ });
    fireEvent.click(toggle);
    const texts = within(panel)
      .getAllByRole('button')
      .slice(1)
      .map((b) => b.textContent);
    expect(texts).toContain('„Queue”: nem vezet tovább; kösse össze a következő lépéssel, vagy jelölje befejezésnek.');
    expect(texts).toContain(
      `„Queue”: ${t('domain.riskLevels.critical').toLocaleLowerCase('hu')} kockázat (20 pont), kockázatcsökkentés nélkül.`,
    );
    expect(toggle.textContent).toBe(`Problémák (${texts.length})`);
    // A finding still selects its step.
    fireEvent.click(within(panel).getByRole('button', { name: /^„Queue”: nem vezet tovább/ }));
    expect(doc().selection.stepIds).toEqual(['queue']);
  });

  it('lists problems in Chinese, and says when there are none', async () => {
    renderProblems();
    await inLanguage('zh-CN');
    const panel = screen.getByRole('region', { name: '问题' });
    fireEvent.click(within(panel).getByRole('button', { name: /^问题（\d+）$/ }));
    expect(
      within(panel).getByRole('button', { name: '“Queue”：没有去向，请将其连接到下一个步骤，或设为结束。' }),
    ).toBeTruthy();
    act(() => doc().open({ ...testProject(), steps: [], flows: [] }));
    expect(within(panel).getByRole('button', { name: '问题（0）' })).toBeTruthy();
    expect(within(panel).getByText('未发现问题。')).toBeTruthy();
  });
});

describe('plurals in each language', () => {
  it('counts steps in Lithuanian with its four plural forms', async () => {
    renderInspector();
    await inLanguage('lt');
    // Stage 1 holds Pay and Queue, stage 2 nothing.
    const stages = within(screen.getByRole('list', { name: 'Etapai' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(stages).toEqual(['Stage 12 žingsniai', 'Leave0 žingsnių']);
    const t = i18n.getFixedT('lt');
    expect([1, 2, 10, 21, 1.5].map((count) => t('inspector.stepCount', { count }))).toEqual([
      '1 žingsnis',
      '2 žingsniai',
      '10 žingsnių',
      '21 žingsnis',
      '1,5 žingsnio',
    ]);
  });

  it('counts in Estonian and Hungarian with one and other', () => {
    const et = i18n.getFixedT('et');
    const hu = i18n.getFixedT('hu');
    expect([1, 3].map((count) => et('inspector.flowCount', { count }))).toEqual(['1 voog', '3 voogu']);
    expect([1, 3].map((count) => hu('inspector.stage.position', { index: 1, total: 2, count }))).toEqual([
      'Szakasz: 1 / 2 · 1 lépés',
      'Szakasz: 1 / 2 · 3 lépés',
    ]);
  });
});
