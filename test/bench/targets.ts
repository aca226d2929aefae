/**
 * How each benchmark target is started: the bare Fastify baseline, and the real server through its
 * public CLI contract (`node bin/switchboard.js start` with `PORT`, `DATA_DIR`, `LOG_LEVEL`, and
 * `DATABASE_URL` for PostgreSQL), each on fresh storage so runs never see each other's data.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { findFreePort } from './free-port';
import type { BenchOptions, TargetName } from './options';
import { createBenchDatabase } from './postgres-db';
import { ServerProcess } from './server-process';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BARE_SERVER = fileURLToPath(new URL('./bare-server.ts', import.meta.url));

/** A started target; `close` stops the server and removes its storage, and says how the server ended. */
export interface RunningTarget {
  server: ServerProcess;
  /** The database backends serving this server, when its database runs in processes of its own. */
  databasePids?: () => Promise<number[]>;
  close(): Promise<string>;
}

/** What starting a real server produced, beside the cleanups it registered. */
interface StartedReal {
  server: ServerProcess;
  databasePids?: () => Promise<number[]>;
}

/**
 * Node options the server runs with, as `npm start` gives them (a test keeps the two alike): a
 * young generation of up to 32 MB per semi-space. About 50 turns are in flight at any time, and
 * each scavenge copies all of them; in interleaved runs (test/bench/ab-slices.ts) fewer, larger
 * scavenges gave +9.3, +6.9, +1.8, +0.3 and +1.3 % turns per second: never a loss, a gain unsettled.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=32'];

/** The environment for the real server: ours minus anything that would switch its store or queue. */
function realServerEnv(port: number, dataDir: string, databaseUrl?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

async function startBare(): Promise<RunningTarget> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PORT;
  const server = await ServerProcess.start({
    label: 'bare',
    command: process.execPath,
    args: ['--import', 'tsx', BARE_SERVER],
    cwd: REPO_ROOT,
    env,
  });
  return { server, close: () => server.stop() };
}

/**
 * Starts the real server on fresh storage. Each piece of storage goes into `cleanups` as soon as it
 * exists, so a start that fails half-way can still remove it.
 */
async function startReal(
  label: 'sqlite' | 'postgres',
  options: BenchOptions,
  cleanups: (() => Promise<void>)[],
): Promise<StartedReal> {
  const dataDir = await mkdtemp(join(tmpdir(), `sb-bench-${label}-`));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const database = label === 'postgres' ? await createBenchDatabase(options.databaseUrl) : undefined;
  if (database) cleanups.push(() => database.drop());
  const port = await findFreePort();
  const [command = process.execPath, ...args] = options.targetCommand ?? [
    process.execPath,
    ...SERVER_NODE_ARGS,
    join(REPO_ROOT, 'bin', 'switchboard.js'),
    'start',
  ];
  const env = realServerEnv(port, dataDir, database?.url);
  const server = await ServerProcess.start({ label, command, args, cwd: REPO_ROOT, env, port });
  return database ? { server, databasePids: () => database.backendPids() } : { server };
}

async function runCleanups(cleanups: (() => Promise<void>)[]): Promise<void> {
  const failures: unknown[] = [];
  // Newest first: the database is dropped only after the server using it has stopped. One failed
  // cleanup does not stop the others.
  for (const cleanup of [...cleanups].reverse())
    await cleanup().catch((error: unknown) => failures.push(error));
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} cleanup step(s) failed`);
}

/** Starts `name`; on failure everything created for it is removed before the error is rethrown. */
export async function startTarget(name: TargetName, options: BenchOptions): Promise<RunningTarget> {
  if (name === 'bare') return startBare();
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const started = await startReal(name, options, cleanups);
    return {
      ...started,
      close: async () => {
        const ended = await started.server.stop();
        await runCleanups(cleanups);
        return ended;
      },
    };
  } catch (error) {
    await runCleanups(cleanups);
    throw error;
  }
}
