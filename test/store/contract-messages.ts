/** Store contract: inbound dedupe, turns, outbound enqueueing and message queries. */
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../gateway/errors';
import type { CompleteTurn } from '../../gateway/store/types';
import { at, customerOn, inbound, outbound } from './fixtures';
import { useFreshStore, type StoreFactory } from './fresh-store';

const RICH = {
  text: '我想退票 ✈️ — can I get a refund? 👍🏽',
  attachments: [
    { url: 'https://cdn.example.com/票据.jpg', contentType: 'image/jpeg', name: '票据.jpg', size: 2048 },
  ],
  locale: 'zh-CN',
  threadKey: 'thread-一',
  metadata: { subject: '退款申请', nested: { emoji: '🎫', list: [1, '二', null] } },
  raw: { Body: '我想退票 ✈️', NumMedia: '1', flags: [true, false] },
};

function turnFor(inboundId: string, conversationId: string, replies: CompleteTurn['replies']): CompleteTurn {
  return {
    inboundId,
    decision: {
      kind: 'answer',
      entryId: 'flight-refund',
      candidates: [{ id: 'flight-refund', score: 0.93 }],
    },
    conversationId,
    state: 'bot',
    botState: { fallbacks: 0, last: '退票' },
    replies,
    at: at(3),
  };
}

