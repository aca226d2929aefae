/**
 * Store contract: whole turns stored at once (`recordTurn`) — the inbound message already processed
 * with its decision, its replies and the conversation's new state in one transaction; duplicates
 * write nothing; inline replies are recorded as sent and never queued.
 */
import { describe, expect, it } from 'vitest';
import type { RecordTurn } from '../../gateway/store/types';
import { at, customerOn, inbound, outbound } from './fixtures';
import { useFreshStore, type StoreFactory } from './fresh-store';

type Owner = Awaited<ReturnType<typeof customerOn>>;

function wholeTurn(owner: Owner, externalId: string, inline: boolean): RecordTurn {
  const message = inbound(owner, { externalId, text: '行李丢了怎么办' });
  return {
    inbound: message,
    decision: { kind: 'answer', entryId: 'lost-bag', candidates: [{ label: 'lost-bag', score: 0.9 }] },
    conversationId: owner.conversation.id,
    state: 'bot',
    botState: { consecutiveFallbacks: 0 },
    replies: [
      {
        ...outbound(owner, {
          inReplyTo: message.id,
          idempotencyKey: `reply:${message.id}:0`,
          text: '请到服务台',
        }),
        deliveredInline: inline,
      },
    ],
    at: at(3),
  };
}

export function registerTurnContract(factory: StoreFactory): void {
  describe('whole turns', () => {
    const store = useFreshStore(factory);

    it('stores the message processed, its inline reply as sent with no outbox row, and the state', async () => {
      const owner = await customerOn(store(), 'web', 'session-a');
      const turn = wholeTurn(owner, 'client-1', true);
      const recorded = await store().recordTurn(turn);
      expect(recorded.inserted).toBe(true);
      expect(recorded.message).toMatchObject({
        id: turn.inbound.id,
        processedAt: at(3),
        decision: turn.decision,
      });
      expect(await store().getMessage(turn.inbound.id)).toEqual(recorded.message);
      const [reply] = recorded.replies;
      expect(reply).toMatchObject({ text: '请到服务台', deliveryStatus: 'sent', sentAt: at(2) });
      expect(await store().repliesTo(turn.inbound.id)).toEqual(recorded.replies);
      expect(await store().getOutboxByMessage(reply?.id ?? '')).toBeNull();
      expect(await store().unprocessedInbound(10)).toEqual([]);
      const conversation = await store().getConversation(owner.conversation.id);
      expect(conversation).toMatchObject({ botState: { consecutiveFallbacks: 0 }, lastMessageAt: at(3) });
    });

    it('stores a batch in one go, queueing only the replies not delivered inline', async () => {
      const owners = await Promise.all(
        Array.from({ length: 4 }, (_, index) => customerOn(store(), 'sms', `+861380000010${index}`)),
      );
      const results = await Promise.all(
        owners.map((owner, index) => store().recordTurn(wholeTurn(owner, `SM-${index}`, index % 2 === 0))),
      );
      expect(results.map((result) => result.inserted)).toEqual([true, true, true, true]);
      const replies = results.map((result) => result.replies[0]);
      expect(replies.map((reply) => reply?.deliveryStatus)).toEqual(['sent', 'pending', 'sent', 'pending']);
      const outbox = await Promise.all(replies.map((reply) => store().getOutboxByMessage(reply?.id ?? '')));
      expect(outbox.map((item) => item?.status ?? null)).toEqual([null, 'pending', null, 'pending']);
      for (const result of results) {
        expect(await store().getMessage(result.message.id)).toEqual(result.message);
      }
    });

    it('writes nothing for a duplicate, sequential or concurrent, and hands back the stored message', async () => {
      const owner = await customerOn(store(), 'web', 'session-b');
      const first = await store().recordTurn(wholeTurn(owner, 'client-dup', true));
      const again = await Promise.all(
        Array.from({ length: 5 }, () => store().recordTurn(wholeTurn(owner, 'client-dup', true))),
      );
      for (const result of again) {
        expect(result).toEqual({ message: first.message, inserted: false, replies: [] });
      }
      const messages = await store().listConversationMessages(owner.conversation.id);
      expect(messages.map((message) => message.direction)).toEqual(['in', 'out']);
    });

    it('stores a batch of turns for many conversations, with a duplicate among them', async () => {
      const owners = await Promise.all(
        Array.from({ length: 6 }, (_, index) => customerOn(store(), 'web', `session-batch-${index}`)),
      );
      const seen = owners[0] as Owner;
      await store().recordTurn(wholeTurn(seen, 'client-seen', true));
      const results = await Promise.all([
        store().recordTurn(wholeTurn(seen, 'client-seen', true)),
        ...owners
          .slice(1)
          .map((owner, index) => store().recordTurn(wholeTurn(owner, `client-${index}`, true))),
      ]);
      expect(results.map((result) => result.inserted)).toEqual([false, true, true, true, true, true]);
      for (const owner of owners) {
        const messages = await store().listConversationMessages(owner.conversation.id);
        expect(messages.map((message) => message.direction)).toEqual(['in', 'out']);
      }
    });

    it('fails a turn whose conversation is gone on its own, and stores its batch-mates', async () => {
      const owners = await Promise.all(
        Array.from({ length: 3 }, (_, index) => customerOn(store(), 'web', `session-gone-${index}`)),
      );
      const first = owners[0] as Owner;
      const gone: Owner = { ...first, conversation: { ...first.conversation, id: 'cnv_gone' } };
      const results = await Promise.allSettled([
        store().recordTurn(wholeTurn(gone, 'client-gone', true)),
        ...owners.slice(1).map((owner, index) => store().recordTurn(wholeTurn(owner, `kept-${index}`, true))),
      ]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
      expect(await store().listConversationMessages(first.conversation.id)).toEqual([]);
      for (const owner of owners.slice(1)) {
        const messages = await store().listConversationMessages(owner.conversation.id);
        expect(messages.map((message) => message.direction)).toEqual(['in', 'out']);
      }
    });
  });
}
