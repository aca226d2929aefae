/**
 * A real gateway in its own OS process, started through the public CLI contract
 * (`node bin/switchboard.js start`) on a free port, for multi-process tests and the handoff bench.
 * The environment is ours minus anything that would pick a store, a queue or a config file by
 * accident, plus what the caller passes. Resolves once `GET /healthz` answers 200.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../bench/free-port';
import { ServerProcess } from '../bench/server-process';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Keys a caller must set explicitly, never inherit from the shell running the tests. */
const ISOLATED_KEYS = [
  'PORT',
  'HOST',
  'DATA_DIR',
  'DATABASE_URL',
  'REDIS_URL',
  'REDIS_PREFIX',
  'SWITCHBOARD_CONFIG',
  'SECRET_KEY',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'API_TRUST_LOOPBACK',
  'KB_PATH',
] as const;

/** A started gateway process. */
export interface GatewayProcess {
  readonly label: string;
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  readonly server: ServerProcess;
  /** SIGTERM (SIGKILL after the stop timeout), then remove its data folder; says how it ended. */
  stop(): Promise<string>;
}

/** Options of {@link startGatewayProcess}. */
export interface GatewayProcessOptions {
  /** Shown in errors, e.g. `a`. */
  label: string;
  /** Configuration keys (environment variables) for this process. */
  env: Record<string, string>;
  /** Give up waiting for `/healthz` after this long. Default 60 s. */
  readyTimeoutMs?: number;
}

/** Starts `switchboard start` with its own `DATA_DIR` and `PORT`. */
export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), `sb-proc-${options.label}-`));
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ISOLATED_KEYS) delete env[key];
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DOTENV_CONFIG_QUIET: 'true',
    ...options.env,
  });
  let server: ServerProcess;
  try {
    server = await ServerProcess.start({
      label: options.label,
      command: process.execPath,
      args: [join(REPO_ROOT, 'bin', 'switchboard.js'), 'start'],
      cwd: REPO_ROOT,
      env,
      port,
      readyTimeoutMs: options.readyTimeoutMs ?? 60_000,
      stopTimeoutMs: 10_000,
    });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    label: options.label,
    base: `http://127.0.0.1:${port}`,
    server,
    async stop() {
      const ended = await server.stop();
      await rm(dataDir, { recursive: true, force: true });
      return ended;
    },
  };
}
