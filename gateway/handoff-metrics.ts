/**
 * Handoff gauges beside the gateway's metrics, read from the store at scrape time (so every
 * process behind one database reports the same numbers): queue depth and oldest waiting age per
 * priority, open cases by state, and SLA breaches per target. One scrape makes two grouped queries,
 * shared by all the gauges it collects.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { CasePriority } from './store/case-types';
import type { OpenCaseGroup, StatsRepository } from './store/stats-types';

const PRIORITIES: readonly CasePriority[] = ['urgent', 'high', 'normal'];
const OPEN_STATES: readonly OpenCaseGroup['state'][] = ['queued', 'assigned'];

/** Options of {@link registerHandoffMetrics}. */
export interface HandoffMetricsOptions {
  /** Where the numbers come from (`store.stats`). */
  stats: Pick<StatsRepository, 'openCaseGroups' | 'breachTotals'>;
  /** "Now" for waiting ages. Default: the system clock. */
  clock?: () => Date;
}

/** Runs `read` once per burst of callers: concurrent collectors of one scrape share the result. */
function shared<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () =>
    (inFlight ??= read().finally(() => {
      inFlight = undefined;
    }));
}

/**
 * Registers `switchboard_handoff_queue_depth{priority}`,
 * `switchboard_handoff_oldest_waiting_seconds{priority}`, `switchboard_handoff_cases_open{state}`
 * and `switchboard_sla_breaches_total{target}` on `registry`.
 */
export function registerHandoffMetrics(registry: Registry, options: HandoffMetricsOptions): void {
  const clock = options.clock ?? (() => new Date());
  const groups = shared(() => options.stats.openCaseGroups());
  const queued = async (priority: CasePriority) =>
    (await groups()).find((group) => group.state === 'queued' && group.priority === priority);
  new Gauge({
    name: 'switchboard_handoff_queue_depth',
    help: 'Cases waiting in the queue for an agent, by priority.',
    labelNames: ['priority'],
    registers: [registry],
    async collect() {
      for (const priority of PRIORITIES) this.set({ priority }, (await queued(priority))?.count ?? 0);
    },
  });
  new Gauge({
    name: 'switchboard_handoff_oldest_waiting_seconds',
    help: 'How long the longest-waiting queued case has waited, by priority (0 when none waits).',
    labelNames: ['priority'],
    registers: [registry],
    async collect() {
      const now = clock().getTime();
      for (const priority of PRIORITIES) {
        const since = (await queued(priority))?.oldestWaitingSince.getTime() ?? now;
        this.set({ priority }, Math.max(0, (now - since) / 1000));
      }
    },
  });
  new Gauge({
    name: 'switchboard_handoff_cases_open',
    help: 'Open cases by state (queued, assigned).',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const all = await groups();
      for (const state of OPEN_STATES) {
        const count = all
          .filter((group) => group.state === state)
          .reduce((sum, group) => sum + group.count, 0);
        this.set({ state }, count);
      }
    },
  });
  registerBreachCounter(registry, options.stats);
}

/** SLA breaches ever recorded in the database, per target: a counter that only a new breach raises. */
function registerBreachCounter(registry: Registry, stats: HandoffMetricsOptions['stats']): void {
  new Counter({
    name: 'switchboard_sla_breaches_total',
    help: 'SLA breaches recorded (once per case and target run), by target.',
    labelNames: ['target'],
    registers: [registry],
    async collect() {
      const totals = await stats.breachTotals();
      this.reset();
      for (const { target, count } of totals) this.inc({ target }, count);
    },
  });
}
