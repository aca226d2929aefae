/** Store contract: the customer's current conversation, reopening, and state changes. */
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../gateway/errors';
import { at } from './fixtures';
import { useFreshStore, type StoreFactory } from './fresh-store';

const HOUR = 3_600_000;

export function registerConversationContract(factory: StoreFactory): void {
  describe('conversations', () => {
    const store = useFreshStore(factory);

    async function customer(): Promise<string> {
      return (await store().resolveIdentity('sms', '+15550001', at(0))).customer.id;
    }

    it('opens conversation 1 in state bot and keeps returning it', async () => {
      const id = await customer();
      const first = await store().currentConversation(id, 'sms', '+15550001', at(0), HOUR);
      expect(first).toMatchObject({
        customerId: id,
        seq: 1,
        state: 'bot',
        channel: 'sms',
        address: '+15550001',
      });
      expect(first).toMatchObject({ botState: {}, createdAt: at(0), lastMessageAt: at(0), resolvedAt: null });
      const again = await store().currentConversation(id, 'sms', '+15550001', at(60), HOUR);
      expect(again).toEqual(first);
      expect(await store().getConversation(first.id)).toEqual(first);
    });

    it('follows the customer to the channel they last wrote on', async () => {
      const id = await customer();
      const first = await store().currentConversation(id, 'sms', '+15550001', at(0), HOUR);
      const moved = await store().currentConversation(id, 'email', 'ana@example.com', at(30), HOUR);
      expect(moved).toMatchObject({
        id: first.id,
        channel: 'email',
        address: 'ana@example.com',
        updatedAt: at(30),
      });
      expect(await store().getConversation(first.id)).toMatchObject({ channel: 'email' });
    });

    it('reopens within the window and starts conversation 2 after it', async () => {
      const id = await customer();
      const first = await store().currentConversation(id, 'sms', '+15550001', at(0), HOUR);
      await store().setConversationState(first.id, 'resolved', at(100));
      expect(await store().getConversation(first.id)).toMatchObject({
        state: 'resolved',
        resolvedAt: at(100),
      });
      const within = await store().currentConversation(id, 'sms', '+15550001', at(100 + 3599), HOUR);
      expect(within).toMatchObject({ id: first.id, state: 'resolved' });
      const after = await store().currentConversation(id, 'sms', '+15550001', at(100 + 3601), HOUR);
      expect(after).toMatchObject({ seq: 2, state: 'bot', resolvedAt: null });
      expect(after.id).not.toBe(first.id);
    });

    it('answers a concurrent batch of customers, each with its own latest conversation', async () => {
      // Three reads in one batch: its statement is padded to four entries by repeating the last.
      const phones = ['+15550011', '+15550012', '+15550013'];
      const ids: string[] = [];
      const first = [];
      for (const phone of phones) {
        const id = (await store().resolveIdentity('sms', phone, at(0))).customer.id;
        ids.push(id);
        first.push(await store().currentConversation(id, 'sms', phone, at(0), HOUR));
      }
      const results = await Promise.all(
        ids.map((id, i) => store().currentConversation(id, 'sms', phones[i] ?? '', at(5), HOUR)),
      );
      expect(results.map((c) => c.id)).toEqual(first.map((c) => c.id));
      expect(results.map((c) => c.customerId)).toEqual(ids);
    });

    it('gives 20 concurrent calls one new conversation', async () => {
      const id = await customer();
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store().currentConversation(id, 'sms', '+15550001', at(0), HOUR)),
      );
      expect(new Set(results.map((c) => c.id)).size).toBe(1);
      expect(results[0]?.seq).toBe(1);
    });

    it('gives 20 concurrent calls after expiry one new conversation', async () => {
      const id = await customer();
      const first = await store().currentConversation(id, 'sms', '+15550001', at(0), HOUR);
      await store().setConversationState(first.id, 'resolved', at(1));
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store().currentConversation(id, 'sms', '+15550001', at(9000), HOUR)),
      );
      expect(new Set(results.map((c) => c.id)).size).toBe(1);
      expect(results[0]?.seq).toBe(2);
    });

    describe('resolveSender', () => {
      it('finds or creates the customer and their conversation, as the two calls do', async () => {
        const first = await store().resolveSender('phone', 'sms', '+15550021', at(0), HOUR);
        expect(first.conversation).toMatchObject({
          customerId: first.customer.id,
          seq: 1,
          state: 'bot',
          channel: 'sms',
          address: '+15550021',
        });
        const identity = await store().resolveIdentity('phone', '+15550021', at(1));
        expect(identity).toMatchObject({ customer: first.customer, created: false });
        expect(await store().currentConversation(first.customer.id, 'sms', '+15550021', at(1), HOUR)).toEqual(
          first.conversation,
        );
        expect(await store().resolveSender('phone', 'sms', '+15550021', at(2), HOUR)).toEqual(first);
      });

      it('follows a known customer to another channel of the same identity', async () => {
        const bySms = await store().resolveSender('phone', 'sms', '+15550022', at(0), HOUR);
        const byVoice = await store().resolveSender('phone', 'voice', '+15550022', at(30), HOUR);
        expect(byVoice.customer.id).toBe(bySms.customer.id);
        expect(byVoice.conversation).toMatchObject({
          id: bySms.conversation.id,
          channel: 'voice',
          updatedAt: at(30),
        });
      });

      it('starts conversation 2 once the last one is resolved past the window', async () => {
        const first = await store().resolveSender('web', 'web', 'wc-reopen', at(0), HOUR);
        await store().setConversationState(first.conversation.id, 'resolved', at(10));
        const after = await store().resolveSender('web', 'web', 'wc-reopen', at(10 + 3601), HOUR);
        expect(after.customer.id).toBe(first.customer.id);
        expect(after.conversation).toMatchObject({ seq: 2, state: 'bot' });
      });

      it('answers a concurrent batch of known, new and repeated senders consistently', async () => {
        const known = await store().resolveSender('web', 'web', 'wc-known', at(0), HOUR);
        const senders = ['wc-known', 'wc-new-1', 'wc-new-2', 'wc-new-1', 'wc-known', 'wc-new-2', 'wc-new-1'];
        const results = await Promise.all(
          senders.map((address) => store().resolveSender('web', 'web', address, at(5), HOUR)),
        );
        const byAddress = new Map<string, { customer: string; conversation: string }>();
        results.forEach((result, index) => {
          const address = senders[index] ?? '';
          expect(result.conversation.customerId).toBe(result.customer.id);
          expect(result.conversation.address).toBe(address);
          const seen = byAddress.get(address);
          if (seen)
            expect({ customer: result.customer.id, conversation: result.conversation.id }).toEqual(seen);
          byAddress.set(address, { customer: result.customer.id, conversation: result.conversation.id });
        });
        expect(byAddress.get('wc-known')).toEqual({
          customer: known.customer.id,
          conversation: known.conversation.id,
        });
        expect(new Set([...byAddress.values()].map((entry) => entry.customer)).size).toBe(3);
        for (const address of ['wc-new-1', 'wc-new-2']) {
          const { customer } = await store().resolveIdentity('web', address, at(6));
          expect(customer.id).toBe(byAddress.get(address)?.customer);
        }
      });
    });

    it('clears resolvedAt when a conversation goes back to the bot', async () => {
      const id = await customer();
      const conversation = await store().currentConversation(id, 'sms', '+15550001', at(0), HOUR);
      await store().setConversationState(conversation.id, 'resolved', at(5));
      await store().setConversationState(conversation.id, 'bot', at(6));
      expect(await store().getConversation(conversation.id)).toMatchObject({
        state: 'bot',
        resolvedAt: null,
        updatedAt: at(6),
      });
    });

    it('reports unknown conversations', async () => {
      expect(await store().getConversation('cnv_missing')).toBeNull();
      await expect(store().setConversationState('cnv_missing', 'queued', at(0))).rejects.toMatchObject({
        code: ErrorCodes.NOT_FOUND,
      });
    });
  });
}
