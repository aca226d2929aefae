/**
 * The composition root: the only place that reads configuration and builds concrete classes —
 * store, knowledge base and bot, channel adapters, gateway, outbox, HTTP server — and wires them.
 */
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { pino, type Logger } from 'pino';
import { createVoiceAdapter } from '../adapters/voice';
import { createSmsAdapter, TwilioSmsAdapter } from '../adapters/sms';
import { WebChatAdapter } from '../adapters/web';
import type { Bot } from '../bot/types';
import { CaseService } from '../handoff/case-service';
import { CsatAwareBot } from '../handoff/csat-bot';
import { CsatService } from '../handoff/csat-service';
import { startHandoff } from '../handoff/handoff-setup';
import { SLA_TARGETS } from '../handoff/sla/sla-schema';
import type { HandoffService } from '../handoff/types';
import type { KbService } from '../knowledge/kb-service';
import { defaultMatchWorkerCount, MatchWorkerPool } from '../knowledge/match-worker-pool';
import type { KnowledgeBase, Matcher } from '../knowledge/types';
import type { ChannelAdapter } from './adapter';
import { createApiPlugin, type EventRoutesOptions } from './api';
import { AgentEventFeed } from './api/events-feed';
import { RedisEventRelay } from './api/redis-event-relay';
import { buildApp, type AppOptions } from './app';
import { startAuth } from './auth/auth-setup';
import type { Config } from './config';
import { Gateway, PLAIN_TEXT_CAPABILITIES } from './gateway';
import { registerHandoffMetrics } from './handoff-metrics';
import { registerKbMetrics } from './kb-metrics';
import { startKnowledge } from './knowledge-setup';
import type { Channel } from './message';
import { createMetrics, type GatewayMetrics } from './metrics';
import { OutboxWorker, type OutboxWorkerOptions } from './outbox';
import { loadSecretKey } from './secret';
import { createStore } from './store';
import type { Store } from './store/types';

/** The knowledge base shipped with the project, used when KB_PATH is not set. */
export const DEMO_KB_PATH = fileURLToPath(new URL('../knowledge/demo', import.meta.url));

/** Replacements for tests and embedding; anything absent is built from the configuration. */
export interface SwitchboardOverrides {
  logger?: Logger;
  store?: Store;
  bot?: Bot;
  handoff?: HandoffService;
  /** Adapters added to (or replacing, by channel) the configured ones. */
  adapters?: ChannelAdapter[];
  /** Leave out the web chat adapter (e.g. the terminal chat). */
  withoutWeb?: boolean;
  outbox?: Partial<Omit<OutboxWorkerOptions, 'store' | 'adapters' | 'metrics' | 'logger'>>;
  clock?: () => Date;
  /** How often to look for knowledge base versions other processes published, in ms (0: never). Default 5000. */
  kbPollIntervalMs?: number;
  /** A new untrained matcher for the knowledge base's bot and reports (default: see knowledge-setup.ts). */
  createMatcher?: () => Matcher;
  /** Told about every HTTP route as it is added. */
  onRoute?: AppOptions['onRoute'];
  /** Events socket tuning (tests): buffer, ping and token re-check intervals. */
  eventSocket?: Omit<EventRoutesOptions, 'feed' | 'authenticate'>;
}

export interface Switchboard {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: Store;
  readonly gateway: Gateway;
  readonly outbox: OutboxWorker;
  readonly app: FastifyInstance;
  readonly metrics: GatewayMetrics;
  readonly adapters: ReadonlyMap<Channel, ChannelAdapter>;
  /** The handoff queue (cases, SLA timers, routing); absent when `overrides.handoff` replaced it. */
  readonly cases: CaseService | undefined;
  /** The published knowledge base serving now (empty when `overrides.bot` replaced the bot). */
  readonly knowledge: KnowledgeBase;
  /** Draft, publishing and reports of the knowledge base; absent when `overrides.bot` replaced the bot. */
  readonly kb: KbService<Bot> | undefined;
  /** Listen on PORT; resolves to the bound address. */
  listen(): Promise<string>;
  /** Stop taking messages, finish turns in flight, flush the outbox, close everything. Idempotent. */
  close(): Promise<void>;
}

