/**
 * Migration 0008: what routing, queue updates, SLA pauses and erasure need.
 * - `agent_presence`: one row per agent who ever set a status — online / away / offline, skills
 *   (languages, channels, topic tags; JSON, null = any) and capacity. Survives restarts.
 * - `cases.pauses`: JSON array of `[fromMs, toMs | null]`, the stretches the case waited on the
 *   customer (they stop the resolution clock); `cases.wait_notice_ms` / `wait_noticed_at`: the
 *   expected wait the customer was last told and when, so a changed wait is told again at most
 *   once per interval (a conditional update on `wait_noticed_at` lets one process send it).
 * - `customers.erased_at`: set when a customer's personal data was erased; the row stays as a
 *   tombstone so counts and KPIs keep their meaning.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../store-context';

/** Builds the migration for one dialect: only the 64-bit integer type name differs. */
export function handoffRoutingSchema(kind: StoreKind): Migration {
  const int64 = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('agent_presence')
        .addColumn('agent_id', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('languages', 'text')
        .addColumn('channels', 'text')
        .addColumn('tags', 'text')
        .addColumn('capacity', 'integer', (c) => c.notNull())
        .addColumn('status_since', int64, (c) => c.notNull())
        .addColumn('updated_at', int64, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('agent_presence_status').on('agent_presence').column('status').execute();
      await db.schema
        .alterTable('cases')
        .addColumn('pauses', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema.alterTable('cases').addColumn('wait_notice_ms', int64).execute();
      await db.schema.alterTable('cases').addColumn('wait_noticed_at', int64).execute();
      await db.schema.alterTable('customers').addColumn('erased_at', int64).execute();
    },
  };
}
