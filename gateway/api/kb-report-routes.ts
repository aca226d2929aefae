/**
 * What helps editors improve the knowledge base: `kb/try` (what the bot would do with a question),
 * `kb/conflicts` (entries the matcher confuses) and `kb/unanswered` (what customers asked that
 * the bot could not answer, grouped by similarity).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Bot } from '../../bot/types';
import type { ChannelCapabilities } from '../adapter';
import { ErrorCodes, SwitchboardError } from '../errors';
import { CHANNELS } from '../message';
import { parseRequest } from './api-errors';
import type { KbRoutesOptions } from './kb-routes';
import { FALLBACK_CAPABILITIES, tryQuestion } from './kb-try';

const DAY_MS = 24 * 60 * 60 * 1000;
const target = z.enum(['draft', 'published']);
const tryQuery = z.object({
  q: z.string().trim().min(1, 'is required').max(4000),
  channel: z.enum(CHANNELS).default('web'),
  locale: z.string().max(35).optional(),
  target: target.default('published'),
});
const conflictsQuery = z.object({
  target: target.default('draft'),
  minRate: z.coerce.number().min(0).max(1).default(0),
});
const unansweredQuery = z.object({
  since: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

/** Registers the report routes on the `/kb` scope. */
export function registerReportRoutes(app: FastifyInstance, options: KbRoutesOptions): void {
  const { kb } = options;

  app.get('/try', async (request) => {
    const query = parseRequest(tryQuery, request.query, 'query');
    const bot = query.target === 'draft' ? await kb.draftModel() : kb.publisher.liveModel;
    if (bot === undefined) {
      const message = 'No knowledge base version is serving yet.';
      throw new SwitchboardError(ErrorCodes.KB_PUBLISH_FAILED, message, { statusCode: 503 });
    }
    const entries = await kb.entries(query.target);
    const capabilities = options.capabilitiesFor(query.channel) ?? FALLBACK_CAPABILITIES;
    const decision = await tryQuestion(
      bot,
      entries,
      { q: query.q, channel: query.channel, ...(query.locale === undefined ? {} : { locale: query.locale }) },
      capabilities,
    );
    const version = query.target === 'draft' ? 'draft' : kb.publisher.liveVersion;
    return { version, ...decision };
  });

  app.get('/conflicts', async (request) => {
    const query = parseRequest(conflictsQuery, request.query, 'query');
    const report = await kb.conflicts(query.target);
    return {
      target: query.target,
      ...report,
      pairs: report.pairs.filter((pair) => pair.rate >= query.minRate),
    };
  });

  app.get('/unanswered', async (request) => {
    const query = parseRequest(unansweredQuery, request.query, 'query');
    const since = query.since === undefined ? new Date(Date.now() - 30 * DAY_MS) : new Date(query.since);
    const report = await kb.unanswered(since, query.limit);
    const live = kb.publisher.liveModel;
    const capabilities = options.capabilitiesFor('web') ?? FALLBACK_CAPABILITIES;
    const clusters = await Promise.all(
      report.clusters.map(async (cluster) => ({
        ...cluster,
        firstSeen: cluster.firstSeen.toISOString(),
        lastSeen: cluster.lastSeen.toISOString(),
        // What the version serving now does with it: an entry added since may already answer it.
        now: live === undefined ? null : await currentDecision(live, cluster.representative, capabilities),
      })),
    );
    return { since: report.since.toISOString(), messages: report.messages, clusters };
  });
}

async function currentDecision(
  bot: Bot,
  text: string,
  capabilities: ChannelCapabilities,
): Promise<{ kind: string; entryId: string | null }> {
  const decision = await bot.respond({
    text,
    channel: 'web',
    capabilities,
    customer: { id: 'kb-unanswered', tier: 'standard' },
    conversationId: 'kb-unanswered',
    state: {},
  });
  return { kind: decision.kind, entryId: decision.entryId ?? null };
}
