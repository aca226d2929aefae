/** The Store contract on SQLite, plus what only the SQLite backend does. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore, createStore } from '../../gateway/store/index';
import { StoreMigrationProvider } from '../../gateway/store/migrations/index';
import { CachedStatementDatabase } from '../../gateway/store/sqlite-statement-cache';
import { at, customerOn, outbound } from './fixtures';
import { freshSqliteStore } from './fresh-store';
import { registerStoreContract } from './store-contract';

/**
 * Every SQL text prepared while this file runs, for the last test: the store contract below goes
 * through the store's statements.
 */
const preparedSql = new Set<string>();
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its database as `this`
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function recordingPrepare(this: Database.Database, source: string) {
  preparedSql.add(source);
  return prepare.call(this, source);
} as typeof prepare;
afterAll(() => {
  Database.prototype.prepare = prepare;
});

registerStoreContract('sqlite', freshSqliteStore);

describe('SQLite store', () => {
  const dirs: string[] = [];
  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'sb-sqlite-'));
    dirs.push(dir);
    return dir;
  }
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates <dataDir>/switchboard.db with WAL and foreign keys on', async () => {
    const dataDir = join(tempDir(), 'data', 'deeper');
    const store = createStore({ dataDir });
    expect(store.kind).toBe('sqlite');
    await store.migrate();
    await store.close();
    const db = new Database(join(dataDir, 'switchboard.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare(`select name from sqlite_master where type = 'table' order by name`)
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining(['customers', 'identities', 'audit_log', 'conversations', 'messages', 'outbox']),
    );
    db.close();
  });

  it('runs in memory', async () => {
    const store = createSqliteStore({ file: ':memory:' });
    await store.migrate();
    expect((await store.resolveIdentity('sms', '+1555', at(0))).created).toBe(true);
    await store.close();
  });

  it('fills message_addresses from the messages a database held before migration 0012', async () => {
    const file = join(tempDir(), 'old.db');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(file) }) });
    const migrated = await new Migrator({ db, provider: new StoreMigrationProvider('sqlite') }).migrateTo(
      '0011-drop-messages-customer-index',
    );
    expect(migrated.error).toBeUndefined();
    await sql`insert into customers (id, tier, tags, created_at) values ('cus_1', 'standard', '[]', 0)`.execute(
      db,
    );
    await sql`insert into conversations (id, customer_id, seq, state, channel, address, bot_state,
      created_at, updated_at, last_message_at) values
      ('cnv_1', 'cus_1', 1, 'resolved', 'web', 'session-1', '{}', 0, 0, 0),
      ('cnv_2', 'cus_1', 2, 'bot', 'web', 'session-1', '{}', 0, 0, 0)`.execute(db);
    const message = (id: string, conversation: string, direction: string, text: string, createdAt: number) =>
      sql`insert into messages (id, conversation_id, customer_id, channel, direction, external_id, address,
        text, options, attachments, metadata, author, created_at) values (${id}, ${conversation}, 'cus_1',
        'web', ${direction}, ${id}, 'session-1', ${text}, '[]', '[]', '{}', 'customer', ${createdAt})`.execute(
        db,
      );
    await message('msg_1', 'cnv_1', 'in', 'old question', 1);
    await message('msg_2', 'cnv_1', 'out', 'old answer', 2);
    await message('msg_3', 'cnv_2', 'in', 'new question', 3);
    await db.destroy();

    const store = createSqliteStore({ file });
    await store.migrate();
    expect((await store.listByAddress('web', 'session-1', null, 10)).map((m) => m.text)).toEqual([
      'old question',
      'old answer',
      'new question',
    ]);
    await store.close();
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare('select conversation_id from message_addresses order by 1').pluck().all()).toEqual([
      'cnv_1',
      'cnv_2',
    ]);
    const indexes = reader.prepare("select name from sqlite_master where type = 'index'").pluck().all();
    expect(indexes).not.toContain('messages_channel_address');
    reader.close();
  });

  it('enforces foreign keys', async () => {
    const store = createSqliteStore({ file: join(tempDir(), 'fk.db') });
    await store.migrate();
    const owner = await customerOn(store, 'sms', '+1555');
    await expect(
      store.enqueueOutbound([outbound({ ...owner, conversation: { id: 'cnv_missing' } })]),
    ).rejects.toThrow(/FOREIGN KEY/);
    await store.close();
  });

  it('lets two stores on one file claim disjoint outbox rows', async () => {
    const file = join(tempDir(), 'shared.db');
    const a = createSqliteStore({ file });
    const b = createSqliteStore({ file });
    // Sequential on purpose: in one process, a second connection waiting for SQLite's write lock
    // blocks the event loop the first one needs to finish (separate processes just wait).
    await a.migrate();
    await b.migrate();
    const owner = await customerOn(a, 'sms', '+1555');
    await a.enqueueOutbound(Array.from({ length: 20 }, (_, i) => outbound(owner, { createdAt: at(i) })));
    const batches = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claimOutbox(at(100), 3, 30_000)),
    );
    const ids = batches.flat().map((item) => item.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    await Promise.all([a.close(), b.close()]);
  });

  it('throws a clear error when the file cannot be opened', () => {
    const notADir = join(tempDir(), 'plain-file');
    writeFileSync(notADir, '');
    expect(() => createSqliteStore({ file: join(notADir, 'switchboard.db') })).toThrow(
      /Cannot open the SQLite database/,
    );
  });

  it('refuses a DATABASE_URL that is neither PostgreSQL nor empty', () => {
    expect(() => createStore({ databaseUrl: 'mysql://root:secret@db/x', dataDir: tempDir() })).toThrow(
      /postgres:\/\//,
    );
  });
});