export function registerMessageContract(factory: StoreFactory): void {
  describe('messages', () => {
    const store = useFreshStore(factory);

    it('stores an inbound message with its JSON intact (Chinese, emoji)', async () => {
      const owner = await customerOn(store(), 'sms', '+8613800000000');
      const message = inbound(owner, { ...RICH, sentAt: at(-1) });
      const { message: stored, inserted } = await store().insertInbound(message);
      expect(inserted).toBe(true);
      const read = await store().getMessage(message.id);
      expect(read).toEqual(stored);
      expect(read).toMatchObject({
        ...RICH,
        direction: 'in',
        author: 'customer',
        sentAt: at(-1),
        createdAt: at(1),
      });
      expect(read).toMatchObject({ processedAt: null, decision: null, deliveryStatus: null, options: [] });
      expect(await store().getMessage('msg_missing')).toBeNull();
    });

    it('dedupes 20 concurrent deliveries of one provider message', async () => {
      const owner = await customerOn(store(), 'sms', '+8613800000000');
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store().insertInbound(inbound(owner, { externalId: 'SM123' }))),
      );
      expect(results.filter((r) => r.inserted)).toHaveLength(1);
      expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
      expect(await store().listConversationMessages(owner.conversation.id)).toHaveLength(1);
    });

    it('completes a turn atomically and replays it without duplicates', async () => {
      const owner = await customerOn(store(), 'sms', '+8613800000000');
      const { message } = await store().insertInbound(inbound(owner));
      const replies = [0, 1].map((i) =>
        outbound(owner, {
          inReplyTo: message.id,
          text: `答复 ${i} 😀`,
          idempotencyKey: `reply:${message.id}:${i}`,
        }),
      );
      const turn = turnFor(message.id, owner.conversation.id, replies);
      const stored = await store().completeTurn(turn);
      expect(stored.map((m) => m.id)).toEqual(replies.map((r) => r.id));
      expect(stored[0]).toMatchObject({
        direction: 'out',
        author: 'bot',
        text: '答复 0 😀',
        deliveryStatus: 'pending',
      });
      expect(await store().getMessage(message.id)).toMatchObject({
        processedAt: at(3),
        decision: turn.decision,
      });
      expect(await store().getConversation(owner.conversation.id)).toMatchObject({
        state: 'bot',
        botState: turn.botState,
        lastMessageAt: at(3),
      });
      expect(await store().getOutboxByMessage(replies[0]!.id)).toMatchObject({
        status: 'pending',
        attempts: 0,
      });

      const fresh = [0, 1].map((i) =>
        outbound(owner, { inReplyTo: message.id, idempotencyKey: `reply:${message.id}:${i}` }),
      );
      const replayed = await Promise.all(
        Array.from({ length: 20 }, () =>
          store().completeTurn(turnFor(message.id, owner.conversation.id, fresh)),
        ),
      );
      for (const result of replayed) expect(result.map((m) => m.id)).toEqual(stored.map((m) => m.id));
      expect(await store().listConversationMessages(owner.conversation.id)).toHaveLength(3);
      expect(await store().outboxBacklog()).toBe(2);
      expect((await store().repliesTo(message.id)).map((m) => m.text)).toEqual(['答复 0 😀', '答复 1 😀']);
    });

    it('fails a turn for an unknown conversation and keeps nothing of it', async () => {
      const owner = await customerOn(store(), 'sms', '+8613800000000');
      const { message } = await store().insertInbound(inbound(owner));
      const turn = turnFor(message.id, 'cnv_missing', [outbound(owner, { inReplyTo: message.id })]);
      await expect(store().completeTurn(turn)).rejects.toMatchObject({ code: ErrorCodes.NOT_FOUND });
      expect(await store().getMessage(message.id)).toMatchObject({ processedAt: null });
      expect(await store().repliesTo(message.id)).toEqual([]);
      expect(await store().outboxBacklog()).toBe(0);
    });

    it('enqueues outbound messages once per idempotency key', async () => {
      const owner = await customerOn(store(), 'sms', '+8613800000000');
      const first = outbound(owner, {
        author: 'agent',
        options: [{ label: '是', value: 'yes' }],
        createdAt: at(50),
      });
      const [stored] = await store().enqueueOutbound([first]);
      expect(stored).toMatchObject({
        id: first.id,
        author: 'agent',
        options: first.options,
        deliveryStatus: 'pending',
      });
      const again = await store().enqueueOutbound([
        { ...first, id: 'msg_other', text: 'changed' },
        outbound(owner),
      ]);
      expect(again[0]).toEqual(stored);
      expect(again).toHaveLength(2);
      expect(await store().outboxBacklog()).toBe(2);
      expect(await store().getConversation(owner.conversation.id)).toMatchObject({ lastMessageAt: at(50) });
      expect((await store().getOutboxByMessage(first.id))?.payload).toEqual({
        text: 'reply',
        options: first.options,
      });
    });

    it('lists unprocessed inbound messages oldest first', async () => {
      const owner = await customerOn(store(), 'sms', '+8613800000000');
      const late = inbound(owner, { createdAt: at(30), text: 'late' });
      const early = inbound(owner, { createdAt: at(10), text: 'early' });
      const done = inbound(owner, { createdAt: at(5), text: 'done' });
      for (const m of [late, early, done]) await store().insertInbound(m);
      await store().completeTurn(turnFor(done.id, owner.conversation.id, []));
      expect((await store().unprocessedInbound(10)).map((m) => m.text)).toEqual(['early', 'late']);
      expect((await store().unprocessedInbound(1)).map((m) => m.text)).toEqual(['early']);
    });

    it('lists one address in both directions, after a given message', async () => {
      const owner = await customerOn(store(), 'web', 'session-1');
      const web = { channel: 'web' as const, address: 'session-1' };
      const a = inbound(owner, { ...web, createdAt: at(1), text: 'a' });
      const b = inbound(owner, { ...web, createdAt: at(3), text: 'b' });
      await store().insertInbound(a);
      await store().insertInbound(b);
      await store().enqueueOutbound([outbound(owner, { ...web, createdAt: at(2), text: 'reply-a' })]);
      await store().insertInbound(inbound(owner, { channel: 'sms', address: '+1555', text: 'elsewhere' }));
      const all = await store().listByAddress('web', 'session-1', null, 10);
      expect(all.map((m) => m.text)).toEqual(['a', 'reply-a', 'b']);
      expect((await store().listByAddress('web', 'session-1', a.id, 10)).map((m) => m.text)).toEqual([
        'reply-a',
        'b',
      ]);
      expect((await store().listByAddress('web', 'session-1', null, 2)).map((m) => m.text)).toEqual([
        'a',
        'reply-a',
      ]);
      expect(await store().listByAddress('web', 'session-1', b.id, 10)).toEqual([]);
    });

    it("lists an address's messages across its conversations and owners, and only that channel's", async () => {
      const first = await customerOn(store(), 'sms', '+15550001');
      await store().insertInbound(inbound(first, { address: '+15550001', createdAt: at(1), text: 'first' }));
      // The same number on voice, in the same conversation: another channel's address.
      await store().insertInbound(
        inbound(first, { channel: 'voice', address: '+15550001', createdAt: at(2), text: 'a call' }),
      );
      await store().setConversationState(first.conversation.id, 'resolved', at(3));
      // A later conversation of the same customer, after the reopen window.
      const later = await store().currentConversation(
        first.customer.id,
        'sms',
        '+15550001',
        at(3 + 7200),
        3_600_000,
      );
      expect(later.id).not.toBe(first.conversation.id);
      const second = { customer: first.customer, conversation: later };
      await store().enqueueOutbound([
        outbound(second, { address: '+15550001', createdAt: at(3 + 7201), text: 'second' }),
      ]);
      // The number changes hands: another customer's conversation writes to it too.
      const other = await customerOn(store(), 'email', 'other@example.com');
      await store().insertInbound(
        inbound(other, { address: '+15550001', createdAt: at(3 + 7202), text: 'third' }),
      );
      await store().insertInbound(
        inbound(other, { address: '+15550002', createdAt: at(3 + 7203), text: 'not it' }),
      );
      const texts = async (channel: 'sms' | 'voice', afterId: string | null = null) =>
        (await store().listByAddress(channel, '+15550001', afterId, 10)).map((m) => m.text);
      expect(await texts('sms')).toEqual(['first', 'second', 'third']);
      expect(await texts('voice')).toEqual(['a call']);
      const [firstMessage] = await store().listByAddress('sms', '+15550001', null, 1);
      expect(await texts('sms', firstMessage?.id ?? null)).toEqual(['second', 'third']);
    });

    it('lists a conversation in order and a customer timeline newest-limited', async () => {
      const owner = await customerOn(store(), 'sms', '+8613800000000');
      for (const [second, text] of [
        [3, 'c'],
        [1, 'a'],
        [2, 'b'],
      ] as const) {
        await store().insertInbound(inbound(owner, { createdAt: at(second), text }));
      }
      expect((await store().listConversationMessages(owner.conversation.id)).map((m) => m.text)).toEqual([
        'a',
        'b',
        'c',
      ]);
      expect((await store().listCustomerTimeline(owner.customer.id, 2)).map((m) => m.text)).toEqual([
        'b',
        'c',
      ]);
    });

    it('takes a customer timeline across its conversations, newest first by time, and no one else', async () => {
      const owner = await customerOn(store(), 'sms', '+8613800000001');
      const other = await customerOn(store(), 'sms', '+8613800000002');
      await store().setConversationState(owner.conversation.id, 'resolved', at(10));
      const later = await store().currentConversation(
        owner.customer.id,
        'web',
        'session-9',
        at(20_000),
        1000,
      );
      expect(later.id).not.toBe(owner.conversation.id);
      const second = { customer: owner.customer, conversation: later };
      await store().insertInbound(inbound(owner, { createdAt: at(1), text: 'first-1' }));
      await store().insertInbound(inbound(second, { createdAt: at(20_001), text: 'second-1' }));
      await store().insertInbound(inbound(other, { createdAt: at(20_002), text: 'not theirs' }));
      await store().insertInbound(inbound(owner, { createdAt: at(3), text: 'first-2' }));
      await store().enqueueOutbound([
        outbound(second, { channel: 'web', address: 'session-9', createdAt: at(20_003), text: 'second-2' }),
      ]);
      const texts = async (limit: number) =>
        (await store().listCustomerTimeline(owner.customer.id, limit)).map((m) => m.text);
      expect(await texts(10)).toEqual(['first-1', 'first-2', 'second-1', 'second-2']);
      expect(await texts(3)).toEqual(['first-2', 'second-1', 'second-2']);
    });
  });
}
