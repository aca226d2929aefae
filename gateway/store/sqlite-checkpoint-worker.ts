/**
 * The worker thread of {@link SqliteCheckpointer}: its own connection to the database file, which
 * copies committed WAL frames into the file (a passive checkpoint: it never waits for the writer
 * nor blocks it) at a fixed interval, until told to stop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { CheckpointerMessage, CheckpointWorkerData } from './sqlite-checkpointer';

const { file, intervalMs } = (workerData as { data: CheckpointWorkerData }).data;
const port = parentPort;

function report(message: CheckpointerMessage): void {
  port?.postMessage(message);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let db: Database.Database | undefined;
try {
  db = new Database(file, { fileMustExist: true });
  // A checkpoint that finds the file locked simply tries again at the next tick.
  db.pragma('busy_timeout = 0');
} catch (error) {
  report({ kind: 'failed', message: `cannot open ${file}: ${errorText(error)}` });
}

/** One passive checkpoint; the frames in the WAL and how many of them are now in the file. */
function checkpoint(connection: Database.Database): void {
  try {
    const [row] = connection.pragma('wal_checkpoint(PASSIVE)') as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    if (row !== undefined && row.log > 0)
      report({ kind: 'checkpointed', log: row.log, checkpointed: row.checkpointed });
  } catch (error) {
    report({ kind: 'error', message: errorText(error) });
  }
}

if (db !== undefined) {
  const connection = db;
  const timer = setInterval(() => checkpoint(connection), intervalMs);
  report({ kind: 'ready' });
  port?.on('message', (message: unknown) => {
    if (message !== 'stop') return;
    clearInterval(timer);
    connection.close();
    port.close();
  });
}
