/**
 * Migration 0011: drops `messages_customer (customer_id, created_at)`. Every message is written with
 * its conversation's customer (the gateway takes both from the conversation it stores the message
 * in, and a conversation never changes customer: merges and unlinks move identities only), so a
 * customer's messages are the messages of its conversations, which `conversations_customer_seq`
 * and `messages_conversation` already find. The timeline and the erasure read them that way; the
 * index cost every message insert a b-tree entry and a page to commit, for reads that never needed it.
 */
import type { Kysely, Migration } from 'kysely';

export const dropMessagesCustomerIndex: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('messages_customer').execute();
  },
};
