/**
 * Exports in a language other than the app's (issue G item 2): in an English UI the export
 * dialog offers every language; choosing Hungarian writes a Hungarian map and report, and the
 * choice is remembered with the export settings.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/formats/csv';
import { Channels } from '../../shared/ipc';
import { drawingLabels } from '../../shared/i18n/labels';
import { translator } from '../../shared/i18n/translator';
import { LANGUAGE_NAMES, LANGUAGES } from '../../shared/i18n/languages';
import { launchApp, type App } from './harness';

let app: App;
let out: string;
const hu = translator('hu');

async function openDialog() {
  await app.page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Export…', exact: true }).click();
  return app.page.getByRole('dialog', { name: 'Export' });
}

async function exportFile(format: string, ext: string) {
  const path = join(out, `map-hu.${ext}`);
  app.dialogs.exportPath = path;
  const dialog = await openDialog();
  await dialog.getByLabel('Format').selectOption(format);
  await dialog.getByLabel('Language').selectOption({ label: LANGUAGE_NAMES.hu });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const result = app.page.getByRole('status', { name: 'Export result' });
  await result.waitFor();
  // The app speaks English; only the file is Hungarian.
  expect(await result.innerText()).toContain(`Exported to ${path}`);
  await result.getByRole('button', { name: 'Dismiss' }).click();
  return path;
}

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'touchmap-export-lang-'));
  app = await launchApp();
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Nyelvi export');
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByLabel('Overlay').selectOption('risk');
});

afterAll(async () => {
  await app?.close();
});

describe('export language', () => {
  it('offers the app language and every language by its own name', async () => {
    const dialog = await openDialog();
    const select = dialog.getByLabel('Language');
    expect(await select.inputValue()).toBe('ui');
    const options = await select.locator('option').allInnerTexts();
    expect(options).toEqual(['As the app (English)', ...LANGUAGES.map((l) => LANGUAGE_NAMES[l])]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('writes a Hungarian SVG from an English UI: legend and title block in Hungarian', async () => {
    const svg = await readFile(await exportFile('svg', 'svg'), 'utf8');
    const labels = drawingLabels(hu);
    for (const word of [labels.flows.main, labels.contactMoment, labels.momentOfTruth, labels.riskTitle])
      expect(svg).toContain(`>${word}<`);
    expect(svg).toMatch(new RegExp(`>${hu('exportText.dated', { date: '' })}[^<]+<`));
    expect(svg).not.toMatch(/>Exported /);
    // The UI stays English.
    expect(
      await app.page
        .getByRole('toolbar', { name: 'Editor' })
        .getByRole('button', { name: 'Export…', exact: true })
        .count(),
    ).toBe(1);
  });

  it('remembers the language with the export settings and writes the CSV headers in it', async () => {
    const settings = await app.handlers[Channels.getSettings](undefined);
    expect(settings.ok && settings.value.exportDefaults.language).toBe('hu');
    const dialog = await openDialog();
    expect(await dialog.getByLabel('Language').inputValue()).toBe('hu');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const csv = await readFile(await exportFile('csv', 'csv'), 'utf8');
    const [header] = parseCsv(csv);
    expect(header.slice(0, 4)).toEqual([hu('csv.stage'), hu('csv.step'), hu('csv.contactMoment'), hu('csv.channel')]);
    expect(header).not.toContain('stage');
  });
});
