/**
 * A clicked workshop join link, end to end on loopback: the system starts Touchmap again with
 * `touchmap://join?code=...` among its arguments; main takes the link from them
 * (electron/joinLinks.ts, through the harness's launchWith) and sends its code to the page,
 * which opens Join workshop with the code filled in. Nobody joins until Join is pressed. A link
 * that arrives while in a workshop is told, not followed; anything but exactly one join link is
 * ignored.
 */
import { describe, expect, it } from 'vitest';
import { useApps, type App } from './harness';
import { startHosting, supermarketProject } from './workshopSetup';

const start = useApps();
const APP_EXE = '/opt/Touchmap/touchmap';

async function hostSupermarket(host: App): Promise<string> {
  await supermarketProject(host, 'Saturday shop');
  return (await startHosting(host, 'Anna')).link;
}

describe('join links', () => {
  it('a clicked link opens Join workshop with the code filled in, and joining waits for Join', async () => {
    const host = await start();
    const link = await hostSupermarket(host);
    const code = link.slice('touchmap://join?code='.length);
    const hostDialog = host.page.getByRole('dialog', { name: 'Host workshop' });

    const guest = await start();
    // Not a link: a flag that carries one, a file path, another scheme, two links at once.
    for (const argv of [[`--${link}`], ['/home/ben/shop.touchmap'], [`https://example.com/${code}`], [link, link]])
      expect(await guest.launchWith([APP_EXE, ...argv])).toBeNull();
    await guest.page.waitForTimeout(300);
    expect(await guest.page.getByRole('dialog', { name: 'Join workshop' }).count()).toBe(0);

    // The link, as Windows and Linux pass it to a second instance (after Chromium's own flags).
    expect(await guest.launchWith([APP_EXE, '--allow-file-access-from-files', link])).toBe(code);
    const dialog = guest.page.getByRole('dialog', { name: 'Join workshop' });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Join code or link' }).inputValue()).toBe(code);
    await dialog.getByRole('textbox', { name: 'Your name (others see it)' }).fill('Ben');

    // Opened, not joined: the host sees nobody, the guest has no workshop yet.
    await guest.page.waitForTimeout(1000);
    expect(await hostDialog.getByRole('listitem').filter({ hasText: 'Ben' }).count()).toBe(0);
    expect(await guest.page.getByRole('region', { name: 'Workshop' }).count()).toBe(0);

    await dialog.getByRole('button', { name: 'Join' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await guest.page.getByRole('group', { name: 'Find a parking spot', exact: true }).waitFor();
    await hostDialog.getByRole('listitem').filter({ hasText: 'Ben' }).waitFor();

    // In a workshop, another click on a link says so and leaves the workshop as it is.
    expect(await guest.launchWith([APP_EXE, link])).toBe(code);
    await guest.page
      .getByText('A join link was opened, but you are in a workshop already.', { exact: false })
      .waitFor();
    expect(await guest.page.getByRole('dialog', { name: 'Join workshop' }).count()).toBe(0);
    await guest.page.getByRole('region', { name: 'Workshop' }).waitFor();
    expect(guest.errors).toEqual([]);
  }, 120_000);
});
