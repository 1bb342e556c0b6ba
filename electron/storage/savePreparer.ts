/**
 * Where saves are prepared (checked, serialised, hashed: ./prepareSave.ts): in a
 * worker_threads worker when the library is given one, so a save costs main's event loop
 * only the hand-over of the document; else in-process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { prepareSave } from './prepareSave';
import type { PreparedSave, SaveRequest } from './prepareSave';
import { mt } from '../language';

export interface SavePreparer {
  prepare(request: SaveRequest): Promise<PreparedSave>;
  close(): Promise<void>;
}

export const IN_PROCESS: SavePreparer = {
  prepare: (request) => Promise.resolve(prepareSave(request)),
  close: () => Promise.resolve(),
};

interface Waiting {
  request: SaveRequest;
  resolve: (result: PreparedSave) => void;
  reject: (error: Error) => void;
}

/**
 * One worker, started on the first save. A worker that cannot start or dies never costs a
 * save: the saves it held are prepared in-process, and so is every later one (logged once).
 */
export class WorkerPreparer implements SavePreparer {
  #worker: Worker | null = null;
  #broken = false;
  #seq = 0;
  readonly #waiting = new Map<number, Waiting>();

  constructor(
    private readonly entry: string | URL,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Whether saves are still prepared in the worker (false once it failed). */
  get inWorker(): boolean {
    return !this.#broken;
  }

  prepare(request: SaveRequest): Promise<PreparedSave> {
    if (this.#broken) return IN_PROCESS.prepare(request);
    const worker = this.#start();
    const seq = ++this.#seq;
    return new Promise<PreparedSave>((resolve, reject) => {
      this.#waiting.set(seq, { request, resolve, reject });
      // Nothing to wait for between saves: the worker must not keep the process alive.
      if (this.#waiting.size === 1) worker.ref();
      try {
        worker.postMessage({ seq, request });
      } catch (error) {
        this.#settle(seq);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }

  #settle(seq: number): Waiting | undefined {
    const waiting = this.#waiting.get(seq);
    this.#waiting.delete(seq);
    if (this.#waiting.size === 0) this.#worker?.unref();
    return waiting;
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.entry);
    worker.unref();
    worker.on('message', ({ seq, result }: { seq: number; result: PreparedSave }) => {
      this.#settle(seq)?.resolve(result);
    });
    const fail = (error: Error) => {
      if (this.#worker !== worker) return;
      this.#worker = null;
      this.#broken = true;
      this.log(`The save worker failed (${error.message}); saves are prepared in main's thread from now on.`);
      void worker.terminate();
      const waiting = [...this.#waiting.values()];
      this.#waiting.clear();
      for (const w of waiting) IN_PROCESS.prepare(w.request).then(w.resolve, w.reject);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(mt('storage.save.workerStopped', { code }))));
    this.#worker = worker;
    return worker;
  }
}

/** The worker at `entry` when that file exists (a built app), else in-process preparation. */
export function savePreparer(entry: string | URL | undefined, log?: (message: string) => void): SavePreparer {
  if (entry === undefined) return IN_PROCESS;
  const path = typeof entry === 'string' ? entry : fileURLToPath(entry);
  return existsSync(path) ? new WorkerPreparer(path, log) : IN_PROCESS;
}