async function buildBot(
  config: Config,
  store: Store,
  logger: Logger,
  overrides: SwitchboardOverrides,
): Promise<{ bot: Bot; kb?: KbService<Bot>; matchPool?: MatchWorkerPool }> {
  if (overrides.bot) return { bot: overrides.bot };
  const workers = config.MATCH_WORKERS ?? defaultMatchWorkerCount();
  const matchPool = workers > 0 && !overrides.createMatcher ? new MatchWorkerPool(workers) : undefined;
  const knowledge = await startKnowledge({
    store,
    seedPath: config.KB_PATH ?? DEMO_KB_PATH,
    seedConfigured: config.KB_PATH !== undefined,
    logger: logger.child({ component: 'knowledge' }),
    ...(overrides.kbPollIntervalMs === undefined ? {} : { pollIntervalMs: overrides.kbPollIntervalMs }),
    ...(overrides.createMatcher ? { createMatcher: overrides.createMatcher } : {}),
    ...(overrides.clock ? { clock: overrides.clock } : {}),
    ...(matchPool ? { matchPool } : {}),
  });
  return { ...knowledge, ...(matchPool ? { matchPool } : {}) };
}

function configuredAdapters(
  config: Config,
  store: Store,
  logger: Logger,
  overrides: SwitchboardOverrides,
): Map<Channel, ChannelAdapter> {
  const adapters = new Map<Channel, ChannelAdapter>();
  if (!overrides.withoutWeb) {
    const web = new WebChatAdapter({
      secretKey: loadSecretKey(config.SECRET_KEY, config.DATA_DIR),
      history: (address, afterId, limit) => store.listByAddress('web', address, afterId, limit),
      logger: logger.child({ channel: 'web' }),
    });
    adapters.set(web.channel, web);
  }
  // SMS on Twilio (off without Twilio settings).
  const sms = createSmsAdapter(config, {
    store: store.sms,
    logger: logger.child({ channel: 'sms' }),
    ...(overrides.clock ? { clock: overrides.clock } : {}),
    ...(config.REDIS_URL ? { redis: { url: config.REDIS_URL, prefix: config.REDIS_PREFIX } } : {}),
  });
  if (sms) adapters.set(sms.channel, sms);
  for (const adapter of overrides.adapters ?? []) adapters.set(adapter.channel, adapter);
  return adapters;
}

