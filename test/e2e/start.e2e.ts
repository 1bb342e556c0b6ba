/**
 * A light start: the home screen loads only what it needs. The editor (React Flow), the PDF
 * library, ELK and the Mermaid parser come later, when first used (their own e2e tests use them).
 * Nothing here is timed: it checks what the browser fetched.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useApps } from './harness';

const start = useApps();

/** Text that only each lazily loaded part contains, minified or not. */
const LATER = {
  'the editor (React Flow)': 'react-flow__pane',
  'the PDF library': 'registerFontkit',
  ELK: 'org.eclipse.elk',
  // A lexer state name: the parser's code, not its messages (those are in the catalogue, loaded at start).
  'the Mermaid parser': 'acc_descr_multiline',
};

describe('start-up', () => {
  it('shows the home screen with at most 350 KB of JavaScript (gzip), none of the editor, PDF, ELK or Mermaid code', async () => {
    const scripts: Promise<Buffer>[] = [];
    const app = await start({
      beforeLoad: async (page) => {
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') scripts.push(response.body());
        });
      },
    });
    await app.page.getByRole('button', { name: 'New project' }).waitFor();
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(0);
    const gzipKb = bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / 1024;
    expect(gzipKb).toBeLessThanOrEqual(350);
    const text = bodies.map((b) => b.toString('utf8')).join('\n');
    const loaded = Object.entries(LATER)
      .filter(([, marker]) => text.includes(marker))
      .map(([part]) => part);
    expect(loaded).toEqual([]);

    // Opening a project brings the editor.
    await app.page.getByRole('button', { name: 'New project' }).click();
    await app.page.getByLabel('Project name').fill('Later');
    await app.page.getByRole('radio', { name: /Blank/ }).check();
    await app.page.getByRole('button', { name: 'Create' }).click();
    await app.page.getByRole('button', { name: 'Add stage' }).waitFor();
  });
});
