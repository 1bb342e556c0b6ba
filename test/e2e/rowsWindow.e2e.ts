/**
 * The rows band of a long journey puts only what is in view in the page: a far column's cells
 * are not there until the view reaches them, and then they are. An edit to one step re-draws
 * that step's cells and leaves the others' drawn elements in place.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../electron/handlers';
import { ROW_KINDS, type Project } from '../../shared/model';
import { generateJourney } from '../support/generate';
import { fitView, folderTrash, useApps } from './harness';

const start = useApps();

/** A 150-step journey with every row shown and a thought on each step, opened at the top left at actual size. */
async function storedJourney(): Promise<{ dataDir: string; project: Project }> {
  const project = generateJourney(150);
  project.rows = ROW_KINDS.map((kind) => ({ kind, shown: true }));
  project.steps.forEach((step, i) => (step.thoughts = [`Thought ${i + 1}`]));
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-e2e-'));
  const { library } = createServices({ dataDir, trash: folderTrash(dataDir), log: () => {} });
  const created = await library.create(project.name, 'blank');
  await library.save({ ...project, id: created.id });
  library.updateSettings({
    views: { [created.id]: { x: 0, y: 0, zoom: 1, lens: 'none', sense: 'sight', at: Date.now() } },
  });
  return { dataDir, project };
}

describe('the rows band of a long journey', () => {
  it('draws a far column when it comes into view, and re-draws only the step an edit changed', async () => {
    const { dataDir, project } = await storedJourney();
    const app = await start({ dataDir, viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await page.getByRole('button', { name: `Open ${project.name}` }).click();
    await page.locator('.rows-drawing').waitFor();
    const last = project.steps[project.steps.length - 1];
    const cellsOf = (id: string) => page.locator(`.rows-cell[data-steps~="${id}"]`).count();
    // At the top left, actual size: the far end of the map has no cells in the page.
    expect(await cellsOf(last.id)).toBe(0);
    const drawnThought = (id: string) =>
      page.locator(`.rows-drawing .row-thoughts .row-cell[data-item="${id}"]`).first().textContent();

    // The whole map in view: the far column's cells are there, one per row, its thought drawn.
    await fitView(page);
    await expect.poll(() => cellsOf(last.id)).toBe(ROW_KINDS.length);
    await expect.poll(() => drawnThought(last.id)).toContain(`Thought ${project.steps.length}`);

    // Edit one step's thought: its cell shows the new text; another step's drawn cell stays the same element.
    const first = project.steps[0];
    await page.evaluate((id) => {
      const el = document.querySelector(`.rows-drawing .row-thoughts .row-cell[data-item="${id}"]`);
      (el as unknown as { __kept?: boolean }).__kept = true;
    }, last.id);
    await page.getByRole('button', { name: 'Edit note: Thought 1', exact: true }).click();
    const edit = page.getByRole('textbox', { name: 'Note text' });
    await edit.fill('Where is the entrance?');
    await page.keyboard.press('Enter');
    await expect.poll(() => drawnThought(first.id)).toContain('Where is the entrance?');
    const kept = await page.evaluate((id) => {
      const el = document.querySelector(`.rows-drawing .row-thoughts .row-cell[data-item="${id}"]`);
      return (el as unknown as { __kept?: boolean } | null)?.__kept === true;
    }, last.id);
    expect(kept).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