/** Build a whole Switchboard from configuration. Nothing listens until `listen()`. */
export async function createSwitchboard(
  config: Config,
  overrides: SwitchboardOverrides = {},
): Promise<Switchboard> {
  const logger = overrides.logger ?? pino({ level: config.LOG_LEVEL, base: { service: 'switchboard' } });
  const store =
    overrides.store ??
    createStore({
      dataDir: config.DATA_DIR,
      ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
      checkpointThread: true,
      onCheckpointError: (message) =>
        logger.warn({ component: 'store' }, `SQLite checkpoint thread: ${message}`),
    });
  await store.migrate();
  const { bot: innerBot, kb, matchPool } = await buildBot(config, store, logger, overrides);
  // After a resolved case the customer's 1–5 answer is recorded instead of reaching the bot.
  const csat = new CsatService({
    store,
    send: (request) => gateway.send(request),
    logger: logger.child({ component: 'csat' }),
    ...(overrides.clock ? { clock: overrides.clock } : {}),
  });
  const bot = new CsatAwareBot(innerBot, csat);
  const access = await startAuth({
    accounts: store.accounts,
    adminEmail: config.ADMIN_EMAIL,
    adminPassword: config.ADMIN_PASSWORD,
    sessionTtlMs: config.sessionTtlMs,
    trustLoopback: config.API_TRUST_LOOPBACK,
    logger: logger.child({ component: 'auth' }),
    ...(overrides.clock ? { clock: overrides.clock } : {}),
  });
  const knowledge = (): KnowledgeBase => ({ entries: [...(kb?.publisher.liveEntries ?? [])] });
  const adapters = configuredAdapters(config, store, logger, overrides);
  // Voice (off without Twilio settings); an adapter passed in overrides wins.
  const voice = adapters.has('voice')
    ? undefined
    : createVoiceAdapter(config, {
        store,
        knowledgeLocales: () => knowledge().entries.map((entry) => entry.locale),
        logger: logger.child({ channel: 'voice' }),
        ...(overrides.clock ? { clock: overrides.clock } : {}),
      });
  if (voice) adapters.set(voice.channel, voice);
  const metrics = createMetrics({ readBacklog: () => store.outboxBacklog() });
  if (kb) registerKbMetrics(metrics.registry, kb.publisher);
  registerHandoffMetrics(metrics.registry, {
    stats: store.stats,
    ...(overrides.clock ? { clock: overrides.clock } : {}),
  });
  const clock = overrides.clock;
  const outbox = new OutboxWorker({
    store,
    adapters,
    metrics,
    logger: logger.child({ component: 'outbox' }),
    ...(clock ? { clock } : {}),
    ...overrides.outbox,
  });
  const handoff =
    overrides.handoff ??
    (await startHandoff({
      store,
      sla: config.sla,
      ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL, redisPrefix: config.REDIS_PREFIX } : {}),
      send: (request) => gateway.send(request),
      capabilitiesFor: (channel) => adapters.get(channel)?.capabilities ?? PLAIN_TEXT_CAPABILITIES,
      logger: logger.child({ component: 'handoff' }),
      ...(clock ? { clock } : {}),
    }));
  const cases = handoff instanceof CaseService ? handoff : undefined;
  if (cases) csat.attach(cases.events);
  // A claimed case bridges the caller's held call to the agent.
  if (cases) voice?.attachCases(cases);
  // With several processes on one Redis, every agent hears of every process's events.
  const relay =
    cases && config.REDIS_URL
      ? await RedisEventRelay.start({
          url: config.REDIS_URL,
          prefix: config.REDIS_PREFIX,
          onError: (error) => logger.warn({ err: error }, 'event relay: a frame was not shared'),
        })
      : undefined;
  const feed = cases
    ? new AgentEventFeed({
        bus: cases.events,
        contextOf: (caseId, known) => cases.getCaseWithContext(caseId, known),
        logger: logger.child({ component: 'events' }),
        ...(relay ? { relay } : {}),
      })
    : undefined;
  const gateway: Gateway = new Gateway({
    store,
    bot,
    handoff,
    adapters,
    metrics,
    logger: logger.child({ component: 'gateway' }),
    onOutbound: () => outbox.kick(),
    reopenWindowMs: config.reopenWindowMs,
    ...(clock ? { clock } : {}),
  });
  const app = await buildApp({
    ...(overrides.onRoute ? { onRoute: overrides.onRoute } : {}),
    store,
    adapters: [...adapters.values()],
    metrics,
    logger,
    healthDetails: () => ({
      knowledge: {
        version: kb?.publisher.liveVersion ?? null,
        entries: kb?.publisher.liveEntries.length ?? 0,
      },
    }),
    api: createApiPlugin({
      authenticate: access.authenticate,
      auth: access,
      ...(kb ? { kb: { kb, capabilitiesFor: (channel) => adapters.get(channel)?.capabilities } } : {}),
      stats: { stats: store.stats, slaTargets: SLA_TARGETS, ...(clock ? { clock } : {}) },
      ...(cases && feed ? { handoffs: { cases, store }, events: { feed, ...overrides.eventSocket } } : {}),
    }),
  });
  for (const adapter of adapters.values()) await adapter.start(gateway);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await app.close();
      for (const adapter of adapters.values()) await adapter.stop();
      await gateway.close();
      feed?.close();
      await relay?.close();
      await csat.settle();
      await cases?.close();
      await outbox
        .drainOnce()
        .catch((error: unknown) => logger.error({ err: error }, 'final outbox flush failed'));
      await outbox.stop();
      const sms = adapters.get('sms');
      if (sms instanceof TwilioSmsAdapter) await sms.close();
      await kb?.publisher.stop();
      await matchPool?.close();
      await store.close();
    })());

  return {
    config,
    logger,
    store,
    gateway,
    outbox,
    app,
    metrics,
    adapters,
    cases,
    get knowledge() {
      return knowledge();
    },
    kb,
    close,
    async listen() {
      const recovered = await gateway.recover();
      if (recovered > 0) logger.warn({ recovered }, 'finished turns interrupted by a previous stop');
      outbox.start();
      return app.listen({ port: config.PORT, host: config.HOST });
    },
  };
}
