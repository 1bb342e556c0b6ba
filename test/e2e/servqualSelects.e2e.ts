/**
 * The SERVQUAL selects in the inspector are wide enough for their longest
 * option: "7 very high" is shown whole, not cut to "7 very l".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApps } from './harness';

const start = useApps();

/**
 * How wide a select is, and how wide the same select would be at its natural
 * size (wide enough for its longest option, as the browser sizes it).
 */
async function widths(page: Page, label: string): Promise<{ actual: number; needed: number }> {
  return page.getByLabel(label, { exact: true }).evaluate((el) => {
    const select = el as HTMLSelectElement;
    const probe = select.cloneNode(true) as HTMLSelectElement;
    probe.removeAttribute('id');
    probe.style.width = 'auto';
    probe.style.minWidth = '0';
    probe.style.maxWidth = 'none';
    probe.style.position = 'absolute';
    probe.style.visibility = 'hidden';
    select.parentElement!.appendChild(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return { actual: select.getBoundingClientRect().width, needed };
  });
}

describe('SERVQUAL selects', () => {
  it('show "7 very high" whole in every expectation and perception select', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Scores');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    const step = page.getByRole('group', { name: 'Find a parking spot', exact: true });
    await step.waitFor();
    await step.click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Reliability expectation', { exact: true }).waitFor();
    for (const dim of ['Tangibles', 'Reliability', 'Responsiveness', 'Assurance', 'Empathy'])
      for (const side of ['expectation', 'perception']) {
        const label = `${dim} ${side}`;
        await inspector.getByLabel(label, { exact: true }).selectOption({ label: '7 very high' });
        const { actual, needed } = await widths(page, label);
        expect(actual, label).toBeGreaterThanOrEqual(needed - 0.5);
      }
  });
});
