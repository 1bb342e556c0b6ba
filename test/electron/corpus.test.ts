// @vitest-environment node
/**
 * A corpus of damaged project files, each dropped into a library that also holds two
 * good projects. Starting the library must never throw; the damaged file is moved to
 * quarantine with its bytes intact and a reason specific to the damage, naming the
 * project; the good projects still list and open; nothing else in the data folder changes.
 * Files that are odd but valid (a BOM, thousands of steps, `__proto__` keys) must open.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, open, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/handlers';
import { folderTrash } from '../support/trash';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { Channels } from '../../shared/ipc';
import { MAX_ITEMS, SCHEMA_VERSION } from '../../shared/model';
import { generateJourney } from '../support/generate';

type Doc = Record<string, unknown> & { steps: Record<string, unknown>[]; flows: Record<string, unknown>[] };

interface Damage {
  name: string;
  /** The file's bytes, from the victim project's own valid document (or a folder in its place). */
  bytes: ((doc: Doc, text: string) => Uint8Array | string) | 'directory' | 'sparse';
  /** Reason the library must give; absent = the file is valid and must open. */
  reason?: RegExp;
}

const MB = 1024 * 1024;
const enc = (text: string) => Buffer.from(text, 'utf8');
const json = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;
/** Edit a copy of the document: `edit` returns nothing and changes the copy. */
const edited = (doc: Doc, edit: (d: Doc) => void) => {
  const copy = structuredClone(doc);
  edit(copy);
  return json(copy);
};
const moment = (d: Doc) => d.steps.find((s) => s.moment)!.moment as Record<string, Record<string, unknown>>;
const NOT_JSON = /not valid JSON/;

