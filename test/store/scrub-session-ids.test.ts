/**
 * Migration 0013 on both databases: web chat messages stored before it keep their payload without
 * the session id (the customer's credential); other payloads stay as they were.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresStore, createSqliteStore } from '../../gateway/store/index';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from './fresh-store';

const MIGRATION = '0013-scrub-web-session-ids';
const TOKEN = 'OX8yPC2qbcacaAfzpiv4GzptM4J1_FTKyNuu-pStNS8.BeQ1utOqM3nQlHN-WFvZfLPqA0YTQrASNbZWrUD_ROY';

/** Rows as the store held them before the migration: (id, channel, direction, raw). */
const ROWS: [string, string, string, string | null][] = [
  ['msg_1', 'web', 'in', JSON.stringify({ sessionId: TOKEN, text: 'hi', clientMessageId: 'c-1' })],
  ['msg_2', 'web', 'in', JSON.stringify({ type: 'message', text: 'over the socket' })],
  ['msg_3', 'web', 'in', null],
  ['msg_4', 'sms', 'in', JSON.stringify({ sessionId: 'not a web chat', Body: 'hi' })],
];

const EXPECTED: Record<string, unknown> = {
  msg_1: { text: 'hi', clientMessageId: 'c-1' },
  msg_2: { type: 'message', text: 'over the socket' },
  msg_3: null,
  msg_4: { sessionId: 'not a web chat', Body: 'hi' },
};

const SETUP = [
  `insert into customers (id, tier, tags, created_at) values ('cus_1', 'standard', '[]', 0)`,
  `insert into conversations (id, customer_id, seq, state, channel, address, bot_state, created_at,
    updated_at, last_message_at) values ('cnv_1', 'cus_1', 1, 'bot', 'web', 'wc-1', '{}', 0, 0, 0)`,
];

function insertMessage(placeholder: (n: number) => string): string {
  return `insert into messages (id, conversation_id, customer_id, channel, direction, external_id,
    address, text, options, attachments, metadata, author, created_at, raw) values
    (${placeholder(1)}, 'cnv_1', 'cus_1', ${placeholder(2)}, ${placeholder(3)}, ${placeholder(1)},
    'wc-1', 'x', '[]', '[]', '{}', 'customer', 0, ${placeholder(4)})`;
}

function parsed(rows: { id: string; raw: string | null }[]): Record<string, unknown> {
  return Object.fromEntries(
    rows.map((row) => [row.id, row.raw === null ? null : (JSON.parse(row.raw) as unknown)]),
  );
}

describe('migration 0013: web chat session ids leave the stored payloads', () => {
  it('on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-scrub-'));
    const file = join(dir, 'switchboard.db');
    try {
      const store = createSqliteStore({ file });
      await store.migrate();
      await store.close();
      // The rows, then the migration undone in the record only, as a database from before it.
      const db = new Database(file);
      for (const statement of SETUP) db.exec(statement);
      // Positional: the id is bound twice (the row's id and its external id).
      const insert = db.prepare(insertMessage(() => '?'));
      for (const [id, channel, direction, raw] of ROWS) insert.run(id, channel, direction, id, raw);
      db.prepare('delete from kysely_migration where name = ?').run(MIGRATION);
      db.close();

      const again = createSqliteStore({ file });
      await again.migrate();
      await again.close();
      const reader = new Database(file, { readonly: true });
      const rows = reader.prepare('select id, raw from messages order by id').all() as {
        id: string;
        raw: string | null;
      }[];
      reader.close();
      expect(parsed(rows)).toEqual(EXPECTED);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on PostgreSQL', async () => {
    const schema = uniqueSchema();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    try {
      const store = createPostgresStore({ url: TEST_DATABASE_URL, schema });
      await store.migrate();
      await store.close();
      await client.connect();
      await client.query(`set search_path = ${schema}`);
      for (const statement of SETUP) await client.query(statement);
      for (const [id, channel, direction, raw] of ROWS) {
        await client.query(
          insertMessage((n) => `$${n}`),
          [id, channel, direction, raw],
        );
      }
      await client.query('delete from kysely_migration where name = $1', [MIGRATION]);

      const again = createPostgresStore({ url: TEST_DATABASE_URL, schema });
      await again.migrate();
      await again.close();
      const { rows } = await client.query<{ id: string; raw: string | null }>(
        'select id, raw from messages order by id',
      );
      expect(parsed(rows)).toEqual(EXPECTED);
    } finally {
      await client.end();
      await dropSchema(schema);
    }
  });
});
