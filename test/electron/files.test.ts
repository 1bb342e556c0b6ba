// @vitest-environment node
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  electronDialogs,
  openablePathProblem,
  pathProblem,
  projectPathProblem,
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
  it('opens .touchmap files, and images and HTML maps exported by Touchmap, modal to the window, and returns the chosen path', async () => {
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
      { name: 'Interactive map exported by Touchmap', extensions: ['html', 'htm'] },
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

  it('accepts only full paths, and refuses a relative one on every system', () => {
    expect(pathProblem('/maps/a.touchmap', 'linux')).toBeNull();
    expect(pathProblem('/maps/a.touchmap', 'darwin')).toBeNull();
    expect(pathProblem('a.touchmap', 'linux')).toBe('"a.touchmap" is not a full path to a file.');
    expect(pathProblem('C:\\maps\\a.touchmap', 'win32')).toBeNull();
    expect(pathProblem('C:/maps/a.touchmap', 'win32')).toBeNull();
    expect(pathProblem('maps\\a.touchmap', 'win32')).toBe('"maps\\a.touchmap" is not a full path to a file.');
    expect(pathProblem('\\maps\\a.touchmap', 'win32')).toBe('"\\maps\\a.touchmap" is not a full path to a file.');
    expect(pathProblem('/maps/a\0.touchmap', 'linux')).toBe('That is not a file name.');
  });

  it.each([
    ['a network share', '\\\\fileserver\\maps\\a.touchmap'],
    ['a network share, forward slashes', '//fileserver/maps/a.touchmap'],
    ['a device path', '\\\\?\\C:\\maps\\a.touchmap'],
    ['a device namespace path', '\\\\.\\C:\\maps\\a.touchmap'],
    ['a UNC device path', '\\\\?\\UNC\\fileserver\\maps\\a.touchmap'],
  ])('refuses %s on Windows', (_kind, path) => {
    expect(pathProblem(path, 'win32')).toBe(
      `Touchmap opens and saves files on this computer's drives only, not on network shares or devices ("${path}"). Copy the file to a drive first.`,
    );
  });

  it('refuses Windows device names and alternate data streams, which name no ordinary file', () => {
    expect(pathProblem('C:\\maps\\NUL.touchmap', 'win32')).toBe(
      '"NUL.touchmap" is a device name on Windows, not a file name.',
    );
    expect(pathProblem('C:\\maps\\com1.touchmap', 'win32')).toBe(
      '"com1.touchmap" is a device name on Windows, not a file name.',
    );
    expect(pathProblem('C:\\maps\\a.touchmap:hidden', 'win32')).toBe(
      '"C:\\maps\\a.touchmap:hidden" is not a file name Touchmap can use (it contains ":").',
    );
    // Only on Windows: elsewhere these are ordinary names.
    expect(pathProblem('/maps/NUL.touchmap', 'linux')).toBeNull();
  });

  it('opens only projects, exported images and exported HTML maps, and saves only projects', () => {
    expect(openablePathProblem('/maps/a.svg', 'linux')).toBeNull();
    expect(openablePathProblem('/maps/a.html', 'linux')).toBeNull();
    expect(openablePathProblem('C:\\maps\\A.HTM', 'win32')).toBeNull();
    expect(openablePathProblem('/maps/a.xhtml', 'linux')).not.toBeNull();
    expect(openablePathProblem('/etc/passwd', 'linux')).toBe(
      'Only Touchmap projects (.touchmap), images exported by Touchmap (.png, .svg) and interactive maps exported by Touchmap (.html) can be opened.',
    );
    expect(projectPathProblem('/maps/a.png', 'linux')).toBe('Only Touchmap project files (.touchmap) can be saved.');
    expect(projectPathProblem('\\\\host\\share\\a.touchmap', 'win32')).toMatch(/not on network shares/);
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