const CORPUS: Damage[] = [
  { name: 'zero bytes', bytes: () => '', reason: /^The file is empty\.$/ },
  { name: 'only white space', bytes: () => ' \n\t\n', reason: /^The file is empty\.$/ },
  { name: 'only a byte-order mark', bytes: () => '\uFEFF', reason: /^The file is empty\.$/ },
  { name: 'truncated after 1 byte', bytes: (_d, t) => t.slice(0, 1), reason: NOT_JSON },
  { name: 'truncated at 10%', bytes: (_d, t) => t.slice(0, Math.floor(t.length * 0.1)), reason: NOT_JSON },
  { name: 'truncated at half', bytes: (_d, t) => t.slice(0, Math.floor(t.length / 2)), reason: NOT_JSON },
  { name: 'truncated before the last brace', bytes: (_d, t) => t.slice(0, t.lastIndexOf('}')), reason: NOT_JSON },
  { name: 'zero-filled block', bytes: () => new Uint8Array(4096), reason: NOT_JSON },
  {
    name: 'invalid UTF-8 bytes in place of JSON',
    bytes: (_d, t) => Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3]), enc(t)]),
    reason: NOT_JSON,
  },
  {
    name: 'invalid UTF-8 bytes inside a text field',
    bytes: (_d, t) => {
      const at = t.indexOf('"description": "') + 16;
      return Buffer.concat([enc(t.slice(0, at)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), enc(t.slice(at))]);
    },
    // Decoding would silently turn the bytes into U+FFFD and save them over the user's text.
    reason: /UTF-8/,
  },
  {
    name: 'UTF-16 encoded',
    bytes: (_d, t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    reason: NOT_JSON,
  },
  { name: 'plain text, not JSON', bytes: () => 'Supermarket visit\nStage 1: enter\n', reason: NOT_JSON },
  { name: 'JSON with comments', bytes: (_d, t) => `// saved by hand\n${t}`, reason: NOT_JSON },
  { name: 'trailing garbage after the document', bytes: (_d, t) => `${t}}}`, reason: NOT_JSON },
  { name: 'a JSON array', bytes: (_d, t) => `[${t}]`, reason: /does not contain a Touchmap project/ },
  { name: 'JSON null', bytes: () => 'null', reason: /does not contain a Touchmap project/ },
  { name: 'a JSON string', bytes: () => '"project"', reason: /does not contain a Touchmap project/ },
  { name: 'an empty object', bytes: () => '{}', reason: /no valid schema version/ },
  {
    name: 'missing schemaVersion',
    bytes: (d) => edited(d, (c) => delete c.schemaVersion),
    reason: /no valid schema version/,
  },
  {
    name: 'schemaVersion as text',
    bytes: (d) => edited(d, (c) => (c.schemaVersion = '2')),
    reason: /no valid schema version/,
  },
  {
    name: 'a newer schemaVersion',
    bytes: (d) => edited(d, (c) => (c.schemaVersion = SCHEMA_VERSION + 5)),
    reason: new RegExp(`newer Touchmap \\(format version ${SCHEMA_VERSION + 5};.*Update Touchmap`),
  },
  {
    name: 'wrong type: name is a number',
    bytes: (d) => edited(d, (c) => (c.name = 42)),
    reason: /^name: must be a string\.$/,
  },
  {
    name: 'missing required field: steps',
    bytes: (d) => edited(d, (c) => delete (c as Partial<Doc>).steps),
    reason: /^steps: is missing\.$/,
  },
  { name: 'empty project name', bytes: (d) => edited(d, (c) => (c.name = '')), reason: /^name: must not be empty\.$/ },
  {
    name: 'out of range: risk likelihood 9',
    bytes: (d) => edited(d, (c) => (moment(c).risk.likelihood = 9)),
    reason: /^Step \d+ \("[^"]+"\), risk likelihood: must be at most 5\.$/,
  },
  {
    name: 'not a whole number: emotion 1.5',
    bytes: (d) => edited(d, (c) => ((moment(c) as Record<string, unknown>).emotion = 1.5)),
    reason: /emotion: must be a whole number\./,
  },
  {
    name: 'negative wait time',
    bytes: (d) => edited(d, (c) => ((moment(c) as Record<string, unknown>).waitSeconds = -5)),
    reason: /wait time: must be at least 0\./,
  },
  {
    name: 'unknown channel',
    bytes: (d) => edited(d, (c) => ((moment(c) as Record<string, unknown>).channel = 'carrier pigeon')),
    reason: /channel: must be one of "in person", "phone"/,
  },
  {
    name: 'sense valence 2',
    bytes: (d) => edited(d, (c) => (moment(c).senses.sight = { engaged: true, valence: 2, note: '' })),
    reason: /sight, valence: must be one of -1, 0, 1\./,
  },
  {
    name: 'bad stage colour',
    bytes: (d) => edited(d, (c) => ((c.stages as Doc[])[0].colour = 'red')),
    reason: /must be a colour like #aabbcc/,
  },
  {
    name: 'a step title of 600 characters',
    bytes: (d) => edited(d, (c) => (c.steps[0].title = 't'.repeat(600))),
    reason: /^Step 1 \("t{60}"\), title: text is too long \(at most 500 characters\)\.$/,
  },
  {
    name: 'a 20 MB string',
    bytes: (d) => edited(d, (c) => (c.description = 'x'.repeat(20 * MB))),
    reason: /^description: text is too long \(at most 10,000 characters\)\.$/,
  },
  {
    name: '30,000 steps, over the cap',
    bytes: (d) =>
      edited(d, (c) => {
        const stageId = c.steps[0].stageId;
        c.steps = Array.from({ length: 30_000 }, (_, i) => ({
          id: `x${i}`,
          stageId,
          title: '',
          description: '',
          kind: 'step',
          position: { x: 0, y: 0 },
        }));
        c.flows = [];
      }),
    reason: new RegExp(`^steps: too many items \\(at most ${MAX_ITEMS.toLocaleString('en')}\\)\\.$`),
  },
  {
    name: 'nesting 10,000 levels deep',
    bytes: (_d, t) => t.replace(/"description": "[^"]*"/, `"description": ${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    reason: /^description: must be a string\.$/,
  },
  {
    name: 'a whole file nested 10,000 levels deep',
    bytes: () => `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    reason: /no valid schema version/,
  },
  {
    name: 'a flow to a missing step',
    bytes: (d) => edited(d, (c) => (c.flows[0].to = 'ghost-step')),
    reason: /^Flow 1: leads to a step that does not exist \("ghost-step"\)\.$/,
  },
  {
    name: 'a step in a missing stage',
    bytes: (d) => edited(d, (c) => (c.steps[2].stageId = 'ghost-stage')),
    reason: /^Step 3 \("[^"]+"\): its stage "ghost-stage" does not exist\.$/,
  },
  {
    name: 'duplicate step ids',
    bytes: (d) => edited(d, (c) => (c.steps[1].id = c.steps[0].id as string)),
    reason: /^Step 2 \("[^"]+"\): the id "[^"]+" is used twice\./,
  },
  {
    name: 'a file over the 50 MB cap',
    bytes: 'sparse',
    reason: /^The file is 51\.0 MB; Touchmap opens project files up to 50\.0 MB\.$/,
  },
  { name: 'a folder named like a project', bytes: 'directory', reason: /^The project path is not a file\.$/ },
  // Odd but valid: these must open.
  { name: 'a byte-order mark before valid JSON', bytes: (_d, t) => `\uFEFF${t}` },
  {
    name: '__proto__ and constructor keys in a valid project',
    bytes: (_d, t) =>
      t
        .replace(
          '{\n',
          '{\n  "__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted": true } },\n',
        )
        .replace('"steps": [\n    {\n', '"steps": [\n    {\n      "__proto__": { "kind": "end", "polluted": true },\n'),
  },
  {
    name: '5,000 valid steps',
    bytes: (d) => serializeProject({ ...generateJourney(5000, { id: d.id as string }), name: d.name as string }),
  },
];

// ---- library set-up and inspection ----------------------------------------------------------

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

function servicesIn(dataDir: string, log: string[] = []) {
  return createServices({ dataDir, trash: folderTrash(join(dataDir, '.trash')), log: (m) => log.push(m) });
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Hash of every file under `dir` by relative path (folders listed as such), skipping `skip`. */
async function snapshot(dir: string, skip: (rel: string) => boolean): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const rel = relative(dir, path);
    if (skip(rel)) continue;
    out[rel] = entry.isDirectory() ? 'folder' : sha(await readFile(path));
  }
  return out;
}

/** A data folder with two good projects and a third, "victim", project whose file gets damaged. */
async function libraryWithVictim(name: string) {
  const dataDir = await mkdtemp(join(tmpdir(), 'touchmap-corpus-'));
  made.push(dataDir);
  const { library } = servicesIn(dataDir);
  const good = [await library.create('Good supermarket', 'supermarket'), await library.create('Good blank', 'blank')];
  const victim = await library.create(`Victim: ${name}`, 'supermarket');
  await library.flush();
  const file = join(dataDir, 'projects', `${victim.id}.touchmap`);
  return { dataDir, good, victim, file, text: await readFile(file, 'utf8') };
}

async function damage(file: string, text: string, kind: Damage['bytes']): Promise<string | null> {
  if (kind === 'directory') {
    await unlink(file);
    await mkdir(file);
    await writeFile(join(file, 'inside.txt'), 'not a project');
    return null;
  }
  if (kind === 'sparse') {
    // 51 MB without writing 51 MB: a sparse file, size checked before any read.
    const handle = await open(file, 'w');
    await handle.truncate(51 * MB);
    await handle.close();
    return null;
  }
  const bytes = kind(JSON.parse(text) as Doc, text);
  await writeFile(file, bytes);
  return sha(typeof bytes === 'string' ? enc(bytes) : bytes);
}

describe('damaged-file corpus', () => {
  it('holds at least 30 damaged files and covers the valid-but-odd ones', () => {
    expect(CORPUS.filter((c) => c.reason).length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, damageCase) => {
      const { dataDir, good, victim, file, text } = await libraryWithVictim(damageCase.name);
      const written = await damage(file, text, damageCase.bytes);
      const sparseHash = damageCase.bytes === 'sparse' ? sha(await readFile(file)) : null;
      const others = (rel: string) =>
        rel === 'library.json' || rel === relative(dataDir, file) || rel.startsWith(relative(dataDir, file));
      const before = await snapshot(dataDir, others);

      // Start the app's library afresh, as at start-up.
      const { library, handlers } = servicesIn(dataDir);
      const listing = await library.list();

      // The good projects still list and open, unchanged.
      for (const project of good) {
        expect(listing.projects.map((p) => p.id)).toContain(project.id);
        expect(serializeProject(await library.open(project.id))).toBe(serializeProject(project));
      }

      if (!damageCase.reason) {
        expect(listing.problems).toEqual([]);
        expect(listing.projects.find((p) => p.id === victim.id)?.name).toBe(victim.name);
        const opened = await library.open(victim.id);
        expect(opened.id).toBe(victim.id);
        expect(Object.keys(opened)).not.toContain('__proto__');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(await stat(file).then((s) => s.isFile())).toBe(true);
        expect(sha(await readFile(file))).toBe(written);
      } else {
        // Reported by name, with a reason specific to the damage.
        expect(listing.problems).toEqual([
          expect.objectContaining({
            id: victim.id,
            name: victim.name,
            reason: expect.stringMatching(damageCase.reason),
          }),
        ]);
        expect(listing.projects.map((p) => p.id)).not.toContain(victim.id);
        const [problem] = listing.problems;
        // Moved aside, never deleted, bytes unchanged.
        expect(problem.quarantinedTo).toMatch(
          new RegExp(`^${join(dataDir, 'quarantine').replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}`),
        );
        await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
        const moved = problem.quarantinedTo!;
        if (damageCase.bytes === 'directory')
          expect(await readFile(join(moved, 'inside.txt'), 'utf8')).toBe('not a project');
        else expect(sha(await readFile(moved))).toBe(written ?? sparseHash);
        // Opening it says which project and why, in one readable sentence.
        const reply = await handlers[Channels.openProject]({ id: victim.id });
        expect(reply.ok).toBe(false);
        expect(!reply.ok && reply.error).toContain(`"${victim.name}" cannot be opened: `);
        expect(!reply.ok && reply.error).toContain(problem.reason);
      }

      // Nothing else in the data folder changed; only quarantine gained the file and its note.
      const after = await snapshot(dataDir, (rel) => others(rel) || rel.startsWith(`quarantine/`));
      expect(after).toEqual(before);
      const quarantined = await readdir(join(dataDir, 'quarantine'));
      const libraryJson = await readFile(join(dataDir, 'library.json'), 'utf8');
      expect(quarantined.length).toBe(damageCase.reason ? 2 : 0);
      // The library index stays readable JSON.
      expect(() => JSON.parse(libraryJson)).not.toThrow();
    },
    60_000,
  );
});
