/**
 * The SMS repository on SQLite and PostgreSQL: opt-outs keep their first record and START removes
 * them; delivery reports move an outbox row forward only (delivered is never set back, a failure
 * is final), find the row by our message id or any recorded part's sid, never touch a row the
 * outbox has not handed over yet, and are held until the send is recorded instead of being lost.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../gateway/store/types';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { at, customerOn, outbound } from './fixtures';

describe.each(STORE_KINDS)('SMS repository on $name', (kind) => {
  let testStore: TestStore;
  let store: Store;

  beforeEach(async () => {
    testStore = await kind.make();
    store = testStore.store;
  });
  afterEach(async () => {
    await testStore.dispose();
  });

  it('records an opt-out once and removes it on START', async () => {
    await store.sms.optOut({
      number: '+8613800138000',
      keyword: 'STOP',
      messageSid: 'SM1',
      optedOutAt: at(1),
    });
    await store.sms.optOut({
      number: '+8613800138000',
      keyword: '退订',
      messageSid: 'SM2',
      optedOutAt: at(2),
    });
    expect(await store.sms.getOptOut('+8613800138000')).toEqual({
      number: '+8613800138000',
      keyword: 'STOP',
      messageSid: 'SM1',
      optedOutAt: at(1),
    });
    expect(await store.sms.optIn('+8613800138000')).toBe(true);
    expect(await store.sms.optIn('+8613800138000')).toBe(false);
    expect(await store.sms.getOptOut('+8613800138000')).toBeNull();
  });

  async function sentMessage(providerId: string | null): Promise<string> {
    const owner = await customerOn(store, 'sms', '+8613800138000');
    const message = outbound(owner, { createdAt: at(10) });
    await store.enqueueOutbound([message]);
    if (providerId !== null) {
      const [item] = await store.claimOutbox(at(20), 10, 30_000);
      await store.markSent(item?.id ?? '', providerId, 'sent', at(21));
    }
    return message.id;
  }

  const report = (
    status: 'sent' | 'delivered' | 'failed',
    extra: { messageId?: string; error?: string } = {},
  ) => store.sms.recordDelivery({ channel: 'sms', providerMessageId: 'SMabc', status, at: at(30), ...extra });

  it('moves delivery forward only and keeps a failure final', async () => {
    const id = await sentMessage('SMabc');
    expect(await report('sent')).toBe(false);
    expect(await report('delivered')).toBe(true);
    expect(await report('delivered')).toBe(false);
    expect((await store.getMessage(id))?.deliveryStatus).toBe('delivered');
    expect(await report('failed', { error: 'twilio 30005: undelivered' })).toBe(true);
    expect(await report('delivered')).toBe(false);
    const row = await store.getOutboxByMessage(id);
    expect(row).toMatchObject({ status: 'dead', lastError: 'twilio 30005: undelivered' });
    // Another channel's row with the same provider id is not touched.
    expect(
      await store.sms.recordDelivery({
        channel: 'voice',
        providerMessageId: 'SMabc',
        status: 'failed',
        at: at(31),
      }),
    ).toBe(false);
  });

  it('holds a report that comes before the send is recorded, and applies it when it is', async () => {
    const pending = await sentMessage(null);
    expect(await report('delivered', { messageId: pending })).toBe(false);
    // The outbox has not handed the row over: it is untouched...
    expect((await store.getOutboxByMessage(pending))?.status).toBe('pending');
    const [item] = await store.claimOutbox(at(20), 10, 30_000);
    expect((await store.getOutboxByMessage(pending))?.status).toBe('sending');
    // ...and recording the send applies the report held for it.
    await store.markSent(item?.id ?? '', 'SMother', 'sent', at(21));
    expect((await store.getMessage(pending))?.deliveryStatus).toBe('delivered');
    expect(await report('delivered', { messageId: pending })).toBe(false);
  });

  it('finds a split message by any part, and a held failure beats a held delivery', async () => {
    const id = await sentMessage(null);
    const [item] = await store.claimOutbox(at(20), 10, 30_000);
    await store.sms.recordPart(id, { part: 1, sid: 'SMpart1' }, at(20));
    await store.sms.recordPart(id, { part: 0, sid: 'SMpart0' }, at(20));
    await store.sms.recordPart(id, { part: 0, sid: 'SMagain' }, at(20));
    expect(await store.sms.sentParts(id)).toEqual([
      { part: 0, sid: 'SMpart0' },
      { part: 1, sid: 'SMpart1' },
    ]);
    // Callbacks without our message id, while the last part is still being sent.
    const early = (sid: string, status: 'delivered' | 'failed') =>
      store.sms.recordDelivery({
        channel: 'sms',
        providerMessageId: sid,
        status,
        at: at(22),
        ...(status === 'failed' ? { error: 'twilio 30003: undelivered' } : {}),
      });
    expect(await early('SMpart0', 'delivered')).toBe(false);
    expect(await early('SMpart1', 'failed')).toBe(false);
    await store.sms.recordPart(id, { part: 2, sid: 'SMpart2' }, at(23));
    await store.markSent(item?.id ?? '', 'SMpart0', 'sent', at(23));
    expect(await store.getOutboxByMessage(id)).toMatchObject({
      status: 'dead',
      lastError: 'twilio 30003: undelivered',
    });
    expect(await store.sms.applyHeldReports(id, at(24))).toBe(false);
  });

  it('applies a late part callback to the row through the recorded parts', async () => {
    const id = await sentMessage('SMfirst');
    await store.sms.recordPart(id, { part: 0, sid: 'SMfirst' }, at(21));
    await store.sms.recordPart(id, { part: 1, sid: 'SMsecond' }, at(21));
    expect(
      await store.sms.recordDelivery({
        channel: 'sms',
        providerMessageId: 'SMsecond',
        status: 'delivered',
        at: at(30),
      }),
    ).toBe(true);
    expect((await store.getMessage(id))?.deliveryStatus).toBe('delivered');
  });
});
