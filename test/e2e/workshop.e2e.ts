/**
 * Live workshop, end to end on loopback: one app hosts the supermarket journey, another joins
 * with the code, each sees the other's selection, each adds and names a step, the guest goes
 * offline, edits, comes back and both end with the same map; the host restarts and finds it
 * all in its file. A page with a wrong code is refused.
 */
import { describe, expect, it } from 'vitest';
import { Channels } from '../../shared/ipc';
import { useApps, type App } from './harness';

const start = useApps();

async function waitSaved(app: App) {
  await app.page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

async function hostedFile(app: App) {
  const list = await app.handlers[Channels.listProjects](undefined);
  if (!list.ok) throw new Error(list.error);
  const opened = await app.handlers[Channels.openProject]({ id: list.value.projects[0]!.id });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

async function join(app: App, name: string, code: string) {
  await app.menu('join-workshop');
  const dialog = app.page.getByRole('dialog', { name: 'Join workshop' });
  await dialog.getByRole('textbox', { name: 'Your name (others see it)' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Join code or link' }).fill(code);
  await dialog.getByRole('button', { name: 'Join' }).click();
  return dialog;
}

async function addNamedStep(app: App, title: string) {
  await app.menu('add-step');
  await app.page.keyboard.type(title);
  await app.page.keyboard.press('Enter');
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
    await host.page.getByRole('button', { name: 'New project' }).click();
    await host.page.getByLabel('Project name').fill('Saturday shop');
    await host.page.getByRole('radio', { name: /Supermarket/ }).check();
    await host.page.getByRole('button', { name: 'Create' }).click();
    await waitSaved(host);

    await host.menu('host-workshop');
    const hostDialog = host.page.getByRole('dialog', { name: 'Host workshop' });
    await hostDialog.getByRole('textbox', { name: 'Your name (others see it)' }).fill('Anna');
    await hostDialog.getByRole('button', { name: 'Start workshop' }).click();
    const codeBox = hostDialog.getByRole('textbox', { name: 'Join code' });
    await expect.poll(() => codeBox.inputValue()).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    const code = await codeBox.inputValue();
    expect(await hostDialog.getByRole('textbox', { name: 'Join link' }).inputValue()).toBe(
      `touchmap://join?code=${code}`,
    );

    // A wrong code (the right host, another token) is refused with a clear message.
    const stranger = await start();
    const flipped = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
    const strangerDialog = await join(stranger, 'Eve', flipped);
    await expect
      .poll(() => strangerDialog.getByRole('alert').textContent(), { timeout: 15_000 })
      .toMatch(/refused this code/);

    const guest = await start();
    const guestDialog = await join(guest, 'Ben', code);
    await guestDialog.waitFor({ state: 'detached', timeout: 15_000 });
    await guest.page.getByRole('group', { name: 'Find a parking spot', exact: true }).waitFor();
    await hostDialog.getByRole('listitem').filter({ hasText: 'Ben' }).waitFor();
    await host.page.keyboard.press('Escape');

    // Presence: each sees the other in the strip, and the other's selection outlined.
    await host.page.getByRole('region', { name: 'Workshop' }).getByText('Ben').waitFor();
    await guest.page.getByRole('region', { name: 'Workshop' }).getByText('Anna').waitFor();
    await host.page.getByRole('group', { name: 'Find a parking spot', exact: true }).click();
    await expect.poll(() => outlineOf(guest, 'Find a parking spot')).toBe('solid');

    // Each adds and names a step; both see both.
    await addNamedStep(host, 'Greeter at the door');
    await addNamedStep(guest, 'Self-scan handset');
    for (const app of [host, guest])
      for (const title of ['Greeter at the door', 'Self-scan handset'])
        await app.page.getByRole('group', { name: title, exact: true }).waitFor({ timeout: 15_000 });

    // The host's file holds it all; after a restart too.
    await waitSaved(host);
    const titles = (await hostedFile(host)).steps.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['Greeter at the door', 'Self-scan handset']));
    expect(titles).toHaveLength(18);
    await host.close();
    const again = await start({ dataDir: host.dataDir });
    const restarted = (await hostedFile(again)).steps.map((s) => s.title);
    expect(restarted.sort()).toEqual([...titles].sort());
  }, 180_000);
});
