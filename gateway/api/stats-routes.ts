/**
 * `GET /api/v1/stats` (supervisors): KPIs over a time range — first response and resolution times,
 * SLA attainment per target, bot containment, handoffs by reason, CSAT, volumes per channel and a
 * daily series. Query: `from`, `to` (ISO date-times; default the 7 days up to now, at most 366 days),
 * `channel`, `priority`. The answer is `{ from, to, channel, priority, ...StatsReport }` (see
 * gateway/store/stats-types.ts for every field); durations are seconds, rates are 0–1 or null.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { badRequest } from '../errors';
import { CHANNELS } from '../message';
import type { StatsRepository } from '../store/stats-types';
import { parseRequest } from './api-errors';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 7;
const MAX_DAYS = 366;

const statsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  channel: z.enum(CHANNELS).optional(),
  priority: z.enum(['urgent', 'high', 'normal']).optional(),
});

/** What the stats route reads. */
export interface StatsRoutesOptions {
  stats: StatsRepository;
  /** The SLA targets to report attainment for, even when nothing was recorded for one. */
  slaTargets: readonly string[];
  /** "Now" for the default range. Default: the system clock. */
  clock?: () => Date;
}

/** The range asked for, or the last 7 days; refuses an empty, inverted or over-long one. */
function rangeOf(query: z.infer<typeof statsQuery>, now: Date): { from: Date; to: Date } {
  const to = query.to === undefined ? now : new Date(query.to);
  const from =
    query.from === undefined ? new Date(to.getTime() - DEFAULT_DAYS * DAY_MS) : new Date(query.from);
  if (from.getTime() >= to.getTime()) throw badRequest('query.from: must be before query.to');
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS)
    throw badRequest(`query: the range may span at most ${MAX_DAYS} days`);
  return { from, to };
}

/** Registers `GET /` on the `/stats` scope. */
export function registerStatsRoutes(app: FastifyInstance, options: StatsRoutesOptions): void {
  const clock = options.clock ?? (() => new Date());
  app.get('/', async (request) => {
    const query = parseRequest(statsQuery, request.query, 'query');
    const { from, to } = rangeOf(query, clock());
    const report = await options.stats.report({
      from,
      to,
      slaTargets: options.slaTargets,
      ...(query.channel === undefined ? {} : { channel: query.channel }),
      ...(query.priority === undefined ? {} : { priority: query.priority }),
    });
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      channel: query.channel ?? null,
      priority: query.priority ?? null,
      ...report,
    };
  });
}
