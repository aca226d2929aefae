/**
 * Runs one worker with a wall-clock cap: forks worker.ts under tsx with `--expose-gc` (so heap after
 * training is measured after a GC), relays its progress, and kills it when the cap passes, reading
 * its peak RSS from /proc first so even a runaway's memory is reported.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvalOutcome } from './evaluate';
import type { BenchLocale } from './peer';
import type { WorkerJob, WorkerMessage } from './worker-protocol';

const WORKER_PATH = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** Characters of the worker's stderr kept for an error message. */
const STDERR_TAIL = 2000;

/** How one worker ended. */
export type WorkerReport =
  | {
      status: 'ok';
      outcome: EvalOutcome;
      locale: BenchLocale;
      baselineRssBytes: number;
      peakRssBytes: number;
      elapsedMs: number;
    }
  | { status: 'timeout' | 'error'; message: string; peakRssBytes?: number; elapsedMs: number };

/** Options for {@link runWorker}. */
export interface RunWorkerOptions {
  /** Wall-clock cap for the whole child, start-up included. */
  timeoutMs: number;
  /** V8 old-space cap of the worker, MB: a runaway peer dies with "out of memory" instead of swapping. */
  maxHeapMb: number;
  onProgress?: (text: string) => void;
}

/** Peak resident set size of a live process (Linux `VmHWM`), or undefined when unreadable. */
export function peakRssOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** Forks a worker for `job` and resolves with how it ended; never rejects. */
export function runWorker(job: WorkerJob, options: RunWorkerOptions): Promise<WorkerReport> {
  const started = Date.now();
  const child = fork(WORKER_PATH, [JSON.stringify(job)], {
    execArgv: ['--import', 'tsx', '--expose-gc', `--max-old-space-size=${options.maxHeapMb}`],
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    // Peers print banners and dictionary notices on stdout; the table owns stdout, so drop them.
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
  });
  let final: WorkerMessage | undefined;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      const peakRssBytes = peakRssOf(child.pid);
      child.kill('SIGKILL');
      resolve({
        status: 'timeout',
        message: `timeout after ${options.timeoutMs / 1000} s`,
        peakRssBytes,
        elapsedMs: Date.now() - started,
      });
    }, options.timeoutMs);
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.text);
      else final = message;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const elapsedMs = Date.now() - started;
      if (final?.type === 'result') resolve({ status: 'ok', ...withoutType(final), elapsedMs });
      else if (final?.type === 'error')
        resolve({ status: 'error', message: final.message, peakRssBytes: final.peakRssBytes, elapsedMs });
      else
        resolve({
          status: 'error',
          message: exitMessage(code, signal, stderr, options.maxHeapMb),
          elapsedMs,
        });
    });
  });
}

function withoutType<T extends { type: string }>(message: T): Omit<T, 'type'> {
  const { type: _type, ...rest } = message;
  return rest;
}

/** Why a worker ended without a result: out of memory, or its exit status with its last stderr. */
function exitMessage(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderr: string,
  maxHeapMb: number,
): string {
  if (/heap out of memory|Reached heap limit/.test(stderr)) return `out of memory (heap cap ${maxHeapMb} MB)`;
  return `worker exited (${signal ?? `code ${code}`}): ${stderr.trim()}`;
}
