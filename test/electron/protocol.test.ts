// @vitest-environment node
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  isAppUrl,
  resolveAppPath,
} from '../../electron/protocol';
import { useTempDirs } from './storage/tempDir';

const tempDir = useTempDirs();

async function rendererDir(): Promise<{ root: string; outside: string }> {
  const base = await tempDir();
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Touchmap</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'secret');
  return { root, outside: join(base, 'secret.txt') };
}

describe('the app:// protocol', () => {
  it('is standard and secure', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('serves files with their type and the CSP', async () => {
    const { root } = await rendererDir();
    const handle = createAppProtocolHandler(root);
    const page = await handle(new Request('app://touchmap/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Touchmap</title>');
    const script = await handle(new Request('app://touchmap/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handle(new Request('app://touchmap/'))).status).toBe(200);
  });

  it.each([
    'app://touchmap/../secret.txt',
    'app://touchmap/%2e%2e/secret.txt',
    'app://touchmap/assets/..%2F..%2Fsecret.txt',
    'app://touchmap/..%5Csecret.txt',
    'app://touchmap/index.html%00.js',
    'app://elsewhere/index.html',
  ])('never serves anything outside the renderer folder: %s', async (url) => {
    const { root } = await rendererDir();
    const response = await createAppProtocolHandler(root)(new Request(url));
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toBe('secret');
  });

  it('refuses a symlink that leads out of the folder', async () => {
    const { root, outside } = await rendererDir();
    await symlink(outside, join(root, 'link.txt'));
    const response = await createAppProtocolHandler(root)(new Request('app://touchmap/link.txt'));
    expect(response.status).toBe(403);
  });

  it('answers 404 for a missing file and 405 for a POST', async () => {
    const { root } = await rendererDir();
    const handle = createAppProtocolHandler(root);
    expect((await handle(new Request('app://touchmap/nope.js'))).status).toBe(404);
    expect((await handle(new Request('app://touchmap/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('maps URLs to paths only inside the root', () => {
    expect(resolveAppPath('/r', 'app://touchmap/a/b.js')).toBe('/r/a/b.js');
    expect(resolveAppPath('/r', 'app://touchmap/a/%2e%2e/%2e%2e/x')).toBe('/r/x');
    expect(resolveAppPath('/r', 'https://touchmap/a.js')).toBeNull();
  });

  it('recognises only its own origin', () => {
    expect(isAppUrl('app://touchmap/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows scripts only from the app, never eval, and nothing remote', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
