/**
 * Applies pending migrations with Kysely's `Migrator`. Safe to run from several processes at once:
 * on PostgreSQL Kysely holds an advisory lock while migrating; on SQLite the migration runs in an
 * immediate transaction (see `sqlite-dialect.ts`), so the second process waits and finds nothing to do.
 */
import { Migrator, sql, type Kysely } from 'kysely';
import type { StoreKind } from '../store-context';
import { StoreMigrationProvider } from './index';

/** Migrates to the latest version; on PostgreSQL, creates `schema` first when it is given. */
export async function runMigrations<DB>(
  db: Kysely<DB>,
  kind: StoreKind,
  schema: string | undefined,
): Promise<void> {
  const tableSchema = kind === 'postgres' ? await ensureSchema(db, schema) : undefined;
  const migrator = new Migrator({
    db,
    provider: new StoreMigrationProvider(kind),
    // Pinning the schema matters on PostgreSQL: Kysely otherwise looks for its bookkeeping tables
    // in every schema of the database and may find another store's.
    ...(tableSchema === undefined ? {} : { migrationTableSchema: tableSchema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined)
    throw error instanceof Error ? error : new Error('migration failed', { cause: error });
}

/** Creates the schema if needed (racing creators are fine) and returns the schema in use. */
async function ensureSchema<DB>(db: Kysely<DB>, schema: string | undefined): Promise<string> {
  if (schema === undefined) {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    const current = rows[0]?.schema ?? null;
    if (current === null) throw new Error('no schema on the search_path exists: create one or pass `schema`');
    return current;
  }
  try {
    await db.schema.createSchema(schema).ifNotExists().execute();
  } catch (error) {
    // Concurrent `CREATE SCHEMA IF NOT EXISTS` can still fail on the catalog's unique index.
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from pg_namespace where nspname = ${schema}`.execute(db);
    if (Number(rows[0]?.n ?? 0) === 0) throw error;
  }
  return schema;
}
