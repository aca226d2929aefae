/**
 * Fresh real stores for the store tests: a new SQLite file in a temp folder, or a new PostgreSQL
 * schema dropped afterwards. PostgreSQL comes from TEST_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/test); when it cannot be reached the tests fail saying so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import { createPostgresStore, createSqliteStore } from '../../gateway/store/index';
import type { Store } from '../../gateway/store/types';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh, migrated store and how to throw it away. */
export interface FreshStore {
  store: Store;
  dispose(): Promise<void>;
}

export type StoreFactory = () => Promise<FreshStore>;

/** Gives each test its own store; the returned getter is valid inside a test. */
export function useFreshStore(factory: StoreFactory): () => Store {
  let fresh: FreshStore | undefined;
  beforeEach(async () => {
    fresh = await factory();
  });
  afterEach(async () => {
    await fresh?.dispose();
    fresh = undefined;
  });
  return () => {
    if (fresh === undefined) throw new Error('no store: call inside a test');
    return fresh.store;
  };
}

/** A migrated SQLite store on a new file. */
export async function freshSqliteStore(): Promise<FreshStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-store-'));
  const store = createSqliteStore({ file: join(dir, 'nested', 'switchboard.db') });
  await store.migrate();
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A schema name no other test uses. */
export function uniqueSchema(): string {
  return `sb_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Drops a test schema with a short-lived connection of its own. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

/** Fails, naming PostgreSQL and the URL, when the test database cannot be used. */
export async function assertPostgresReachable(): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is required by the store tests and is not usable at ${TEST_DATABASE_URL} ` +
        `(${(error as Error).message}). Start PostgreSQL or set TEST_DATABASE_URL.`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A migrated PostgreSQL store in a new schema, dropped on dispose. */
export async function freshPostgresStore(): Promise<FreshStore> {
  const schema = uniqueSchema();
  const store = createPostgresStore({ url: TEST_DATABASE_URL, schema, poolSize: 8 });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    // Fail every test loudly, naming what is missing: a skipped test would hide it.
    throw new Error(`PostgreSQL at ${TEST_DATABASE_URL} is not usable: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    store,
    async dispose() {
      await store.close();
      await dropSchema(schema);
    },
  };
}
