/**
 * Every screen in each of the five languages (issue G, "Done when"): the app starts in the
 * language, and home, the New project form, the editor with the supermarket template, the
 * inspector of a contact moment, the problems panel, the shortcuts sheet and the export dialog
 * (each of its formats) show no string of another language's catalogue — every visible text,
 * accessible name, title, placeholder and option label is searched (catalogueLeaks.ts). The
 * project's own text is the user's and is left out of that search, but it is checked itself:
 * the template's steps are in the UI language. The English direction matters most: no English
 * string may show in Hungarian, Lithuanian, Estonian or Chinese, nor React Flow's own English
 * labels. Hungarian and Chinese runs write the README's screenshots (docs/editor-hu.png,
 * docs/editor-zh.png), framed as journey.e2e.ts frames docs/editor.png.
 *
 * Switching the language live in an open editor (selection and unsaved edit kept) is
 * language.e2e.ts's.
 */
import { defaultAriaLabelConfig } from '@xyflow/system';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION_SPECS, actionSpec, bindingText, shortcutText } from '../../shared/actions';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/translator';
import { Channels } from '../../shared/ipc';
import { buildTemplate } from '../../shared/templates';
import { findLeaks, projectTexts, strayWords, type Leak, type Shown } from './catalogueLeaks';
import { onlyProjectId, useApps } from './harness';

const start = useApps();

/** The system locale each run plays. */
const LOCALES: Record<Language, string> = { en: 'en-US', hu: 'hu-HU', lt: 'lt-LT', et: 'et-EE', 'zh-CN': 'zh-CN' };
/** The README's screenshots. */
const SCREENSHOTS: Partial<Record<Language, string>> = { hu: 'docs/editor-hu.png', 'zh-CN': 'docs/editor-zh.png' };
/** React Flow's own English labels and hints: shown unless the canvas passes its translations. */
const REACT_FLOW_ENGLISH = Object.values(defaultAriaLabelConfig).filter((v): v is string => typeof v === 'string');
/**
 * The shortcuts as written ("Ctrl+Z", "Delete / Backspace"): the names on the keycaps, the same
 * in every language, so not searched (the English verb "Delete" is also a key's name).
 */
const KEY_TEXTS = ACTION_SPECS.flatMap((spec) => [
  shortcutText(spec.id) ?? '',
  ...(actionSpec(spec.id).keys ?? []).map((b) => bindingText(b)),
]).filter(Boolean);

/**
 * Every text the page shows now: visible text nodes, the option labels of visible selects, and
 * the accessible names, descriptions, titles and placeholders of rendered elements (with the
 * text of what aria-labelledby/aria-describedby point at, hidden or not), and the window title.
 */
function collect(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const out: { text: string; lang: string; where: string }[] = [];
    const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? '';
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 3; e = e.parentElement) {
        const label = e.getAttribute('aria-label');
        parts.push(
          `${e.localName}${e.getAttribute('role') ? `[role=${e.getAttribute('role')}]` : ''}${
            typeof e.className === 'string' && e.className ? `.${e.className.split(' ')[0]}` : ''
          }${label ? `("${label.slice(0, 30)}")` : ''}`,
        );
      }
      return parts.reverse().join(' > ');
    };
    const rendered = (el: Element) => {
      const select = el.closest('select');
      return (select ?? el).checkVisibility();
    };
    const push = (text: string | null | undefined, el: Element) => {
      const trimmed = text?.replace(/\s+/g, ' ').trim();
      if (trimmed) out.push({ text: trimmed, lang: langOf(el), where: where(el) });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style')) continue;
      // An SVG <title> is never drawn, but it is the drawing's name.
      const svgTitle = el.closest('svg title');
      if (svgTitle ? el.closest('svg')?.checkVisibility() : rendered(el)) push(node.textContent, el);
    }
    const ATTRIBUTES = [
      'aria-label',
      'aria-description',
      'aria-roledescription',
      'aria-valuetext',
      'aria-placeholder',
      'title',
      'placeholder',
      'alt',
      'label',
    ];
    for (const el of document.body.querySelectorAll('*')) {
      if (!rendered(el)) continue;
      for (const name of ATTRIBUTES) push(el.getAttribute(name), el);
      for (const name of ['aria-labelledby', 'aria-describedby'])
        for (const id of (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean))
          push(document.getElementById(id)?.textContent, el);
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) push(el.value, el);
    }
    push(document.title, document.documentElement);
    return out;
  });
}

