/**
 * Erasing a customer over real stores: supervisors only, the id repeated as confirmation, refused
 * while a case is open; afterwards identities are gone (the same address becomes a new customer),
 * texts, payloads, addresses and case notes are blank, unsent messages are cancelled, the cases and
 * their times remain for KPIs, the erasure is audited, and the customer answers 410.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ERASED } from '../../gateway/store/customer-erasure';
import { apiCall, errorCode, startStaffedSwitchboard, type ApiMethod } from '../support/api-call';
import type { IssuedToken } from '../support/auth';
import type { TestSwitchboard } from '../support/switchboard';

describe.each(['sqlite', 'postgres'] as const)('customer erasure on %s', (kind) => {
  let sb: TestSwitchboard;
  let agent: IssuedToken;
  let boss: IssuedToken;

  beforeAll(async () => {
    ({ sb, agent, boss } = await startStaffedSwitchboard(kind));
  });
  afterAll(async () => {
    await sb.dispose();
  });

  const call = (who: IssuedToken, method: ApiMethod, url: string, payload?: unknown) =>
    apiCall(sb, who, method, url, payload);

  /** An urgent web chat message from a customer with a linked e-mail; returns ids. */
  async function customerWithCase() {
    const chat = await sb.switchboard.app.inject({
      method: 'POST',
      url: '/webchat/messages',
      payload: { text: 'someone stole my card, my name is Ann Lee' },
    });
    const { messageId } = chat.json<{ messageId: string }>();
    const message = await sb.switchboard.store.getMessage(messageId);
    if (!message) throw new Error('no message stored');
    const item = await sb.switchboard.store.cases.openFor(message.conversationId);
    if (!item) throw new Error('no case opened');
    const linked = await call(agent, 'POST', `/customers/${message.customerId}/identities`, {
      channel: 'email',
      address: 'Ann.Lee@example.com',
    });
    expect(linked.statusCode).toBe(201);
    return { customerId: message.customerId, conversationId: message.conversationId, caseId: item.id };
  }

  it('erases personal data for good and keeps the counts', async () => {
    const { customerId, conversationId, caseId } = await customerWithCase();
    const cases = sb.switchboard.cases;
    if (!cases) throw new Error('no case service');
    await cases.claim(caseId, agent.accountId);
    await cases.reply({ caseId, agentId: agent.accountId, text: 'Ann, I blocked the card.' });
    await call(agent, 'POST', `/handoffs/${caseId}/notes`, { text: 'Ann Lee, born 1980, card 4242' });
    const erase = (who: IssuedToken, confirm = customerId) =>
      call(who, 'POST', `/customers/${customerId}/erase`, { confirm });

    expect((await erase(agent)).statusCode).toBe(403);
    expect((await erase(boss, 'someone-else')).statusCode).toBe(400);
    const open = await erase(boss);
    expect(open.statusCode).toBe(409);
    expect(open.json<{ error: { message: string } }>().error.message).toContain(caseId);

    await cases.resolve(caseId, `agent:${agent.accountId}`);
    // The satisfaction question follows the resolve on its own; let it be written first.
    await vi.waitFor(
      async () => {
        const texts = (await sb.switchboard.store.listConversationMessages(conversationId)).map(
          (m) => m.text,
        );
        expect(texts.some((text) => text.includes('How did we do'))).toBe(true);
      },
      { timeout: 5000 },
    );
    const messagesBefore = await sb.switchboard.store.listConversationMessages(conversationId);
    const erased = await erase(boss);
    expect(erased.statusCode).toBe(200);
    expect(erased.json<{ erased: Record<string, unknown> }>().erased).toMatchObject({
      customerId,
      identities: 2,
      messages: messagesBefore.length,
      notes: 1,
    });

    const { store } = sb.switchboard;
    const messages = await store.listConversationMessages(conversationId);
    expect(messages).toHaveLength(messagesBefore.length);
    for (const message of messages) {
      expect(message).toMatchObject({ text: '', address: ERASED, attachments: [], raw: null });
    }
    expect((await store.getConversation(conversationId))?.address).toBe(ERASED);
    expect(await store.listIdentities(customerId)).toEqual([]);
    expect((await store.caseFeedback.notes(caseId)).map((n) => n.text)).toEqual([ERASED]);
    // Replies given inline to the chat request have no outbox row; the agent's reply and the CSAT
    // question do.
    const rows = await Promise.all(
      messages.filter((m) => m.direction === 'out').map((m) => store.getOutboxByMessage(m.id)),
    );
    const queued = rows.filter((row) => row !== null);
    expect(queued.length).toBeGreaterThanOrEqual(2);
    for (const row of queued) {
      expect(['sent', 'delivered', 'dead']).toContain(row.status);
      expect(row.address).toBe(ERASED);
    }
    expect(await store.cases.get(caseId)).toMatchObject({ state: 'resolved', customerId });
    const audit = await store.listAudit(customerId);
    expect(audit.at(-1)).toMatchObject({ action: 'customer.erased', actor: `agent:${boss.accountId}` });
    expect(JSON.stringify(audit)).not.toContain('ann.lee@example.com');

    const again = await store.resolveIdentity('email', 'ann.lee@example.com', new Date());
    expect(again.created).toBe(true);
    expect(again.customer.id).not.toBe(customerId);

    for (const url of [`/customers/${customerId}`, `/customers/${customerId}/timeline`]) {
      const gone = await call(agent, 'GET', url);
      expect(gone.statusCode).toBe(410);
      expect(errorCode(gone)).toBe('SB_ERR_CUSTOMER_ERASED');
    }
    expect((await erase(boss)).statusCode).toBe(410);
  });

  it('answers 404 for an unknown customer and 409 for one merged into another', async () => {
    expect(
      (await call(boss, 'POST', '/customers/cus_nobody/erase', { confirm: 'cus_nobody' })).statusCode,
    ).toBe(404);
    const a = await sb.switchboard.store.resolveIdentity('phone', '+8613900000001', new Date());
    const b = await sb.switchboard.store.resolveIdentity('phone', '+8613900000002', new Date());
    await sb.switchboard.store.mergeCustomers(a.customer.id, b.customer.id, 'agent:test');
    const merged = await call(boss, 'POST', `/customers/${b.customer.id}/erase`, { confirm: b.customer.id });
    expect(merged.statusCode).toBe(409);
    const survivor = await call(boss, 'POST', `/customers/${a.customer.id}/erase`, {
      confirm: a.customer.id,
    });
    expect(survivor.json<{ erased: { customerIds: string[] } }>().erased.customerIds.sort()).toEqual(
      [a.customer.id, b.customer.id].sort(),
    );
  });
});
