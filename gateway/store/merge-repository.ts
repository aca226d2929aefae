/**
 * Merging two customers who turn out to be one person, and undoing it. A merge moves identities to
 * the survivor and points the merged customer at it; messages and conversations stay where they
 * are (the timeline follows `merged_into`), so an unmerge only has to move identities back. The
 * audit entry of the merge records exactly which identities moved: the unmerge reads it.
 */
import type { AuditLog } from './audit-log';
import { conflict, notFound, type StoreContext, type StoreDb } from './store-context';

interface CustomerLink {
  id: string;
  merged_into: string | null;
}

/** Merges and unmerges customers, audited in the same transaction. */
export class MergeRepository {
  readonly #ctx: StoreContext;
  readonly #audit: AuditLog;

  constructor(ctx: StoreContext, audit: AuditLog) {
    this.#ctx = ctx;
    this.#audit = audit;
  }

  async merge(survivorId: string, mergedId: string, actor: string, at: number): Promise<void> {
    if (survivorId === mergedId) throw conflict(`Cannot merge customer ${survivorId} into itself.`);
    await this.#ctx.db.transaction().execute(async (trx) => {
      const { survivor, merged } = await this.#lockPair(trx, survivorId, mergedId);
      if (survivor.merged_into !== null) {
        throw conflict(
          `Customer ${survivorId} was itself merged into ${survivor.merged_into}: merge into that one.`,
        );
      }
      if (merged.merged_into !== null) {
        throw conflict(`Customer ${mergedId} is already merged into ${merged.merged_into}.`);
      }
      const moved = await trx
        .updateTable('identities')
        .set({ customer_id: survivorId })
        .where('customer_id', '=', mergedId)
        .returning('id')
        .execute();
      await trx
        .updateTable('customers')
        .set({ merged_into: survivorId })
        .where('id', '=', mergedId)
        .execute();
      await this.#audit.append(trx, {
        action: 'customer.merged',
        customerId: survivorId,
        otherCustomerId: mergedId,
        actor,
        detail: { movedIdentityIds: moved.map((row) => row.id).sort() },
        at,
      });
    });
  }

  async unmerge(survivorId: string, mergedId: string, actor: string, at: number): Promise<void> {
    await this.#ctx.db.transaction().execute(async (trx) => {
      const { merged } = await this.#lockPair(trx, survivorId, mergedId);
      if (merged.merged_into !== survivorId) {
        throw conflict(`Customer ${mergedId} is not merged into ${survivorId}: nothing to unmerge.`);
      }
      const mergeEntry = await trx
        .selectFrom('audit_log')
        .select(['id', 'detail'])
        .where('action', '=', 'customer.merged')
        .where('customer_id', '=', survivorId)
        .where('other_customer_id', '=', mergedId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      if (mergeEntry === undefined)
        throw conflict(`No audit record of merging ${mergedId} into ${survivorId}.`);
      const movedIds = movedIdentityIds(mergeEntry.detail);
      // Identities that moved on since (relinked elsewhere, unlinked) stay where they are now.
      const restored =
        movedIds.length === 0
          ? []
          : await trx
              .updateTable('identities')
              .set({ customer_id: mergedId })
              .where('id', 'in', movedIds)
              .where('customer_id', '=', survivorId)
              .returning('id')
              .execute();
      await trx.updateTable('customers').set({ merged_into: null }).where('id', '=', mergedId).execute();
      await this.#audit.append(trx, {
        action: 'customer.unmerged',
        customerId: survivorId,
        otherCustomerId: mergedId,
        actor,
        detail: { mergeAuditId: mergeEntry.id, restoredIdentityIds: restored.map((row) => row.id).sort() },
        at,
      });
    });
  }

  /**
   * Reads both customers, locking their rows on PostgreSQL (in id order, so two opposite merges
   * cannot deadlock). SQLite needs no row locks: the immediate transaction holds the write lock.
   */
  async #lockPair(
    trx: StoreDb,
    survivorId: string,
    mergedId: string,
  ): Promise<{ survivor: CustomerLink; merged: CustomerLink }> {
    const rows = await trx
      .selectFrom('customers')
      .select(['id', 'merged_into'])
      .where('id', 'in', [survivorId, mergedId])
      .orderBy('id')
      .$if(this.#ctx.kind === 'postgres', (qb) => qb.forUpdate())
      .execute();
    const survivor = rows.find((row) => row.id === survivorId);
    const merged = rows.find((row) => row.id === mergedId);
    if (survivor === undefined) throw notFound('customer', survivorId);
    if (merged === undefined) throw notFound('customer', mergedId);
    return { survivor, merged };
  }
}

function movedIdentityIds(detail: string): string[] {
  const parsed = JSON.parse(detail) as { movedIdentityIds?: unknown };
  const ids = parsed.movedIdentityIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
