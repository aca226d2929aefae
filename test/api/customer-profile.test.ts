/**
 * A supervisor sets a customer's tier, tags and name (`PATCH /api/v1/customers/:id`, audited), and
 * what that changes downstream, over a whole Switchboard on SQLite and PostgreSQL: a VIP's first
 * message the bot cannot answer opens a `vip` case at `high`, and the case's context packet carries
 * the tier and tags, the current channel with its capabilities, and the SLA deadlines with their
 * due times, and why the bot escalated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED } from '../../gateway/store/customer-erasure';
import { CaseContextSchema } from '../../handoff/context-packet';
import { apiCall, startStaffedSwitchboard } from '../support/api-call';
import type { IssuedToken } from '../support/auth';
import type { TestSwitchboard } from '../support/switchboard';

const MINUTE = 60_000;

describe.each(['sqlite', 'postgres'] as const)('customer profile on %s', (kind) => {
  let sb: TestSwitchboard;
  let agent: IssuedToken;
  let boss: IssuedToken;

  beforeAll(async () => {
    ({ sb, agent, boss } = await startStaffedSwitchboard(kind));
  });
  afterAll(async () => {
    await sb.dispose();
  });

  const call = (who: IssuedToken, method: 'GET' | 'PATCH', url: string, payload?: unknown) =>
    apiCall(sb, who, method, url, payload);

  /** One web chat turn; returns the stored message's customer and conversation. */
  async function webChat(text: string, sessionId?: string) {
    const response = await sb.switchboard.app.inject({
      method: 'POST',
      url: '/webchat/messages',
      payload: { text, ...(sessionId === undefined ? {} : { sessionId }) },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ sessionId: string; messageId: string }>();
    const stored = await sb.switchboard.store.getMessage(body.messageId);
    if (!stored) throw new Error('web chat stored no message');
    return {
      sessionId: body.sessionId,
      customerId: stored.customerId,
      conversationId: stored.conversationId,
    };
  }

  it('lets a supervisor set tier, tags and name, audited with the old and new values', async () => {
    const { customerId } = await webChat('hello there');
    const changed = await call(boss, 'PATCH', `/customers/${customerId}`, {
      tier: 'vip',
      tags: ['gold-card', ' frequent ', 'gold-card'],
      displayName: 'Ada Lovelace',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<{ customer: unknown }>().customer).toMatchObject({
      id: customerId,
      tier: 'vip',
      tags: ['gold-card', 'frequent'],
      displayName: 'Ada Lovelace',
    });
    expect(await sb.switchboard.store.getCustomer(customerId)).toMatchObject({
      tier: 'vip',
      tags: ['gold-card', 'frequent'],
    });
    // The same values again change nothing and add no audit entry.
    expect((await call(boss, 'PATCH', `/customers/${customerId}`, { tier: 'vip' })).statusCode).toBe(200);
    const audit = (await sb.switchboard.store.listAudit(customerId)).filter(
      (entry) => entry.action === 'customer.updated',
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBe(`agent:${boss.accountId}`);
    expect(audit[0]?.detail).toEqual({
      tier: { from: 'standard', to: 'vip' },
      tags: { from: [], to: ['gold-card', 'frequent'] },
      displayName: { from: null, to: 'Ada Lovelace' },
    });
  });

  it('keeps no name or tags in the audit once the customer is erased', async () => {
    const { customerId } = await webChat('hello again');
    await call(boss, 'PATCH', `/customers/${customerId}`, {
      displayName: 'Grace',
      tags: ['nurse'],
      tier: 'vip',
    });
    const erased = await sb.switchboard.app.inject({
      method: 'POST',
      url: `/api/v1/customers/${customerId}/erase`,
      headers: boss.headers,
      payload: { confirm: customerId },
    });
    expect(erased.statusCode).toBe(200);
    const audit = await sb.switchboard.store.listAudit(customerId);
    expect(audit.find((entry) => entry.action === 'customer.updated')?.detail).toEqual({
      displayName: ERASED,
      tags: ERASED,
      tier: { from: 'standard', to: 'vip' },
    });
    expect(JSON.stringify(audit)).not.toMatch(/Grace|nurse/);
  });

  it('refuses agents, bad values, empty changes and unknown customers', async () => {
    const { customerId } = await webChat('hi');
    const url = `/customers/${customerId}`;
    expect((await call(agent, 'PATCH', url, { tier: 'vip' })).statusCode).toBe(403);
    for (const body of [{}, { tier: 'VIP!' }, { tags: [''] }, { colour: 'red' }, { tags: 'vip' }]) {
      const refused = await call(boss, 'PATCH', url, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json<{ error: { code: string } }>().error.code).toBe('SB_ERR_BAD_REQUEST');
    }
    expect((await call(boss, 'PATCH', '/customers/cus_nobody', { tier: 'vip' })).statusCode).toBe(404);
    expect((await sb.switchboard.store.getCustomer(customerId))?.tier).toBe('standard');
  });

  it("hands a VIP's first miss to a person at high, with tier, tags, channel and SLA in the packet", async () => {
    const first = await webChat('hello');
    await call(boss, 'PATCH', `/customers/${first.customerId}`, { tier: 'vip', tags: ['gold-card'] });
    await webChat('zqxv wkpj ghrt blorf', first.sessionId);
    const item = await sb.switchboard.store.cases.openFor(first.conversationId);
    expect(item).toMatchObject({ reason: 'vip', priority: 'high', tier: 'vip', state: 'queued' });

    const response = await call(agent, 'GET', `/handoffs/${item?.id ?? ''}`);
    expect(response.statusCode).toBe(200);
    const context = CaseContextSchema.parse(response.json());
    expect(context.customer).toMatchObject({ tier: 'vip', tags: ['gold-card'] });
    expect(context.channel).toMatchObject({
      current: 'web',
      capabilities: {
        maxTextLength: 4096,
        richText: false,
        attachments: false,
        quickReplies: true,
        synchronousReplyWindowMs: 0,
      },
    });
    expect(context.bot.escalation).toMatchObject({ reason: 'vip', priority: 'high' });
    // Why: the rule that missed, then the tier; the greeting before it kept its own reason.
    expect(context.bot.escalation.signals.at(-1)).toBe('tier vip');
    expect(context.bot.turns.map((turn) => turn.signals.includes('tier vip'))).toEqual([false, true]);
    const opened = Date.parse(context.case.openedAt);
    const due = Object.fromEntries(
      context.sla.deadlines.map((d) => [d.target, Date.parse(d.dueAt) - opened]),
    );
    // The built-in live-channel policy: first response 10 min, resolution 24 h, update every 24 h.
    expect(due).toMatchObject({ firstResponse: 10 * MINUTE, resolution: 24 * 60 * MINUTE });
    const first10 = context.sla.deadlines.find((d) => d.target === 'firstResponse');
    expect(Date.parse(first10?.warnAt ?? '') - opened).toBe(8 * MINUTE);
  });
});
