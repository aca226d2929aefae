import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { LimitedQuery, ListQuery, type QueryRunner } from '../../gateway/store/prepared-query';
import { StoreSqliteQueryCompiler } from '../../gateway/store/sqlite-dialect';

interface Db {
  things: { id: string; kind: string };
}

/** Compiles queries for SQLite without a database; the runner below records what would run. */
function compiling(compiler: () => SqliteQueryCompiler): Kysely<Db> {
  return new Kysely<Db>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new SqliteIntrospector(k),
      createQueryCompiler: compiler,
    },
  });
}

const db = compiling(() => new SqliteQueryCompiler());

function recorder(): { runner: QueryRunner; ran: CompiledQuery[] } {
  const ran: CompiledQuery[] = [];
  const runner: QueryRunner = {
    executeQuery<R>(query: CompiledQuery<R>) {
      ran.push(query);
      return Promise.resolve({ rows: [] });
    },
  };
  return { runner, ran };
}

describe('ListQuery', () => {
  const query = new ListQuery<{ id: string; kind: string }, unknown>((items) =>
    db
      .selectFrom('things')
      .selectAll()
      .where('kind', '=', 'fixed')
      .where(
        'id',
        'in',
        items.map((item) => item.id),
      ),
  );

  it('pads a list to the next power of two with its last item, keeping other values', async () => {
    const { runner, ran } = recorder();
    await query.execute(runner, [
      { id: 'a', kind: 'x' },
      { id: 'b', kind: 'x' },
      { id: 'c', kind: 'x' },
    ]);
    await query.execute(runner, [{ id: 'd', kind: 'x' }]);
    await query.execute(
      runner,
      Array.from({ length: 5 }, (_v, i) => ({ id: `e${i}`, kind: 'x' })),
    );
    expect(ran.map((q) => q.parameters)).toEqual([
      ['fixed', 'a', 'b', 'c', 'c'],
      ['fixed', 'd'],
      ['fixed', 'e0', 'e1', 'e2', 'e3', 'e4', 'e4', 'e4', 'e4'],
    ]);
    expect(ran[0]?.sql).toBe('select * from "things" where "kind" = ? and "id" in (?, ?, ?, ?)');
  });

  it('compiles each padded length once', async () => {
    const { runner, ran } = recorder();
    await query.execute(runner, [
      { id: 'a', kind: 'x' },
      { id: 'b', kind: 'x' },
      { id: 'c', kind: 'x' },
    ]);
    await query.execute(runner, [
      { id: 'd', kind: 'x' },
      { id: 'e', kind: 'x' },
      { id: 'f', kind: 'x' },
      { id: 'g', kind: 'x' },
    ]);
    expect(ran[0]?.query).toBe(ran[1]?.query);
  });

  it('refuses an empty list', () => {
    expect(() => query.execute(recorder().runner, [])).toThrow(/at least one item/);
  });
});

describe('limits on SQLite', () => {
  /** The store's SQLite compiler, which writes known limits into the SQL. */
  const store = compiling(() => new StoreSqliteQueryCompiler());

  it('writes an integer limit into the SQL and binds everything else', () => {
    const compiled = store
      .selectFrom('things')
      .selectAll()
      .where('kind', '=', 'a')
      .limit(25)
      .offset(50)
      .compile();
    expect(compiled.sql).toBe('select * from "things" where "kind" = ? limit 25 offset ?');
    expect(compiled.parameters).toEqual(['a', 50]);
  });

  it('runs a LimitedQuery with its limit in the SQL, compiling each limit once', async () => {
    const { runner, ran } = recorder();
    const query = new LimitedQuery<{ kind: string }, unknown>((p, limit) =>
      store.selectFrom('things').selectAll().where('kind', '=', p.kind).limit(limit),
    );
    await query.execute(runner, 1, { kind: 'x' });
    await query.execute(runner, 10, { kind: 'y' });
    await query.execute(runner, 1, { kind: 'z' });
    expect(ran.map((q) => [q.sql, q.parameters])).toEqual([
      ['select * from "things" where "kind" = ? limit 1', ['x']],
      ['select * from "things" where "kind" = ? limit 10', ['y']],
      ['select * from "things" where "kind" = ? limit 1', ['z']],
    ]);
    expect(ran[0]?.query).toBe(ran[2]?.query);
  });

  it('refuses a limit that is not a non-negative integer', () => {
    const query = new LimitedQuery<{ kind: string }, unknown>((p, limit) =>
      store.selectFrom('things').selectAll().where('kind', '=', p.kind).limit(limit),
    );
    for (const limit of [-1, 1.5, Number.NaN]) {
      expect(() => query.execute(recorder().runner, limit, { kind: 'x' })).toThrow(/non-negative integer/);
    }
  });
});
