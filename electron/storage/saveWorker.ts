/**
 * The save worker's entry (a worker_threads worker in main; electron-vite builds it to
 * out/main/saveWorker.js): it prepares saves (./prepareSave.ts) and hands the bytes back
 * without copying them. It holds no state and touches no file.
 */
import { parentPort } from 'node:worker_threads';
import { translator } from '../../shared/i18n/translator';
import { prepareSave } from './prepareSave';
import type { PreparedSave, SaveRequest } from './prepareSave';

interface Job {
  seq: number;
  request: SaveRequest;
}

parentPort?.on('message', ({ seq, request }: Job) => {
  let result: PreparedSave;
  try {
    result = prepareSave(request);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    result = { ok: false, error: translator(request.language)('errors.somethingWrong', { detail }) };
  }
  parentPort?.postMessage({ seq, result }, result.ok ? [result.bytes.buffer as ArrayBuffer] : []);
});
