/**
 * KPIs of the cases opened in a range: first response and resolution times (count and mean by SQL,
 * nearest-rank percentiles by one `order by … limit 1 offset k` each, so nothing is fetched in
 * bulk), SLA attainment per target and handoffs per reason. Plain SQL both dialects run.
 */
import { sql } from 'kysely';
import type { CaseReason } from './case-types';
import { casesInScope, ratio, toNumber, type StatsDb } from './stats-scope';
import type {
  CsatSummary,
  DurationSummary,
  HandoffReasonCount,
  SlaAttainment,
  StatsQuery,
} from './stats-types';

/** Every reason a case can have, reported even when none occurred. */
export const CASE_REASONS: readonly CaseReason[] = [
  'urgent',
  'human-request',
  'repeated-fallback',
  'vip',
  'sensitive',
  'agent',
];

const PERCENTILES = [0.5, 0.9] as const;

/** Time from opening a case to `end` (first agent reply, or resolution), over the cases that have it. */
export async function caseDurations(
  db: StatsDb,
  query: StatsQuery,
  end: 'first_response_at' | 'resolved_at',
): Promise<DurationSummary> {
  const span = sql<number>`${sql.ref(end)} - ${sql.ref('opened_at')}`;
  const scoped = () => casesInScope(db, query).where(end, 'is not', null);
  const totals = await scoped()
    .select((eb) => [eb.fn.countAll<number>().as('n'), sql<unknown>`avg(${span})`.as('mean')])
    .executeTakeFirst();
  const count = toNumber(totals?.n);
  if (count === 0) return { count, meanSeconds: null, p50Seconds: null, p90Seconds: null };
  const [p50, p90] = await Promise.all(
    PERCENTILES.map(async (p) => {
      const row = await scoped()
        .select(span.as('ms'))
        .orderBy(span)
        .limit(1)
        .offset(Math.max(0, Math.ceil(p * count) - 1))
        .executeTakeFirst();
      return toNumber(row?.ms) / 1000;
    }),
  );
  return {
    count,
    meanSeconds: toNumber(totals?.mean) / 1000,
    p50Seconds: p50 ?? null,
    p90Seconds: p90 ?? null,
  };
}

/** Per target: cases in scope, how many warned or breached (each case counted once). */
export async function slaAttainment(db: StatsDb, query: StatsQuery): Promise<SlaAttainment[]> {
  const [totals, rows] = await Promise.all([
    casesInScope(db, query)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
    db
      .selectFrom('case_sla_events')
      .select((eb) => ['target', 'type', eb.fn.count<number>('case_id').distinct().as('n')])
      .where('case_id', 'in', casesInScope(db, query).select('id'))
      .groupBy(['target', 'type'])
      .execute(),
  ]);
  const cases = toNumber(totals?.n);
  const counted = (target: string, type: string): number =>
    toNumber(rows.find((row) => row.target === target && row.type === type)?.n);
  const targets = [...new Set([...query.slaTargets, ...rows.map((row) => row.target)])];
  return targets.map((target) => {
    const breached = counted(target, 'sla.breached');
    return {
      target,
      cases,
      warned: counted(target, 'sla.warning'),
      breached,
      attainment: ratio(cases - breached, cases),
    };
  });
}

/** Cases per reason; `rate` is over `conversations` (those started in the range). */
export async function handoffsByReason(
  db: StatsDb,
  query: StatsQuery,
  conversations: number,
): Promise<{ total: number; byReason: HandoffReasonCount[] }> {
  const rows = await casesInScope(db, query)
    .select((eb) => ['reason', eb.fn.countAll<number>().as('n')])
    .groupBy('reason')
    .execute();
  const reasons = [...new Set([...CASE_REASONS, ...rows.map((row) => row.reason as CaseReason)])];
  const byReason = reasons.map((reason) => {
    const count = toNumber(rows.find((row) => row.reason === reason)?.n);
    return { reason, count, rate: ratio(count, conversations) };
  });
  return { total: byReason.reduce((sum, row) => sum + row.count, 0), byReason };
}

/** CSAT answers given on the cases in scope: their average score (1–5) and how many. */
export async function csatSummary(db: StatsDb, query: StatsQuery): Promise<CsatSummary> {
  const row = await db
    .selectFrom('case_csat')
    .select((eb) => [eb.fn.count<number>('score').as('n'), sql<unknown>`avg(${sql.ref('score')})`.as('mean')])
    .where('score', 'is not', null)
    .where('case_id', 'in', casesInScope(db, query).select('id'))
    .executeTakeFirst();
  const count = toNumber(row?.n);
  return { count, average: count === 0 ? null : toNumber(row?.mean) };
}
