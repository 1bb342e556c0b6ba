/**
 * Presentation mode through the real UI, on the supermarket template: F5 opens the slides
 * over the editor; the keys walk the journey stage by stage and step by step (headings,
 * the live region, a stage's row entry and a step's annotations checked on the way); a
 * number key jumps to a stage; the workshop timer runs, pauses and counts down; keys that
 * would edit the map do nothing; Esc returns to the editor with the file unchanged. Once
 * more in Chinese and Hungarian. Screenshots at 1920x1080 in both themes go to
 * test-results/presentation/ for a look.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translator } from '../../shared/i18n/translator';
import type { Language } from '../../shared/i18n/languages';
import { Channels } from '../../shared/ipc';
import { buildTemplate } from '../../shared/templates';
import { onlyProjectId, useApps, type App } from './harness';

const start = useApps();
const SHOTS = 'test-results/presentation';
const PROJECTOR = { width: 1920, height: 1080 };

async function savedFile(app: App): Promise<string> {
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  return JSON.stringify(opened.value);
}

async function newSupermarket(page: Page, lang: Language, name: string) {
  const t = translator(lang);
  await page.getByRole('button', { name: t('actions.new-project'), exact: true }).click();
  const form = page.getByRole('form', { name: t('home.newProject') });
  await form.getByLabel(t('home.projectName')).fill(name);
  await form.getByRole('radio', { name: new RegExp(t('templates.supermarket.name')) }).check();
  await form.getByRole('button', { name: t('home.create'), exact: true }).click();
  const first = buildTemplate('supermarket', { id: 'x', name, now: new Date(0).toISOString(), language: lang });
  await page.getByRole('group', { name: first.steps[0]!.title, exact: true }).waitFor();
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: t('editor.saved') })
        .count(),
    )
    .toBeGreaterThan(0);
  return first;
}

const slides = (page: Page, lang: Language = 'en') =>
  page.getByRole('dialog', { name: translator(lang)('presentation.region') });
const heading = (page: Page, lang: Language = 'en') => slides(page, lang).getByRole('heading', { level: 1 });
const announced = (page: Page) => page.getByTestId('presentation-announcer').innerText();
const clock = (page: Page) => page.getByRole('timer').innerText();

describe('presentation mode', () => {
  it('walks the journey with the keys, runs the timer and leaves the file as it was', async () => {
    const app = await start({ viewport: PROJECTOR });
    const { page } = app;
    await mkdir(SHOTS, { recursive: true });
    await newSupermarket(page, 'en', 'Workshop walk');
    const before = await savedFile(app);

    // F5 from the map: the title slide, full screen or (where refused) filling the window.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('F5');
    await expect.poll(() => heading(page).innerText()).toBe('Workshop walk');
    await expect.poll(() => announced(page)).toBe('Title: Workshop walk');
    expect(await slides(page).getByText('5 stages').isVisible()).toBe(true);
    expect(await slides(page).getByText('16 steps').isVisible()).toBe(true);
    // The editor behind is out of reach (inert: no focus, no clicks, hidden from assistive technology).
    expect(
      await page
        .getByRole('toolbar', { name: 'Editor' })
        .evaluate((el) => el.closest('[inert]') !== null && !el.contains(document.activeElement)),
    ).toBe(true);
    await page.screenshot({ path: `${SHOTS}/title.png` });

    // Right: the first stage's overview, its rows with one entry per step.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).innerText()).toBe('Enter');
    await expect.poll(() => announced(page)).toBe('Stage 1 of 5: Enter');
    const table = slides(page).getByRole('table');
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      '1Start',
      '2Ride the bike',
      '3Find a parking spot',
      '4Leave the bag at the locker',
      '5Enter the supermarket',
    ]);
    const painRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Pain points' }) });
    expect(await painRow.getByText('Too few bike racks at peak hours').isVisible()).toBe(true);
    expect(await table.getByRole('rowheader', { name: 'Emotion' }).isVisible()).toBe(true);
    expect(await table.getByRole('rowheader', { name: 'Risk' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/stage.png` });

    // Space, PageDown and Down: step by step within the stage.
    await page.keyboard.press('Space');
    await expect.poll(() => heading(page).innerText()).toBe('Start');
    await expect.poll(() => announced(page)).toBe('Enter. Step 1 of 5: Start');
    await page.keyboard.press('PageDown');
    await expect.poll(() => heading(page).innerText()).toBe('Ride the bike');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => heading(page).innerText()).toBe('Find a parking spot');
    // The step's annotations: contact moment, emotion, risk and its mitigation, senses, gap.
    const step = slides(page);
    expect(await step.getByText('Moment of truth', { exact: true }).count()).toBe(0);
    expect(await step.getByText('Contact moment: In person · Store facilities').isVisible()).toBe(true);
    expect(await step.getByText('Emotion: -1 Negative').isVisible()).toBe(true);
    expect(await step.getByText('Risk: 4 · Low').isVisible()).toBe(true);
    expect(await step.getByText('Likelihood 2 × impact 2').isVisible()).toBe(true);
    expect(await step.getByText(/Add racks by the entrance/).isVisible()).toBe(true);
    expect(await step.getByText('Sight · Negative').isVisible()).toBe(true);
    expect(await step.getByRole('heading', { level: 2, name: 'SERVQUAL gap' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/step.png` });

    // Backspace and Left go back; nothing is deleted.
    await page.keyboard.press('Backspace');
    await expect.poll(() => heading(page).innerText()).toBe('Ride the bike');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => heading(page).innerText()).toBe('Enter');
    await page.keyboard.press('PageUp');
    await expect.poll(() => heading(page).innerText()).toBe('Workshop walk');
    // At the start, back stays there.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading(page).innerText()).toBe('Workshop walk');

    // A number goes to that stage's overview; End and Home to the last and first slides.
    await page.keyboard.press('2');
    await expect.poll(() => heading(page).innerText()).toBe('Pick a basket');
    await expect.poll(() => announced(page)).toBe('Stage 2 of 5: Pick a basket');
    // A moment of truth says so, on the stage's overview (a star) and on its slide.
    await page.keyboard.press('3');
    await expect.poll(() => heading(page).innerText()).toBe('Choose');
    expect(await slides(page).getByRole('columnheader').allInnerTexts()).toEqual([
      '1Browse the snack aisle',
      '2Choose goods',
      '3★Ask a sales assistant for help',
    ]);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).innerText()).toBe('Ask a sales assistant for help');
    expect(await slides(page).getByText('Moment of truth', { exact: true }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/moment-of-truth.png` });
    await page.keyboard.press('End');
    await expect.poll(() => announced(page)).toMatch(/^Leave\. Step (\d+) of \1: /);
    expect(await slides(page).getByText('Slide 22 of 22').isVisible()).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => heading(page).innerText()).toBe('Workshop walk');

    // The workshop timer: T starts it, it runs; T pauses it, it stays.
    expect(await clock(page)).toBe('00:00');
    await page.keyboard.press('t');
    await expect.poll(() => announced(page)).toBe('Timer started');
    await expect.poll(() => clock(page), { timeout: 4000 }).toBe('00:01');
    await page.keyboard.press('T');
    await expect.poll(() => announced(page)).toMatch(/^Timer paused at 00:0\d$/);
    const paused = await clock(page);
    await page.waitForTimeout(1300);
    expect(await clock(page)).toBe(paused);
    // The same from the buttons, which say what they do.
    await slides(page).getByRole('button', { name: 'Start the timer (T)' }).click();
    await slides(page).getByRole('button', { name: 'Pause the timer (T)' }).waitFor();
    await slides(page).getByRole('button', { name: 'Pause the timer (T)' }).click();
    // R resets; + turns it into a countdown of a minute, which counts down once started.
    await page.keyboard.press('r');
    await expect.poll(() => clock(page)).toBe('00:00');
    await page.keyboard.press('+');
    await expect.poll(() => announced(page)).toBe('Countdown of 1 min');
    expect(await clock(page)).toBe('01:00');
    await page.keyboard.press('t');
    await expect.poll(() => clock(page), { timeout: 4000 }).toBe('00:59');
    await page.keyboard.press('t');
    await page.keyboard.press('-');
    await expect.poll(() => announced(page)).toBe('Counting up');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');

    // Keys that edit the map do nothing while presenting (read-only).
    for (const key of ['Delete', 'n', 'Shift+S', 'Control+z', 'Control+a', 'Enter', 'F2'])
      await page.keyboard.press(key);
    await expect.poll(() => heading(page).innerText()).toBe('Start');

    // Esc: back to the editor, out of full screen, the file untouched.
    await page.keyboard.press('Escape');
    await slides(page).waitFor({ state: 'detached' });
    await page.getByRole('toolbar', { name: 'Editor' }).waitFor();
    expect(await page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.waitForTimeout(500);
    expect(await savedFile(app)).toBe(before);
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);

    // From the toolbar button and from the native menu (View > Present) too.
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => heading(page).innerText()).toBe('Workshop walk');
    await slides(page).getByRole('button', { name: 'Leave the presentation' }).click();
    await slides(page).waitFor({ state: 'detached' });
    await app.menu('present');
    await expect.poll(() => heading(page).innerText()).toBe('Workshop walk');
    // In the dark theme too (the screenshot is for the eye).
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).innerText()).toBe('Find a parking spot');
    await page.screenshot({ path: `${SHOTS}/step-dark.png` });
    await page.keyboard.press('6');
    await page.keyboard.press('2');
    await expect.poll(() => heading(page).innerText()).toBe('Pick a basket');
    await page.screenshot({ path: `${SHOTS}/stage-dark.png` });
    await page.keyboard.press('Escape');
    await slides(page).waitFor({ state: 'detached' });

    // With the persona filter on, the journey is presented as that persona lives it.
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await page.locator('#filter-button').click();
    await page.getByRole('menuitem', { name: 'Persona' }).click();
    await page.getByRole('menuitemradio', { name: 'Regular cyclist' }).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('F5');
    await expect.poll(() => heading(page).innerText()).toBe('Workshop walk');
    expect(await slides(page).getByText('As lived by: Regular cyclist').isVisible()).toBe(true);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).innerText()).toBe('Find a parking spot');
    expect(await slides(page).getByText('Emotion: -2 Very negative').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await slides(page).waitFor({ state: 'detached' });
    expect(await savedFile(app)).toBe(before);
    expect(app.errors).toEqual([]);
  });

  for (const lang of ['zh-CN', 'hu'] as const)
    it(`presents in the UI language (${lang})`, async () => {
      const t = translator(lang);
      const app = await start({ viewport: PROJECTOR, locale: lang === 'hu' ? 'hu-HU' : 'zh-CN' });
      const { page } = app;
      await mkdir(SHOTS, { recursive: true });
      const project = await newSupermarket(page, lang, t('templates.supermarket.name'));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('F5');
      await expect.poll(() => heading(page, lang).innerText()).toBe(t('templates.supermarket.name'));
      expect(
        await slides(page, lang)
          .getByText(t('presentation.stageCount', { count: 5 }))
          .isVisible(),
      ).toBe(true);
      await page.keyboard.press('ArrowRight');
      const stage = project.stages[0]!;
      await expect.poll(() => heading(page, lang).innerText()).toBe(stage.name);
      await expect
        .poll(() => announced(page))
        .toBe(t('presentation.announceStage', { n: 1, total: 5, name: stage.name }));
      expect(
        await slides(page, lang)
          .getByRole('rowheader', { name: t('rows.names.painPoints') })
          .isVisible(),
      ).toBe(true);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const parking = project.steps.find((s) => s.id === 'sm-parking')!;
      await expect.poll(() => heading(page, lang).innerText()).toBe(parking.title);
      expect(
        await slides(page, lang)
          .getByText(t('presentation.riskFactors', { likelihood: 2, impact: 2 }))
          .isVisible(),
      ).toBe(true);
      expect(await slides(page, lang).getByText(t('presentation.keys')).isVisible()).toBe(true);
      await page.screenshot({ path: `${SHOTS}/step-${lang}.png` });
      await page.keyboard.press('Escape');
      await slides(page, lang).waitFor({ state: 'detached' });
      expect(app.errors).toEqual([]);
    });
});
