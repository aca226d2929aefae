/**
 * Migration 0004: handoff cases.
 * - `cases`: one per handoff, `queued` → `assigned` → `resolved` (or `returned` to the bot). A
 *   partial unique index allows one open case per conversation, so two processes opening the same
 *   handoff end with one case. `priority_rank` (urgent 0, high 1, normal 2) orders the queue.
 * - `case_events`: the audit of every transition and message, with who did it.
 * - `case_sla_events`: the SLA warnings and breaches recorded for a case; the primary key
 *   (case_id, event_key) records each exactly once, however many processes evaluate it.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-context';

/** Builds the migration for one dialect: only the 64-bit integer type name differs. */
export function handoffSchema(kind: StoreKind): Migration {
  const int64 = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('cases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('priority', 'text', (c) => c.notNull())
        .addColumn('priority_rank', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('locale', 'text')
        .addColumn('tier', 'text', (c) => c.notNull())
        // JSON array of topic tags (routing by skill).
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('opened_by', 'text', (c) => c.notNull())
        .addColumn('trigger_message_id', 'text')
        .addColumn('assignee_id', 'text')
        .addColumn('escalated', 'integer', (c) => c.notNull())
        .addColumn('opened_at', int64, (c) => c.notNull())
        .addColumn('waiting_since', int64, (c) => c.notNull())
        .addColumn('assigned_at', int64)
        .addColumn('first_response_at', int64)
        .addColumn('last_agent_response_at', int64)
        .addColumn('customer_waiting_since', int64)
        .addColumn('resolved_at', int64)
        .addColumn('closed_at', int64)
        .addColumn('updated_at', int64, (c) => c.notNull())
        .execute();
      await sql`create unique index cases_one_open on cases (conversation_id) where state in ('queued', 'assigned')`.execute(
        db,
      );
      await db.schema
        .createIndex('cases_queue')
        .on('cases')
        .columns(['state', 'priority_rank', 'waiting_since'])
        .execute();
      await db.schema.createIndex('cases_assignee').on('cases').columns(['assignee_id', 'state']).execute();

      await db.schema
        .createTable('case_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        // `system`, `bot`, `customer`, `agent:<id>`, …
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('at', int64, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute();

      await db.schema
        .createTable('case_sla_events')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('event_key', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('due_at', int64, (c) => c.notNull())
        .addColumn('recorded_at', int64, (c) => c.notNull())
        .addPrimaryKeyConstraint('case_sla_events_pk', ['case_id', 'event_key'])
        .execute();
    },
  };
}
