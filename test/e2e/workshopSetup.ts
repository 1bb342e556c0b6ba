/**
 * Steps the live-workshop end-to-end tests share: a supermarket project saved in the library,
 * hosting it through the Host workshop dialog, joining through the Join workshop dialog, and
 * reading a project back from an app's library.
 */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { Channels } from '../../shared/ipc';
import type { Project } from '../../shared/model';
import type { App } from './harness';

/** A new project from the supermarket template, saved. */
export async function supermarketProject(app: App, name: string): Promise<void> {
  await app.page.getByRole('button', { name: 'New project' }).click();
  await app.page.getByLabel('Project name').fill(name);
  await app.page.getByRole('radio', { name: /Supermarket/ }).check();
  await app.page.getByRole('button', { name: 'Create' }).click();
  await app.page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

/** Host the open project (as `name`, or the saved identity when not given); the dialog stays open on its code. */
export async function startHosting(app: App, name?: string): Promise<{ dialog: Locator; code: string; link: string }> {
  await app.menu('host-workshop');
  const dialog = app.page.getByRole('dialog', { name: 'Host workshop' });
  if (name !== undefined) await dialog.getByRole('textbox', { name: 'Your name (others see it)' }).fill(name);
  await dialog.getByRole('button', { name: 'Start workshop' }).click();
  const codeBox = dialog.getByRole('textbox', { name: 'Join code' });
  await expect.poll(() => codeBox.inputValue(), { timeout: 15_000 }).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
  const code = await codeBox.inputValue();
  const link = await dialog.getByRole('textbox', { name: 'Join link' }).inputValue();
  return { dialog, code, link };
}

/** Ask to join with a code or link as `name`; the dialog closes once joined, or shows why not. */
export async function joinWith(app: App, name: string, code: string): Promise<Locator> {
  await app.menu('join-workshop');
  const dialog = app.page.getByRole('dialog', { name: 'Join workshop' });
  await dialog.getByRole('textbox', { name: 'Your name (others see it)' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Join code or link' }).fill(code);
  await dialog.getByRole('button', { name: 'Join' }).click();
  return dialog;
}

/** The first project of an app's library, as stored. */
export async function libraryProject(app: App): Promise<Project> {
  const list = await app.handlers[Channels.listProjects](undefined);
  if (!list.ok) throw new Error(list.error);
  const opened = await app.handlers[Channels.openProject]({ id: list.value.projects[0]!.id });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}