describe('CachedStatementDatabase', () => {
  it('reuses prepared statements and evicts the least recently used', () => {
    const cache = new CachedStatementDatabase(new Database(':memory:'), { maxStatements: 2 });
    const one = cache.prepare('select 1');
    cache.prepare('select 2');
    expect(cache.prepare('select 1')).toBe(one);
    cache.prepare('select 3'); // evicts "select 2", the least recently used
    expect(cache.prepare('select 1')).toBe(one);
    expect(cache.stats).toEqual({ size: 2, hits: 2, misses: 3 });
    cache.prepare('select 2');
    expect(cache.stats.misses).toBe(4);
    cache.close();
  });
});

describe('SQLite statements', () => {
  // SQLite prepares a statement again before every run when its planner read a bound value: a
  // LIMIT's, or one compared with a partial index's predicate (messages has `direction = 'in'`
  // ones). better-sqlite3 binds on every run, so each such run parses and plans the SQL anew.
  it('bind no LIMIT and no message direction (the contract above ran them)', () => {
    expect(preparedSql.size).toBeGreaterThan(50);
    const replanned = [...preparedSql].filter(
      (sql) => /\blimit \?/i.test(sql) || /"direction" = \?/.test(sql),
    );
    expect(replanned).toEqual([]);
  });
});

describe('SQLite plans', () => {
  // Tables that grow with the customers and their traffic: a statement the store runs may look
  // rows up in them through an index, never read one whole (the contract above ran them all).
  const GROWING = ['customers', 'identities', 'conversations', 'messages', 'outbox', 'cases'];

  /** The names a statement gives the growing tables: the tables themselves and their aliases. */
  function growingNames(source: string): Set<string> {
    const names = new Set(GROWING);
    for (const [, table, alias] of source.matchAll(/"(\w+)" as "(\w+)"/g)) {
      if (GROWING.includes(table!)) names.add(alias!);
    }
    return names;
  }

  it('read no growing table whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-plan-'));
    const store = createStore({ dataDir: dir });
    await store.migrate();
    await store.close();
    const db = new Database(join(dir, 'switchboard.db'));
    try {
      const statements = [...preparedSql].filter((source) => /^\s*(select|with)\b/i.test(source));
      expect(statements.some((source) => source.includes('"identities"'))).toBe(true);
      const wholeReads = statements.flatMap((source) => {
        const parameters = Array<null>((source.match(/\?/g) ?? []).length).fill(null);
        const plan = db.prepare(`explain query plan ${source}`).all(...parameters) as { detail: string }[];
        const names = growingNames(source);
        return plan
          .map((row) => /^SCAN (\w+)$/.exec(row.detail)?.[1])
          .filter((name) => name !== undefined && names.has(name))
          .map((name) => `${name}: ${source}`);
      });
      expect(wholeReads).toEqual([]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
