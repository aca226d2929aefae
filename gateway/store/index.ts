/**
 * The storage layer: customers, identities, conversations, messages and the outbox, behind the
 * `Store` interface (`types.ts`). This folder owns the schema and its migrations and the two
 * backends: SQLite (embedded default, one file) and PostgreSQL (when one machine is outgrown).
 * Call `migrate()` once after creating a store and before using it.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import pg from 'pg';
import { ErrorCodes, SwitchboardError } from '../errors';
import type { StoreDatabase } from './schema';
import { NamedStatementPool } from './named-statement-pool';
import { SqliteCheckpointer } from './sqlite-checkpointer';
import { CachedStatementDatabase } from './sqlite-statement-cache';
import { StorePostgresDialect } from './postgres-dialect';
import { StoreSqliteDialect } from './sqlite-dialect';
import { SqlStore } from './sql-store';

export type * from './types';
export type * from './case-types';
export type * from './stats-types';
export { SqlStore, type SqlStoreOptions } from './sql-store';
export type { StoreKind } from './store-context';

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** Database file (its folder is created when missing), or `:memory:`. */
  file: string;
  /** How long a write waits for another process's lock before failing, in ms. Default 5000. */
  busyTimeoutMs?: number;
  /** Prepared statements kept per connection (LRU). Default 256. */
  maxCachedStatements?: number;
  /** Time source for audit entries. Default: the system clock. */
  clock?: () => Date;
  /**
   * Milliseconds between write-ahead-log checkpoints made by a worker thread beside the event loop
   * (see sqlite-checkpointer.ts); 0 leaves them to SQLite, on the committing thread. Default 0: a
   * long-running server turns it on (see {@link createStore}); a short command has no use for a
   * thread. A `:memory:` database has no log to checkpoint.
   */
  checkpointIntervalMs?: number;
  /** Told when the checkpoint thread cannot checkpoint. Default: ignore. */
  onCheckpointError?: (message: string) => void;
}

/** The embedded store: one SQLite file, WAL journal, foreign keys on. */
export function createSqliteStore(options: SqliteStoreOptions): SqlStore {
  const { file } = options;
  let sqlite: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    sqlite = new Database(file);
    // WAL lets readers run beside the writer; NORMAL syncs at checkpoints, not every commit
    // (a power cut may lose the last commits, never corrupt the file).
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    // Checkpoints are what fsync under NORMAL: every ~40 MB of WAL rather than the default ~4 MB
    // (about 15 % more turns/s here); the size limit shrinks the WAL file back after each one.
    sqlite.pragma('wal_autocheckpoint = 10000');
    sqlite.pragma('journal_size_limit = 67108864');
    sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SwitchboardError(
      ErrorCodes.STORE_UNREACHABLE,
      `Cannot open the SQLite database ${file}: ${reason}. Check DATA_DIR and its permissions.`,
      {
        cause: error,
      },
    );
  }
  const database = new CachedStatementDatabase(sqlite, { maxStatements: options.maxCachedStatements ?? 256 });
  const db = new Kysely<StoreDatabase>({ dialect: new StoreSqliteDialect({ database }) });
  const interval = options.checkpointIntervalMs ?? 0;
  const checkpointer =
    file === ':memory:' || interval <= 0
      ? undefined
      : SqliteCheckpointer.start({
          file,
          intervalMs: interval,
          ...(options.onCheckpointError ? { onError: options.onCheckpointError } : {}),
        });
  return new SqlStore({
    db,
    kind: 'sqlite',
    target: file,
    sqlite,
    ...(checkpointer ? { beforeClose: () => checkpointer.close() } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
}

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`. */
  url: string;
  /** Schema for the tables (created by `migrate()` when missing). Lower-case letters, digits, `_`. Default: the server's `search_path`. */
  schema?: string;
  /** Most connections the pool opens. Default 10. */
  poolSize?: number;
  /** Told about errors on idle pooled connections (the pool drops such a connection and opens a new one when needed). Default: ignore. */
  onPoolError?: (error: Error) => void;
  /** Time source for audit entries. Default: the system clock. */
  clock?: () => Date;
}

// int8 (BIGINT, and count(*)) arrives as a string by default; epoch milliseconds fit a double exactly.
const INT8_OID = 20;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// pg-types declares parsers as returning `any`; ours return numbers, the rest are pg's own.
function parseInt8AsNumber(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === INT8_OID && format !== 'binary') return (value: string) => Number(value);
  return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
}

/** The scale-out store on PostgreSQL. Nothing connects until the first query (`migrate()`). */
export function createPostgresStore(options: PostgresStoreOptions): SqlStore {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `PostgreSQL schema name "${schema}" is not allowed: use lower-case letters, digits and _.`,
    );
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // Per pool, not the global pg.types: other pg users in this process keep their own parsing.
    types: { getTypeParser: parseInt8AsNumber },
    // Set at connection start-up, so no query pays an extra `SET search_path` round trip.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // Without a listener, an idle connection's error (server restart) would crash the process.
  pool.on('error', options.onPoolError ?? (() => undefined));
  const db = new Kysely<StoreDatabase>({
    dialect: new StorePostgresDialect({ pool: new NamedStatementPool(pool) }, schema),
  });
  return new SqlStore({
    db,
    kind: 'postgres',
    target: redactUrl(options.url),
    ...(schema === undefined ? {} : { schema }),
    ...(options.clock ? { clock: options.clock } : {}),
  });
}

/** How often a server's checkpoint thread copies the log into the file (see sqlite-checkpointer.ts). */
const SERVER_CHECKPOINT_INTERVAL_MS = 200;

/** Options of {@link createStore}: what the configuration says. */
export interface StoreOptions {
  /** `DATABASE_URL`: `postgres://…` or `postgresql://…` selects PostgreSQL; unset or empty, SQLite. */
  databaseUrl?: string;
  /** `DATA_DIR`: the SQLite file lives at `<dataDir>/switchboard.db`. */
  dataDir: string;
  /** SQLite: checkpoint the log from a worker thread (see {@link SqliteStoreOptions}). Default false. */
  checkpointThread?: boolean;
  /** Told when that thread cannot checkpoint. Default: ignore. */
  onCheckpointError?: (message: string) => void;
}

/** The store the configuration asks for. */
export function createStore(options: StoreOptions): SqlStore {
  const url = options.databaseUrl?.trim() ?? '';
  if (/^postgres(ql)?:\/\//i.test(url)) return createPostgresStore({ url });
  if (url !== '') {
    // Falling back to SQLite here would silently put data somewhere the operator did not ask for.
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `DATABASE_URL must start with postgres:// or postgresql:// (got "${redactUrl(url)}"); leave it unset for the embedded SQLite store.`,
    );
  }
  return createSqliteStore({
    file: join(options.dataDir, 'switchboard.db'),
    ...(options.checkpointThread ? { checkpointIntervalMs: SERVER_CHECKPOINT_INTERVAL_MS } : {}),
    ...(options.onCheckpointError ? { onCheckpointError: options.onCheckpointError } : {}),
  });
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}
