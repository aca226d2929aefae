/**
 * KPI read models: what `/api/v1/stats` reports and what the handoff gauges read at scrape time.
 * Kept beside case-types.ts so the Store interface depends on no component.
 */
import type { Channel } from '../message';
import type { CasePriority, CaseReason, CaseState } from './case-types';

/** The slice of history to report on. `channel` and `priority` filter the case metrics. */
export interface StatsQuery {
  /** Inclusive start. */
  from: Date;
  /** Exclusive end. */
  to: Date;
  channel?: Channel;
  /** Filters cases only (conversations and messages carry no priority). */
  priority?: CasePriority;
  /** SLA targets to report, each with its attainment even when nothing was recorded for it. */
  slaTargets: readonly string[];
}

/** Durations in seconds over the cases that have one; null when there are none. */
export interface DurationSummary {
  count: number;
  meanSeconds: number | null;
  /** Nearest-rank percentiles. */
  p50Seconds: number | null;
  p90Seconds: number | null;
}

/** One SLA target: share of the cases opened in the range with no recorded breach of it. */
export interface SlaAttainment {
  target: string;
  cases: number;
  warned: number;
  breached: number;
  /** `(cases - breached) / cases`; null without cases. */
  attainment: number | null;
}

/** Conversations the bot finished without a handoff, over all conversations started in the range. */
export interface Containment {
  conversations: number;
  handedOff: number;
  contained: number;
  rate: number | null;
}

/** Cases opened for one reason, and their share of the conversations started in the range. */
export interface HandoffReasonCount {
  reason: CaseReason;
  count: number;
  rate: number | null;
}

/** Customer satisfaction answers (1–5) recorded on the cases opened in the range. */
export interface CsatSummary {
  average: number | null;
  count: number;
}

/** Traffic of one channel in the range. */
export interface ChannelVolume {
  channel: string;
  inbound: number;
  outbound: number;
  conversations: number;
  cases: number;
}

/** One UTC day of the range. */
export interface DailyStats {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  conversations: number;
  inbound: number;
  casesOpened: number;
  casesResolved: number;
}

/** Everything `/api/v1/stats` answers. */
export interface StatsReport {
  firstResponse: DurationSummary;
  resolution: DurationSummary;
  sla: SlaAttainment[];
  containment: Containment;
  handoffs: { total: number; byReason: HandoffReasonCount[] };
  /** `average` is null while no answer was given. */
  csat: CsatSummary;
  volumes: ChannelVolume[];
  daily: DailyStats[];
}

/** Open cases of one state and priority, for the queue gauges. */
export interface OpenCaseGroup {
  state: Extract<CaseState, 'queued' | 'assigned'>;
  priority: CasePriority;
  count: number;
  /** Earliest `waiting_since` of the group. */
  oldestWaitingSince: Date;
}

/** Read-only KPI queries over the store, cheap enough for a scrape. */
export interface StatsRepository {
  report(query: StatsQuery): Promise<StatsReport>;
  /** Queued and assigned cases grouped by state and priority. */
  openCaseGroups(): Promise<OpenCaseGroup[]>;
  /** Every SLA breach ever recorded, counted per target. */
  breachTotals(): Promise<{ target: string; count: number }[]>;
  /**
   * How long the latest `limit` cases of `priority` first answered since `since` waited from
   * opening to that first answer, ms, newest first.
   */
  recentFirstResponseWaits(priority: CasePriority, since: Date, limit: number): Promise<number[]>;
}
