/**
 * Thoughts through the real UI (issue H): a new supermarket project shows the template's
 * thoughts in the step inspector; a thought typed there reaches the project file, and undo
 * takes it out again; editing and removing one are single undo entries too.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Channels } from '../../shared/ipc';
import type { Project } from '../../shared/model/types';
import { fitView, onlyProjectId, useApps, type App } from './harness';

const start = useApps();

const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });

async function waitSaved(page: Page) {
  await page
    .locator('.save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

/** The project as written to disk (read back by main's own handler). */
async function saved(app: App): Promise<Project> {
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

/** Poll the file until a step's thoughts are as expected (autosave lands after the edit). */
async function expectFileThoughts(app: App, stepTitle: string, thoughts: string[] | undefined) {
  await expect
    .poll(async () => (await saved(app)).steps.find((s) => s.title === stepTitle)?.thoughts, { timeout: 10_000 })
    .toEqual(thoughts);
}

describe('thoughts in the inspector', () => {
  it('shows the template’s thoughts; a thought added there is in the file, and undo removes it', async () => {
    const app = await start();
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Thinking shopper');
    await page.getByRole('radio', { name: /Supermarket/ }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await node(page, 'Ride the bike').waitFor();
    await fitView(page);

    // A plain step (not a contact moment) has the template's thought, in its own named list.
    await node(page, 'Ride the bike').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const thoughts = inspector.getByRole('group', { name: 'Thoughts' });
    expect(await thoughts.getByRole('textbox', { name: 'Thought 1' }).inputValue()).toBe(
      "I hope it's quick: I haven't much time.",
    );
    await waitSaved(page);
    const template = "I hope it's quick: I haven't much time.";
    await expectFileThoughts(app, 'Ride the bike', [template]);

    // Add one by keyboard: type, Enter. It is in the list and, after the autosave, in the file.
    const fresh = thoughts.getByLabel('New thought');
    await fresh.fill('Is the bike lane open today?');
    await fresh.press('Enter');
    expect(await fresh.inputValue()).toBe('');
    expect(await thoughts.getByRole('textbox', { name: 'Thought 2' }).inputValue()).toBe(
      'Is the bike lane open today?',
    );
    await expectFileThoughts(app, 'Ride the bike', [template, 'Is the bike lane open today?']);
    await page.screenshot({ path: 'test-results/thoughts-inspector.png' });

    // Undo removes it, from the inspector and from the file.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await expect.poll(() => thoughts.getByRole('textbox', { name: 'Thought 2' }).count()).toBe(0);
    await expectFileThoughts(app, 'Ride the bike', [template]);

    // Editing in place: one burst of typing, one undo entry.
    const first = thoughts.getByRole('textbox', { name: 'Thought 1' });
    await first.fill('');
    await first.pressSequentially('Late again');
    await expectFileThoughts(app, 'Ride the bike', ['Late again']);
    await undo.click();
    await expect.poll(() => first.inputValue()).toBe(template);
    await expectFileThoughts(app, 'Ride the bike', [template]);

    // Removing by its button (keyboard reachable): one undo entry; undo brings it back.
    await thoughts.getByRole('button', { name: 'Remove thought 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => thoughts.getByRole('textbox').count()).toBe(1); // only the new-thought field
    await expectFileThoughts(app, 'Ride the bike', undefined);
    // Focus stayed in the section, on the new-thought field.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toMatch(/New thought/);
    await undo.click();
    await expectFileThoughts(app, 'Ride the bike', [template]);
  });

  it('labels the list in the app’s language (Chinese) and shows the Chinese template’s thought', async () => {
    // A Hong Kong system set to Simplified Chinese (zh-Hans-HK) gets the Chinese UI (the matchLanguage mend).
    const app = await start({ locale: 'zh-Hans-HK' });
    const { page } = app;
    await page.getByRole('button', { name: '新建项目' }).click();
    await page.getByRole('radio', { name: /超市/ }).check();
    await page.getByRole('button', { name: '创建' }).click();
    // The second step sits in view as the map opens: no need to fit (the harness's fitView looks for English).
    await node(page, '骑车').waitFor();
    await node(page, '骑车').click();
    const thoughts = page.getByRole('group', { name: '想法' });
    expect(await thoughts.getByRole('textbox', { name: '想法1' }).inputValue()).toBe('希望快一点，我时间不多。');
    await thoughts.getByLabel('新想法').fill('今天车道通吗？');
    await thoughts.getByRole('button', { name: '添加想法' }).click();
    await expectFileThoughts(app, '骑车', ['希望快一点，我时间不多。', '今天车道通吗？']);
  });
});
