/**
 * Agent availability over real stores: agents set their status through the API, supervisors see
 * every agent's status and load and set skills and capacity; routing gives queued cases only to
 * online agents whose skills cover them and who have capacity left; `away` keeps the cases held,
 * `offline` puts them back in the queue for others; a new case service on the same database (a
 * restarted process) routes by the stored status.
 */
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAIN_TEXT_CAPABILITIES } from '../../gateway/gateway';
import { CaseService } from '../../handoff/case-service';
import { SlaEngine } from '../../handoff/sla';
import { MemoryTimerScheduler } from '../../handoff/timers/memory-timer-scheduler';
import { apiCall, type ApiMethod } from '../support/api-call';
import { issueToken, type IssuedToken } from '../support/auth';
import { ScriptedBot } from '../support/scripted-bot';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

interface AgentJson {
  id: string;
  status: string;
  capacity: number;
  load: number;
  channels: string[] | null;
}

describe.each(['sqlite', 'postgres'] as const)('agent availability on %s', (kind) => {
  let sb: TestSwitchboard;
  let ann: IssuedToken;
  let bob: IssuedToken;
  let boss: IssuedToken;
  let phone = 0;

  beforeEach(async () => {
    sb = await startTestSwitchboard(kind, { bot: new ScriptedBot(), kbPollIntervalMs: 0 });
    ann = await issueToken(sb.switchboard.store, { roles: ['agent'] });
    bob = await issueToken(sb.switchboard.store, { roles: ['agent'] });
    boss = await issueToken(sb.switchboard.store, { roles: ['supervisor'] });
  });
  afterEach(async () => {
    await sb.dispose();
  });

  const call = (who: IssuedToken, method: ApiMethod, url: string, payload?: unknown) =>
    apiCall(sb, who, method, url, payload);
  const setStatus = async (who: IssuedToken, status: string) => {
    const answer = await call(who, 'PUT', '/agents/me/status', { status });
    expect(answer.statusCode).toBe(200);
    return answer.json<{ agent: AgentJson }>().agent;
  };
  /** A customer asks for a person; returns the case it opened, as stored after routing. */
  const handoff = async () => {
    phone += 1;
    const turn = await sb.switchboard.gateway.receive({
      channel: 'sms',
      externalId: `SM-${phone}`,
      from: `+1555000${String(phone).padStart(4, '0')}`,
      text: 'human',
    });
    const item = await sb.switchboard.store.cases.openFor(turn.conversationId);
    if (!item) throw new Error('no case opened');
    return item;
  };

  it('routes only to online agents with capacity whose skills cover the case', async () => {
    const queued = await handoff();
    expect(queued.state).toBe('queued');
    expect(await setStatus(ann, 'online')).toMatchObject({ status: 'online', load: 1 });
    expect((await sb.switchboard.store.cases.get(queued.id))?.assigneeId).toBe(ann.accountId);
    const events = await sb.switchboard.store.cases.events(queued.id);
    expect(events.find((e) => e.type === 'assigned')).toMatchObject({ actor: 'system' });

    const skills = await call(boss, 'PUT', `/agents/${ann.accountId}/skills`, { capacity: 1 });
    expect(skills.json<{ agent: AgentJson }>().agent).toMatchObject({ capacity: 1, load: 1 });
    expect((await handoff()).state).toBe('queued');

    await call(boss, 'PUT', `/agents/${bob.accountId}/skills`, { channels: ['email'] });
    await setStatus(bob, 'online');
    const waiting = await handoff();
    expect(waiting.state).toBe('queued');
    await call(boss, 'PUT', `/agents/${bob.accountId}/skills`, { channels: null });
    expect((await sb.switchboard.store.cases.get(waiting.id))?.assigneeId).toBe(bob.accountId);

    const list = await call(boss, 'GET', '/agents');
    expect(list.statusCode).toBe(200);
    const agents = list.json<{ agents: AgentJson[] }>().agents;
    expect(agents.find((a) => a.id === ann.accountId)).toMatchObject({ status: 'online', load: 1 });
    expect(agents.find((a) => a.id === boss.accountId)).toMatchObject({ status: 'offline', load: 0 });
    expect((await call(ann, 'GET', '/agents')).statusCode).toBe(403);
  });

  it('keeps an away agent’s cases and gives them no new ones; offline requeues them', async () => {
    await setStatus(ann, 'online');
    const held = await handoff();
    expect(held.assigneeId).toBe(ann.accountId);
    await setStatus(ann, 'away');
    const next = await handoff();
    expect(next.state).toBe('queued');
    expect((await sb.switchboard.store.cases.get(held.id))?.assigneeId).toBe(ann.accountId);

    const requeued: string[] = [];
    sb.switchboard.cases?.events.on('handoff.requeued', ({ case: item }) => requeued.push(item.id));
    expect(await setStatus(ann, 'offline')).toMatchObject({ status: 'offline', load: 0 });
    expect(requeued).toEqual([held.id]);
    const back = await sb.switchboard.store.cases.get(held.id);
    expect(back).toMatchObject({ state: 'queued', assigneeId: null, waitingSince: held.waitingSince });
    expect((await sb.switchboard.store.getConversation(held.conversationId))?.state).toBe('queued');

    await setStatus(bob, 'online');
    expect((await sb.switchboard.store.cases.get(held.id))?.assigneeId).toBe(bob.accountId);
    expect((await sb.switchboard.store.cases.get(next.id))?.assigneeId).toBe(bob.accountId);
    expect((await call(ann, 'GET', '/agents/me')).json<{ agent: AgentJson }>().agent.status).toBe('offline');

    // Signing out is going offline: bob's cases go back to the queue.
    const logout = await sb.switchboard.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: bob.headers,
    });
    expect(logout.statusCode).toBe(204);
    expect((await sb.switchboard.store.agents.get(bob.accountId))?.status).toBe('offline');
    expect(await sb.switchboard.store.cases.countAssigned(bob.accountId)).toBe(0);
    expect((await sb.switchboard.store.cases.get(held.id))?.state).toBe('queued');
  });

  it('validates statuses and skills, and 404s for an account that is no agent', async () => {
    expect((await call(ann, 'PUT', '/agents/me/status', { status: 'busy' })).statusCode).toBe(400);
    expect((await call(boss, 'PUT', `/agents/${ann.accountId}/skills`, { capacity: -1 })).statusCode).toBe(
      400,
    );
    expect((await call(boss, 'PUT', '/agents/no-such-agent/status', { status: 'online' })).statusCode).toBe(
      404,
    );
    expect((await call(ann, 'PUT', `/agents/${bob.accountId}/status`, { status: 'online' })).statusCode).toBe(
      403,
    );
  });

  it('routes by the stored status after a restart', async () => {
    const { store, gateway } = sb.switchboard;
    await call(boss, 'PUT', `/agents/${ann.accountId}/skills`, { capacity: 5 });
    const queued = await handoff();
    // Stored as online without a routing pass (as if the process died right then): the case waits.
    await store.agents.setStatus(ann.accountId, 'online', new Date());
    expect((await store.cases.get(queued.id))?.state).toBe('queued');
    const restarted = new CaseService({
      store,
      engine: new SlaEngine(),
      scheduler: new MemoryTimerScheduler({ onError: () => undefined }),
      send: (request) => gateway.send(request),
      capabilitiesFor: () => PLAIN_TEXT_CAPABILITIES,
      logger: pino({ level: 'silent' }),
      reconcileIntervalMs: 0,
    });
    await restarted.start();
    try {
      expect((await store.cases.get(queued.id))?.assigneeId).toBe(ann.accountId);
      const turn = await gateway.receive({
        channel: 'sms',
        externalId: 'R-1',
        from: '+15559990000',
        text: 'hi',
      });
      const opened = await restarted.openByAgent({
        conversationId: turn.conversationId,
        agentId: boss.accountId,
        priority: 'high',
      });
      expect(opened).toMatchObject({ state: 'assigned', assigneeId: ann.accountId });
    } finally {
      await restarted.close();
    }
  });
});
