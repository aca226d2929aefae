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

  /**
   * @param build builds the query from `params`, whose properties are placeholders standing for
   *   the values of `P` (use them only as query values, never in JavaScript logic).
   */
  constructor(build: (params: P) => Compilable<R>) {
    const params = new Proxy({} as P, { get: (_target, key) => new Slot(String(key)) });
    this.#compiled = build(params).compile();
  }

  /** Runs on the store's database or inside one of its transactions. */
  execute(db: QueryRunner, values: P): Promise<QueryResult<R>> {
    const source = values as Record<string, unknown>;
    const parameters = this.#compiled.parameters.map((parameter) =>
      parameter instanceof Slot ? source[parameter.key] : parameter,
    );
    return db.executeQuery<R>({ ...this.#compiled, parameters });
  }

  /** The first row, or undefined. */
  async first(db: QueryRunner, values: P): Promise<R | undefined> {
    return (await this.execute(db, values)).rows[0];
  }
}

/** An object whose every listed property is a placeholder of the same name (for whole-row inserts). */
export function slotRow<T extends object>(params: T, columns: readonly (keyof T & string)[]): T {
  const row: Record<string, unknown> = {};
  for (const column of columns) row[column] = params[column];
  return row as T;
}
