/**
 * The outbox against real stores: delivery with idempotency keys, retries with backoff, giving up on
 * permanent failures, and per-address order when a send fails.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Gateway } from '../../gateway/gateway';
import { createMetrics } from '../../gateway/metrics';
import { OutboxWorker } from '../../gateway/outbox';
import { LogHandoffService } from '../../handoff/log-handoff';
import { RecordingAdapter } from '../support/recording-adapter';
import { ScriptedBot } from '../support/scripted-bot';
import { STORE_KINDS, type TestStore } from '../support/stores';

describe.each(STORE_KINDS)('outbox on $name', (kind) => {
  let testStore: TestStore;
  let adapter: RecordingAdapter;
  let gateway: Gateway;
  let outbox: OutboxWorker;
  let now: Date;

  beforeEach(async () => {
    testStore = await kind.make();
    adapter = new RecordingAdapter('sms');
    now = new Date('2026-11-22T10:00:00Z');
    const adapters = new Map([['sms' as const, adapter]]);
    const metrics = createMetrics({ processMetrics: false });
    const logger = pino({ level: 'silent' });
    outbox = new OutboxWorker({
      store: testStore.store,
      adapters,
      metrics,
      logger,
      clock: () => now,
      baseDelayMs: 1000,
      maxAttempts: 3,
    });
    gateway = new Gateway({
      store: testStore.store,
      bot: new ScriptedBot(),
      handoff: new LogHandoffService(logger),
      adapters,
      metrics,
      logger,
      clock: () => now,
    });
  });

  afterEach(async () => {
    await outbox.stop();
    await gateway.close();
    await testStore.dispose();
  });

  it('delivers each reply once with its idempotency key and records the delivery', async () => {
    const turn = await gateway.receive({
      channel: 'sms',
      externalId: 'SM1',
      from: '+15550001111',
      text: 'two',
    });
    expect(await outbox.drainOnce()).toBe(2);
    expect(await outbox.drainOnce()).toBe(0);
    expect(adapter.sent.map((s) => s.outbound.text)).toEqual(['first', 'second']);
    expect(adapter.sent.map((s) => s.context.idempotencyKey)).toEqual([
      `reply:${turn.message.id}:0`,
      `reply:${turn.message.id}:1`,
    ]);
    const row = await testStore.store.getOutboxByMessage(turn.replies[0]?.id ?? '');
    expect(row).toMatchObject({ status: 'sent', attempts: 1, providerMessageId: 'prov-1' });
    const stored = await testStore.store.getMessage(turn.replies[0]?.id ?? '');
    expect(stored?.deliveryStatus).toBe('sent');
    expect(await testStore.store.outboxBacklog()).toBe(0);
  });

  it('retries a failed send after a backoff and keeps later messages to that address behind it', async () => {
    adapter.failNext = 1;
    const turn = await gateway.receive({
      channel: 'sms',
      externalId: 'SM2',
      from: '+15550001111',
      text: 'two',
    });
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(0);
    const failed = await testStore.store.getOutboxByMessage(turn.replies[0]?.id ?? '');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed?.lastError).toMatch(/SB_ERR_SEND_FAILED/);
    // Not due yet: nothing is sent before the backoff elapses.
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(0);
    now = new Date(now.getTime() + 5_000);
    await outbox.drainOnce();
    expect(adapter.sent.map((s) => s.outbound.text)).toEqual(['first', 'second']);
    expect(await testStore.store.outboxBacklog()).toBe(0);
  });

  it('keeps order when the retry backoff lands later than the base delay (largest jitter)', async () => {
    const jittery = new OutboxWorker({
      store: testStore.store,
      adapters: new Map([['sms' as const, adapter]]),
      metrics: createMetrics({ processMetrics: false }),
      logger: pino({ level: 'silent' }),
      clock: () => now,
      baseDelayMs: 1000,
      random: () => 1,
    });
    adapter.failNext = 1;
    await gateway.receive({ channel: 'sms', externalId: 'SM-j', from: '+15550005555', text: 'two' });
    await jittery.drainOnce();
    for (let step = 0; step < 30 && adapter.sent.length < 2; step++) {
      now = new Date(now.getTime() + 100);
      await jittery.drainOnce();
    }
    expect(adapter.sent.map((s) => s.outbound.text)).toEqual(['first', 'second']);
  });

  it('gives up at once when the recipient is unreachable, and after maxAttempts otherwise', async () => {
    adapter.unreachable = true;
    const turn = await gateway.receive({
      channel: 'sms',
      externalId: 'SM3',
      from: '+15550002222',
      text: 'hi',
    });
    await outbox.drainOnce();
    expect(await testStore.store.getOutboxByMessage(turn.replies[0]?.id ?? '')).toMatchObject({
      status: 'dead',
    });
    adapter.unreachable = false;
    adapter.failNext = 10;
    const other = await gateway.receive({
      channel: 'sms',
      externalId: 'SM4',
      from: '+15550003333',
      text: 'hi',
    });
    for (let i = 0; i < 5; i++) {
      await outbox.drainOnce();
      now = new Date(now.getTime() + 60_000);
    }
    expect(await testStore.store.getOutboxByMessage(other.replies[0]?.id ?? '')).toMatchObject({
      status: 'dead',
      attempts: 3,
    });
    expect(await testStore.store.outboxBacklog()).toBe(0);
  });

  it('retries a row whose sender died mid-send once its lease expires', async () => {
    const turn = await gateway.receive({
      channel: 'sms',
      externalId: 'SM5',
      from: '+15550004444',
      text: 'hi',
    });
    const claimed = await testStore.store.claimOutbox(now, 10, 30_000);
    expect(claimed).toHaveLength(1);
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(0);
    now = new Date(now.getTime() + 31_000);
    await outbox.drainOnce();
    expect(adapter.sent.map((s) => s.context.messageId)).toEqual([turn.replies[0]?.id]);
  });

  it('keeps a message for a channel that is switched off and gives up after maxAttempts', async () => {
    const turn = await gateway.receive({
      channel: 'email',
      externalId: 'E1',
      from: 'a@example.com',
      text: 'hi',
    });
    await outbox.drainOnce();
    const row = await testStore.store.getOutboxByMessage(turn.replies[0]?.id ?? '');
    expect(row?.status).toBe('failed');
    expect(row?.lastError).toMatch(/SB_ERR_CHANNEL_OFF/);
    for (let i = 0; i < 5; i++) {
      now = new Date(now.getTime() + 60_000);
      await outbox.drainOnce();
    }
    expect(await testStore.store.getOutboxByMessage(turn.replies[0]?.id ?? '')).toMatchObject({
      status: 'dead',
      attempts: 3,
    });
  });
});
