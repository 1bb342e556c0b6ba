/**
 * Live workshop, end to end on loopback: one app hosts the supermarket journey, another joins
 * with the code, each sees the other's selection, each adds and names a step, the guest goes
 * offline, edits, comes back and both end with the same map; the host restarts and finds it
 * all in its file. A page with a wrong code is refused.
 */
import { describe, expect, it } from 'vitest';
import { Channels } from '../../shared/ipc';
import { useApps, type App } from './harness';
import { joinWith, libraryProject, startHosting, supermarketProject } from './workshopSetup';

const start = useApps();

async function waitSaved(app: App) {
  await app.page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

/** The copy a guest saved into their own library (Save a copy). */
async function savedCopy(app: App, name: string) {
  const find = async () => {
    const list = await app.handlers[Channels.listProjects](undefined);
    return list.ok ? list.value.projects.find((p) => p.name.startsWith(name)) : undefined;
  };
  await expect.poll(find, { timeout: 15_000 }).toBeDefined();
  const opened = await app.handlers[Channels.openProject]({ id: (await find())!.id });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

async function addNamedStep(app: App, title: string) {
  await app.menu('add-step');
  await app.page.keyboard.type(title);
  await app.page.keyboard.press('Enter');
}

/** A step is in this page's map: the outline lists every step, the ones off screen too. */
async function seesStep(app: App, title: string) {
  await app.page
    .getByRole('tree', { name: 'Journey outline' })
    .getByRole('treeitem', { name: new RegExp(`^${title}(,|$)`) })
    .waitFor({ timeout: 15_000 });
}

/** The outline a peer's selection draws around a step on this page. */
async function outlineOf(app: App, title: string) {
  return app.page
    .getByRole('group', { name: title, exact: true })
    .evaluate((el) => getComputedStyle(el.closest('.react-flow__node')!).outlineStyle);
}

describe('live workshop', () => {
  it('hosts, joins by code, shares selections and edits, and keeps it all in the host file', async () => {
    const host = await start();
    await supermarketProject(host, 'Saturday shop');
    const { dialog: hostDialog, code, link } = await startHosting(host, 'Anna');
    expect(link).toBe(`touchmap://join?code=${code}`);

    // A wrong code (the right host, another token) is refused with a clear message.
    const stranger = await start();
    const flipped = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
    const strangerDialog = await joinWith(stranger, 'Eve', flipped);
    await expect
      .poll(() => strangerDialog.getByRole('alert').textContent(), { timeout: 15_000 })
      .toMatch(/refused this code/);

    const guest = await start();
    const guestDialog = await joinWith(guest, 'Ben', code);
    await guestDialog.waitFor({ state: 'detached', timeout: 15_000 });
    await guest.page.getByRole('group', { name: 'Find a parking spot', exact: true }).waitFor();
    await hostDialog.getByRole('listitem').filter({ hasText: 'Ben' }).waitFor();
    await host.page.keyboard.press('Escape');

    // Presence: each sees the other in the strip, and the other's selection outlined.
    await host.page.getByRole('region', { name: 'Workshop' }).getByText('Ben').waitFor();
    await guest.page.getByRole('region', { name: 'Workshop' }).getByText('Anna').waitFor();
    await host.page.getByRole('group', { name: 'Find a parking spot', exact: true }).click();
    await expect.poll(() => outlineOf(guest, 'Find a parking spot')).toBe('solid');

    // Each adds, names and annotates a step; both see both.
    await addNamedStep(host, 'Greeter at the door');
    await host.page.getByRole('checkbox', { name: 'Contact moment' }).check();
    await addNamedStep(guest, 'Self-scan handset');
    await guest.page.getByRole('textbox', { name: 'Description' }).fill('Scan as you shop');
    await guest.page.getByRole('textbox', { name: 'Description' }).press('Tab');
    // A second step by the same person opens its title field too (it lands off screen).
    await addNamedStep(guest, 'Bag your own');
    for (const app of [host, guest]) {
      await app.menu('outline');
      for (const title of ['Greeter at the door', 'Self-scan handset', 'Bag your own']) await seesStep(app, title);
    }

    // The host's Undo takes back the host's own last edit (the contact moment), not the
    // steps the guest added after it; Redo puts it back.
    const contactMoment = host.page.getByRole('checkbox', { name: 'Contact moment' });
    await host.menu('undo');
    await expect.poll(() => contactMoment.isChecked()).toBe(false);
    for (const title of ['Self-scan handset', 'Bag your own']) await seesStep(host, title);
    await host.menu('redo');
    await expect.poll(() => contactMoment.isChecked()).toBe(true);

    // The guest loses the network and keeps working; the host edits meanwhile.
    guest.workshop.goOffline();
    await guest.page
      .getByRole('region', { name: 'Workshop' })
      .getByRole('status')
      .filter({ hasText: /^Offline/ })
      .waitFor();
    await addNamedStep(guest, 'Written offline');
    await addNamedStep(host, 'Added while Ben was away');
    await seesStep(guest, 'Written offline');
    await seesStep(host, 'Added while Ben was away');
    await guest.page.waitForTimeout(500);
    const outline = (app: App) => app.page.getByRole('tree', { name: 'Journey outline' });
    expect(
      await outline(host)
        .getByRole('treeitem', { name: /^Written offline(,|$)/ })
        .count(),
    ).toBe(0);
    expect(
      await outline(guest)
        .getByRole('treeitem', { name: /^Added while Ben was away(,|$)/ })
        .count(),
    ).toBe(0);

    // Back online: both edits merge both ways.
    await guest.workshop.goOnline();
    await guest.page
      .getByRole('region', { name: 'Workshop' })
      .getByRole('status')
      .filter({ hasText: /^Connected$/ })
      .waitFor({ timeout: 15_000 });
    for (const app of [host, guest])
      for (const title of ['Written offline', 'Added while Ben was away']) await seesStep(app, title);

    // Both end with the same map: the guest's saved copy equals the host's file.
    await waitSaved(host);
    const hosted = await libraryProject(host);
    await guest.page.getByRole('button', { name: 'Save a copy' }).click();
    const copy = await savedCopy(guest, 'Saturday shop');
    const shape = (p: typeof hosted) =>
      p.steps
        .map((st) => ({
          id: st.id,
          title: st.title,
          stageId: st.stageId,
          description: st.description,
          moment: st.moment,
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
    expect(shape(copy)).toEqual(shape(hosted));
    expect(copy.flows.map((f) => f.id).sort()).toEqual(hosted.flows.map((f) => f.id).sort());
    const byTitle = new Map(hosted.steps.map((st) => [st.title, st]));
    expect(byTitle.get('Greeter at the door')?.moment).toBeDefined();
    expect(byTitle.get('Self-scan handset')?.description).toBe('Scan as you shop');

    // The host's file holds it all; after a restart too.
    const titles = hosted.steps.map((st) => st.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Greeter at the door',
        'Self-scan handset',
        'Bag your own',
        'Written offline',
        'Added while Ben was away',
      ]),
    );
    expect(titles).toHaveLength(21);
    await host.close();
    const again = await start({ dataDir: host.dataDir });
    const restarted = (await libraryProject(again)).steps.map((st) => st.title);
    expect(restarted.sort()).toEqual([...titles].sort());
  }, 180_000);
});
