/**
 * A persona's thoughts through the real UI, on the supermarket template: with a persona chosen
 * (the inspector's "Show as persona"), the thoughts row shows that persona's thoughts, and a
 * thought typed there, or one edited or deleted there, changes the persona's thoughts, never the
 * default ones; the inspector's persona field shows the same thoughts and edits them the same
 * way, and its "Use the default thoughts" hands the persona back to the default.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Channels } from '../../shared/ipc';
import type { Project } from '../../shared/model/types';
import { fitView, onlyProjectId, useApps, type App } from './harness';

const start = useApps();

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const STEP = 'Ride the bike';
const DEFAULT = "I hope it's quick: I haven't much time.";
const PERSONA = 'Regular cyclist';

async function saved(app: App): Promise<Project> {
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

/** The step's default thoughts and the persona's own, as written to the file. */
async function fileThoughts(app: App) {
  const project = await saved(app);
  const personaId = project.personas.find((p) => p.name === PERSONA)?.id;
  const step = project.steps.find((s) => s.title === STEP);
  return {
    defaults: step?.thoughts,
    persona: step?.personaOverrides?.find((o) => o.personaId === personaId)?.thoughts,
  };
}

describe('a persona’s thoughts', () => {
  it('typing in the thoughts row as a persona edits that persona’s thoughts, as the inspector does', async () => {
    const app = await start({ viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Cyclists');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await node(page, STEP).waitFor();
    await fitView(page);

    // Show the journey as the persona (it inherits the step's default thought).
    await node(page, STEP).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const section = inspector.getByRole('group', { name: 'Persona', exact: true });
    await section.getByLabel('Show as persona').selectOption({ label: PERSONA });
    const own = section.getByLabel('Thoughts of this persona');
    expect(await own.inputValue()).toBe(DEFAULT);
    // The default section says it is the default.
    const defaults = inspector.getByRole('group', { name: 'Thoughts', exact: true });
    expect(await defaults.innerText()).toContain('These are the default thoughts, for every customer.');

    // Type a thought in the row, as the persona: Enter saves it.
    await page.getByRole('button', { name: `Add thought to: ${STEP}` }).click();
    await page.getByRole('textbox', { name: `New thought for: ${STEP}` }).fill('Is there a bike rack left?');
    await page.keyboard.press('Enter');
    // The row shows it, the default thoughts are untouched, the persona has both as its own.
    await page.getByRole('button', { name: 'Edit note: Is there a bike rack left?' }).waitFor();
    await expect
      .poll(() => fileThoughts(app), { timeout: 10_000 })
      .toEqual({ defaults: [DEFAULT], persona: [DEFAULT, 'Is there a bike rack left?'] });
    await expect.poll(() => own.inputValue()).toBe(`${DEFAULT}\nIs there a bike rack left?`);
    expect(await defaults.getByRole('textbox', { name: 'Thought 1' }).inputValue()).toBe(DEFAULT);
    expect(await defaults.getByRole('textbox', { name: 'Thought 2' }).count()).toBe(0);
    await page.screenshot({ path: 'test-results/persona-thoughts.png' });

    // Editing an inherited thought in the row changes the persona's copy only.
    await page.getByRole('button', { name: `Edit note: ${DEFAULT}` }).click();
    const field = page.getByRole('textbox', { name: 'Note text' });
    await field.fill('Quick, the rain is coming.');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => fileThoughts(app), { timeout: 10_000 })
      .toEqual({ defaults: [DEFAULT], persona: ['Quick, the rain is coming.', 'Is there a bike rack left?'] });

    // Deleting one in the row (Delete on the note) too.
    await page.getByRole('button', { name: 'Edit note: Is there a bike rack left?' }).focus();
    await page.keyboard.press('Delete');
    await expect
      .poll(() => fileThoughts(app), { timeout: 10_000 })
      .toEqual({ defaults: [DEFAULT], persona: ['Quick, the rain is coming.'] });

    // The inspector edits the same thoughts: typing there makes them the persona's too.
    await own.fill('Quick, the rain is coming.\nLights on?');
    await expect
      .poll(() => fileThoughts(app), { timeout: 10_000 })
      .toEqual({ defaults: [DEFAULT], persona: ['Quick, the rain is coming.', 'Lights on?'] });
    await page.getByRole('button', { name: 'Edit note: Lights on?' }).waitFor();

    // Back to the default: the row shows the default thought again, for this persona too.
    await section.getByRole('button', { name: 'Use the default thoughts' }).click();
    await expect
      .poll(() => fileThoughts(app), { timeout: 10_000 })
      .toEqual({ defaults: [DEFAULT], persona: undefined });
    await page.getByRole('button', { name: `Edit note: ${DEFAULT}` }).waitFor();

    // Without a persona, the row edits the default thoughts again.
    await section.getByLabel('Show as persona').selectOption({ label: 'Default (every customer)' });
    await page.getByRole('button', { name: `Add thought to: ${STEP}` }).click();
    await page.getByRole('textbox', { name: `New thought for: ${STEP}` }).fill('Windy today');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => fileThoughts(app), { timeout: 10_000 })
      .toEqual({ defaults: [DEFAULT, 'Windy today'], persona: undefined });
  });
});
