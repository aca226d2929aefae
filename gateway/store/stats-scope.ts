/**
 * The shared pieces of the KPI queries: the typed database, the cases and conversations a query
 * covers, and turning driver aggregates (PostgreSQL's int8/numeric, SQLite's integers) into numbers.
 */
import type { Kysely } from 'kysely';
import type { CaseDatabase } from './case-tables';
import type { StatsQuery } from './stats-types';

/** The columns of `case_csat` (migration 0005) the KPIs read. */
interface CsatColumns {
  case_id: string;
  score: number | null;
}

/** The store's database seen with the handoff and CSAT tables. */
export type StatsDb = Kysely<CaseDatabase & { case_csat: CsatColumns }>;

/** One UTC day in epoch milliseconds. */
export const DAY_MS = 86_400_000;

/** Cases opened (or, with `column`, resolved) in the range, filtered by channel and priority. */
export function casesInScope(
  db: StatsDb,
  query: StatsQuery,
  column: 'opened_at' | 'resolved_at' = 'opened_at',
) {
  let scoped = db
    .selectFrom('cases')
    .where(column, '>=', query.from.getTime())
    .where(column, '<', query.to.getTime());
  if (query.channel !== undefined) scoped = scoped.where('channel', '=', query.channel);
  if (query.priority !== undefined) scoped = scoped.where('priority', '=', query.priority);
  return scoped;
}

/** Conversations started in the range, filtered by channel. */
export function conversationsInScope(db: StatsDb, query: StatsQuery) {
  let scoped = db
    .selectFrom('conversations')
    .where('created_at', '>=', query.from.getTime())
    .where('created_at', '<', query.to.getTime());
  if (query.channel !== undefined) scoped = scoped.where('channel', '=', query.channel);
  return scoped;
}

/** Messages created in the range, filtered by channel. */
export function messagesInScope(db: StatsDb, query: StatsQuery) {
  let scoped = db
    .selectFrom('messages')
    .where('created_at', '>=', query.from.getTime())
    .where('created_at', '<', query.to.getTime());
  if (query.channel !== undefined) scoped = scoped.where('channel', '=', query.channel);
  return scoped;
}

/** A count or average as a number (PostgreSQL hands `avg` back as a numeric string). */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** `part / whole`, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
