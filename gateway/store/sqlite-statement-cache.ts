/**
 * A better-sqlite3 database as Kysely's SqliteDialect sees it, with prepared statements cached by
 * SQL text. Kysely calls `prepare(sql)` for every query; preparing costs more than running a small
 * statement, and the store issues the same few dozen statements over and over.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Options of {@link CachedStatementDatabase}. */
export interface CachedStatementDatabaseOptions {
  /** Most statements kept prepared; the least recently used one is dropped beyond this. Default 256. */
  maxStatements?: number;
}

/** Wraps a better-sqlite3 `Database` so `prepare` reuses statements (bounded LRU). */
export class CachedStatementDatabase implements SqliteDatabase {
  readonly #db: Database;
  readonly #max: number;
  // A Map iterates in insertion order: re-inserting on a hit keeps the oldest entry first.
  readonly #statements = new Map<string, Statement>();
  #hits = 0;
  #misses = 0;

  constructor(db: Database, options: CachedStatementDatabaseOptions = {}) {
    this.#db = db;
    this.#max = Math.max(1, options.maxStatements ?? 256);
  }

  /** The wrapped connection, for pragmas and checkpoints. */
  get database(): Database {
    return this.#db;
  }

  /** Cache counters, for tests and diagnostics. */
  get stats(): { size: number; hits: number; misses: number } {
    return { size: this.#statements.size, hits: this.#hits, misses: this.#misses };
  }

  prepare(sql: string): SqliteStatement {
    const cached = this.#statements.get(sql);
    if (cached !== undefined) {
      this.#hits++;
      this.#statements.delete(sql);
      this.#statements.set(sql, cached);
      return cached;
    }
    this.#misses++;
    const statement = this.#db.prepare(sql);
    this.#statements.set(sql, statement);
    if (this.#statements.size > this.#max) {
      const oldest = this.#statements.keys().next();
      if (oldest.done !== true) this.#statements.delete(oldest.value);
    }
    return statement;
  }

  close(): void {
    this.#statements.clear();
    this.#db.close();
  }
}
