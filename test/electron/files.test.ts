// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  electronDialogs,
  pathProblem,
  suggestedFileName,
  touchmapPathsFromArgv,
  withTouchmapExtension,
} from '../../electron/files';
import { useTempDirs } from './storage/tempDir';

const tempDir = useTempDirs();

function fakeDialog() {
  return {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: ['/maps/a.touchmap'] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePath: '/maps/b' })),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  };
}
type FakeDialog = ReturnType<typeof fakeDialog>;
const asDialog = (fake: FakeDialog) =>
  fake as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;

describe('electronDialogs', () => {
  it('opens .touchmap files and images exported by Touchmap, modal to the window, and returns the chosen path', async () => {
    const fake = fakeDialog();
    const window = {} as BrowserWindow;
    const dialogs = electronDialogs(asDialog(fake), () => window);
    expect(await dialogs.showOpen()).toBe('/maps/a.touchmap');
    const [parent, options] = fake.showOpenDialog.mock.calls[0]! as [
      unknown,
      { filters: unknown; properties: string[] },
    ];
    expect(parent).toBe(window);
    expect(options.filters).toEqual([
      { name: 'Touchmap project', extensions: ['touchmap'] },
      { name: 'Image exported by Touchmap', extensions: ['png', 'svg'] },
    ]);
    expect(options.properties).toEqual(['openFile']);
  });

  it('returns null when a dialog is cancelled', async () => {
    const fake = fakeDialog();
    fake.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    fake.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const dialogs = electronDialogs(asDialog(fake), () => null);
    expect(await dialogs.showOpen()).toBeNull();
    expect(await dialogs.showSave('x.touchmap')).toBeNull();
    // Without a window the dialog is shown unparented.
    expect(fake.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });

  it('suggests the name, asks the system to confirm replacing, and keeps the .touchmap extension', async () => {
    const fake = fakeDialog();
    const dialogs = electronDialogs(asDialog(fake), () => null);
    expect(await dialogs.showSave('Checkout.touchmap')).toBe('/maps/b.touchmap');
    const [options] = fake.showSaveDialog.mock.calls[0]! as [{ defaultPath: string; properties: string[] }];
    expect(options.defaultPath).toBe('Checkout.touchmap');
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('confirms replacing a file only on "Replace"', async () => {
    const fake = fakeDialog();
    const dialogs = electronDialogs(asDialog(fake), () => null);
    expect(await dialogs.confirmOverwrite('/maps/c.touchmap')).toBe(true);
    fake.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await dialogs.confirmOverwrite('/maps/c.touchmap')).toBe(false);
    const [options] = fake.showMessageBox.mock.calls[0]! as [{ buttons: string[]; message: string; cancelId: number }];
    expect(options.buttons).toEqual(['Replace', 'Cancel']);
    expect(options.cancelId).toBe(1);
    expect(options.message).toBe('"c.touchmap" already exists. Replace it?');
  });
});

describe('file names and paths', () => {
  it.each([
    ['Checkout', 'Checkout.touchmap'],
    ['Hotel: check-in / out?', 'Hotel check-in out.touchmap'],
    ['Trailing dots...', 'Trailing dots.touchmap'],
    ['  ', 'Untitled journey.touchmap'],
    ['tab\there', 'tab here.touchmap'],
  ])('suggests a safe file name for %j', (name, expected) => {
    expect(suggestedFileName(name)).toBe(expected);
  });

  it('adds the extension only when missing', () => {
    expect(withTouchmapExtension('/a/b.touchmap')).toBe('/a/b.touchmap');
    expect(withTouchmapExtension('/a/b.TOUCHMAP')).toBe('/a/b.TOUCHMAP');
    expect(withTouchmapExtension('/a/b.json')).toBe('/a/b.json.touchmap');
    expect(withTouchmapExtension('/a/b')).toBe('/a/b.touchmap');
  });

  it('accepts only absolute .touchmap paths from the renderer', () => {
    expect(pathProblem('/maps/a.touchmap')).toBeNull();
    expect(pathProblem('a.touchmap')).toBe('"a.touchmap" is not a full path to a file.');
    expect(pathProblem('/etc/passwd')).toBe('Only Touchmap project files (.touchmap) can be opened or saved.');
  });
});

describe('touchmapPathsFromArgv', () => {
  it('keeps existing .touchmap files (relative ones from the working folder), skipping flags, others and duplicates', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.touchmap'), '{}');
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'B.Touchmap'), '{}');
    await mkdir(join(dir, 'folder.touchmap'));
    const argv = [
      '--enable-logging',
      'a.touchmap',
      join(dir, 'sub', 'B.Touchmap'),
      '--flag=x.touchmap',
      'missing.touchmap',
      'notes.txt',
      'folder.touchmap',
      join(dir, 'a.touchmap'),
    ];
    expect(await touchmapPathsFromArgv(argv, dir)).toEqual([join(dir, 'a.touchmap'), join(dir, 'sub', 'B.Touchmap')]);
  });
});
