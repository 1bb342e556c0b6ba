/**
 * Reads the first sheet of an .xlsx file off the UI thread (read-excel-file's web-worker
 * build). Receives the file's bytes, answers with its rows of cell values or a failure.
 */
import { readSheet } from 'read-excel-file/web-worker';

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  try {
    const rows = await readSheet(event.data);
    self.postMessage({ ok: true, rows });
  } catch {
    self.postMessage({ ok: false });
  }
};
