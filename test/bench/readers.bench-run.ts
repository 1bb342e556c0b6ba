/**
 * npm run bench, readers part: each reader of a file a user opens (the project inside an
 * SVG or a PNG, a Mermaid journey) on hostile and ordinary inputs at its size cap (images:
 * 4 x MAX_PROJECT_FILE_BYTES, Mermaid: MAX_MERMAID_BYTES), one fresh Node process per
 * input: time of one read (goal <= 1 s) and extra memory (goal <= 2 x the input; see
 * readersChild.ts for how it is measured). Merges its rows into test/bench/results.json.
 *
 * Run alone: npx vitest run --config vitest.bench.config.ts test/bench/readers.bench-run.ts
 * (BENCH_READER_SCALE=0.1 runs every input at a tenth of its cap).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { build } from 'vite';
import { it } from 'vitest';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/ipc';
import { MAX_MERMAID_BYTES } from '../../renderer/app/files/importMermaid';
import { PNG_PROJECT_KEYWORD } from '../../shared/formats/pngMeta';
import { SVG_PROJECT_NAMESPACE } from '../../shared/formats/svgMeta';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const RESULTS = resolve(__dirname, 'results.json');
const SCALE = Number(process.env.BENCH_READER_SCALE ?? 1);
/** The caps the app applies before reading (electron/imageImport.ts, renderer/app/files/importMermaid.ts). */
const IMAGE_CAP = 4 * MAX_PROJECT_FILE_BYTES;
const MERMAID_CAP = MAX_MERMAID_BYTES;

