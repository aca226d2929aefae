/**
 * Fresh real stores for tests: a new SQLite file, or a new PostgreSQL schema dropped afterwards.
 * PostgreSQL must be running (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test);
 * when it is not, the PostgreSQL tests fail naming it — they never skip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createPostgresStore, createSqliteStore } from '../../gateway/store';
import type { Store } from '../../gateway/store/types';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  store: Store;
  /** Every row of one of the store's tables, read past the store (for what no store method shows). */
  rows(table: string): Promise<Record<string, unknown>[]>;
  /** Close the store and delete its data. */
  dispose(): Promise<void>;
}

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  make(): Promise<TestStore>;
}

async function makeSqlite(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-test-'));
  const file = join(dir, 'switchboard.db');
  const store = createSqliteStore({ file });
  await store.migrate();
  return {
    store,
    rows(table) {
      const reader = new Database(file, { readonly: true });
      try {
        return Promise.resolve(reader.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]);
      } finally {
        reader.close();
      }
    },
    async dispose() {
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

async function makePostgres(): Promise<TestStore> {
  const schema = `sb_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let store: Store;
  try {
    store = createPostgresStore({ url: TEST_DATABASE_URL, schema });
    await store.migrate();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for these tests and is not usable at ${TEST_DATABASE_URL}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return {
    store,
    async rows(table) {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        return (await client.query<Record<string, unknown>>(`SELECT * FROM "${schema}"."${table}"`)).rows;
      } finally {
        await client.end();
      }
    },
    async dispose() {
      await store.close().catch(() => undefined);
      await dropSchema(schema);
    },
  };
}

export const STORE_KINDS: StoreKind[] = [
  { name: 'sqlite', make: makeSqlite },
  { name: 'postgres', make: makePostgres },
];
