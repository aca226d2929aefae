/**
 * The Store contract on PostgreSQL, plus what only the PostgreSQL backend does. PostgreSQL must be
 * running: when it is not, every test here fails with a message naming it and the URL.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../gateway/errors';
import { createPostgresStore, createStore } from '../../gateway/store/index';
import { StoreMigrationProvider } from '../../gateway/store/migrations/index';
import { at } from './fixtures';
import {
  assertPostgresReachable,
  dropSchema,
  freshPostgresStore,
  TEST_DATABASE_URL,
  uniqueSchema,
} from './fresh-store';
import { registerStoreContract } from './store-contract';

registerStoreContract('postgres', freshPostgresStore);

describe('PostgreSQL store', () => {
  it('reaches PostgreSQL at TEST_DATABASE_URL', assertPostgresReachable);

  it('lets two stores migrate one new schema concurrently', async () => {
    const schema = uniqueSchema();
    const stores = [0, 1, 2].map(() => createPostgresStore({ url: TEST_DATABASE_URL, schema, poolSize: 2 }));
    try {
      await Promise.all(stores.map((store) => store.migrate()));
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      const { rows } = await client.query<{ name: string }>(`select name from ${schema}.kysely_migration`);
      await client.end();
      // Every migration applied exactly once, though three stores raced to apply them.
      const all = Object.keys(await new StoreMigrationProvider('postgres').getMigrations()).sort();
      expect(rows.map((row) => row.name).sort()).toEqual(all);
      const [first, second] = stores;
      const created = await first!.resolveIdentity('sms', '+1555', at(0));
      expect((await second!.resolveIdentity('sms', '+1555', at(1))).customer.id).toBe(created.customer.id);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await dropSchema(schema);
    }
  });

  it('reads BIGINT columns as numbers through its own pool only', async () => {
    const fresh = await freshPostgresStore();
    try {
      expect(await fresh.store.outboxBacklog()).toBe(0);
      const globalInt8 = pg.types.getTypeParser(20) as (value: string) => unknown;
      expect(globalInt8('42')).toBe('42');
    } finally {
      await fresh.dispose();
    }
  });

  it('names PostgreSQL and the URL, without the password, when it cannot connect', async () => {
    const store = createPostgresStore({ url: 'postgres://postgres:hunter2@127.0.0.1:1/test' });
    const error = await store.migrate().then(
      () => undefined,
      (e: unknown) => e,
    );
    await store.close();
    expect(error).toMatchObject({ code: ErrorCodes.STORE_UNREACHABLE });
    expect((error as Error).message).toMatch(
      /PostgreSQL database postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test/,
    );
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('is chosen by createStore for postgres:// and postgresql:// URLs', async () => {
    for (const databaseUrl of [TEST_DATABASE_URL, TEST_DATABASE_URL.replace(/^postgres:/, 'postgresql:')]) {
      const store = createStore({ databaseUrl, dataDir: '/nonexistent' });
      expect(store.kind).toBe('postgres');
      await store.ping();
      await store.close();
    }
  });

  it('rejects a schema name that is not a plain identifier', () => {
    expect(() => createPostgresStore({ url: TEST_DATABASE_URL, schema: 'x; drop table y' })).toThrow(
      /schema name/,
    );
  });
});
