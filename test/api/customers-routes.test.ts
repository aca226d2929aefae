/**
 * The agent API on customers over real stores: a profile with its identities, the cross-channel
 * timeline after a web chat turn, linking (with the gateway's address normalization) and unlinking,
 * merge and unmerge for supervisors only, and 404/400 answers in the project's error shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaffedSwitchboard } from '../support/api-call';
import type { IssuedToken } from '../support/auth';
import type { TestSwitchboard } from '../support/switchboard';

interface Profile {
  customer: { id: string; mergedInto: string | null };
  identities: { id: string; channel: string; address: string }[];
}

describe.each(['sqlite', 'postgres'] as const)('customer routes on %s', (kind) => {
  let sb: TestSwitchboard;
  let agent: IssuedToken;
  let boss: IssuedToken;
  let phone = 0;

  beforeAll(async () => {
    ({ sb, agent, boss } = await startStaffedSwitchboard(kind));
  });
  afterAll(async () => {
    await sb.dispose();
  });

  const call = (who: IssuedToken, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    sb.switchboard.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who.headers,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const errorCode = (response: { json: <T>() => T }) =>
    response.json<{ error: { code: string } }>().error.code;

  /** A customer known by a fresh phone number. */
  async function smsCustomer(): Promise<string> {
    phone += 1;
    const number = `+8613800${String(Date.now() % 100_000).padStart(5, '0')}${String(phone).padStart(2, '0')}`;
    const { customer } = await sb.switchboard.store.resolveIdentity('phone', number, new Date());
    return customer.id;
  }

  /** A web chat turn; returns the customer it was stored for. */
  async function webChatCustomer(text: string): Promise<string> {
    const response = await sb.switchboard.app.inject({
      method: 'POST',
      url: '/webchat/messages',
      payload: { text },
    });
    expect(response.statusCode).toBe(200);
    const stored = await sb.switchboard.store.getMessage(response.json<{ messageId: string }>().messageId);
    if (!stored) throw new Error('web chat stored no message');
    return stored.customerId;
  }

  it('shows a profile with its identities', async () => {
    const id = await smsCustomer();
    const got = await call(agent, 'GET', `/customers/${id}`);
    expect(got.statusCode).toBe(200);
    const body = got.json<Profile>();
    expect(body.customer).toMatchObject({ id, mergedInto: null });
    expect(body.identities.map((i) => i.channel)).toEqual(['phone']);
  });

  it('shows the timeline after a web chat turn, oldest first and newest-limited', async () => {
    const id = await webChatCustomer('how do I get a refund for my flight?');
    const full = await call(agent, 'GET', `/customers/${id}/timeline`);
    expect(full.statusCode).toBe(200);
    const messages = full.json<{ messages: { direction: string; text: string; at: string }[] }>().messages;
    expect(messages[0]).toMatchObject({ direction: 'in', text: 'how do I get a refund for my flight?' });
    expect(messages.some((m) => m.direction === 'out')).toBe(true);
    const last = await call(agent, 'GET', `/customers/${id}/timeline?limit=1`);
    expect(last.json<{ messages: unknown[] }>().messages).toEqual([messages.at(-1)]);
    expect((await call(agent, 'GET', `/customers/${id}/timeline?limit=0`)).statusCode).toBe(400);
  });

  it('links a normalized address and unlinks it into a customer of its own', async () => {
    const id = await smsCustomer();
    const email = `Li.Wei.${phone}@Example.COM`;
    const linked = await call(agent, 'POST', `/customers/${id}/identities`, {
      channel: 'email',
      address: `"Li Wei" <${email}>`,
    });
    expect(linked.statusCode).toBe(201);
    const identity = linked.json<{ identity: { id: string; address: string } }>().identity;
    expect(identity.address).toBe(email.toLowerCase());
    const profile = (await call(agent, 'GET', `/customers/${id}`)).json<Profile>();
    expect(profile.identities.map((i) => i.channel).sort()).toEqual(['email', 'phone']);

    const unlinked = await call(agent, 'DELETE', `/customers/${id}/identities/${identity.id}`);
    expect(unlinked.statusCode).toBe(200);
    const fresh = unlinked.json<{ customer: { id: string } }>().customer.id;
    expect(fresh).not.toBe(id);
    const moved = (await call(agent, 'GET', `/customers/${fresh}`)).json<Profile>();
    expect(moved.identities.map((i) => i.id)).toEqual([identity.id]);
    const audit = await sb.switchboard.store.listAudit(id);
    expect(audit.map((entry) => entry.actor)).toContain(`agent:${agent.accountId}`);
  });

  it('merges and unmerges for a supervisor only', async () => {
    const survivor = await smsCustomer();
    const other = await smsCustomer();
    const refused = await call(agent, 'POST', `/customers/${survivor}/merge`, { otherCustomerId: other });
    expect(refused.statusCode).toBe(403);
    expect(errorCode(refused)).toBe('SB_ERR_FORBIDDEN');

    const merged = await call(boss, 'POST', `/customers/${survivor}/merge`, { otherCustomerId: other });
    expect(merged.statusCode).toBe(200);
    expect(merged.json<Profile>().identities).toHaveLength(2);
    const gone = (await call(agent, 'GET', `/customers/${other}`)).json<Profile>();
    expect(gone.customer.mergedInto).toBe(survivor);

    expect(
      (await call(agent, 'POST', `/customers/${survivor}/unmerge`, { otherCustomerId: other })).statusCode,
    ).toBe(403);
    const undone = await call(boss, 'POST', `/customers/${survivor}/unmerge`, { otherCustomerId: other });
    expect(undone.statusCode).toBe(200);
    expect(undone.json<Profile>().identities).toHaveLength(1);
  });

  it('answers 404 for unknown ids and 400 for bad input', async () => {
    const id = await smsCustomer();
    const missing = await call(agent, 'GET', '/customers/no-such-customer');
    expect(missing.statusCode).toBe(404);
    expect(errorCode(missing)).toBe('SB_ERR_NOT_FOUND');
    expect((await call(agent, 'GET', '/customers/no-such-customer/timeline')).statusCode).toBe(404);
    const link = { channel: 'email', address: 'someone@example.com' };
    expect((await call(agent, 'POST', '/customers/no-such-customer/identities', link)).statusCode).toBe(404);
    expect((await call(agent, 'DELETE', `/customers/${id}/identities/no-such-identity`)).statusCode).toBe(
      404,
    );
    const pair = { otherCustomerId: 'no-such-customer' };
    expect((await call(boss, 'POST', `/customers/${id}/merge`, pair)).statusCode).toBe(404);

    const badPhone = await call(agent, 'POST', `/customers/${id}/identities`, {
      channel: 'sms',
      address: 'call me',
    });
    expect(badPhone.statusCode).toBe(400);
    expect(errorCode(badPhone)).toBe('SB_ERR_BAD_REQUEST');
    const badChannel = { channel: 'fax', address: '123' };
    expect((await call(agent, 'POST', `/customers/${id}/identities`, badChannel)).statusCode).toBe(400);
    expect((await call(boss, 'POST', `/customers/${id}/merge`, {})).statusCode).toBe(400);
  });
});