describe('every screen in each language', () => {
  for (const lang of LANGUAGES)
    it(`${lang}: home, new project, editor, inspector, problems, shortcuts and export show only ${lang}`, async () => {
      const t = translator(lang);
      const app = await start({ locale: LOCALES[lang] });
      const { page } = app;
      const expected = buildTemplate('supermarket', {
        id: 'x',
        name: 'x',
        now: new Date(0).toISOString(),
        language: lang,
      });
      const english = buildTemplate('supermarket', { id: 'x', name: 'x', now: new Date(0).toISOString() });
      const shown: { screen: string; items: Shown[] }[] = [];
      const look = async (screen: string) => shown.push({ screen, items: await collect(page) });

      // Home, then with the New project form open.
      await page.getByRole('button', { name: t('actions.new-project'), exact: true }).waitFor();
      await look('home');
      await page.getByRole('button', { name: t('actions.new-project'), exact: true }).click();
      await look('home with the New project form');

      // New project from the supermarket template: the template's language is the UI's by default.
      const form = page.getByRole('form', { name: t('home.newProject') });
      expect(await form.getByRole('combobox', { name: t('templates.languageLabel') }).inputValue()).toBe(lang);
      const projectName = t('templates.supermarket.name');
      await form.getByLabel(t('home.projectName')).fill(projectName);
      await form.getByRole('radio', { name: new RegExp(t('templates.supermarket.name')) }).check();
      await form.getByRole('button', { name: t('home.create'), exact: true }).click();

      // The editor, with the template's steps in the UI language.
      await page.getByRole('group', { name: expected.steps[0]!.title, exact: true }).waitFor();
      const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
      if (!opened.ok) throw new Error(opened.error);
      const project = opened.value;
      expect(project.steps.map((s) => s.title)).toEqual(expected.steps.map((s) => s.title));
      expect(project.stages.map((s) => s.name)).toEqual(expected.stages.map((s) => s.name));
      if (lang === 'zh-CN') await page.getByRole('group', { name: '进超市', exact: true }).waitFor();
      await page.getByRole('button', { name: t('actions.fit-view'), exact: true }).click();
      const steps = page.locator('.react-flow__node-step[aria-label]');
      // The canvas draws the steps in view: after Fit view, all of them.
      await expect.poll(() => steps.count()).toBe(expected.steps.length);
      const titlesShown = await steps.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
      expect(titlesShown.sort()).toEqual(expected.steps.map((s) => s.title).sort());
      if (lang !== 'en')
        for (const step of english.steps)
          if (!expected.steps.some((s) => s.title === step.title))
            expect(titlesShown, `English step "${step.title}" shown`).not.toContain(step.title);
      await look('editor');

      // A contact moment selected, with the risk heat map: the README's framing (journey.e2e.ts).
      await page.getByLabel(t('editor.overlay')).selectOption('risk');
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: t('canvas.zoomIn'), exact: true }).click();
      const moment = expected.steps.find((s) => s.id === 'sm-ask-help')!;
      expect(moment.moment).toBeDefined();
      await page.getByRole('group', { name: moment.title, exact: true }).click();
      const inspector = page.getByRole('complementary', { name: t('inspector.title'), exact: true });
      await inspector.getByRole('group', { name: t('domain.contactMoment'), exact: true }).waitFor();
      await page.waitForTimeout(300);
      const screenshot = SCREENSHOTS[lang];
      if (screenshot) await page.screenshot({ path: screenshot });
      // Every section of the inspector open (any that folds).
      for (const folded of await inspector.locator('[aria-expanded="false"]').all()) await folded.click();
      await look('inspector of a contact moment');

      // The problems panel, open.
      const problems = page.getByRole('region', { name: t('insights.problems'), exact: true });
      await problems.getByRole('button').first().click();
      await problems.getByRole('list').waitFor();
      await look('problems');

      // The shortcuts sheet.
      await page.keyboard.press('?');
      const sheet = page.getByRole('dialog', { name: t('shortcuts.title') });
      await sheet.waitFor();
      await look('shortcuts sheet');
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });

      // The export dialog, in each of its formats (each shows its own options).
      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog', { name: t('exportDialog.title') });
      await dialog.waitFor();
      const format = dialog.getByLabel(t('exportDialog.format')).first();
      const formats = await format
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(formats.length).toBeGreaterThan(1);
      for (const value of formats) {
        await format.selectOption(value);
        await look(`export dialog (${value})`);
      }

      // The project's text is the user's; the shortcuts are keycaps' names.
      const userText = [projectName, ...projectTexts(project), ...KEY_TEXTS];
      const leaks: (Leak & { screen: string })[] = [];
      // A leak still in view on later screens (the editor behind a dialog) is named once, where it first showed.
      const named = new Set<string>();
      for (const { screen, items } of shown)
        for (const leak of findLeaks(lang, items, userText, REACT_FLOW_ENGLISH)) {
          const key = `${leak.fragment}\u0000${leak.text}\u0000${leak.where}`;
          if (named.has(key)) continue;
          named.add(key);
          leaks.push({ ...leak, screen });
        }
      const say = (l: Leak & { screen: string }) =>
        `${l.screen}: ${l.from} "${l.fragment}" in "${l.text}" at ${l.where}`;
      // The direction that matters most first: English (or React Flow's English) in another language.
      expect(leaks.filter((l) => l.from === 'en' || l.from === 'library').map(say)).toEqual([]);
      expect(leaks.map(say)).toEqual([]);
      // Nor a word no catalogue of this language uses (a literal no catalogue holds). Words from
      // elsewhere: language names, Intl's month, weekday and unit names, the keycaps.
      const intl = [
        ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 15))).flatMap((d) => [
          new Intl.DateTimeFormat(lang, { dateStyle: 'full' }).format(d),
          new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric' }).format(d),
          new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d),
        ]),
        ...[1, 2, 2.5, 5].map((n) =>
          new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(n),
        ),
      ];
      // React Flow's own aria-roledescription words ("node", "edge") are replaced on every step
      // and flow by the catalogue's (renderer/editor/flowModel.ts), so they are not allowed here.
      const allowed = [...Object.values(LANGUAGE_NAMES), ...intl, ...KEY_TEXTS];
      const strays = new Map<string, string>();
      for (const { screen, items } of shown)
        for (const stray of strayWords(lang, items, userText, allowed))
          if (!strays.has(`${stray.word}\u0000${stray.where}`))
            strays.set(
              `${stray.word}\u0000${stray.where}`,
              `${screen}: "${stray.word}" in "${stray.text}" at ${stray.where}`,
            );
      expect([...strays.values()]).toEqual([]);
      // Something was searched on every screen.
      for (const { screen, items } of shown) expect(items.length, screen).toBeGreaterThan(5);
      expect(app.errors).toEqual([]);
    }, 180_000);
});
