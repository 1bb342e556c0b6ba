/**
 * A workshop on a team server (`npm run server`), end to end on loopback: one app puts its map
 * on the server under a name, another joins it there with the address, the token and the name,
 * and an edit reaches the host's file. The server refuses a second map of the same name, a map
 * it does not have and a wrong token, each with a message that says what to do.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncServer } from '../../server/syncServer';
import { useApps, type App } from './harness';
import { libraryProject, supermarketProject } from './workshopSetup';

const start = useApps();
const TOKEN = 'team-token-0123456789abcdef';
let server: SyncServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'touchmap-team-'));
  server = await startSyncServer({ host: '127.0.0.1', port: 0, token: TOKEN, dataDir });
});

afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function fillTeam(app: App, dialogName: string, fields: { url: string; token: string; map?: string }) {
  const dialog = app.page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('textbox', { name: 'Server address (ws:// or wss://)' }).fill(fields.url);
  await dialog.getByRole('textbox', { name: 'Access token' }).fill(fields.token);
  if (fields.map !== undefined)
    await dialog.getByRole('textbox', { name: 'Map name on the server (letters, digits, - and _)' }).fill(fields.map);
  return dialog;
}

async function hostOnTeam(app: App, name: string, fields: { url: string; token: string; map?: string }) {
  await app.menu('host-workshop');
  const dialog = app.page.getByRole('dialog', { name: 'Host workshop' });
  await dialog.getByRole('textbox', { name: 'Your name (others see it)' }).fill(name);
  await dialog.getByRole('checkbox', { name: 'Host on a team server instead' }).check();
  await fillTeam(app, 'Host workshop', fields);
  await dialog.getByRole('button', { name: 'Start workshop' }).click();
  return dialog;
}

async function joinTeam(app: App, name: string, fields: { url: string; token: string; map: string }) {
  await app.menu('join-workshop');
  const dialog = app.page.getByRole('dialog', { name: 'Join workshop' });
  await dialog.getByRole('textbox', { name: 'Your name (others see it)' }).fill(name);
  await dialog.getByRole('checkbox', { name: 'Join a team server instead' }).check();
  await fillTeam(app, 'Join workshop', fields);
  await dialog.getByRole('button', { name: 'Join' }).click();
  return dialog;
}

const alertOf = (dialog: ReturnType<App['page']['getByRole']>) =>
  expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 15_000 });

describe('workshop on a team server', () => {
  it('puts the map on the server by name, others join it there, and edits reach the host file', async () => {
    const url = server.url;
    const host = await start();
    await supermarketProject(host, 'Saturday shop');
    const hostDialog = await hostOnTeam(host, 'Anna', { url, token: TOKEN });
    // The map's name on the server comes from the project's name; the panel says where to join.
    const address = hostDialog.getByRole('textbox', { name: 'Server address' });
    await expect.poll(() => address.inputValue(), { timeout: 15_000 }).toBe(url);
    expect(
      await hostDialog.getByRole('textbox', { name: 'Map name on the server (letters, digits, - and _)' }).inputValue(),
    ).toBe('saturday-shop');
    await host.page.keyboard.press('Escape');

    // A second map of the same name is refused: the one there is not overwritten.
    const rival = await start();
    await supermarketProject(rival, 'Saturday shop');
    const rivalDialog = await hostOnTeam(rival, 'Eve', { url, token: TOKEN });
    await alertOf(rivalDialog).toMatch(/already has a map named “saturday-shop”/);

    // A map the server does not have, and a wrong token, are refused and said.
    const guest = await start();
    const missing = await joinTeam(guest, 'Ben', { url, token: TOKEN, map: 'sunday-shop' });
    await alertOf(missing).toMatch(/no map named “sunday-shop”/);
    await missing.getByRole('textbox', { name: 'Map name on the server (letters, digits, - and _)' }).fill('../x');
    await missing.getByRole('button', { name: 'Join' }).click();
    await alertOf(missing).toMatch(/Check the team server’s details/);
    await missing
      .getByRole('textbox', { name: 'Map name on the server (letters, digits, - and _)' })
      .fill('saturday-shop');
    await missing.getByRole('textbox', { name: 'Access token' }).fill('team-token-wrong-wrong-wrong');
    await missing.getByRole('button', { name: 'Join' }).click();
    await alertOf(missing).toMatch(/The team server refused this token/);

    // The right details: the guest sees the host's map and adds a step; it reaches the host's file.
    await missing.getByRole('textbox', { name: 'Access token' }).fill(TOKEN);
    await missing.getByRole('button', { name: 'Join' }).click();
    await missing.waitFor({ state: 'detached', timeout: 15_000 });
    await guest.page.getByRole('group', { name: 'Find a parking spot', exact: true }).click();
    await guest.menu('add-step');
    await guest.page.keyboard.type('Team idea');
    await guest.page.keyboard.press('Enter');
    await expect
      .poll(async () => (await libraryProject(host)).steps.map((s) => s.title), { timeout: 20_000 })
      .toContain('Team idea');

    // The server keeps the map when the workshop ends.
    await host.menu('host-workshop');
    await host.page
      .getByRole('dialog', { name: 'Host workshop' })
      .getByRole('button', { name: 'End workshop' })
      .click();
    await expect
      .poll(async () => (await readdir(dataDir)).includes('saturday-shop.yjs'), { timeout: 15_000 })
      .toBe(true);
  }, 180_000);
});
