/**
 * Migration 0006: the SMS channel.
 * - `sms_opt_outs`: numbers that replied STOP (or a synonym); a row means "send nothing but the
 *   confirmation". START deletes it. The number (E.164) is the primary key.
 * - `outbox_provider_message`: delivery status callbacks find their outbox row by the provider's id.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../store-context';

/** Builds the migration for one dialect: only the 64-bit integer type name differs. */
export function smsSchema(kind: StoreKind): Migration {
  const int64 = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('sms_opt_outs')
        .addColumn('number', 'text', (c) => c.primaryKey())
        .addColumn('keyword', 'text', (c) => c.notNull())
        .addColumn('message_sid', 'text', (c) => c.notNull())
        .addColumn('opted_out_at', int64, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('outbox_provider_message')
        .on('outbox')
        .column('provider_message_id')
        .execute();
    },
  };
}
