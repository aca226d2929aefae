/**
 * Migration 0012: `message_addresses` replaces the index `messages_channel_address (channel,
 * address, created_at)`. The table holds one row per channel address and conversation that address
 * wrote or was written to in, not one per message: the messages of an address (web chat history, a
 * caller's voice messages) are the messages of those conversations on that channel and address,
 * which `messages_conversation` finds. The index put each message in the address's own corner of a
 * b-tree, one more page for every turn's commit to write; a turn's row here already exists, so the
 * turn only reads it.
 *
 * A trigger keeps the table, so no way of inserting a message can forget it: each inserted message
 * adds its (channel, address, conversation) unless that row exists. Rows are never rewritten by the
 * trigger; the customer erasure deletes those of the erased customers' conversations.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-context';

export function messageAddresses(kind: StoreKind): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('message_addresses')
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
        .addPrimaryKeyConstraint('message_addresses_pk', ['channel', 'address', 'conversation_id'])
        .execute();
      await sql`insert into message_addresses (channel, address, conversation_id)
        select distinct channel, address, conversation_id from messages`.execute(db);
      if (kind === 'postgres') {
        await sql`create function message_addresses_add() returns trigger language plpgsql as $$
          begin
            insert into message_addresses (channel, address, conversation_id)
            values (new.channel, new.address, new.conversation_id)
            on conflict do nothing;
            return null;
          end
        $$`.execute(db);
        await sql`create trigger messages_address_add after insert on messages
          for each row execute function message_addresses_add()`.execute(db);
      } else {
        await sql`create trigger messages_address_add after insert on messages begin
          insert or ignore into message_addresses (channel, address, conversation_id)
          values (new.channel, new.address, new.conversation_id);
        end`.execute(db);
      }
      await db.schema.dropIndex('messages_channel_address').execute();
    },
  };
}
