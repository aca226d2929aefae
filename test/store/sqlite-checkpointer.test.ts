import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../gateway/store/index';
import { SqliteCheckpointer } from '../../gateway/store/sqlite-checkpointer';

let dir: string;
let writer: Database.Database | undefined;
let checkpointer: SqliteCheckpointer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sb-checkpoint-'));
});

afterEach(async () => {
  await checkpointer?.close();
  writer?.close();
  checkpointer = undefined;
  writer = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A WAL database whose own connection never checkpoints, so only the thread under test does. */
function openWriter(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('create table notes (id integer primary key, body text not null)');
  return db;
}

/** `transactions` commits of a few pages each. */
function write(db: Database.Database, transactions: number): void {
  const insert = db.prepare('insert into notes (body) values (?)');
  const body = 'x'.repeat(3000);
  for (let t = 0; t < transactions; t += 1) db.transaction(() => [0, 1, 2].forEach(() => insert.run(body)))();
}

/** Waits (at most `limitMs`, polling) until `done` holds; fails the test otherwise. */
async function until(done: () => boolean, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('SqliteCheckpointer', () => {
  it('copies committed log frames into the database file from its own thread', async () => {
    const file = join(dir, 'a.db');
    writer = openWriter(file);
    const before = statSync(file).size;
    write(writer, 200);
    checkpointer = SqliteCheckpointer.start({ file, intervalMs: 20 });
    await checkpointer.ready();
    await until(() => {
      const last = checkpointer?.lastCheckpoint;
      return last !== undefined && last.log > 0 && last.checkpointed === last.log;
    });
    expect(statSync(file).size).toBeGreaterThan(before + 200 * 3 * 3000);
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare('select count(*) as n from notes').get()).toEqual({ n: 600 });
    reader.close();
  });

  it('lets the writer start the log over once it is fully copied, so it stays short', async () => {
    const file = join(dir, 'b.db');
    writer = openWriter(file);
    checkpointer = SqliteCheckpointer.start({ file, intervalMs: 20 });
    await checkpointer.ready();
    write(writer, 300);
    await until(() => (checkpointer?.lastCheckpoint?.log ?? 0) > 600);
    await until(() => checkpointer?.lastCheckpoint?.checkpointed === checkpointer?.lastCheckpoint?.log);
    // A commit that finds every frame copied writes from the start of the log again (one that
    // races a checkpoint in progress appends instead, and a later one starts over).
    const db = writer;
    await until(() => {
      write(db, 1);
      return (checkpointer?.lastCheckpoint?.log ?? Infinity) < 50;
    });
  });

  it('stops checkpointing once close() resolves', async () => {
    const file = join(dir, 'c.db');
    writer = openWriter(file);
    checkpointer = SqliteCheckpointer.start({ file, intervalMs: 20 });
    await checkpointer.ready();
    write(writer, 5);
    await until(() => (checkpointer?.lastCheckpoint?.log ?? 0) > 0);
    const stopped = checkpointer;
    await stopped.close();
    checkpointer = undefined;
    const last = stopped.lastCheckpoint;
    write(writer, 50);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stopped.lastCheckpoint).toBe(last);
  });

  it('is stopped by its store, whose close() then resolves and leaves the file reusable', async () => {
    const file = join(dir, 'store.db');
    const store = createSqliteStore({ file, checkpointIntervalMs: 20 });
    await store.migrate();
    await store.close();
    const again = createSqliteStore({ file });
    await again.migrate();
    await again.close();
  });

  it('reports a file it cannot open and rejects ready()', async () => {
    const errors: string[] = [];
    checkpointer = SqliteCheckpointer.start({
      file: join(dir, 'missing.db'),
      onError: (message) => errors.push(message),
    });
    await expect(checkpointer.ready()).rejects.toThrow(/cannot open .*missing\.db/);
    expect(errors).toHaveLength(1);
  });
});
