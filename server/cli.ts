/**
 * `npm run server`: a standalone Touchmap sync server for a team (issue J item 7).
 *
 *   npm run server -- [--host 0.0.0.0] [--port 1234] [--data ./touchmap-sync-data] [--token <secret>]
 *
 * The token may also come from TOUCHMAP_SYNC_TOKEN; without one a random token is made and
 * printed. Documents are kept as Yjs state files in the data folder (loaded on start,
 * written shortly after each change and on exit). `npm run server` builds this file with
 * vite into out/server/cli.js (server/vite.config.ts) and runs it with node: no TypeScript
 * runner is needed.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startSyncServer } from './syncServer';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '0.0.0.0' },
    port: { type: 'string', default: '1234' },
    data: { type: 'string', default: 'touchmap-sync-data' },
    token: { type: 'string' },
  },
});

const token = values.token ?? process.env.TOUCHMAP_SYNC_TOKEN ?? randomBytes(24).toString('base64url');
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not ${values.port}`);
  process.exit(2);
}
const dataDir = resolve(values.data);

const server = await startSyncServer({
  host: values.host,
  port,
  token,
  dataDir,
  onParticipants: (list) => console.log(`${new Date().toISOString()}  ${list.length} connected`),
});

console.log(`Touchmap sync server listening on ${server.url}`);
console.log(`  documents kept in ${dataDir}`);
console.log(`  token: ${token}`);
console.log('  Stop with Ctrl+C (documents are written before it exits).');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
