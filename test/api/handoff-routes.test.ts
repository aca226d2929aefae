/**
 * The agent API on cases over real stores: two agents racing for one case (one 200, one 409
 * SB_ERR_CASE_TAKEN), a reply by someone else's case refused, internal notes shown in the case
 * but never sent to the customer, the queue listing with SLA due times, and the 64 KiB cap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, type IssuedToken } from '../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

describe.each(['sqlite', 'postgres'] as const)('handoff routes on %s', (kind) => {
  let sb: TestSwitchboard;
  let alice: IssuedToken;
  let bob: IssuedToken;

  beforeAll(async () => {
    sb = await startTestSwitchboard(kind, { kbPollIntervalMs: 0 });
    alice = await issueToken(sb.switchboard.store, { roles: ['agent'] });
    bob = await issueToken(sb.switchboard.store, { roles: ['agent'] });
  });
  afterAll(async () => {
    await sb.dispose();
  });

  const call = (who: IssuedToken, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    sb.switchboard.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who.headers,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  /** A customer's urgent web chat message; returns the case it opened and the chat session. */
  async function urgentCase(): Promise<{ caseId: string; sessionId: string }> {
    const response = await sb.switchboard.app.inject({
      method: 'POST',
      url: '/webchat/messages',
      payload: { text: 'someone stole my card and there are charges I did not make' },
    });
    const { sessionId } = response.json<{ sessionId: string }>();
    const list = await call(alice, 'GET', '/handoffs?state=queued');
    const items = list.json<{ items: { id: string; conversationId: string }[] }>().items;
    const transcript = await sb.switchboard.app.inject({
      method: 'GET',
      url: `/webchat/messages?sessionId=${encodeURIComponent(sessionId)}`,
    });
    expect(transcript.statusCode).toBe(200);
    const last = items.at(-1);
    if (!last) throw new Error('no case opened');
    return { caseId: last.id, sessionId };
  }

  it('lists the queue with SLA due times, urgent first', async () => {
    await urgentCase();
    const list = await call(alice, 'GET', '/handoffs?priority=urgent&limit=1');
    expect(list.statusCode).toBe(200);
    const body = list.json<{ items: { priority: string; sla: { target: string; dueAt: string }[] }[] }>();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]?.priority).toBe('urgent');
    expect(body.items[0]?.sla.map((d) => d.target)).toContain('firstResponse');
    expect((await call(alice, 'GET', '/handoffs?limit=0')).statusCode).toBe(400);
  });

  it('pages the queue with keyset cursors in queue order', async () => {
    for (let i = 0; i < 3; i += 1) await urgentCase();
    const all = (await call(alice, 'GET', '/handoffs?state=queued&limit=500')).json<{
      items: { id: string }[];
      nextCursor: string | null;
    }>();
    expect(all.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const url: string = `/handoffs?state=queued&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const body = (await call(alice, 'GET', url)).json<{
        items: { id: string }[];
        nextCursor: string | null;
      }>();
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
      if (cursor === null) break;
    }
    expect(seen).toEqual(all.items.map((item) => item.id));
    expect(seen.length).toBeGreaterThanOrEqual(3);
    const bad = await call(alice, 'GET', '/handoffs?cursor=12');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('cursor');
  });

  it('lets one of two racing agents claim a case; the other gets 409 SB_ERR_CASE_TAKEN', async () => {
    const { caseId } = await urgentCase();
    const answers = await Promise.all([
      call(alice, 'POST', `/handoffs/${caseId}/claim`),
      call(bob, 'POST', `/handoffs/${caseId}/claim`),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const lost = answers.find((a) => a.statusCode === 409);
    expect(lost?.json<{ error: { code: string } }>().error.code).toBe('SB_ERR_CASE_TAKEN');
  });

  it('refuses a reply from an agent who does not hold the case, admits a supervisor', async () => {
    const { caseId } = await urgentCase();
    expect((await call(alice, 'POST', `/handoffs/${caseId}/claim`)).statusCode).toBe(200);
    const refused = await call(bob, 'POST', `/handoffs/${caseId}/reply`, { text: 'hello' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('SB_ERR_NOT_ASSIGNEE');
    const boss = await issueToken(sb.switchboard.store, { roles: ['supervisor'] });
    expect(
      (await call(boss, 'POST', `/handoffs/${caseId}/reply`, { text: 'A supervisor here.' })).statusCode,
    ).toBe(201);
    const audit = await sb.switchboard.store.cases.events(caseId);
    expect(audit.filter((e) => e.type === 'agent-message').map((e) => e.actor)).toEqual([
      `agent:${boss.accountId}`,
    ]);
    const asked = await call(alice, 'POST', `/handoffs/${caseId}/reply`, {
      text: 'Which card was it?',
      awaitCustomer: true,
    });
    expect(asked.statusCode).toBe(201);
    const item = await call(alice, 'GET', `/handoffs/${caseId}`);
    expect(item.json<{ case: { pauses: { to: string | null }[] } }>().case.pauses).toEqual([
      expect.objectContaining({ to: null }),
    ]);
    const huge = await call(alice, 'POST', `/handoffs/${caseId}/reply`, { text: 'x'.repeat(64 * 1024 + 1) });
    expect(huge.statusCode).toBe(413);
  });

  it('shows notes in the case and never sends them to the customer', async () => {
    const { caseId, sessionId } = await urgentCase();
    const note = await call(alice, 'POST', `/handoffs/${caseId}/notes`, {
      text: 'card blocked in the bank system',
    });
    expect(note.statusCode).toBe(201);
    const got = await call(bob, 'GET', `/handoffs/${caseId}`);
    expect(got.json<{ notes: { text: string }[] }>().notes.map((n) => n.text)).toEqual([
      'card blocked in the bank system',
    ]);
    const history = await sb.switchboard.app.inject({
      method: 'GET',
      url: `/webchat/messages?sessionId=${encodeURIComponent(sessionId)}`,
    });
    expect(history.body).not.toContain('card blocked in the bank system');
  });

  it('lets a supervisor reassign a case to an available agent, and no one else', async () => {
    const { caseId } = await urgentCase();
    const boss = await issueToken(sb.switchboard.store, { roles: ['supervisor'] });
    const reassign = (who: IssuedToken, agentId: string) =>
      call(who, 'POST', `/handoffs/${caseId}/reassign`, { agentId });
    expect((await reassign(alice, bob.accountId)).statusCode).toBe(403);
    const offline = await reassign(boss, bob.accountId);
    expect(offline.statusCode).toBe(409);
    expect(offline.json<{ error: { code: string } }>().error.code).toBe('SB_ERR_AGENT_UNAVAILABLE');
    expect((await reassign(boss, 'no-such-agent')).statusCode).toBe(404);
    const away = await sb.switchboard.app.inject({
      method: 'PUT',
      url: '/api/v1/agents/me/status',
      headers: bob.headers,
      payload: { status: 'away' },
    });
    expect(away.statusCode).toBe(200);
    const moved = await reassign(boss, bob.accountId);
    expect(moved.statusCode).toBe(200);
    expect(moved.json<{ case: { assigneeId: string } }>().case.assigneeId).toBe(bob.accountId);
    const audit = await sb.switchboard.store.cases.events(caseId);
    expect(audit.at(-1)).toMatchObject({ type: 'reassigned', actor: `agent:${boss.accountId}` });
  });

  it('returns a case to the bot, and opens one for a conversation', async () => {
    const { caseId } = await urgentCase();
    const item = await sb.switchboard.store.cases.get(caseId);
    if (!item) throw new Error(`no case ${caseId}`);
    expect((await call(alice, 'POST', `/handoffs/${caseId}/return`)).statusCode).toBe(200);
    const opened = await call(alice, 'POST', '/handoffs', {
      conversationId: item.conversationId,
      priority: 'high',
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json<{ case: { openedBy: string } }>().case.openedBy).toBe(`agent:${alice.accountId}`);
  });
});
