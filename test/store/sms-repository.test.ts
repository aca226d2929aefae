/**
 * The SMS repository on SQLite and PostgreSQL: opt-outs keep their first record and START removes
 * them; delivery reports move an outbox row forward only (delivered is never set back, a failure
 * is final), find the row by our message id before the provider's id is recorded, and never touch
 * a row the outbox has not handed over yet.
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

  it('finds the row by our message id, but never one the outbox has not handed over', async () => {
    const pending = await sentMessage(null);
    expect(await report('delivered', { messageId: pending })).toBe(false);
    expect((await store.getOutboxByMessage(pending))?.status).toBe('pending');
    const [item] = await store.claimOutbox(at(20), 10, 30_000);
    await store.markSent(item?.id ?? '', 'SMother', 'sent', at(21));
    expect(await report('delivered', { messageId: pending })).toBe(true);
    expect((await store.getMessage(pending))?.deliveryStatus).toBe('delivered');
  });
});
