import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { NamedStatementPool, shapeOf } from '../../gateway/store/named-statement-pool';

/** A pg pool whose one client records each query's statement name (undefined when unnamed). */
function recordingPool(): { pool: pg.Pool; names: (string | undefined)[] } {
  const names: (string | undefined)[] = [];
  const client = {
    query: (config: pg.QueryConfig) => {
      names.push(config.name);
      return Promise.resolve({ rows: [], rowCount: 0, command: 'SELECT' });
    },
    release: () => undefined,
  };
  const pool = { connect: () => Promise.resolve(client), end: () => Promise.resolve() };
  return { pool: pool as unknown as pg.Pool, names };
}

/** A multi-row insert of `rows` rows, numbered as Kysely numbers them. */
function insertOf(rows: number): string {
  const values = Array.from({ length: rows }, (_, row) => `($${2 * row + 1}, $${2 * row + 2})`);
  return `insert into "messages" ("id", "text") values ${values.join(', ')}`;
}

async function run(pool: NamedStatementPool, sql: string, times: number): Promise<void> {
  const client = await pool.connect();
  for (let i = 0; i < times; i += 1) await client.query(sql, []);
  client.release();
}

describe('NamedStatementPool', () => {
  it('names a statement from its third run on, the same name every time', async () => {
    const { pool, names } = recordingPool();
    await run(new NamedStatementPool(pool), 'select 1 where $1 = $2', 5);
    expect(names.slice(0, 2)).toEqual([undefined, undefined]);
    expect(names[2]).toMatch(/^sb_[0-9a-f]{24}$/);
    expect(new Set(names.slice(2))).toEqual(new Set([names[2]]));
  });

  it('names at most maxPerShape batch sizes of one statement, and still names others after them', async () => {
    const { pool, names } = recordingPool();
    const named = new NamedStatementPool(pool, { maxPerShape: 4, maxNamed: 10 });
    for (let rows = 1; rows <= 12; rows += 1) await run(named, insertOf(rows), 3);
    const lastRuns = names.filter((_, index) => index % 3 === 2);
    expect(lastRuns.filter((name) => name !== undefined)).toHaveLength(4);
    expect(lastRuns.slice(0, 4).every((name) => name !== undefined)).toBe(true);
    names.length = 0;
    await run(named, 'select "id" from "cases" where "id" = $1', 3);
    expect(names[2]).toBeDefined();
  });

  it('never names transaction control', async () => {
    const { pool, names } = recordingPool();
    const named = new NamedStatementPool(pool);
    await run(named, 'begin', 5);
    await run(named, 'commit', 5);
    expect(names.every((name) => name === undefined)).toBe(true);
  });
});

describe('shapeOf', () => {
  it('is the same for a batched statement of any size, and tells different statements apart', () => {
    expect(shapeOf(insertOf(1))).toBe(shapeOf(insertOf(40)));
    const update = (n: number) =>
      `update "c" set "s" = case id ${Array.from({ length: n }, (_, i) => `when $${2 * i + 1} then cast($${2 * i + 2} as text)`).join(' ')} end where "id" in (${Array.from({ length: n }, (_, i) => `$${2 * n + i + 1}`).join(', ')})`;
    expect(shapeOf(update(1))).toBe(shapeOf(update(17)));
    const pairs = (n: number) =>
      `select * from "i" where ("channel", "address") in (${Array.from({ length: n }, (_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ')})`;
    expect(shapeOf(pairs(2))).toBe(shapeOf(pairs(64)));
    expect(shapeOf('select * from "a" where "x" = $1')).not.toBe(shapeOf('select * from "b" where "x" = $1'));
  });
});
