import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { ListQuery, type QueryRunner } from '../../gateway/store/prepared-query';

interface Db {
  things: { id: string; kind: string };
}

/** Compiles queries for SQLite without a database; the runner below records what would run. */
const db = new Kysely<Db>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new SqliteIntrospector(k),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

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