/** `unit` repeated to fill `size` bytes, between `head` and `tail`. */
function fill(size: number, head: string, unit: string, tail = ''): Buffer {
  const count = Math.max(0, Math.floor((size - head.length - tail.length) / unit.length));
  return Buffer.from(head + unit.repeat(count) + tail, 'latin1');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IHDR = pngChunk('IHDR', Buffer.alloc(13));
const IEND = pngChunk('IEND', Buffer.alloc(0));

/** A PNG of `size` bytes: IHDR, then `middle` repeated, then IEND. */
function png(size: number, middle: Buffer): Buffer {
  const count = Math.max(0, Math.floor((size - PNG_SIGNATURE.length - IHDR.length - IEND.length) / middle.length));
  const out = Buffer.alloc(PNG_SIGNATURE.length + IHDR.length + count * middle.length + IEND.length);
  let pos = PNG_SIGNATURE.copy(out, 0);
  pos += IHDR.copy(out, pos);
  for (let i = 0; i < count; i++) pos += middle.copy(out, pos);
  IEND.copy(out, pos);
  return out;
}

const NS = SVG_PROJECT_NAMESPACE;
const projectText = (size: number) => `{"name":"${'x'.repeat(Math.max(0, size - 12))}"}`;

const INPUTS: { reader: 'svg' | 'png' | 'mermaid'; name: string; cap: number; make: (size: number) => Buffer }[] = [
  { reader: 'svg', name: 'start_tags_without_gt', cap: IMAGE_CAP, make: (n) => fill(n, '<svg>', '<project ') },
  {
    reader: 'svg',
    name: 'namespaced_start_tags_without_end',
    cap: IMAGE_CAP,
    make: (n) => fill(n, '<svg>', `<tm:project xmlns:tm="${NS}">`),
  },
  {
    reader: 'svg',
    name: 'unclosed_cdata',
    cap: IMAGE_CAP,
    make: (n) => fill(n, `<svg><project xmlns="${NS}">`, '<![CDATA[', '</project></svg>'),
  },
  {
    reader: 'svg',
    name: 'project_of_the_whole_size',
    cap: IMAGE_CAP,
    make: (n) =>
      Buffer.from(`<svg><metadata><tm:project xmlns:tm="${NS}">${projectText(n - 120)}</tm:project></metadata></svg>`),
  },
  { reader: 'png', name: 'empty_chunks', cap: IMAGE_CAP, make: (n) => png(n, pngChunk('abCd', Buffer.alloc(0))) },
  {
    reader: 'png',
    name: 'project_chunk_of_the_whole_size',
    cap: IMAGE_CAP,
    make: (n) => png(n, pngChunk('iTXt', Buffer.from(`${PNG_PROJECT_KEYWORD}\0\0\0\0\0${projectText(n - 100)}`))),
  },
  { reader: 'mermaid', name: 'tag_openings', cap: MERMAID_CAP, make: (n) => fill(n, 'journey\n', '<a ') },
  { reader: 'mermaid', name: 'tasks', cap: MERMAID_CAP, make: (n) => fill(n, 'journey\nsection S\n', 'Pay: 3: Me\n') },
  { reader: 'mermaid', name: 'sections', cap: MERMAID_CAP, make: (n) => fill(n, 'journey\n', 'section S\n') },
  { reader: 'mermaid', name: 'semicolons', cap: MERMAID_CAP, make: (n) => fill(n, 'journey\n', ';') },
  { reader: 'mermaid', name: 'comment_lines', cap: MERMAID_CAP, make: (n) => fill(n, 'journey\n', '%% x\n') },
];

interface Row {
  metric: string;
  steps: number;
  value: number;
  unit: string;
  baseline: number | null;
  inputBytes: number;
  goal: string;
  outcome: string;
}

it(
  'reader benchmarks',
  async () => {
    const outDir = join(ROOT, 'out/bench-readers');
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      build: {
        ssr: join(ROOT, 'test/bench/readersChild.ts'),
        outDir,
        emptyOutDir: true,
        minify: false,
        target: 'node20',
      },
    });
    const child = join(outDir, 'readersChild.js');
    const work = await mkdtemp(join(tmpdir(), 'touchmap-readers-'));
    const rows: Row[] = [];
    try {
      for (const input of INPUTS) {
        const file = join(work, `${input.reader}-${input.name}`);
        await writeFile(file, input.make(Math.floor(input.cap * SCALE)));
        const { stdout } = await run(process.execPath, ['--expose-gc', child, input.reader, file], {
          maxBuffer: 1 << 20,
          timeout: 600_000,
        });
        await rm(file);
        const figure = JSON.parse(stdout) as {
          ms: number;
          cpuMs: number;
          extraBytes: number;
          inputBytes: number;
          outcome: string;
        };
        const metric = `read_${input.reader}_${input.name}`;
        const common = { steps: 0, baseline: null, inputBytes: figure.inputBytes, outcome: figure.outcome };
        rows.push(
          { metric: `${metric}_ms`, value: Math.round(figure.ms * 10) / 10, unit: 'ms', goal: '<= 1000', ...common },
          {
            metric: `${metric}_cpu_ms`,
            value: Math.round(figure.cpuMs * 10) / 10,
            unit: 'ms',
            goal: '<= 1000',
            ...common,
          },
          {
            metric: `${metric}_extra_memory_ratio`,
            value: Math.round((figure.extraBytes / figure.inputBytes) * 100) / 100,
            unit: 'x input',
            goal: '<= 2',
            ...common,
          },
        );
        console.log(
          `${metric.padEnd(52)} ${(figure.inputBytes / 2 ** 20).toFixed(1).padStart(6)} MB  ${figure.ms.toFixed(0).padStart(6)} ms (cpu ${figure.cpuMs.toFixed(0).padStart(5)})  ` +
            `extra ${(figure.extraBytes / 2 ** 20).toFixed(1).padStart(6)} MB (${(figure.extraBytes / figure.inputBytes).toFixed(2)} x)  ${figure.outcome}`,
        );
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    let previous: Record<string, unknown> & { results?: Row[] } = {};
    try {
      previous = JSON.parse(await readFile(RESULTS, 'utf8'));
    } catch {
      // first run
    }
    // Keep every other bench's rows and keys; replace only the rows measured here.
    const kept = (previous.results ?? []).filter((r) => !rows.some((n) => n.metric === r.metric));
    const out = {
      ...previous,
      readers: {
        date: new Date().toISOString(),
        machine: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        method:
          'one read per input in a fresh Node process (--expose-gc), after a warm-up read of the first 4 KB; elapsed and CPU time of that read; extra memory = peak resident size (Linux VmHWM, reset before the read) minus resident size before the read, input already in memory; inputs at the size cap' +
          (SCALE === 1 ? '' : ` x ${SCALE}`),
      },
      results: [...kept, ...rows],
    };
    await writeFile(RESULTS, JSON.stringify(out, null, 2) + '\n');
  },
  30 * 60_000,
);
