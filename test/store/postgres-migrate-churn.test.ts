/**
 * Migrating a store while other schemas of the same database come and go (other deployments, other
 * test runs): Kysely's stock introspector read every schema and failed with "schema … does not
 * exist" when one was dropped under it; the store's own looks at its schema only.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../gateway/store/index';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from './fresh-store';

describe('PostgreSQL migrations beside schemas being dropped', () => {
  const mine: string[] = [];
  afterAll(async () => {
    for (const schema of mine) await dropSchema(schema);
  });

  it('migrate succeeds every time while another connection creates and drops schemas with tables', async () => {
    const churn = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await churn.connect();
    let stop = false;
    let cycles = 0;
    const churning = (async () => {
      // Bounded: stops when the migrations are done, or after 5,000 cycles at most.
      while (!stop && cycles < 5000) {
        const other = uniqueSchema();
        await churn.query(`create schema ${other}`);
        await churn.query(`create table ${other}.t (id serial primary key, a text, b int)`);
        await churn.query(`drop schema ${other} cascade`);
        cycles += 1;
      }
    })();
    const failures: string[] = [];
    try {
      for (let round = 0; round < 12; round += 1) {
        const schema = uniqueSchema();
        mine.push(schema);
        const store = createPostgresStore({ url: TEST_DATABASE_URL, schema });
        try {
          await store.migrate();
        } catch (error) {
          failures.push((error as Error).message);
        } finally {
          await store.close();
        }
      }
    } finally {
      stop = true;
      await churning;
      await churn.end();
    }
    expect(cycles).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('sees the tables of its own schema and of no other', async () => {
    const schema = uniqueSchema();
    mine.push(schema);
    const store = createPostgresStore({ url: TEST_DATABASE_URL, schema });
    await store.migrate();
    await store.close();
    const again = createPostgresStore({ url: TEST_DATABASE_URL, schema });
    // A second migrate finds the bookkeeping tables through the introspector and applies nothing.
    await again.migrate();
    await again.close();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from ${schema}.kysely_migration`,
    );
    await client.end();
    expect(Number(rows[0]?.n)).toBeGreaterThan(5);
  });
});
