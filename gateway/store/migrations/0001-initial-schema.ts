/**
 * Migration 0001: the first schema. Ids are TEXT, timestamps epoch milliseconds (BIGINT on
 * PostgreSQL, INTEGER on SQLite — both 64-bit), JSON columns TEXT. Every unique constraint here
 * settles a race the pipeline can meet; every index serves one hot query (named in its comment).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-context';

/** Builds the migration for one dialect: only the 64-bit integer type name differs. */
export function initialSchema(kind: StoreKind): Migration {
  const int64 = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('customers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('display_name', 'text')
        .addColumn('tier', 'text', (c) => c.notNull())
        .addColumn('locale', 'text')
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('merged_into', 'text', (c) => c.references('customers.id'))
        .addColumn('created_at', int64, (c) => c.notNull())
        .execute();
      // listCustomerTimeline walks merges from the survivor down.
      await db.schema.createIndex('customers_merged_into').on('customers').column('merged_into').execute();

      await db.schema
        .createTable('identities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('created_at', int64, (c) => c.notNull())
        // Settles concurrent resolveIdentity for one address: one customer wins.
        .addUniqueConstraint('identities_channel_address', ['channel', 'address'])
        .execute();
      await db.schema.createIndex('identities_customer').on('identities').column('customer_id').execute();

      // No foreign keys: the audit trail outlives what it talks about (erasure, merges).
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('other_customer_id', 'text')
        .addColumn('identity_id', 'text')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('at', int64, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('audit_log_customer')
        .on('audit_log')
        .columns(['customer_id', 'at'])
        .execute();
      await db.schema.createIndex('audit_log_other').on('audit_log').column('other_customer_id').execute();

      await db.schema
        .createTable('conversations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('bot_state', 'text', (c) => c.notNull())
        .addColumn('created_at', int64, (c) => c.notNull())
        .addColumn('updated_at', int64, (c) => c.notNull())
        .addColumn('last_message_at', int64, (c) => c.notNull())
        .addColumn('resolved_at', int64)
        // Settles concurrent currentConversation (one new seq wins) and serves "latest by customer".
        .addUniqueConstraint('conversations_customer_seq', ['customer_id', 'seq'])
        .execute();

      await createMessages(db, int64);
      await createOutbox(db, int64);
    },
  };
}

async function createMessages(db: Kysely<unknown>, int64: 'bigint' | 'integer'): Promise<void> {
  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('thread_key', 'text')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('attachments', 'text', (c) => c.notNull())
    .addColumn('locale', 'text')
    .addColumn('metadata', 'text', (c) => c.notNull())
    .addColumn('raw', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('in_reply_to', 'text')
    .addColumn('idempotency_key', 'text')
    .addColumn('decision', 'text')
    .addColumn('processed_at', int64)
    .addColumn('sent_at', int64)
    .addColumn('created_at', int64, (c) => c.notNull())
    // Settles duplicate webhooks: the provider's id is the dedupe key per channel and direction.
    .addUniqueConstraint('messages_channel_direction_external', ['channel', 'direction', 'external_id'])
    // Settles replayed turns and agent replies: one outbound message per idempotency key.
    .addUniqueConstraint('messages_idempotency_key', ['idempotency_key'])
    .execute();
  // listConversationMessages
  await db.schema
    .createIndex('messages_conversation')
    .on('messages')
    .columns(['conversation_id', 'created_at'])
    .execute();
  // listCustomerTimeline
  await db.schema
    .createIndex('messages_customer')
    .on('messages')
    .columns(['customer_id', 'created_at'])
    .execute();
  // listByAddress (web chat history)
  await db.schema
    .createIndex('messages_channel_address')
    .on('messages')
    .columns(['channel', 'address', 'created_at'])
    .execute();
  // repliesTo: only outbound replies carry in_reply_to, so the partial index stays small.
  await db.schema
    .createIndex('messages_in_reply_to')
    .on('messages')
    .column('in_reply_to')
    .where(sql<boolean>`in_reply_to is not null`)
    .execute();
  // unprocessedInbound: a partial index holding only the (few) rows still to process.
  await db.schema
    .createIndex('messages_unprocessed')
    .on('messages')
    .columns(['created_at', 'id'])
    .where(sql<boolean>`direction = 'in' and processed_at is null`)
    .execute();
}

async function createOutbox(db: Kysely<unknown>, int64: 'bigint' | 'integer'): Promise<void> {
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', int64, (c) => c.notNull())
    .addColumn('lease_until', int64)
    .addColumn('last_error', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('created_at', int64, (c) => c.notNull())
    .addColumn('updated_at', int64, (c) => c.notNull())
    .addColumn('sent_at', int64)
    .addUniqueConstraint('outbox_idempotency_key', ['idempotency_key'])
    .execute();
  // getOutboxByMessage
  await db.schema.createIndex('outbox_message').on('outbox').column('message_id').execute();
  // claimOutbox: only rows still to deliver, ordered by when they are due (a claimed row's lease
  // expiry is written to next_attempt_at, so one range scan finds pending, retryable and expired rows).
  await db.schema
    .createIndex('outbox_due')
    .on('outbox')
    .column('next_attempt_at')
    .where(sql<boolean>`status in ('pending', 'sending', 'failed')`)
    .execute();
}
