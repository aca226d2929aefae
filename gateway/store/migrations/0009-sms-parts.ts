/**
 * Migration 0009: SMS delivery that survives restarts and several gateway processes.
 * - `sms_parts`: each part of an outbound SMS the provider accepted — (our message id, part index)
 *   → the provider's sid. A retry on any process after any restart sends only the parts missing
 *   here, so a split message never repeats its first parts. `sms_parts_sid` finds the message of a
 *   status callback by any part's sid.
 * - `sms_held_reports`: delivery reports that arrived before the send was recorded (the outbox row
 *   still `sending`, or waiting to retry a later part), keyed by the provider's sid; they are applied
 *   when the outbox records the send, so no report is lost to the race.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../store-context';

/** Builds the migration for one dialect: only the 64-bit integer type name differs. */
export function smsPartsSchema(kind: StoreKind): Migration {
  const int64 = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('sms_parts')
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('part', 'integer', (c) => c.notNull())
        .addColumn('sid', 'text', (c) => c.notNull())
        .addColumn('sent_at', int64, (c) => c.notNull())
        .addPrimaryKeyConstraint('sms_parts_pk', ['message_id', 'part'])
        .execute();
      await db.schema.createIndex('sms_parts_sid').on('sms_parts').column('sid').execute();
      await db.schema
        .createTable('sms_held_reports')
        .addColumn('sid', 'text', (c) => c.primaryKey())
        .addColumn('message_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('reported_at', int64, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sms_held_reports_message')
        .on('sms_held_reports')
        .column('message_id')
        .execute();
      await db.schema
        .createIndex('sms_held_reports_age')
        .on('sms_held_reports')
        .column('reported_at')
        .execute();
    },
  };
}
