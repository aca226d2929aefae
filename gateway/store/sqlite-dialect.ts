/**
 * Kysely's SQLite dialect with two changes the store relies on:
 * - transactions start with `BEGIN IMMEDIATE`, so a transaction takes the write lock up front and
 *   waits on `busy_timeout` there, instead of failing with SQLITE_BUSY when a read upgrades to a
 *   write while another process writes;
 * - the adapter reports transactional DDL (SQLite has it), so Kysely's `Migrator` runs pending
 *   migrations inside one such transaction: two processes migrating one file take turns;
 * - a LIMIT that is a plain integer is written into the SQL instead of bound (see
 *   {@link StoreSqliteQueryCompiler}).
 */
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  ValueNode,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type LimitNode,
  type QueryCompiler,
  type SqliteDialectConfig,
} from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * SQLite reads the value bound to a LIMIT when it plans a statement (to plan `limit 1` as such), so
 * it marks the statement to be prepared again whenever that parameter is bound anew; better-sqlite3
 * binds every parameter on every run, so such a statement was parsed and planned again on every run
 * (about 75,000 instructions, more than running a small statement). A LIMIT known when the query is
 * compiled goes into the SQL; one that is a `PreparedQuery` placeholder stays bound, and its owner
 * compiles one query per limit instead.
 */
export class StoreSqliteQueryCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    const limit = node.limit;
    if (ValueNode.is(limit) && Number.isSafeInteger(limit.value)) {
      this.append(`limit ${String(limit.value)}`);
      return;
    }
    super.visitLimit(node);
  }
}

/** SQLite for the store: immediate transactions, transactional migrations, literal limits. */
export class StoreSqliteDialect implements Dialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    this.#config = config;
  }

  createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  createQueryCompiler(): QueryCompiler {
    return new StoreSqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
