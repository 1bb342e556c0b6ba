/**
 * Personas through the real UI, on the supermarket template: the persona panel (Ctrl+Shift+P)
 * removes the template's personas (saying what goes with each), adds one and shows the
 * handling rules of its customer type; the inspector sets that persona's own emotion on one
 * step; the emotion row then draws two curves with a legend; the persona filter changes the
 * emotion lens on the map; removing the persona takes its curve away and one Undo brings both
 * the persona and its emotion back.
 */
import { describe, expect, it } from 'vitest';
import { Channels } from '../../shared/ipc';
import type { Project } from '../../shared/model/types';
import { emotionRow, node } from './evidence';
import { fitView, onlyProjectId, useApps, type App } from './harness';

const start = useApps();

const STEP = 'Browse the snack aisle';

async function saved(app: App): Promise<Project> {
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

describe('personas', () => {
  it('adds a persona, gives it its own emotion, draws its curve, filters the lens and undoes its removal', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Shoppers');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await node(page, 'Find a parking spot').waitFor();
    await fitView(page);

    // The template comes with two personas, each with its own curve.
    await expect.poll(async () => (await emotionRow(page)).personaCurves.length).toBe(2);

    // The panel opens from its shortcut, focus on its heading.
    await page.keyboard.press('Control+Shift+P');
    const panel = page.getByRole('complementary', { name: 'Personas', exact: true });
    await panel.waitFor();
    const list = panel.getByRole('list', { name: 'Personas of the journey' });

    // Removing a persona says what goes with it, and asks first.
    for (const [name, steps] of [
      ['Chronic complainer', 6],
      ['Regular cyclist', 3],
    ] as const) {
      const card = list.getByRole('listitem', { name });
      await card.getByRole('button', { name: 'Remove persona' }).click();
      const confirm = card.getByRole('alertdialog', { name: 'Remove persona' });
      expect(await confirm.innerText()).toContain(`Remove the persona: ${name}?`);
      expect(await confirm.innerText()).toContain(`on ${steps} steps go with it`);
      await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
      await card.waitFor({ state: 'detached' });
    }
    // The band follows an edit a moment later (it is drawn deferred, after the map).
    await expect.poll(async () => (await emotionRow(page)).personaCurves).toEqual([]);
    await expect.poll(async () => (await emotionRow(page)).legend).toEqual([]);

    // Add one: name, customer type, goals; the handling rules of the type are shown.
    await panel.getByRole('button', { name: 'Add persona' }).click();
    const card = list.getByRole('listitem', { name: 'New persona' });
    await card.getByLabel('Name').fill('Angry shopper');
    const named = list.getByRole('listitem', { name: 'Angry shopper' });
    await named.getByLabel('Customer type').selectOption({ label: 'Angry customer' });
    await named.getByLabel('Goals').fill('Pay and leave quickly');
    const guidance = named.getByRole('region', { name: 'How to serve this customer: Angry customer' });
    expect(await guidance.innerText()).toContain('Never say "there is no reason to be angry"');
    expect(await named.innerText()).toContain('Lives every step as the default');
    await page.screenshot({ path: 'test-results/personas-panel.png' });

    // The inspector: choose the persona, see its guidance, give it its own emotion on one step.
    await node(page, STEP).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const section = inspector.getByRole('group', { name: 'Persona', exact: true });
    await section.getByLabel('Show as persona').selectOption({ label: 'Angry shopper' });
    await section.getByRole('region', { name: 'How to serve this customer: Angry customer' }).waitFor();
    const emotion = section.getByLabel('Emotion of this persona');
    expect(await emotion.locator('option:checked').innerText()).toMatch(/^As the default: /);
    await emotion.selectOption('-2');

    // Two curves, each with its own look, and a legend naming them.
    // The curve and its points follow the edit a moment later (the band is drawn deferred).
    await expect
      .poll(async () => (await emotionRow(page)).personaCurves.map((c) => c.points))
      .toEqual([[expect.stringMatching(/^Angry shopper, Browse the snack aisle: /)]]);
    const row = await emotionRow(page);
    expect(row.defaultCurves).toBeGreaterThan(0);
    expect(row.legend).toEqual(['Default', 'Angry shopper']);
    expect(row.personaCurves[0]!.dash).not.toBeNull();
    expect(row.personaCurves[0]!.points).toEqual([expect.stringMatching(/^Angry shopper, Browse the snack aisle: /)]);
    await expect
      .poll(async () => (await saved(app)).steps.find((s) => s.title === STEP)?.personaOverrides, { timeout: 10_000 })
      .toEqual([{ personaId: expect.any(String), emotion: -2 }]);
    const band = page.locator('g.row-emotion').first();
    await band.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/personas-curves.png' });

    // The persona filter (chosen in the inspector) changes the emotion lens on the map.
    await page.getByLabel('Overlay').selectOption('emotion');
    // The lens colour of the step (drawn zoomed out too): the persona's -2 against the default +1.
    const swatch = () =>
      node(page, STEP)
        .locator('.step-node')
        .evaluate((el) => (el as HTMLElement).style.background);
    expect(await page.locator('.filter-bar').innerText()).toContain('Persona: Angry shopper');
    const asPersona = await swatch();
    expect(asPersona).not.toBe('');
    await page.locator('.filter-bar .filter-chip-remove').click();
    await expect.poll(swatch).not.toBe(asPersona);
    // Chosen again from the filter menu, the persona's colour comes back.
    await page.locator('#filter-button').click();
    await page.getByRole('menuitem', { name: 'Persona' }).click();
    await page.getByRole('menuitemradio', { name: 'Angry shopper' }).click();
    await expect.poll(swatch).toBe(asPersona);

    // Removing the persona removes its curve; one Undo brings persona and emotion back.
    const angry = list.getByRole('listitem', { name: 'Angry shopper' });
    await angry.getByRole('button', { name: 'Remove persona' }).click();
    expect(await angry.getByRole('alertdialog').innerText()).toContain('on 1 step go with it');
    await angry.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(async () => (await emotionRow(page)).personaCurves.length).toBe(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await emotionRow(page)).personaCurves.length).toBe(1);
    await expect.poll(async () => (await emotionRow(page)).personaCurves[0]?.points.length).toBe(1);
    await list.getByRole('listitem', { name: 'Angry shopper' }).waitFor();
    await expect
      .poll(async () => (await saved(app)).personas.map((p) => p.name), { timeout: 10_000 })
      .toEqual(['Angry shopper']);
  });
});
