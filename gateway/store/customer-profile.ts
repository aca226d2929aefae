/**
 * Changing a customer's profile fields agents and supervisors keep — display name, tier (`vip`
 * makes the bot hand off sooner and SLA policies may match it) and tags (shown in the handoff
 * context). One transaction: read, write, and an audit entry (`customer.updated`, with the old and
 * new values of the fields that changed), so a change and its record never exist without each other.
 */
import type { AuditLog } from './audit-log';
import { toCustomer } from './row-mappers';
import { notFound, type StoreContext } from './store-context';
import type { Customer, CustomerProfileChanges } from './types';

/** Applies `changes` to the customer; returns the customer as stored after it. Throws NOT_FOUND. */
export async function updateCustomerProfile(
  ctx: StoreContext,
  audit: AuditLog,
  input: { customerId: string; changes: CustomerProfileChanges; actor: string; at: number },
): Promise<Customer> {
  const { customerId, changes, actor, at } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('customers').selectAll().where('id', '=', customerId).executeTakeFirst();
    if (row === undefined) throw notFound('customer', customerId);
    const before = toCustomer(row);
    const set = {
      ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
      ...(changes.tier === undefined ? {} : { tier: changes.tier }),
      ...(changes.tags === undefined ? {} : { tags: JSON.stringify(changes.tags) }),
    };
    const changed = (Object.keys(changes) as (keyof CustomerProfileChanges)[]).filter(
      (key) => changes[key] !== undefined && JSON.stringify(changes[key]) !== JSON.stringify(before[key]),
    );
    if (changed.length === 0) return before;
    await trx.updateTable('customers').set(set).where('id', '=', customerId).execute();
    await audit.append(trx, {
      action: 'customer.updated',
      customerId,
      actor,
      detail: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: changes[key] }])),
      at,
    });
    return { ...before, ...Object.fromEntries(changed.map((key) => [key, changes[key]])) };
  });
}
