/**
 * A pg pool as Kysely's PostgresDialect sees it, where SQL the store runs again and again becomes a
 * named prepared statement: PostgreSQL then parses and plans it once per connection instead of on
 * every call, which on the hot path is most of the server's work. One-off SQL (migrations, `in`
 * lists of a new length) stays unnamed, and the number of names is capped, so the server's
 * per-connection statement cache stays small. Batched statements come in one text per batch size
 * (rows of a multi-row insert, entries of an `in` list or a `case`); those of one shape share a
 * smaller cap, so a long-running server's batch sizes never use up the names that statements
 * first run later (a handoff, an agent's request) need.
 */
import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

export interface NamedStatementPoolOptions {
  /** Runs of one SQL text before it is prepared. Default 3. */
  prepareAfter?: number;
  /** Most distinct statements ever named. Default 200. */
  maxNamed?: number;
  /** Most statements named per shape: texts that differ only in how many rows or list entries they hold. Default 32. */
  maxPerShape?: number;
}

/** Decides which SQL texts get a statement name; shared by every connection of one pool. */
class StatementNames {
  readonly #counts = new Map<string, number>();
  readonly #names = new Map<string, string>();
  /** Named statements per shape ({@link shapeOf}). */
  readonly #shapes = new Map<string, number>();
  /** Texts refused a name because their shape has its share: not looked at again. */
  readonly #refused = new Set<string>();
  readonly #prepareAfter: number;
  readonly #maxNamed: number;
  readonly #maxPerShape: number;

  constructor(options: NamedStatementPoolOptions) {
    this.#prepareAfter = options.prepareAfter ?? 3;
    this.#maxNamed = options.maxNamed ?? 200;
    this.#maxPerShape = options.maxPerShape ?? 32;
  }

  nameFor(sql: string): string | undefined {
    const known = this.#names.get(sql);
    if (known !== undefined) return known;
    if (
      this.#names.size >= this.#maxNamed ||
      this.#refused.has(sql) ||
      /^\s*(begin|commit|rollback|savepoint|release)\b/i.test(sql)
    ) {
      return undefined;
    }
    const count = (this.#counts.get(sql) ?? 0) + 1;
    if (count < this.#prepareAfter) {
      // Bounded: forget counts of SQL seen once or twice when too many accumulate.
      if (this.#counts.size > 10_000) this.#counts.clear();
      this.#counts.set(sql, count);
      return undefined;
    }
    this.#counts.delete(sql);
    const shape = shapeOf(sql);
    const named = this.#shapes.get(shape) ?? 0;
    if (named >= this.#maxPerShape) {
      if (this.#refused.size > 10_000) this.#refused.clear();
      this.#refused.add(sql);
      return undefined;
    }
    this.#shapes.set(shape, named + 1);
    const name = `sb_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    this.#names.set(sql, name);
    return name;
  }
}

/**
 * `sql` with its placeholders unnumbered and every run of repeated rows, list entries and `case`
 * arms written once: the same for a batched statement whatever its batch size. Only decides how
 * names are shared out, so a shape too coarse or too fine costs speed, never a wrong result.
 */
export function shapeOf(sql: string): string {
  return sql
    .replace(/\$\d+/g, '$')
    .replace(/\$(?:, \$)+/g, '$')
    .replace(/(\([^()]*\))(?:, \1)+/g, '$1')
    .replace(/(when \$ then cast\(\$ as \w+\))(?: \1)+/g, '$1');
}

class NamedStatementClient implements PostgresPoolClient {
  readonly #client: pg.PoolClient;
  readonly #names: StatementNames;

  constructor(client: pg.PoolClient, names: StatementNames) {
    this.#client = client;
    this.#names = names;
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') {
      return this.#client.query(sqlOrCursor as unknown as pg.Submittable) as unknown as PostgresCursor<R>;
    }
    const name = this.#names.nameFor(sqlOrCursor);
    const values = [...(parameters ?? [])];
    const config: pg.QueryConfig = name ? { name, text: sqlOrCursor, values } : { text: sqlOrCursor, values };
    return this.#client.query(config) as unknown as Promise<PostgresQueryResult<R>>;
  }

  release(): void {
    this.#client.release();
  }
}

/** Wraps a pg Pool for Kysely's PostgresDialect. */
export class NamedStatementPool implements PostgresPool {
  readonly #pool: pg.Pool;
  readonly #names: StatementNames;

  constructor(pool: pg.Pool, options: NamedStatementPoolOptions = {}) {
    this.#pool = pool;
    this.#names = new StatementNames(options);
  }

  async connect(): Promise<PostgresPoolClient> {
    return new NamedStatementClient(await this.#pool.connect(), this.#names);
  }

  end(): Promise<void> {
    return this.#pool.end();
  }
}
