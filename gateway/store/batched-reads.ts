/**
 * The two reads every turn starts with — who owns this address, and which is the customer's
 * latest conversation — answered for a whole batch of concurrent turns by one statement each. Only
 * the common case is answered here; anything else (a new customer, a conversation to open or to
 * point at another channel) is left to the per-item repository methods, which handle races.
 * Each statement is compiled once per list length ({@link ListQuery}): building a Kysely query
 * per batch cost more than SQLite took to run it.
 */
import { sql } from 'kysely';
import type { Channel } from '../message';
import { ListQuery } from './prepared-query';
import { toConversation, toCustomer, toIdentity } from './row-mappers';
import type { ConversationsTable, CustomersTable } from './schema';
import type { StoreDb } from './store-context';
import type { Conversation, Customer, Identity, IdentityChannel } from './types';

export interface OwnerQuery {
  channel: IdentityChannel;
  address: string;
}

type OwnerRow = CustomersTable & {
  identity_id: string;
  identity_created_at: number;
  identity_channel: string;
  identity_address: string;
};

export function ownerKey(channel: string, address: string): string {
  return `${channel}\u0000${address}`;
}

export interface ConversationQuery {
  customerId: string;
  channel: Channel;
  address: string;
  at: Date;
  reopenWindowMs: number;
}

/** The batched reads of one store. */
export class BatchedReads {
  readonly #db: StoreDb;
  readonly #owners: ListQuery<OwnerQuery, OwnerRow>;
  readonly #latest: ListQuery<Pick<ConversationQuery, 'customerId'>, ConversationsTable>;

  constructor(db: StoreDb) {
    this.#db = db;
    this.#owners = new ListQuery((queries) => {
      const pairs = queries.map((q) => sql`(${q.channel}, ${q.address})`);
      return db
        .selectFrom('identities as i')
        .innerJoin('customers as c', 'c.id', 'i.customer_id')
        .selectAll('c')
        .select([
          'i.id as identity_id',
          'i.created_at as identity_created_at',
          'i.channel as identity_channel',
          'i.address as identity_address',
        ])
        .where(sql<boolean>`(i.channel, i.address) in (${sql.join(pairs)})`);
    });
    this.#latest = new ListQuery((queries) =>
      db
        .selectFrom('conversations as c')
        .selectAll()
        .where(
          'c.customer_id',
          'in',
          queries.map((q) => q.customerId),
        )
        .where('c.seq', '=', (eb) =>
          eb
            .selectFrom('conversations as l')
            .select((l) => l.fn.max('l.seq').as('seq'))
            .whereRef('l.customer_id', '=', 'c.customer_id'),
        ),
    );
  }

  /** The known owners of the given addresses, keyed `channel\0address`. */
  async findOwners(
    queries: readonly OwnerQuery[],
  ): Promise<Map<string, { customer: Customer; identity: Identity }>> {
    const { rows } = await this.#owners.execute(this.#db, queries);
    const owners = new Map<string, { customer: Customer; identity: Identity }>();
    for (const row of rows) {
      const identity = toIdentity({
        id: row.identity_id,
        customer_id: row.id,
        channel: row.identity_channel,
        address: row.identity_address,
        created_at: row.identity_created_at,
      });
      owners.set(ownerKey(row.identity_channel, row.identity_address), {
        customer: toCustomer(row),
        identity,
      });
    }
    return owners;
  }

  /**
   * The latest conversation of each customer when it can be used as it is: not resolved past the
   * reopen window, and already pointing at the channel and address the customer wrote from.
   */
  async usableConversations(queries: readonly ConversationQuery[]): Promise<Map<string, Conversation>> {
    const { rows } = await this.#latest.execute(this.#db, queries);
    const latest = new Map(rows.map((row) => [row.customer_id, row]));
    const usable = new Map<string, Conversation>();
    for (const query of queries) {
      const row = latest.get(query.customerId);
      if (row === undefined || row.channel !== query.channel || row.address !== query.address) continue;
      const expired =
        row.state === 'resolved' &&
        (row.resolved_at === null || query.at.getTime() - Number(row.resolved_at) > query.reopenWindowMs);
      if (!expired) usable.set(query.customerId, toConversation(row));
    }
    return usable;
  }
}
