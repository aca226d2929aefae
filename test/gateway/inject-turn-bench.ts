/**
 * The whole server's CPU per web chat turn in one process, without sockets or a load generator:
 * the real `createSwitchboard` (SQLite in a temporary DATA_DIR, the demo knowledge base, the match
 * worker) answering `POST /webchat/messages` through Fastify's `inject`, 50 sessions at a time,
 * over the bench's questions. Steadier than `npm run bench` for comparing two trees, since nothing
 * else shares the process; it counts the match worker's CPU too. A script, not a timed test:
 *
 *   npx tsx test/gateway/inject-turn-bench.ts [turns=10000]
 *
 * With `HEAP_PROFILE=FILE` it also samples every allocation of the measured turns (V8's sampling
 * heap profiler, objects collected by either GC included) and writes the profile to FILE
 * (open it in Chrome's DevTools, Memory tab).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../gateway/config';
import { createSwitchboard } from '../../gateway/main';
import { injectSessions } from './inject-sessions';

const SESSIONS = 50;
const turns = Math.max(1, Math.min(1_000_000, Number(process.argv[2] ?? 10_000)));
const heapProfile = process.env.HEAP_PROFILE;
const dataDir = mkdtempSync(join(tmpdir(), 'sb-inject-bench-'));
const switchboard = await createSwitchboard(
  loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'error' }),
);
const run = injectSessions(switchboard.app, SESSIONS);

/** The process's write counters from /proc/self/io (Linux), or undefined where there is none. */
function processIo(): { syscw: number; wchar: number } | undefined {
  let text: string;
  try {
    text = readFileSync('/proc/self/io', 'utf8');
  } catch {
    return undefined;
  }
  const field = (name: string): number => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { syscw: field('syscw'), wchar: field('wchar') };
}

try {
  await run(Math.min(turns, 5_000));
  const profiler = heapProfile === undefined ? undefined : new Session();
  profiler?.connect();
  await profiler?.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const io = processIo();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run(turns);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  const wrote = processIo();
  console.log(
    `${turns} turns: ${((used.user + used.system) / turns).toFixed(1)} µs of process CPU per turn, ${(turns / seconds).toFixed(0)} turns/s`,
  );
  if (io !== undefined && wrote !== undefined) {
    // Every thread's writes: the SQLite WAL (two calls per page frame) and the checkpointer's.
    const calls = (wrote.syscw - io.syscw) / turns;
    const bytes = (wrote.wchar - io.wchar) / turns;
    console.log(`${calls.toFixed(1)} write calls and ${(bytes / 1024).toFixed(1)} KiB written per turn`);
  }
  if (profiler !== undefined && heapProfile !== undefined) {
    const { profile } = await profiler.post('HeapProfiler.stopSampling');
    writeFileSync(heapProfile, JSON.stringify(profile));
    profiler.disconnect();
  }
} finally {
  await switchboard.close();
  rmSync(dataDir, { recursive: true, force: true });
}
