/**
 * Wiring of the knowledge base for the composition root: the database holds the knowledge base,
 * a `KbService` publishes it, and a `SwappableBot` serves the newest published version. On a first
 * start (nothing published yet) the draft is seeded from KB_PATH, or the bundled demo, and
 * published as version 1; after that the database is the truth and KB_PATH is not read again
 * (`switchboard kb import` loads a changed file).
 */
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { createFaqBot, SignalDetector } from '../bot';
import { SwappableBot } from '../bot/swappable-bot';
import type { Bot } from '../bot/types';
import { loadKnowledge, type Matcher } from '../knowledge';
import type { MatchWorkerPool } from '../knowledge/match-worker-pool';
import { WorkerTrainedMatcher } from '../knowledge/worker-training';
import { KbService } from '../knowledge/kb-service';
import type { Store } from './store/types';

/** Options of {@link startKnowledge}. */
export interface KnowledgeSetupOptions {
  store: Store;
  /** The knowledge file or folder seeding an empty database. */
  seedPath: string;
  /** The seed path was configured (KB_PATH): say so when the database makes it unused. */
  seedConfigured?: boolean;
  logger: Logger;
  /** How often to look for versions other processes published, in ms (0: never). Default 5000. */
  pollIntervalMs?: number;
  /**
   * A new untrained matcher; the bot and the conflict report use the same kind. Default: the
   * intent matcher trained in a worker thread ({@link WorkerTrainedMatcher}), so publishing does
   * not stall turns; tests may pass a cheaper one.
   */
  createMatcher?: () => Matcher;
  /** Worker threads the default bot matcher matches in (see knowledge/match-worker-pool.ts). */
  matchPool?: MatchWorkerPool;
  clock?: () => Date;
  /** Train and serve the published version (default true); false for the CLI, which only edits and publishes. */
  serve?: boolean;
}

/** The live bot and the service that publishes into it. */
export interface KnowledgeSetup {
  bot: SwappableBot;
  kb: KbService<Bot>;
}

/** Serves the newest published knowledge base (seeding a fresh database first) and follows new versions. */
export async function startKnowledge(options: KnowledgeSetupOptions): Promise<KnowledgeSetup> {
  const { logger } = options;
  // Trained in a worker thread: a publish never stalls the turns being answered meanwhile.
  const createMatcher = options.createMatcher ?? (() => new WorkerTrainedMatcher());
  // The bot's own matcher also matches in the pool's workers; the reports' matchers need not.
  const createBotMatcher = options.createMatcher ?? (() => new WorkerTrainedMatcher({}, options.matchPool));
  const bot = new SwappableBot();
  const kb = new KbService<Bot>({
    repository: options.store.kb,
    // Training runs in this process: the TF-IDF matcher trains the demo knowledge base in
    // milliseconds. Turns keep running on the old bot until `install` swaps the reference.
    build: (knowledge) => createFaqBot(knowledge, { matcher: createBotMatcher() }),
    install: (live, version) => bot.swap(live, version),
    createMatcher,
    logger,
    ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.serve === undefined ? {} : { serve: options.serve }),
  });
  const path = resolve(options.seedPath);
  let seeded = false;
  await kb.publisher.start(async () => {
    seeded = true;
    logger.info(
      { path },
      'seeding the knowledge base from files: the database holds no published version yet',
    );
    return loadKnowledge(path);
  });
  // Turns are understood in the pool's workers, but one that finds them all busy is understood
  // here (see MatchWorkerPool's spillAt): train this thread's learned detector models now, before
  // the first turn, rather than on the event loop under load, where the first unsure message
  // would hold every turn in flight for about a second and a half. It adds about 1.1 s to a
  // start (to /healthz: 2.8 s without, 3.9 s with, on SQLite and the demo knowledge base); run
  // beside the workers' own training it gained nothing, both sharing the same two cores.
  if (options.matchPool !== undefined && options.serve !== false) new SignalDetector().warmUp();
  if (!seeded && options.seedConfigured === true) {
    const version = kb.publisher.liveVersion;
    logger.info(
      { path, version },
      'KB_PATH is not read: the database holds the knowledge base; use `switchboard kb import` to load the file',
    );
  }
  return { bot, kb };
}
