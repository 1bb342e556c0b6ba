/**
 * The New project form offers each template in a language of the user's choice (issue G item 3):
 * the template's text is built in that language, the project keeps it as the user's own text.
 */
import { describe, expect, it } from 'vitest';
import { useApps } from './harness';

const start = useApps();

describe('template language', () => {
  it('defaults to the UI language and builds the supermarket in Chinese when Chinese is chosen', async () => {
    const { page } = await start();
    await page.getByRole('button', { name: 'New project' }).click();
    const language = page.getByRole('combobox', { name: 'Template language' });
    expect(await language.inputValue()).toBe('en');
    await page.getByLabel('Project name').fill('超市');
    await page.getByRole('radio', { name: /Supermarket visit/ }).check();
    await language.selectOption({ label: '简体中文' });
    await page.getByRole('button', { name: 'Create' }).click();

    // The canvas draws only the steps in view; the supermarket's entrance is among them.
    await page.getByRole('group', { name: '进超市', exact: true }).waitFor();
    expect(await page.getByRole('group', { name: 'Enter the supermarket', exact: true }).count()).toBe(0);
  });

  it('builds in English by default', async () => {
    const { page } = await start();
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Store');
    await page.getByRole('radio', { name: /Supermarket visit/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('group', { name: 'Enter the supermarket', exact: true }).waitFor();
    expect(await page.getByRole('group', { name: '进超市', exact: true }).count()).toBe(0);
  });
});
