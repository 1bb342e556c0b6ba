/**
 * The repository stands alone: on a fresh clone with nothing beside it, build, run and tests
 * find everything they need inside it. Nothing may reach for the folder beside the
 * repository (the `shared` folder next to it, where the Mermaid corpus used to be read from:
 * it is in test/fixtures/mermaid now). `.ci/run` proves it by running the suite in a copy of
 * the repository placed where nothing is beside it; this test names the file that breaks it.
 *
 * Every file of the repository is read except Markdown documents (nothing reads those at
 * build, run or test time) and this file, which has to spell the rule out. A path that
 * climbs with `..` to a folder named `shared` is resolved from the file's own folder (as an
 * import, or a path built from `__dirname`, is) and, for files run from the repository root
 * (package.json, .ci/, the root's config files), from the root too; it must stay inside.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SELF = path.relative(ROOT, import.meta.filename);
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist', 'test-results', 'coverage']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (SKIPPED_DIRS.has(entry.name)) return [];
    if (entry.isDirectory()) return files(full);
    return entry.isFile() ? [full] : [];
  });
}

/** Files whose paths are read from the repository root: npm scripts, CI, the root's configs. */
const runsFromRoot = (rel: string) => !rel.includes(path.sep) || rel.startsWith(`.ci${path.sep}`);

const outside = (target: string) => {
  const rel = path.relative(ROOT, target);
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
};

/** Every reference in `text` (the file at `rel`) that reaches the folder beside the repository. */
function referencesBeside(rel: string, text: string): string[] {
  const found: string[] = [];
  const bases = [path.dirname(path.join(ROOT, rel)), ...(runsFromRoot(rel) ? [ROOT] : [])];
  for (const match of text.matchAll(/(?:\.\.[\\/])+shared\b/g)) {
    const climb = match[0].replace(/\\/g, '/');
    if (bases.some((base) => outside(path.resolve(base, climb)))) found.push(`${rel}: ${match[0]}`);
  }
  // path.join(x, '..', 'shared') and the like.
  for (const match of text.matchAll(/['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/g)) found.push(`${rel}: ${match[0]}`);
  return found;
}

describe('the repository stands alone', () => {
  it('no file reaches for the shared folder beside the repository', () => {
    const offending = files(ROOT)
      .map((full) => path.relative(ROOT, full))
      .filter((rel) => rel !== SELF && !rel.endsWith('.md') && statSync(path.join(ROOT, rel)).size < 5_000_000)
      .flatMap((rel) => {
        const bytes = readFileSync(path.join(ROOT, rel));
        if (bytes.subarray(0, 8000).includes(0)) return []; // binary
        return referencesBeside(rel, bytes.toString('utf8'));
      });
    expect(offending).toEqual([]);
  });

  it('tells the folder beside the repository from its own shared folder', () => {
    const beside = ['..', 'shared', 'corpora'].join('/');
    expect(referencesBeside('test/shared/formats/x.ts', `resolve(here, '../../../${beside}')`)).toHaveLength(1);
    expect(referencesBeside('test/e2e/x.ts', `resolve(__dirname, '../../${beside}')`)).toHaveLength(1);
    expect(referencesBeside('.ci/run', `cp -r ${beside} x`)).toHaveLength(1);
    expect(referencesBeside('package.json', `"x": "node ${beside}/y.js"`)).toHaveLength(1);
    expect(referencesBeside('x.ts', "join(root, '..', 'shared')")).toHaveLength(1);
    expect(referencesBeside('renderer/editor/x.ts', "import { a } from '../../shared/model';")).toEqual([]);
    expect(referencesBeside('electron/x.ts', "import { a } from '../shared/ipc';")).toEqual([]);
  });
});
