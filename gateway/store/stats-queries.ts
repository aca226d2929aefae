/**
 * `SqlStatsQueries`: the read-only KPI repository. `report` answers `/api/v1/stats` from SQL
 * aggregates (see stats-case-metrics.ts and stats-traffic.ts); `openCaseGroups` and `breachTotals`
 * are the two grouped reads behind the handoff gauges, served by the `cases_queue` index and the
 * SLA events table; `recentFirstResponseWaits` feeds the queue's wait estimate.
 */
import type { CasePriority } from './case-types';
import { caseDurations, csatSummary, handoffsByReason, slaAttainment } from './stats-case-metrics';
import { toNumber, type StatsDb } from './stats-scope';
import { channelVolumes, containment, dailySeries } from './stats-traffic';
import type { OpenCaseGroup, StatsQuery, StatsReport, StatsRepository } from './stats-types';
import { storeError } from './store-errors';

/** KPI reads over the store's database. */
export class SqlStatsQueries implements StatsRepository {
  readonly #db: StatsDb;
  readonly #describe: () => string;

  /** @param describe names the database in error messages (see `SqlStore.description`). */
  constructor(db: StatsDb, describe: () => string) {
    this.#db = db;
    this.#describe = describe;
  }

  report(query: StatsQuery): Promise<StatsReport> {
    return this.#guard('statsReport', async () => {
      const db = this.#db;
      const [firstResponse, resolution, sla, contained, volumes, daily, csat] = await Promise.all([
        caseDurations(db, query, 'first_response_at'),
        caseDurations(db, query, 'resolved_at'),
        slaAttainment(db, query),
        containment(db, query),
        channelVolumes(db, query),
        dailySeries(db, query),
        csatSummary(db, query),
      ]);
      const handoffs = await handoffsByReason(db, query, contained.conversations);
      return { firstResponse, resolution, sla, containment: contained, handoffs, csat, volumes, daily };
    });
  }

  openCaseGroups(): Promise<OpenCaseGroup[]> {
    return this.#guard('openCaseGroups', async () => {
      const rows = await this.#db
        .selectFrom('cases')
        .select((eb) => [
          'state',
          'priority',
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('waiting_since').as('oldest'),
        ])
        .where('state', 'in', ['queued', 'assigned'])
        .groupBy(['state', 'priority'])
        .execute();
      return rows.map((row) => ({
        state: row.state as OpenCaseGroup['state'],
        priority: row.priority as CasePriority,
        count: toNumber(row.n),
        oldestWaitingSince: new Date(toNumber(row.oldest)),
      }));
    });
  }

  breachTotals(): Promise<{ target: string; count: number }[]> {
    return this.#guard('breachTotals', async () => {
      const rows = await this.#db
        .selectFrom('case_sla_events')
        .select((eb) => ['target', eb.fn.countAll<number>().as('n')])
        .where('type', '=', 'sla.breached')
        .groupBy('target')
        .execute();
      return rows.map((row) => ({ target: row.target, count: toNumber(row.n) }));
    });
  }

  recentFirstResponseWaits(priority: CasePriority, since: Date, limit: number): Promise<number[]> {
    return this.#guard('recentFirstResponseWaits', async () => {
      const rows = await this.#db
        .selectFrom('cases')
        .select(['opened_at', 'first_response_at'])
        .where('priority', '=', priority)
        .where('first_response_at', '>=', since.getTime())
        .orderBy('first_response_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => toNumber(row.first_response_at) - toNumber(row.opened_at));
    });
  }

  async #guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storeError(error, operation, this.#describe());
    }
  }
}
