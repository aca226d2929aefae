/**
 * `WaitNotices`: what a queued customer is told about their wait. At open: their place and the
 * expected wait. Afterwards a sweep (every `sweepIntervalMs`) compares each queued case's new
 * estimate with what the customer should still expect from the last notice (the wait told minus
 * the time since) and tells them again when it moved by at least `minChangeRatio` of that and by
 * at least `minChangeMs`, at most once per `minIntervalMs`. The notice is claimed in the store
 * (conditional on the previous notice) before it is sent, so two processes send it once.
 *
 * Estimate: `ceil(position / online agents) × round` (one agent when none is online), capped by
 * the time left to the first-response deadline while that is ahead. `round` is measured per
 * priority — the median time from opening to first agent response of the latest answered cases —
 * falling back to `perCaseMs` while too few were answered (see wait-estimate.ts).
 */
import type { Logger } from 'pino';
import type { ConversationSend } from '../gateway/gateway';
import type { StoredMessage } from '../gateway/message';
import type { Case } from '../gateway/store/case-types';
import type { Store } from '../gateway/store/types';
import { prefersChinese, queueNotice } from './queue-notice';
import type { SlaEngine } from './sla';
import { MeasuredWaits, type WaitEstimateOptions } from './wait-estimate';

/** When a changed wait is told again. */
export interface WaitNoticeOptions {
  /** Least change, as a share of the wait the customer still expects. Default 0.5. */
  minChangeRatio?: number;
  /** Least change, ms. Default 2 min. */
  minChangeMs?: number;
  /** Least time between two notices to one customer, ms. Default 5 min. */
  minIntervalMs?: number;
  /** How often queued cases are checked, ms; 0 = only when `sweep()` is called. Default 30 s. */
  sweepIntervalMs?: number;
  /** How the time per round of the queue is measured from recent first responses. */
  estimate?: WaitEstimateOptions;
}

/** What {@link WaitNotices} needs. */
export interface WaitNoticesDeps extends WaitNoticeOptions {
  store: Store;
  engine: SlaEngine;
  send: (request: ConversationSend) => Promise<StoredMessage>;
  clock: () => Date;
  logger: Logger;
  /** Time per round of the queue while too few recent first responses were measured, ms. */
  perCaseMs: number;
}

/** Most queued cases one sweep looks at (the front of the queue, where waits move). */
const SWEEP_WINDOW = 500;

/** Tells queued customers their expected wait, and again when it changes much. */
export class WaitNotices {
  readonly #deps: WaitNoticesDeps;
  readonly #rounds: MeasuredWaits;
  #timer: NodeJS.Timeout | undefined;
  #sweeping: Promise<number> | undefined;

  constructor(deps: WaitNoticesDeps) {
    this.#deps = deps;
    this.#rounds = new MeasuredWaits({
      ...deps.estimate,
      stats: deps.store.stats,
      clock: deps.clock,
      logger: deps.logger,
      defaultMs: deps.perCaseMs,
    });
  }

  start(): void {
    const interval = this.#deps.sweepIntervalMs ?? 30_000;
    if (interval <= 0 || this.#timer) return;
    this.#timer = setInterval(() => void this.sweep(), interval);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#sweeping;
  }

  /** The notice at open: place and expected wait. */
  async tellAtOpen(item: Case, position: number, customerText: string): Promise<void> {
    const now = this.#deps.clock();
    const waitMs = await this.#estimate(item, position, now);
    if (!(await this.#deps.store.cases.recordWaitNotice(item.id, waitMs, null, now))) return;
    const text = queueNotice(position, waitMs, prefersChinese(item.locale, customerText));
    await this.#send(item, text, `queue-notice:${item.id}`);
  }

  /** Check every queued case once; returns how many customers were told again. Never rejects. */
  sweep(): Promise<number> {
    this.#sweeping ??= this.#sweepAll()
      .catch((error: unknown) => {
        this.#deps.logger.error({ err: error }, 'queue wait sweep failed');
        return 0;
      })
      .finally(() => {
        this.#sweeping = undefined;
      });
    return this.#sweeping;
  }

  async #sweepAll(): Promise<number> {
    const queued = await this.#deps.store.cases.listQueued(SWEEP_WINDOW);
    const agents = Math.max(1, (await this.#deps.store.agents.listOnline()).length);
    let told = 0;
    for (const [index, item] of queued.entries()) {
      if (await this.#retell(item, index + 1, agents)) told += 1;
    }
    return told;
  }

  async #retell(item: Case, position: number, agents: number): Promise<boolean> {
    const last = item.waitNotice;
    if (last === null) return false;
    const now = this.#deps.clock();
    const sinceMs = now.getTime() - last.at.getTime();
    if (sinceMs < (this.#deps.minIntervalMs ?? 300_000)) return false;
    const expected = Math.max(0, last.waitMs - sinceMs);
    const waitMs = this.#estimateWith(item, position, agents, await this.#rounds.roundMs(item.priority), now);
    const change = Math.abs(waitMs - expected);
    if (
      change < (this.#deps.minChangeMs ?? 120_000) ||
      change < (this.#deps.minChangeRatio ?? 0.5) * expected
    )
      return false;
    if (!(await this.#deps.store.cases.recordWaitNotice(item.id, waitMs, last.at, now))) return false;
    const trigger = item.triggerMessageId ? await this.#deps.store.getMessage(item.triggerMessageId) : null;
    const text = queueNotice(position, waitMs, prefersChinese(item.locale, trigger?.text ?? ''), true);
    return this.#send(item, text, `queue-update:${item.id}:${now.getTime()}`);
  }

  async #estimate(item: Case, position: number, now: Date): Promise<number> {
    const [online, round] = await Promise.all([
      this.#deps.store.agents.listOnline(),
      this.#rounds.roundMs(item.priority),
    ]);
    return this.#estimateWith(item, position, Math.max(1, online.length), round, now);
  }

  #estimateWith(item: Case, position: number, agents: number, roundMs: number, now: Date): number {
    const raw = Math.ceil(position / agents) * roundMs;
    const plan = this.#deps.engine.plan({
      priority: item.priority,
      channel: item.channel,
      tier: item.tier,
      openedAt: item.openedAt,
    });
    const due = plan.deadlines.find((d) => d.target === 'firstResponse')?.dueAt;
    const left = due ? due.getTime() - now.getTime() : 0;
    return left > 0 ? Math.min(raw, left) : raw;
  }

  async #send(item: Case, text: string, idempotencyKey: string): Promise<boolean> {
    try {
      await this.#deps.send({
        conversationId: item.conversationId,
        outbound: { text },
        author: 'system',
        idempotencyKey,
      });
      return true;
    } catch (error) {
      this.#deps.logger.error({ err: error, caseId: item.id }, 'queue notice not sent');
      return false;
    }
  }
}
