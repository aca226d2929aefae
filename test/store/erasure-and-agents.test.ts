/**
 * The store side of erasure and agent presence, on SQLite and PostgreSQL: erasing cancels outbound
 * messages not yet sent and blanks inbound payloads and the addresses kept in the identity audit;
 * agent rows are created once however many first writes race, partial skill updates keep the rest,
 * and only online agents are listed as online, the longest online first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERASED } from '../../gateway/store/customer-erasure';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { at, customerOn, inbound, outbound } from './fixtures';

for (const kind of STORE_KINDS) {
  describe(`erasure and agents in the store (${kind.name})`, () => {
    let fresh: TestStore;
    beforeEach(async () => {
      fresh = await kind.make();
    });
    afterEach(async () => {
      await fresh.dispose();
    });

    it('cancels unsent outbound messages and blanks payloads and audited addresses', async () => {
      const { store } = fresh;
      const owner = await customerOn(store, 'sms', '+8613800001111');
      await store.insertInbound(inbound(owner, { text: 'my card 4242', raw: { Body: 'my card 4242' } }));
      const [pending] = await store.enqueueOutbound([
        outbound(owner, { text: 'we will call +8613800001111' }),
      ]);
      const email = await store.linkIdentity(owner.customer.id, 'email', 'ann@example.com', 'agent:a');
      await store.unlinkIdentity(email.id, 'agent:a');
      await store.linkIdentity(owner.customer.id, 'email', 'ann@example.com', 'agent:a');

      expect(await store.listByAddress('sms', '+8613800000000', null, 10)).toHaveLength(2);
      expect(await fresh.rows('message_addresses')).toEqual([
        { channel: 'sms', address: '+8613800000000', conversation_id: owner.conversation.id },
      ]);

      const report = await store.erasure.erase(owner.customer.id, 'agent:boss', at(10));
      expect(report).toMatchObject({ cancelledOutbound: 1, messages: 2 });
      const row = await store.getOutboxByMessage(pending?.id ?? '');
      expect(row).toMatchObject({ status: 'dead', address: ERASED, lastError: 'customer erased' });
      const messages = await store.listConversationMessages(owner.conversation.id);
      expect(messages.map((m) => [m.text, m.raw])).toEqual([
        ['', null],
        ['', null],
      ]);
      expect(await store.listByAddress('sms', '+8613800000000', null, 10)).toEqual([]);
      expect(await fresh.rows('message_addresses')).toEqual([]);
      const audit = JSON.stringify(await store.listAudit(owner.customer.id));
      expect(audit).not.toContain('ann@example.com');
      expect(audit).toContain('customer.erased');
      expect(await store.erasure.erasedAt(owner.customer.id)).toEqual(at(10));
      await expect(store.erasure.erase(owner.customer.id, 'agent:boss', at(11))).rejects.toMatchObject({
        statusCode: 409,
      });
    });

    it('keeps one presence row per agent and lists online agents, longest online first', async () => {
      const { agents } = fresh.store;
      const first = await Promise.all(
        Array.from({ length: 8 }, () => agents.setStatus('ann', 'online', at(1))),
      );
      expect(first.map((r) => r.previous)).toContain('offline');
      expect(await agents.list()).toHaveLength(1);
      await agents.setSkills('ann', { languages: ['zh'], capacity: 2 }, at(2));
      const ann = await agents.setSkills('ann', { tags: ['refunds'] }, at(3));
      expect(ann).toMatchObject({ languages: ['zh'], tags: ['refunds'], channels: null, capacity: 2 });
      expect(ann.statusSince).toEqual(at(1));
      await agents.setStatus('bob', 'online', at(0));
      await agents.setStatus('cid', 'away', at(0));
      expect((await agents.listOnline()).map((a) => a.agentId)).toEqual(['bob', 'ann']);
      const back = await agents.setStatus('ann', 'online', at(5));
      expect(back).toMatchObject({ previous: 'online', agent: { statusSince: at(1) } });
    });
  });
}
