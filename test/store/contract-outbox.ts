/** Store contract: claiming with leases, two workers, sent/failed/dead, release and backlog. */
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../gateway/errors';
import type { Store } from '../../gateway/store/types';
import { at, customerOn, outbound } from './fixtures';
import { useFreshStore, type StoreFactory } from './fresh-store';

const LEASE = 30_000;

/** Enqueues `count` messages created one second apart from at(10); returns their ids. */
async function enqueue(store: Store, count: number): Promise<string[]> {
  const owner = await customerOn(store, 'sms', '+15550001');
  const messages = Array.from({ length: count }, (_, i) =>
    outbound(owner, { createdAt: at(10 + i), text: `m${i}` }),
  );
  const stored = await store.enqueueOutbound(messages);
  return stored.map((m) => m.id);
}

export function registerOutboxContract(factory: StoreFactory): void {
  describe('outbox', () => {
    const store = useFreshStore(factory);

    it('claims due rows oldest first under a lease, and again once the lease expires', async () => {
      const ids = await enqueue(store(), 3);
      expect(await store().claimOutbox(at(5), 10, LEASE)).toEqual([]);
      const claimed = await store().claimOutbox(at(11), 10, LEASE);
      expect(claimed.map((item) => item.messageId)).toEqual(ids.slice(0, 2));
      expect(claimed[0]).toMatchObject({
        status: 'sending',
        attempts: 0,
        leaseUntil: new Date(at(11).getTime() + LEASE),
      });
      expect(claimed[0]?.payload).toEqual({ text: 'm0' });
      expect((await store().claimOutbox(at(20), 10, LEASE)).map((item) => item.messageId)).toEqual([ids[2]]);
      expect(await store().claimOutbox(at(40), 10, LEASE)).toEqual([]);
      const expired = await store().claimOutbox(at(42), 10, LEASE);
      expect(expired.map((item) => item.messageId)).toEqual(ids.slice(0, 2));
      expect(await store().outboxBacklog()).toBe(3);
    });

    it('lets 20 concurrent claimers take disjoint rows', async () => {
      await enqueue(store(), 30);
      const batches = await Promise.all(
        Array.from({ length: 20 }, () => store().claimOutbox(at(100), 2, LEASE)),
      );
      const ids = batches.flat().map((item) => item.id);
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
    });

    it('marks a row sent and mirrors it on the message', async () => {
      const [id] = await enqueue(store(), 1);
      const [item] = await store().claimOutbox(at(20), 1, LEASE);
      await store().markSent(item!.id, 'SM-provider-1', 'sent', at(21));
      expect(await store().getOutboxByMessage(id!)).toMatchObject({
        status: 'sent',
        attempts: 1,
        providerMessageId: 'SM-provider-1',
        sentAt: at(21),
        leaseUntil: null,
      });
      expect(await store().getMessage(id!)).toMatchObject({ deliveryStatus: 'sent', sentAt: at(21) });
      expect(await store().outboxBacklog()).toBe(0);
      expect(await store().claimOutbox(at(9999), 10, LEASE)).toEqual([]);
      await store().markSent(item!.id, 'SM-provider-1', 'delivered', at(22));
      expect(await store().getMessage(id!)).toMatchObject({ deliveryStatus: 'delivered' });
      expect(await store().getOutboxByMessage(id!)).toMatchObject({ status: 'delivered', attempts: 1 });
    });

    it('backs off after a failure and gives up as dead', async () => {
      const [id] = await enqueue(store(), 1);
      const [item] = await store().claimOutbox(at(20), 1, LEASE);
      await store().markFailed(item!.id, 'SB_ERR_SEND_FAILED: 503', at(80), at(21));
      expect(await store().getOutboxByMessage(id!)).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastError: 'SB_ERR_SEND_FAILED: 503',
        nextAttemptAt: at(80),
        leaseUntil: null,
      });
      expect(await store().getMessage(id!)).toMatchObject({ deliveryStatus: 'failed' });
      expect(await store().claimOutbox(at(79), 1, LEASE)).toEqual([]);
      const [retry] = await store().claimOutbox(at(80), 1, LEASE);
      expect(retry).toMatchObject({ id: item!.id, attempts: 1 });
      await store().markFailed(item!.id, 'SB_ERR_RECIPIENT_UNREACHABLE: blocked', null, at(81));
      expect(await store().getOutboxByMessage(id!)).toMatchObject({ status: 'dead', attempts: 2 });
      expect(await store().getMessage(id!)).toMatchObject({ deliveryStatus: 'dead' });
      expect(await store().claimOutbox(at(99_999), 1, LEASE)).toEqual([]);
      expect(await store().outboxBacklog()).toBe(0);
    });

    it('releases a claimed row without counting an attempt', async () => {
      const [id] = await enqueue(store(), 1);
      const [item] = await store().claimOutbox(at(20), 1, LEASE);
      await store().releaseOutbox(item!.id, at(30), at(21));
      expect(await store().getOutboxByMessage(id!)).toMatchObject({
        status: 'pending',
        attempts: 0,
        nextAttemptAt: at(30),
      });
      expect(await store().claimOutbox(at(29), 1, LEASE)).toEqual([]);
      expect(await store().claimOutbox(at(30), 1, LEASE)).toHaveLength(1);
    });

    it('reports unknown rows', async () => {
      const notFound = { code: ErrorCodes.NOT_FOUND };
      await expect(store().markSent('obx_missing', null, 'sent', at(0))).rejects.toMatchObject(notFound);
      await expect(store().markFailed('obx_missing', 'x', null, at(0))).rejects.toMatchObject(notFound);
      await expect(store().releaseOutbox('obx_missing', at(1), at(0))).rejects.toMatchObject(notFound);
      expect(await store().getOutboxByMessage('msg_missing')).toBeNull();
    });
  });
}
