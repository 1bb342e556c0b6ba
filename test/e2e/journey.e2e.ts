/**
 * Walking skeleton, end to end: create from the supermarket template, see the
 * sixteen steps, move one, restart the app, find everything where it was left.
 */
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Channels } from '../../shared/ipc';
import { buildTemplate } from '../../shared/templates';
import { useApps, type App } from './harness';

const SUPERMARKET = buildTemplate('supermarket', { id: 'x', name: 'x', now: new Date(0).toISOString() });

const start = useApps();

async function createFromTemplate(app: App, name: string, template: RegExp) {
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('radio', { name: template }).check();
  await page.getByRole('button', { name: 'Create' }).click();
}

async function waitSaved(app: App) {
  await app.page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

describe('walking skeleton', () => {
  it('creates a project from the supermarket template and finds a moved step after a restart', async () => {
    const first = await start();
    await createFromTemplate(first, 'Saturday shop', /Supermarket/);
    const page = first.page;

    // All sixteen steps are on the map, by name, in their stage columns left to right
    // (fit the view first: a new project opens at a readable zoom, at the journey's start).
    expect(SUPERMARKET.steps).toHaveLength(16);
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    for (const step of SUPERMARKET.steps) await page.getByRole('group', { name: step.title, exact: true }).waitFor();
    const xs: number[] = [];
    for (const stage of SUPERMARKET.stages) {
      const box = await page.locator('.stage-header', { hasText: stage.name }).boundingBox();
      expect(box, `stage ${stage.name} drawn`).not.toBeNull();
      xs.push(box!.x);
    }
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);

    // Drag one step down; its place relative to a step that did not move is what must survive.
    const moved = SUPERMARKET.steps[4];
    const anchor = SUPERMARKET.steps[0];
    const node = page.getByRole('group', { name: moved.title, exact: true });
    const before = (await node.boundingBox())!;
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2 + i * 8);
    await page.mouse.up();
    const after = (await node.boundingBox())!;
    expect(after.y - before.y).toBeGreaterThan(40);
    const anchorBox = (await page.getByRole('group', { name: anchor.title, exact: true }).boundingBox())!;
    const offset = { x: after.x - anchorBox.x, y: after.y - anchorBox.y };
    await waitSaved(first);
    // The window loses focus as it closes: the view state (viewport, kept in the library
    // settings, not in the project) is written then; the harness's close does not do it.
    await first.page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await expect
      .poll(async () => {
        const settings = await first.handlers[Channels.getSettings](undefined);
        return settings.ok ? Object.keys(settings.value.views).length : 0;
      })
      .toBe(1);
    await first.close();

    // Restart on the same data folder.
    const second = await start({ dataDir: first.dataDir });
    await second.page.getByRole('button', { name: /Open Saturday shop/ }).click();
    const node2 = second.page.getByRole('group', { name: moved.title, exact: true });
    await node2.waitFor();
    const box2 = (await node2.boundingBox())!;
    const anchor2 = (await second.page.getByRole('group', { name: anchor.title, exact: true }).boundingBox())!;
    expect(Math.abs(box2.x - anchor2.x - offset.x)).toBeLessThan(2);
    expect(Math.abs(box2.y - anchor2.y - offset.y)).toBeLessThan(2);

    // And on disk: the moved step's stored position changed, the others did not.
    const files = await readdir(join(first.dataDir, 'projects'));
    const stored = JSON.parse(await readFile(join(first.dataDir, 'projects', files[0]), 'utf8'));
    const storedMoved = stored.steps.find((s: { title: string }) => s.title === moved.title);
    expect(storedMoved.position.y).toBeGreaterThan(moved.position.y + 40);
    const storedAnchor = stored.steps.find((s: { title: string }) => s.title === anchor.title);
    expect(storedAnchor.position).toEqual(anchor.position);

    // The README's screenshot: the map with the risk heat map on and a contact moment in the inspector.
    await second.page.getByLabel('Overlay').selectOption('risk');
    for (let i = 0; i < 3; i++) await second.page.getByRole('button', { name: 'Zoom In', exact: true }).click();
    await second.page.getByRole('group', { name: 'Ask a sales assistant for help', exact: true }).click();
    await second.page.waitForTimeout(300);
    await second.page.screenshot({ path: 'docs/editor.png' });
  });

  it('starts with a corrupt project file, names it, and leaves the file on disk', async () => {
    const first = await start();
    await createFromTemplate(first, 'Good one', /Supermarket/);
    await waitSaved(first);
    await first.close();
    const projects = join(first.dataDir, 'projects');
    const [goodFile] = await readdir(projects);
    const good = JSON.parse(await readFile(join(projects, goodFile), 'utf8'));
    // A second project whose file is cut off half way through.
    const broken = { ...good, id: 'broken-1', name: 'Broken one' };
    const text = JSON.stringify(broken, null, 2);
    await mkdir(projects, { recursive: true });
    await writeFile(join(projects, 'broken-1.touchmap'), text.slice(0, text.length / 2));

    const second = await start({ dataDir: first.dataDir });
    const alert = second.page.getByRole('alert');
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toContain('broken-1');
    expect(message.toLowerCase()).toMatch(/could not be read/);
    // The good project is still listed and opens.
    await second.page.getByRole('button', { name: /Open Good one/ }).click();
    await second.page.getByRole('group', { name: SUPERMARKET.steps[0].title, exact: true }).waitFor();
    // The broken file still exists somewhere under the data folder, byte for byte.
    const all = await readdir(first.dataDir, { recursive: true });
    const kept = all.filter((f) => String(f).includes('broken-1'));
    expect(kept.length).toBeGreaterThan(0);
    const keptText = await readFile(join(first.dataDir, String(kept[0])), 'utf8');
    expect(keptText).toBe(text.slice(0, text.length / 2));
  });
});
