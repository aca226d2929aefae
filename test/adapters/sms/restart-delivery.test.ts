/**
 * SMS delivery state lives in the store, not in a process, on SQLite and PostgreSQL:
 * - a split message that failed on part 2 of 3 and is retried by a new adapter and outbox (a
 *   restart, or another gateway process) sends only parts 2 and 3: the stand-in receives each of
 *   the three parts exactly once;
 * - a delivery status callback answered while the outbox row is still `sending` is not lost: it
 *   is applied when the outbox records the send.
 */
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { TwilioSmsAdapter } from '../../../adapters/sms';
import type { ChannelAdapter } from '../../../gateway/adapter';
import { createMetrics } from '../../../gateway/metrics';
import { OutboxWorker } from '../../../gateway/outbox';
import type { Store } from '../../../gateway/store/types';
import { eventually } from '../../support/eventually';
import { STORE_KINDS } from '../../support/stores';
import { customerOn, outbound } from '../../store/fixtures';
import { startSmsHarness, type SmsHarness } from './sms-harness';

const CUSTOMER = '+8613800138077';
// Three single-segment parts (70 + 68 + 56 UCS-2 characters), cut at sentence ends.
const LONG = '第一句话很长。'.repeat(10) + '第二句话也很长。'.repeat(8) + '第三句。'.repeat(15);
const START = Date.parse('2026-11-22T12:00:00Z');

/** One gateway process's delivery side: an outbox worker over `adapter`, at time `now`. */
function outboxOf(store: Store, adapter: ChannelAdapter, now: number): OutboxWorker {
  return new OutboxWorker({
    store,
    adapters: new Map([['sms', adapter]]),
    metrics: createMetrics({ processMetrics: false }),
    logger: pino({ level: 'silent' }),
    clock: () => new Date(now),
    random: () => 0.5,
  });
}

async function enqueue(store: Store, text: string): Promise<string> {
  const owner = await customerOn(store, 'sms', CUSTOMER);
  const message = outbound(owner, { address: CUSTOMER, text, createdAt: new Date(START) });
  await store.enqueueOutbound([message]);
  return message.id;
}

describe.each(STORE_KINDS)('SMS delivery across restarts on $name', (kind) => {
  let sms: SmsHarness;

  afterEach(async () => {
    await sms.close();
  });

  it('retries a half-sent split message on a new instance: each part reaches Twilio once', async () => {
    sms = await startSmsHarness({ maxSegmentsPerMessage: 1 }, kind);
    const { store } = sms.testStore;
    const id = await enqueue(store, LONG);
    sms.messages.failCreates.add(2);
    await outboxOf(store, sms.adapter, START).drainOnce();
    expect((await store.getOutboxByMessage(id))?.status).toBe('failed');
    expect(sms.messages.to(CUSTOMER)).toHaveLength(1);

    // The process is gone; a new adapter and outbox on the same store take the retry.
    const restarted = new TwilioSmsAdapter({
      settings: sms.settings,
      store: store.sms,
      maxSegmentsPerMessage: 1,
    });
    await outboxOf(store, restarted, START + 60_000).drainOnce();
    const received = sms.messages.to(CUSTOMER);
    expect(received.map((m) => m.body).join('')).toBe(LONG);
    expect(received).toHaveLength(3);
    expect(new Set(received.map((m) => m.body)).size).toBe(3);
    expect(sms.twilio.requestsTo(/\/Messages\.json$/)).toHaveLength(4);
    const row = await store.getOutboxByMessage(id);
    expect(row?.providerMessageId).toBe(received[0]?.sid);
    expect(['sent', 'delivered']).toContain(row?.status);
    expect(await store.sms.sentParts(id)).toEqual(received.map((m, part) => ({ part, sid: m.sid })));

    // A retry after the send (say the row's lease ran out in a crash) sends nothing again.
    await restarted.send(
      CUSTOMER,
      { text: LONG },
      { idempotencyKey: 'k', messageId: id, conversationId: 'c' },
    );
    expect(sms.messages.to(CUSTOMER)).toHaveLength(3);
  });

  it('applies a delivery callback that came while the send was being recorded', async () => {
    sms = await startSmsHarness({}, kind);
    const { store } = sms.testStore;
    const id = await enqueue(store, 'Your refund is on its way.');
    const statusWhenReported: string[] = [];
    // Twilio is fast: its `delivered` callback is answered before the outbox records the send.
    const slowToRecord: ChannelAdapter = {
      channel: sms.adapter.channel,
      capabilities: sms.adapter.capabilities,
      start: (sink) => sms.adapter.start(sink),
      stop: () => sms.adapter.stop(),
      send: async (address, message, context) => {
        const receipt = await sms.adapter.send(address, message, context);
        await eventually(
          () => sms.twilio.webhooks,
          (hooks) => hooks.some((h) => h.params.MessageStatus === 'delivered' && h.result.status === 204),
        );
        statusWhenReported.push((await store.getOutboxByMessage(id))?.status ?? 'none');
        return receipt;
      },
    };
    await outboxOf(store, slowToRecord, START).drainOnce();
    expect(statusWhenReported).toEqual(['sending']);
    expect(await store.getOutboxByMessage(id)).toMatchObject({ status: 'delivered' });
    expect((await store.getMessage(id))?.deliveryStatus).toBe('delivered');
  });
});
