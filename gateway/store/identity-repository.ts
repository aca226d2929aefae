/**
 * Customers and their identities: who is writing, on any channel. Creation races are settled by
 * UNIQUE(channel, address): the loser rolls back its fresh customer and reads the winner's.
 */
import { newId } from '../ids';
import type { AuditLog } from './audit-log';
import { PreparedQuery, slotRow } from './prepared-query';
import { toCustomer, toIdentity } from './row-mappers';
import { COLUMNS, type CustomersTable, type IdentitiesTable } from './schema';
import { conflict, notFound, type StoreContext, type StoreDb } from './store-context';
import type { Customer, Identity, IdentityChannel } from './types';

/** A customer row for someone we know nothing about yet. */
export function newCustomerRow(at: number): CustomersTable {
  return {
    id: newId('cus', at),
    display_name: null,
    tier: 'standard',
    locale: null,
    tags: '[]',
    merged_into: null,
    created_at: at,
  };
}

/** The resolved owner of an address. */
export interface ResolvedIdentity {
  customer: Customer;
  identity: Identity;
  created: boolean;
}

/** The owner of an address, as the hot-path lookup reads it. */
type OwnerRow = CustomersTable & { identity_id: string; identity_created_at: number };

/** Resolves, lists, links and unlinks identities. */
export class IdentityRepository {
  readonly #ctx: StoreContext;
  readonly #audit: AuditLog;
  readonly #findOwner: PreparedQuery<{ channel: string; address: string }, OwnerRow>;
  readonly #insertCustomer: PreparedQuery<CustomersTable, unknown>;
  readonly #insertIdentity: PreparedQuery<IdentitiesTable, { id: string }>;
  readonly #customerById: PreparedQuery<{ id: string }, CustomersTable>;
  readonly #identitiesOf: PreparedQuery<{ customer_id: string }, IdentitiesTable>;

