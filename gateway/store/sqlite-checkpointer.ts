/**
 * Checkpoints the SQLite write-ahead log from a worker thread. Left to SQLite, the commit that
 * crosses `wal_autocheckpoint` copies the whole log into the database file and fsyncs both, on the
 * event loop: a pause of tens of milliseconds every few thousand turns, with every turn in flight
 * waiting behind it. A passive checkpoint on a second connection does the same work beside the
 * writer without blocking it, and once the log is fully copied the next commit starts it over from
 * the beginning, so it stays short and the event loop's commits only ever append. The
 * autocheckpoint stays on as a backstop should this thread fall behind or stop.
 */
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../ts-worker';

/** Options of {@link SqliteCheckpointer.start}. */
export interface SqliteCheckpointerOptions {
  /** The database file; it must exist and be in WAL mode. */
  file: string;
  /** Time between passive checkpoints, in ms. Default 200. */
  intervalMs?: number;
  /** Told when the thread cannot checkpoint (it keeps trying) or has stopped. Default: ignore. */
  onError?: (message: string) => void;
}

/** What the worker reports (see sqlite-checkpoint-worker.ts). */
export type CheckpointerMessage =
  | { kind: 'ready' }
  | { kind: 'checkpointed'; log: number; checkpointed: number }
  | { kind: 'error'; message: string }
  | { kind: 'failed'; message: string };

/** `workerData.data` of the worker. */
export interface CheckpointWorkerData {
  file: string;
  intervalMs: number;
}

/** How long `close()` waits for the thread to finish its checkpoint before terminating it. */
const STOP_GRACE_MS = 5000;

/** A running checkpoint thread; stop it with {@link SqliteCheckpointer.close} before closing the database. */
export class SqliteCheckpointer {
  #last: { log: number; checkpointed: number } | undefined;
  readonly #exited: Promise<void>;
  readonly #ready: Promise<void>;

  private constructor(
    private readonly worker: Worker,
    onError: (message: string) => void,
  ) {
    this.#exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    this.#ready = new Promise((resolve, reject) => {
      worker.on('message', (message: CheckpointerMessage) => {
        if (message.kind === 'ready') resolve();
        else if (message.kind === 'checkpointed')
          this.#last = { log: message.log, checkpointed: message.checkpointed };
        else if (message.kind === 'error') onError(message.message);
        else {
          onError(message.message);
          reject(new Error(message.message));
        }
      });
      worker.on('error', (error) => {
        onError(error.message);
        reject(error);
      });
    });
    // A store nobody closed must not keep the process alive.
    worker.unref();
  }

  /** Starts the thread; it opens its own connection to `options.file`. */
  static start(options: SqliteCheckpointerOptions): SqliteCheckpointer {
    const data: CheckpointWorkerData = { file: options.file, intervalMs: options.intervalMs ?? 200 };
    const worker = startTsWorker(new URL('./sqlite-checkpoint-worker.ts', import.meta.url).href, data);
    const checkpointer = new SqliteCheckpointer(worker, options.onError ?? (() => undefined));
    checkpointer.#ready.catch(() => undefined);
    return checkpointer;
  }

  /** Resolves once the thread has its connection open; rejects if it could not open one. */
  ready(): Promise<void> {
    return this.#ready;
  }

  /** Frames in the log at the last checkpoint that found any, and how many it had copied. */
  get lastCheckpoint(): { log: number; checkpointed: number } | undefined {
    return this.#last;
  }

  /** Stops the thread after its current checkpoint (terminating it after a grace period). */
  async close(): Promise<void> {
    this.worker.postMessage('stop');
    const timer = setTimeout(() => void this.worker.terminate(), STOP_GRACE_MS);
    await this.#exited;
    clearTimeout(timer);
  }
}
