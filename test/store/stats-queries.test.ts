/**
 * The KPI queries on both real stores: a history with known times (stats-fixture.ts) gives exact
 * numbers, filters narrow them, and the gauge reads group the open cases.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatsQuery, Store } from '../../gateway/store';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { at } from './fixtures';
import { RANGE, writeStatsFixture } from './stats-fixture';

const TARGETS = ['firstResponse', 'resolution'];

describe.each(STORE_KINDS)('stats queries on $name', (kind) => {
  let fresh: TestStore;
  let store: Store;
  let openCaseId: string;
  const query = (extra: Partial<StatsQuery> = {}): StatsQuery => ({
    ...RANGE,
    slaTargets: TARGETS,
    ...extra,
  });

  beforeEach(async () => {
    fresh = await kind.make();
    store = fresh.store;
    ({ openCaseId } = await writeStatsFixture(store));
  });
  afterEach(async () => {
    await fresh.dispose();
  });

  it('reports response and resolution times, SLA attainment and CSAT of the range', async () => {
    const report = await store.stats.report(query());
    expect(report.firstResponse).toEqual({ count: 3, meanSeconds: 160, p50Seconds: 120, p90Seconds: 300 });
    expect(report.resolution).toEqual({ count: 2, meanSeconds: 900, p50Seconds: 600, p90Seconds: 1200 });
    expect(report.sla).toEqual([
      { target: 'firstResponse', cases: 3, warned: 2, breached: 1, attainment: 2 / 3 },
      { target: 'resolution', cases: 3, warned: 0, breached: 0, attainment: 1 },
    ]);
    expect(report.csat).toEqual({ count: 2, average: 4 });
  });

  it('reports containment, handoffs by reason, volumes and one row per day', async () => {
    const report = await store.stats.report(query());
    expect(report.containment).toEqual({ conversations: 5, handedOff: 3, contained: 2, rate: 0.4 });
    expect(report.handoffs.total).toBe(3);
    expect(report.handoffs.byReason).toEqual([
      { reason: 'urgent', count: 1, rate: 0.2 },
      { reason: 'human-request', count: 1, rate: 0.2 },
      { reason: 'repeated-fallback', count: 1, rate: 0.2 },
      { reason: 'vip', count: 0, rate: 0 },
      { reason: 'sensitive', count: 0, rate: 0 },
      { reason: 'agent', count: 0, rate: 0 },
    ]);
    expect(report.volumes).toEqual([
      { channel: 'sms', inbound: 2, outbound: 0, conversations: 3, cases: 2 },
      { channel: 'web', inbound: 1, outbound: 0, conversations: 2, cases: 1 },
    ]);
    expect(report.daily).toEqual([
      { day: '2026-11-01', conversations: 4, inbound: 3, casesOpened: 3, casesResolved: 2 },
      { day: '2026-11-02', conversations: 1, inbound: 0, casesOpened: 0, casesResolved: 0 },
    ]);
  });

  it('narrows by channel and priority, and reports nulls for an empty slice', async () => {
    const web = await store.stats.report(query({ channel: 'web' }));
    expect(web.firstResponse).toEqual({ count: 1, meanSeconds: 300, p50Seconds: 300, p90Seconds: 300 });
    expect(web.containment).toEqual({ conversations: 2, handedOff: 1, contained: 1, rate: 0.5 });
    expect(web.csat).toEqual({ count: 0, average: null });
    const urgent = await store.stats.report(query({ priority: 'urgent' }));
    expect(urgent.resolution).toMatchObject({ count: 1, meanSeconds: 600 });
    expect(urgent.sla[0]).toEqual({
      target: 'firstResponse',
      cases: 1,
      warned: 0,
      breached: 0,
      attainment: 1,
    });
    const before = await store.stats.report(query({ from: at(-10 * 86_400), to: at(-5 * 86_400) }));
    expect(before.firstResponse).toEqual({ count: 0, meanSeconds: null, p50Seconds: null, p90Seconds: null });
    expect(before.sla[0]?.attainment).toBeNull();
    expect(before.containment.rate).toBeNull();
  });

  it('groups open cases by state and priority and counts breaches per target', async () => {
    expect(await store.stats.openCaseGroups()).toEqual([
      { state: 'assigned', priority: 'normal', count: 1, oldestWaitingSince: at(200) },
    ]);
    await store.cases.resolve(openCaseId, 'agent:agent-1', at(4000));
    expect(await store.stats.openCaseGroups()).toEqual([]);
    expect((await store.stats.breachTotals()).sort((a, b) => a.target.localeCompare(b.target))).toEqual([
      { target: 'firstResponse', count: 1 },
      { target: 'resolution', count: 1 },
    ]);
  });
});
