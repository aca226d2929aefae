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
  close(): Promise<string>;
}

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
): Promise<ServerProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), `sb-bench-${label}-`));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  let databaseUrl: string | undefined;
  if (label === 'postgres') {
    const database = await createBenchDatabase(options.databaseUrl);
    cleanups.push(() => database.drop());
    databaseUrl = database.url;
  }
  const port = await findFreePort();
  const [command = process.execPath, ...args] = options.targetCommand ?? [
    process.execPath,
    join(REPO_ROOT, 'bin', 'switchboard.js'),
    'start',
  ];
  return ServerProcess.start({
    label,
    command,
    args,
    cwd: REPO_ROOT,
    env: realServerEnv(port, dataDir, databaseUrl),
    port,
  });
}

async function runCleanups(cleanups: (() => Promise<void>)[]): Promise<void> {
  // Newest first: the database is dropped only after the server using it has stopped.
  for (const cleanup of cleanups.reverse()) await cleanup();
}

/** Starts `name`; on failure everything created for it is removed before the error is rethrown. */
export async function startTarget(name: TargetName, options: BenchOptions): Promise<RunningTarget> {
  if (name === 'bare') return startBare();
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const server = await startReal(name, options, cleanups);
    return {
      server,
      close: async () => {
        const ended = await server.stop();
        await runCleanups(cleanups);
        return ended;
      },
    };
  } catch (error) {
    await runCleanups(cleanups);
    throw error;
  }
}