  constructor(ctx: StoreContext, audit: AuditLog) {
    this.#ctx = ctx;
    this.#audit = audit;
    const { db } = ctx;
    this.#findOwner = new PreparedQuery((p) =>
      db
        .selectFrom('identities as i')
        .innerJoin('customers as c', 'c.id', 'i.customer_id')
        .selectAll('c')
        .select(['i.id as identity_id', 'i.created_at as identity_created_at'])
        .where('i.channel', '=', p.channel)
        .where('i.address', '=', p.address),
    );
    this.#insertCustomer = new PreparedQuery((p) =>
      db.insertInto('customers').values(slotRow(p, COLUMNS.customers)),
    );
    this.#insertIdentity = new PreparedQuery((p) =>
      db
        .insertInto('identities')
        .values(slotRow(p, COLUMNS.identities))
        .onConflict((oc) => oc.columns(['channel', 'address']).doNothing())
        .returning('id'),
    );
    // Every context packet reads these two (see handoff/context-builder.ts).
    this.#customerById = new PreparedQuery((p) =>
      db.selectFrom('customers').selectAll().where('id', '=', p.id),
    );
    this.#identitiesOf = new PreparedQuery((p) =>
      db
        .selectFrom('identities')
        .selectAll()
        .where('customer_id', '=', p.customer_id)
        .orderBy('created_at')
        .orderBy('id'),
    );
  }

  async resolve(channel: IdentityChannel, address: string, at: Date): Promise<ResolvedIdentity> {
    // Two tries cover the only race: another caller created the identity between our read and
    // our insert. A third failure would mean the row vanished again, which nothing here does.
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await this.#find(channel, address);
      if (found !== null) return { ...found, created: false };
      const created = await this.#create(channel, address, at.getTime());
      if (created !== null) return { ...created, created: true };
    }
    throw conflict(`Identity ${channel}:${address} kept changing while being resolved; retry.`);
  }

  async #find(
    channel: IdentityChannel,
    address: string,
  ): Promise<{ customer: Customer; identity: Identity } | null> {
    const row = await this.#findOwner.first(this.#ctx.db, { channel, address });
    if (row === undefined) return null;
    const identity: IdentitiesTable = {
      id: row.identity_id,
      customer_id: row.id,
      channel,
      address,
      created_at: row.identity_created_at,
    };
    return { customer: toCustomer(row), identity: toIdentity(identity) };
  }

  /** Creates customer + identity, or returns null (having rolled back) when another caller won. */
  async #create(
    channel: IdentityChannel,
    address: string,
    at: number,
  ): Promise<{ customer: Customer; identity: Identity } | null> {
    const customer = newCustomerRow(at);
    const identity: IdentitiesTable = {
      id: newId('idn', at),
      customer_id: customer.id,
      channel,
      address,
      created_at: at,
    };
    const trx = await this.#ctx.db.startTransaction().execute();
    try {
      await this.#insertCustomer.execute(trx, customer);
      const inserted = await this.#insertIdentity.first(trx, identity);
      if (inserted === undefined) {
        await trx.rollback().execute();
        return null;
      }
      await this.#audit.append(trx, {
        action: 'identity.created',
        customerId: customer.id,
        identityId: identity.id,
        actor: 'system',
        at,
      });
      await trx.commit().execute();
    } catch (error) {
      if (!trx.isCommitted && !trx.isRolledBack) await trx.rollback().execute();
      throw error;
    }
    return { customer: toCustomer(customer), identity: toIdentity(identity) };
  }

  async getCustomer(id: string): Promise<Customer | null> {
    const row = await this.#customerById.first(this.#ctx.db, { id });
    return row === undefined ? null : toCustomer(row);
  }

  async list(customerId: string): Promise<Identity[]> {
    const { rows } = await this.#identitiesOf.execute(this.#ctx.db, { customer_id: customerId });
    return rows.map(toIdentity);
  }

  async link(
    customerId: string,
    channel: IdentityChannel,
    address: string,
    actor: string,
    at: number,
  ): Promise<Identity> {
    return this.#ctx.db.transaction().execute(async (trx) => {
      const owner = await trx
        .selectFrom('customers')
        .select(['id', 'merged_into'])
        .where('id', '=', customerId)
        .executeTakeFirst();
      if (owner === undefined) throw notFound('customer', customerId);
      if (owner.merged_into !== null) {
        throw conflict(
          `Customer ${customerId} was merged into ${owner.merged_into}: link the identity to ${owner.merged_into}.`,
        );
      }
      const fresh: IdentitiesTable = {
        id: newId('idn', at),
        customer_id: customerId,
        channel,
        address,
        created_at: at,
      };
      const inserted = await this.#insertIdentity.first(trx, fresh);
      if (inserted !== undefined) {
        await this.#audit.append(trx, {
          action: 'identity.linked',
          customerId,
          identityId: fresh.id,
          actor,
          detail: { fromCustomerId: null },
          at,
        });
        return toIdentity(fresh);
      }
      return this.#move(trx, customerId, channel, address, actor, at);
    });
  }

  /** Moves an existing identity to `customerId` (a no-op when it already belongs there). */
  async #move(
    trx: StoreDb,
    customerId: string,
    channel: IdentityChannel,
    address: string,
    actor: string,
    at: number,
  ): Promise<Identity> {
    const existing = await trx
      .selectFrom('identities')
      .selectAll()
      .where('channel', '=', channel)
      .where('address', '=', address)
      .executeTakeFirstOrThrow();
    if (existing.customer_id === customerId) return toIdentity(existing);
    await trx
      .updateTable('identities')
      .set({ customer_id: customerId })
      .where('id', '=', existing.id)
      .execute();
    await this.#audit.append(trx, {
      action: 'identity.linked',
      customerId,
      otherCustomerId: existing.customer_id,
      identityId: existing.id,
      actor,
      detail: { fromCustomerId: existing.customer_id },
      at,
    });
    return toIdentity({ ...existing, customer_id: customerId });
  }

  async unlink(identityId: string, actor: string, at: number): Promise<Customer> {
    return this.#ctx.db.transaction().execute(async (trx) => {
      const identity = await trx
        .selectFrom('identities')
        .selectAll()
        .where('id', '=', identityId)
        .executeTakeFirst();
      if (identity === undefined) throw notFound('identity', identityId);
      const customer = newCustomerRow(at);
      await trx.insertInto('customers').values(customer).execute();
      await trx
        .updateTable('identities')
        .set({ customer_id: customer.id })
        .where('id', '=', identityId)
        .execute();
      await this.#audit.append(trx, {
        action: 'identity.unlinked',
        customerId: identity.customer_id,
        otherCustomerId: customer.id,
        identityId,
        actor,
        detail: { newCustomerId: customer.id, channel: identity.channel, address: identity.address },
        at,
      });
      return toCustomer(customer);
    });
  }
}
