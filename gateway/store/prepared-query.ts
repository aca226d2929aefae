/**
 * Queries built and compiled once per store, then run many times with new values. Kysely builds
 * and compiles every query from scratch (tens of microseconds, as much as SQLite takes to run a
 * small statement), which the hot path cannot afford. Kysely supports executing a compiled query
 * directly; here the values are swapped in: the query is built with `Slot` placeholders, and each
 * run replaces every placeholder in the parameter list with the named value.
 * Only for queries whose shape never depends on the values (no `in` lists of varying length).
 */
import type { Compilable, CompiledQuery, QueryResult } from 'kysely';

/** What runs a compiled query: any Kysely instance or transaction, whatever tables it is typed with. */
export interface QueryRunner {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

/** Stands for the value named `key` until the query runs. */
class Slot {
  constructor(readonly key: string) {}
}

/** A compiled query with named placeholders. `P` names the values a run supplies. */
export class PreparedQuery<P extends object, R> {
  readonly #compiled: CompiledQuery<R>;
  /** Per parameter: the name of the value that fills it, or undefined for a constant. */
  readonly #keys: (string | undefined)[];

  /**
   * @param build builds the query from `params`, whose properties are placeholders standing for
   *   the values of `P` (use them only as query values, never in JavaScript logic).
   */
  constructor(build: (params: P) => Compilable<R>) {
    const params = new Proxy({} as P, { get: (_target, key) => new Slot(String(key)) });
    this.#compiled = build(params).compile();
    this.#keys = this.#compiled.parameters.map((parameter) =>
      parameter instanceof Slot ? parameter.key : undefined,
    );
  }

  /** The compiled SQL, for running it on a driver's own connection. */
  get sql(): string {
    return this.#compiled.sql;
  }

  /** The parameter list of one run, in the order of the SQL's placeholders. */
  parameters(values: P): unknown[] {
    const source = values as Record<string, unknown>;
    const constants = this.#compiled.parameters;
    const keys = this.#keys;
    const parameters = new Array<unknown>(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      parameters[i] = key === undefined ? constants[i] : source[key];
    }
    return parameters;
  }

  /** Runs on the store's database or inside one of its transactions. */
  execute(db: QueryRunner, values: P): Promise<QueryResult<R>> {
    return db.executeQuery<R>({ ...this.#compiled, parameters: this.parameters(values) });
  }

  /** The first row, or undefined. */
  async first(db: QueryRunner, values: P): Promise<R | undefined> {
    return (await this.execute(db, values)).rows[0];
  }
}

/**
 * Distinct limits a {@link LimitedQuery} keeps compiled before it starts again: limits are batch and
 * page sizes, a handful per process.
 */
const LIMITS_KEPT = 32;

/**
 * A {@link PreparedQuery} whose LIMIT is written into its SQL, compiled once per limit: on SQLite a
 * bound LIMIT makes every run prepare the statement again (see sqlite-dialect.ts).
 */
export class LimitedQuery<P extends object, R> {
  readonly #build: (params: P, limit: number) => Compilable<R>;
  readonly #queries = new Map<number, PreparedQuery<P, R>>();

  /** @param build as {@link PreparedQuery}'s, with the limit as a number. */
  constructor(build: (params: P, limit: number) => Compilable<R>) {
    this.#build = build;
  }

  /** Runs with at most `limit` rows (a non-negative integer). */
  execute(db: QueryRunner, limit: number, values: P): Promise<QueryResult<R>> {
    if (!Number.isSafeInteger(limit) || limit < 0) {
      throw new RangeError(`LimitedQuery: the limit must be a non-negative integer, got ${limit}`);
    }
    let query = this.#queries.get(limit);
    if (query === undefined) {
      if (this.#queries.size >= LIMITS_KEPT) this.#queries.clear();
      query = new PreparedQuery((params: P) => this.#build(params, limit));
      this.#queries.set(limit, query);
    }
    return query.execute(db, values);
  }
}

/** An object whose every listed property is a placeholder of the same name (for whole-row inserts). */
export function slotRow<T extends object>(params: T, columns: readonly (keyof T & string)[]): T {
  const row: Record<string, unknown> = {};
  for (const column of columns) row[column] = params[column];
  return row as T;
}

/** Stands for the property `key` of list item `index` until the query runs. */
class ItemSlot {
  constructor(
    readonly index: number,
    readonly key: string,
  ) {}
}

/**
 * A query over a list of items (an `in (…)` list, one entry per item), compiled once per list
 * length. Lengths are rounded up to a power of two and the list is padded by repeating its last
 * item, so a batch of any size runs one of a few statements; only for queries a repeated `in`
 * entry does not change.
 */
export class ListQuery<T extends object, R> {
  readonly #build: (items: T[]) => Compilable<R>;
  readonly #compiled = new Map<number, CompiledQuery<R>>();

  /**
   * @param build builds the query for `items`, whose properties are placeholders standing for the
   *   items' values (use them only as query values, never in JavaScript logic).
   */
  constructor(build: (items: T[]) => Compilable<R>) {
    this.#build = build;
  }

  /** Runs for a non-empty list on the store's database or inside one of its transactions. */
  execute(db: QueryRunner, items: readonly T[]): Promise<QueryResult<R>> {
    if (items.length === 0) throw new Error('ListQuery needs at least one item');
    const compiled = this.#compiledFor(2 ** Math.ceil(Math.log2(items.length)));
    const last = items.length - 1;
    const parameters = compiled.parameters.map((parameter) =>
      parameter instanceof ItemSlot
        ? (items[Math.min(parameter.index, last)] as Record<string, unknown>)[parameter.key]
        : parameter,
    );
    return db.executeQuery<R>({ ...compiled, parameters });
  }

  #compiledFor(length: number): CompiledQuery<R> {
    let compiled = this.#compiled.get(length);
    if (compiled === undefined) {
      const items = Array.from(
        { length },
        (_item, index) => new Proxy({} as T, { get: (_target, key) => new ItemSlot(index, String(key)) }),
      );
      compiled = this.#build(items).compile();
      this.#compiled.set(length, compiled);
    }
    return compiled;
  }
}
