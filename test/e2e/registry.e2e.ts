/**
 * The action registry, walked end to end: every keyboard shortcut of every action
 * (shared/actions.ts) fires its action, and every command the native menu sends
 * (delivered as main does, over the menu channel) reaches an action that changes
 * something the user can see. Each case starts from a fresh supermarket project.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ACTION_SPECS, MENU_COMMANDS, type ActionId, type KeyBinding } from '../../shared/actions';
import { useApps, type App } from './harness';

const start = useApps();

/** Steps in the document: the minimap draws every step, on screen or not. */
const stepCount = (page: Page) => page.locator('.react-flow__minimap-node').count();
const flowCount = (page: Page) => page.locator('.react-flow__edge').count();
const stageCount = (page: Page) => page.locator('.stage-header').count();
const laneCount = (page: Page) => page.locator('.lane-row').count();
const node = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const viewport = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style');

async function until(check: () => Promise<boolean>, what: string, timeout = 5000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

async function freshProject(app: App) {
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Registry walk');
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await button(page, 'Fit view').click();
  await node(page, 'Pay').waitFor();
}

/** Back to a clean home screen between cases: close dialogs, leave the project, reload the page. */
async function reset(app: App) {
  const { page } = app;
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const back = page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Projects', exact: true });
  if (await back.isVisible()) await back.click();
  await page.getByRole('heading', { name: 'Projects' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Projects' }).waitFor();
  app.dialogs.asked.length = 0;
  app.faults.save = null;
}

async function selectStep(page: Page, title: string) {
  await node(page, title).click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title').waitFor();
}

/** Keyboard focus back on the page itself, out of any field. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

const stateSwitcher = (page: Page) =>
  page.getByRole('toolbar', { name: 'Editor' }).getByRole('combobox', { name: 'Journey state' });

/** A second journey state ("Future"), being edited, so the state actions are enabled. */
async function duplicateState(page: Page) {
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Journey state actions' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate journey state…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duplicate journey state' });
  await dialog.getByLabel('Name').fill('Future');
  await dialog.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await until(async () => (await stateSwitcher(page).locator('option:checked').innerText()) === 'Future', 'Future');
}

interface Case {
  /** Bring the app where the action is enabled (a project is open already). */
  prepare?: (app: App) => Promise<unknown>;
  /** Wait for what the action changes (the state before is what `prepare` returns). */
  changed: (app: App, before: unknown) => Promise<void>;
}

const CASES: Record<ActionId, Case> = {
  'new-project': {
    changed: async ({ page }) => void (await page.getByRole('form', { name: 'New project' }).waitFor()),
  },
  'open-file': {
    changed: (app) => until(async () => app.dialogs.asked.some((d) => d.dialog === 'open'), 'the open dialog'),
  },
  'import-mermaid': {
    // The file picker opens at once when the page may open it (the user just clicked in it),
    // else the prompt whose button opens it.
    prepare: ({ page }) => {
      const seen = { chooser: false };
      page.once('filechooser', () => {
        seen.chooser = true;
      });
      return Promise.resolve(seen);
    },
    changed: ({ page }, seen) =>
      until(
        async () =>
          (seen as { chooser: boolean }).chooser ||
          (await page.getByRole('dialog', { name: 'Import a Mermaid journey' }).isVisible()),
        'the Mermaid file picker or its prompt',
      ),
  },
  'import-survey': {
    changed: async ({ page }) => void (await page.getByRole('dialog', { name: 'Import survey' }).waitFor()),
  },
  'open-project': {
    changed: async ({ page }) => void (await page.getByRole('heading', { name: 'Projects' }).waitFor()),
  },
  save: {
    // Saving fails (full disk); once the disk is back, Save writes at once (the retry would wait 5 s).
    prepare: async (app) => {
      app.faults.save = 'ENOSPC';
      await button(app.page, 'Add stage').click();
      await app.page
        .getByRole('status')
        .filter({ hasText: /^Save failed/ })
        .waitFor();
      app.faults.save = null;
    },
    changed: async ({ page }) =>
      void (await page
        .getByRole('status')
        .filter({ hasText: /^Saved$/ })
        .waitFor({ timeout: 2500 })),
  },
  'save-as': {
    changed: (app) => until(async () => app.dialogs.asked.some((d) => d.dialog === 'save'), 'the save dialog'),
  },
  export: { changed: async ({ page }) => void (await page.getByRole('dialog', { name: /Export/ }).waitFor()) },
  'close-project': {
    changed: async ({ page }) => void (await page.getByRole('heading', { name: 'Projects' }).waitFor()),
  },
  'add-step': {
    prepare: ({ page }) => stepCount(page),
    changed: async ({ page }, before) => {
      await page.getByRole('textbox', { name: 'Step title' }).waitFor();
      await until(async () => (await stepCount(page)) === (before as number) + 1, 'one more step');
    },
  },
  'add-step-after': {
    prepare: async ({ page }) => {
      await selectStep(page, 'Pay');
      return [await stepCount(page), await flowCount(page)];
    },
    changed: async ({ page }, before) => {
      const [steps] = before as number[];
      await until(async () => (await stepCount(page)) === steps + 1, 'a next step');
      await page.getByRole('textbox', { name: 'Step title' }).waitFor();
    },
  },
  'add-stage': {
    prepare: ({ page }) => stageCount(page),
    changed: ({ page }, before) =>
      until(async () => (await stageCount(page)) === (before as number) + 1, 'one more stage'),
  },
  'add-lane': {
    prepare: ({ page }) => laneCount(page),
    changed: ({ page }, before) => until(async () => (await laneCount(page)) === (before as number) + 1, 'a lane'),
  },
  rename: {
    prepare: ({ page }) => selectStep(page, 'Pay'),
    changed: async ({ page }) => void (await page.getByRole('textbox', { name: 'Step title' }).waitFor()),
  },
  delete: {
    prepare: async ({ page }) => {
      await selectStep(page, 'Pay');
      return stepCount(page);
    },
    changed: async ({ page }, before) => {
      await until(async () => (await stepCount(page)) === (before as number) - 1, 'one step fewer');
      expect(await node(page, 'Pay').count()).toBe(0);
    },
  },
  undo: {
    prepare: async ({ page }) => {
      const before = await stageCount(page);
      await button(page, 'Add stage').click();
      await until(async () => (await stageCount(page)) === before + 1, 'the added stage');
      return before;
    },
    changed: ({ page }, before) => until(async () => (await stageCount(page)) === before, 'the stage undone'),
  },
  redo: {
    prepare: async ({ page }) => {
      const before = await stageCount(page);
      await button(page, 'Add stage').click();
      await until(async () => (await stageCount(page)) === before + 1, 'the added stage');
      await button(page, 'Undo').click();
      await until(async () => (await stageCount(page)) === before, 'the stage undone');
      return before;
    },
    changed: ({ page }, before) =>
      until(async () => (await stageCount(page)) === (before as number) + 1, 'the stage redone'),
  },
  copy: {
    prepare: async ({ page }) => {
      await selectStep(page, 'Pay');
      return stepCount(page);
    },
    // What was copied can be pasted (with nothing copied, paste does nothing).
    changed: async ({ page }, before) => {
      await page.keyboard.press('Control+v');
      await until(async () => (await stepCount(page)) === (before as number) + 1, 'the pasted copy');
    },
  },
  cut: {
    prepare: async ({ page }) => {
      await selectStep(page, 'Pay');
      return stepCount(page);
    },
    changed: async ({ page }, before) => {
      await until(async () => (await stepCount(page)) === (before as number) - 1, 'the step cut');
      await page.keyboard.press('Control+v');
      await node(page, 'Pay').waitFor();
    },
  },
  paste: {
    prepare: async ({ page }) => {
      await selectStep(page, 'Pay');
      await page.keyboard.press('Control+c');
      return stepCount(page);
    },
    changed: ({ page }, before) =>
      until(async () => (await stepCount(page)) === (before as number) + 1, 'the pasted step'),
  },
  duplicate: {
    prepare: async ({ page }) => {
      await selectStep(page, 'Pay');
      return stepCount(page);
    },
    changed: ({ page }, before) =>
      until(async () => (await stepCount(page)) === (before as number) + 1, 'the duplicate'),
  },
  'select-all': {
    changed: async ({ page }) =>
      void (await page
        .getByRole('complementary', { name: 'Inspector' })
        .getByText(/16 steps selected/)
        .waitFor()),
  },
  'auto-layout': {
    // Steps move into the layout: one undoable change.
    prepare: ({ page }) => expect(button(page, 'Undo').isDisabled()).resolves.toBe(true),
    changed: ({ page }) => until(() => button(page, 'Undo').isEnabled(), 'the layout as an undoable change'),
  },
  'fit-view': {
    // Zoom in with the wheel, then fit brings the whole map back.
    prepare: async ({ page }) => {
      const fitted = await viewport(page);
      const box = (await page.locator('.react-flow__pane').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -400);
      await until(async () => (await viewport(page)) !== fitted, 'the zoom');
      await page.mouse.move(0, 0);
      return fitted;
    },
    changed: ({ page }, fitted) => until(async () => (await viewport(page)) === fitted, 'the fitted view'),
  },
  'insert-step-on-flow': {
    // A flow selected from the keyboard (focus, then Space), as a keyboard-only user would.
    prepare: async ({ page }) => {
      const flow = page.locator('.react-flow__edge[aria-label="main flow from Wait in the queue to Pay"]');
      await flow.focus();
      await page.keyboard.press('Space');
      await until(async () => ((await flow.getAttribute('class')) ?? '').includes('selected'), 'the flow selected');
      return stepCount(page);
    },
    changed: async ({ page }, before) => {
      await until(async () => (await stepCount(page)) === (before as number) + 1, 'a step on the flow');
      await page.getByRole('textbox', { name: 'Step title' }).waitFor();
    },
  },
  outline: {
    changed: async ({ page }) => void (await page.getByRole('tree', { name: 'Journey outline' }).waitFor()),
  },
  insights: {
    changed: async ({ page }) =>
      void (await page.getByRole('complementary', { name: 'Insights', exact: true }).waitFor()),
  },
  personas: {
    changed: async ({ page }) =>
      void (await page.getByRole('complementary', { name: 'Personas', exact: true }).waitFor()),
  },
  voting: {
    changed: async ({ page }) =>
      void (await page.getByRole('complementary', { name: 'Dot voting', exact: true }).waitFor()),
  },
  comments: {
    changed: async ({ page }) =>
      void (await page.getByRole('complementary', { name: 'Comments', exact: true }).waitFor()),
  },
  // A new comment on the selected step: the first time, "Who are you?" is asked first.
  'add-comment': {
    prepare: ({ page }) => selectStep(page, 'Pay'),
    changed: async ({ page }) => void (await page.getByRole('dialog', { name: 'Who are you?' }).waitFor()),
  },
  // The map filters: the menu opens with focus on its first item; Clear filters takes every chip off.
  'filter-menu': {
    changed: async ({ page }) => {
      await page.getByRole('menu', { name: 'Map filters' }).waitFor();
      await until(
        () => page.evaluate(() => document.activeElement?.getAttribute('role') === 'menuitemcheckbox'),
        'focus on the first filter',
      );
    },
  },
  'clear-filters': {
    prepare: async ({ page }) => {
      await button(page, 'Filter').click();
      await page.getByRole('menuitemcheckbox', { name: 'Moments of truth' }).click();
      await page.getByRole('button', { name: 'Remove filter: Moments of truth' }).waitFor();
    },
    changed: ({ page }) =>
      until(async () => (await page.getByRole('region', { name: 'Active filters' }).count()) === 0, 'no filters'),
  },
  'switch-state': {
    prepare: (app) => duplicateState(app.page),
    changed: ({ page }) =>
      until(
        async () => (await stateSwitcher(page).locator('option:checked').innerText()) === 'Current journey',
        'the switch',
      ),
  },
  'duplicate-state': {
    changed: async ({ page }) => void (await page.getByRole('dialog', { name: 'Duplicate journey state' }).waitFor()),
  },
  'rename-state': {
    prepare: (app) => duplicateState(app.page),
    changed: async ({ page }) => void (await page.getByRole('dialog', { name: 'Rename journey state' }).waitFor()),
  },
  'delete-state': {
    prepare: (app) => duplicateState(app.page),
    changed: async ({ page }) => void (await page.getByRole('dialog', { name: 'Delete journey state' }).waitFor()),
  },
  'compare-states': {
    prepare: (app) => duplicateState(app.page),
    changed: async ({ page }) => void (await page.getByRole('dialog', { name: 'Compare journey states' }).waitFor()),
  },
  // Presentation mode: the slides over the editor, at the title slide (Esc in reset() leaves it).
  present: {
    changed: async ({ page }) => {
      const slides = page.getByRole('dialog', { name: 'Presentation' });
      await slides.getByRole('heading', { level: 1, name: 'Registry walk' }).waitFor();
    },
  },
  shortcuts: {
    changed: async ({ page }) => void (await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()),
  },
  settings: {
    changed: async ({ page }) => void (await page.getByRole('dialog', { name: 'Settings' }).waitFor()),
  },
  'host-workshop': {
    changed: async ({ page }) => {
      await page
        .getByRole('dialog', { name: 'Host workshop' })
        .getByRole('button', { name: 'Start workshop' })
        .waitFor();
      await page.keyboard.press('Escape');
    },
  },
  'join-workshop': {
    changed: async ({ page }) => {
      await page
        .getByRole('dialog', { name: 'Join workshop' })
        .getByRole('textbox', { name: 'Join code or link' })
        .waitFor();
      await page.keyboard.press('Escape');
    },
  },
};

/** Playwright's name for a binding ("Control+Shift+Z", "Shift+Digit1"). */
function pressable(b: KeyBinding): string {
  const parts: string[] = [];
  if (b.mod) parts.push('Control');
  if (b.alt) parts.push('Alt');
  if (b.shift === true) parts.push('Shift');
  parts.push(b.code ?? (b.key.length === 1 && b.shift === true ? b.key.toUpperCase() : b.key));
  return parts.join('+');
}

const bindings = ACTION_SPECS.flatMap((spec) =>
  ((spec as { keys?: readonly KeyBinding[] }).keys ?? []).map((b) => [spec.id, pressable(b)] as const),
);

describe('the action registry', () => {
  it('has a case for every action', () => {
    expect(Object.keys(CASES).sort()).toEqual(ACTION_SPECS.map((a) => a.id).sort());
    // Every action is reachable without the mouse: by a key of its own, or from the native menu.
    const unreachable = ACTION_SPECS.map((a) => a.id).filter(
      (id) => !bindings.some(([bound]) => bound === id) && !(MENU_COMMANDS as readonly string[]).includes(id),
    );
    expect(unreachable).toEqual([]);
  });

  it('fires every action from each of its shortcuts', { timeout: 600_000 }, async () => {
    const app = await start();
    const failures: string[] = [];
    for (const [id, keys] of bindings) {
      await freshProject(app);
      const before = await CASES[id].prepare?.(app);
      // Keys that are not for text fields are pressed with focus on the map or the page.
      if (!(await app.page.evaluate(() => document.activeElement?.closest('.react-flow__node') !== null)))
        await blur(app.page);
      await app.page.keyboard.press(keys);
      try {
        await CASES[id].changed(app, before);
      } catch (e) {
        failures.push(`${id} (${keys}): ${(e as Error).message.split('\n')[0]}`);
      }
      await reset(app);
    }
    expect(failures).toEqual([]);
  });

  it('runs an action that changes something for every command of the native menu', { timeout: 600_000 }, async () => {
    const app = await start();
    const failures: string[] = [];
    for (const id of MENU_COMMANDS) {
      await freshProject(app);
      const before = await CASES[id].prepare?.(app);
      await app.menu(id);
      try {
        await CASES[id].changed(app, before);
      } catch (e) {
        failures.push(`${id}: ${(e as Error).message.split('\n')[0]}`);
      }
      await reset(app);
    }
    expect(failures).toEqual([]);
  });
});
