/**
 * A survey file picked by the user, read into a table: CSV text through Papa Parse (in
 * shared/survey), .xlsx in a Web Worker. Size-limited; every failure is a message, never a throw.
 */
import { parseCsv, tableFromRows, type SurveyProblem, type TableResult } from '../../../shared/survey';

/** Largest survey file read: 1,000 respondents x 50 columns is far below this. */
export const MAX_SURVEY_BYTES = 20 * 1024 * 1024;
export const SURVEY_ACCEPT = '.csv,.tsv,.txt,.xlsx';

export type ReadResult = TableResult | { ok: false; tooLarge: true } | { ok: false; unreadable: true };

function readXlsx(bytes: ArrayBuffer): Promise<unknown[][] | null> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
    const done = (rows: unknown[][] | null) => {
      worker.terminate();
      resolve(rows);
    };
    worker.onmessage = (e: MessageEvent<{ ok: boolean; rows?: unknown[][] }>) =>
      done(e.data.ok && Array.isArray(e.data.rows) ? e.data.rows : null);
    worker.onerror = () => done(null);
    worker.postMessage(bytes, [bytes]);
  });
}

export async function readSurveyFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_SURVEY_BYTES) return { ok: false, tooLarge: true };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, unreadable: true };
  }
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  // An .xlsx file is a zip archive: "PK\x03\x04".
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const rows = await readXlsx(bytes);
    return rows ? tableFromRows(rows, false) : { ok: false, unreadable: true };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Spreadsheets on Windows often save CSV in Windows-1252.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return parseCsv(text);
}

export type { SurveyProblem };
