/**
 * `GET /api/v1/stats` and the handoff gauges on `/metrics`, through a whole Switchboard on a real
 * store with a fixed clock: supervisors get the fixture's exact KPIs, agents are refused, and a
 * scrape reads the queue from the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../gateway/store';
import { issueToken } from '../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';
import { at, customerOn } from '../store/fixtures';
import { writeStatsFixture } from '../store/stats-fixture';

const NOW = at(1090);

async function queueUrgentCase(store: Store): Promise<void> {
  const owner = await customerOn(store, 'sms', '+8613800000009', at(1000));
  await store.cases.open({
    conversationId: owner.conversation.id,
    customerId: owner.customer.id,
    ...{ priority: 'urgent', reason: 'urgent', channel: 'sms', locale: null, tier: 'standard', tags: [] },
    ...{ openedBy: 'bot', triggerMessageId: null, at: at(1000) },
  });
}

describe('KPIs over HTTP', () => {
  let sb: TestSwitchboard;
  let supervisor: { authorization: string };
  let agent: { authorization: string };
  const get = (url: string, headers: { authorization: string }) =>
    sb.switchboard.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    sb = await startTestSwitchboard('sqlite', { kbPollIntervalMs: 0, clock: () => NOW });
    const store = sb.switchboard.store;
    await writeStatsFixture(store);
    await queueUrgentCase(store);
    // No expiry: the fixed clock lies in the future of the real one tokens are issued by.
    supervisor = (await issueToken(store, { roles: ['supervisor'], expiresAt: null })).headers;
    agent = (await issueToken(store, { roles: ['agent'], expiresAt: null })).headers;
  });
  afterAll(async () => {
    await sb.dispose();
  });

  it('answers a supervisor with the KPIs of the range', async () => {
    const response = await get('/api/v1/stats?from=2026-11-01T00:00:00Z&to=2026-11-03T00:00:00Z', supervisor);
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-03T00:00:00.000Z',
      channel: null,
      priority: null,
      firstResponse: { count: 3, meanSeconds: 160, p50Seconds: 120, p90Seconds: 300 },
      csat: { count: 2, average: 4 },
      containment: { conversations: 6, handedOff: 4, contained: 2 },
    });
    expect((body.sla as { target: string }[]).map((row) => row.target)).toEqual([
      'firstResponse',
      'nextResponse',
      'resolution',
      'customerUpdate',
    ]);
  });

  it('defaults to the 7 days up to now and filters by channel and priority', async () => {
    const response = await get('/api/v1/stats?channel=sms&priority=urgent', supervisor);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ from: string; to: string; daily: unknown[]; handoffs: { total: number } }>();
    expect(body.to).toBe(NOW.toISOString());
    expect(body.from).toBe(new Date(NOW.getTime() - 7 * 86_400_000).toISOString());
    expect(body.daily).toHaveLength(8);
    expect(body.handoffs.total).toBe(2);
  });

  it('refuses an agent token with 403 and a bad range with 400', async () => {
    const refused = await get('/api/v1/stats', agent);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('SB_ERR_FORBIDDEN');
    for (const query of [
      'from=yesterday',
      'channel=fax',
      'from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z',
    ]) {
      const bad = await get(`/api/v1/stats?${query}`, supervisor);
      expect(bad.statusCode, query).toBe(400);
      expect(bad.json(), query).toEqual({
        error: { code: expect.any(String) as unknown, message: expect.any(String) as unknown },
      });
    }
  });

  it('exposes queue depth, oldest wait, open cases and breaches on /metrics', async () => {
    const response = await sb.switchboard.app.inject({ method: 'GET', url: '/metrics' });
    const text = response.body;
    expect(text).toContain('switchboard_handoff_queue_depth{priority="urgent"} 1');
    expect(text).toContain('switchboard_handoff_queue_depth{priority="normal"} 0');
    expect(text).toContain('switchboard_handoff_oldest_waiting_seconds{priority="urgent"} 90');
    expect(text).toContain('switchboard_handoff_oldest_waiting_seconds{priority="high"} 0');
    expect(text).toContain('switchboard_handoff_cases_open{state="queued"} 1');
    expect(text).toContain('switchboard_handoff_cases_open{state="assigned"} 1');
    expect(text).toContain('switchboard_sla_breaches_total{target="firstResponse"} 1');
    expect(text).toContain('switchboard_sla_breaches_total{target="resolution"} 1');
  });
});
