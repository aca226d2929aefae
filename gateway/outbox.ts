/**
 * The outbox worker: delivers stored outbound messages through their channel's adapter, with an
 * idempotency key per message, retries with exponential backoff, and delivery status recorded.
 * Messages to one address go out in order; a failure holds back the later ones to that address.
 */
import type { Logger } from 'pino';
import type { ChannelAdapter } from './adapter';
import { ErrorCodes, SwitchboardError } from './errors';
import type { Channel } from './message';
import type { GatewayMetrics } from './metrics';
import type { OutboxItem, Store } from './store/types';

export interface OutboxWorkerOptions {
  store: Store;
  adapters: ReadonlyMap<Channel, ChannelAdapter>;
  metrics: GatewayMetrics;
  logger: Logger;
  /** How often due retries and expired leases are looked for. Default 1000 ms. */
  pollIntervalMs?: number;
  /** Rows claimed per round. Default 64. */
  batchSize?: number;
  /** A claimed row is retried by another worker after this long. Default 30 s. */
  leaseMs?: number;
  /** Attempts before a message is given up (`dead`). Default 8. */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt. Default 1000 ms. */
  baseDelayMs?: number;
  /** Longest retry delay. Default 5 min. */
  maxDelayMs?: number;
  /** Clock, for tests. */
  clock?: () => Date;
  /** Source of retry jitter in [0, 1), for tests. Default `Math.random`. */
  random?: () => number;
}

/** Error codes after which retrying cannot help. */
const PERMANENT = new Set<string>([ErrorCodes.RECIPIENT_UNREACHABLE, ErrorCodes.OPTED_OUT]);

export class OutboxWorker {
  readonly #o: Required<OutboxWorkerOptions>;
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;
  #again = false;
  #stopped = true;

  constructor(options: OutboxWorkerOptions) {
    this.#o = {
      pollIntervalMs: 1000,
      batchSize: 64,
      leaseMs: 30_000,
      maxAttempts: 8,
      baseDelayMs: 1000,
      maxDelayMs: 5 * 60_000,
      clock: () => new Date(),
      random: Math.random,
      ...options,
    };
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#timer = setInterval(() => this.kick(), this.#o.pollIntervalMs);
    this.#timer.unref();
    this.kick();
  }

  /** Deliver what is due now (coalesces: many kicks while draining cause one more round). */
  kick(): void {
    if (this.#stopped) return;
    if (this.#draining) {
      this.#again = true;
      return;
    }
    this.#draining = this.#drainLoop().finally(() => {
      this.#draining = undefined;
    });
  }

  /** Stop polling and wait for the round in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.#draining;
  }

  /** One bounded delivery pass: claims and sends due rows until none are left. Returns rows handled. */
  async drainOnce(maxRounds = 100): Promise<number> {
    let handled = 0;
    for (let round = 0; round < maxRounds; round++) {
      const items = await this.#o.store.claimOutbox(this.#o.clock(), this.#o.batchSize, this.#o.leaseMs);
      if (items.length === 0) break;
      await Promise.all([...groupByAddress(items).values()].map((group) => this.#sendGroup(group)));
      handled += items.length;
      if (items.length < this.#o.batchSize) break;
    }
    return handled;
  }

  async #drainLoop(): Promise<void> {
    do {
      this.#again = false;
      try {
        await this.drainOnce();
      } catch (error) {
        this.#o.logger.error({ err: error }, 'outbox round failed');
      }
    } while (this.#again && !this.#stopped);
  }

  async #sendGroup(group: OutboxItem[]): Promise<void> {
    for (let index = 0; index < group.length; index++) {
      const item = group[index];
      if (!item) continue;
      const retryAt = await this.#sendOne(item);
      if (retryAt === 'sent') continue;
      // Later messages to this address wait until the failed one is retried (claims go oldest
      // first at equal times), so the customer never reads them out of order. If it was given
      // up, there is nothing to wait for.
      const at = this.#o.clock();
      for (const later of group.slice(index + 1)) {
        await this.#o.store.releaseOutbox(later.id, retryAt ?? at, at);
      }
      return;
    }
  }

  /** Deliver one row: `'sent'`, or when it will be retried (null when given up). */
  async #sendOne(item: OutboxItem): Promise<'sent' | Date | null> {
    const { store, metrics, logger } = this.#o;
    try {
      const adapter = this.#o.adapters.get(item.channel);
      if (!adapter) {
        throw new SwitchboardError(ErrorCodes.CHANNEL_OFF, `Channel ${item.channel} is not configured.`);
      }
      const receipt = await adapter.send(item.address, item.payload, {
        idempotencyKey: item.idempotencyKey,
        messageId: item.messageId,
        conversationId: item.conversationId,
      });
      await store.markSent(item.id, receipt.providerMessageId ?? null, receipt.status, this.#o.clock());
      metrics.messagesOut.inc({ channel: item.channel, status: 'sent' });
      return 'sent';
    } catch (error) {
      const code = error instanceof SwitchboardError ? error.code : ErrorCodes.SEND_FAILED;
      const attempts = item.attempts + 1;
      const giveUp = PERMANENT.has(code) || attempts >= this.#o.maxAttempts;
      const nextAttemptAt = giveUp ? null : new Date(this.#o.clock().getTime() + this.#backoff(attempts));
      await store.markFailed(item.id, `${code}: ${(error as Error).message}`, nextAttemptAt, this.#o.clock());
      metrics.messagesOut.inc({ channel: item.channel, status: giveUp ? 'dead' : 'failed' });
      logger.warn({ err: error, outboxId: item.id, attempts, giveUp }, 'outbound message not delivered');
      return nextAttemptAt;
    }
  }

  /** Exponential backoff with ±20 % jitter so retries from many rows do not align. */
  #backoff(attempts: number): number {
    const base = Math.min(this.#o.maxDelayMs, this.#o.baseDelayMs * 2 ** (attempts - 1));
    return Math.round(base * (0.8 + this.#o.random() * 0.4));
  }
}

function groupByAddress(items: OutboxItem[]): Map<string, OutboxItem[]> {
  const groups = new Map<string, OutboxItem[]>();
  for (const item of items) {
    const key = `${item.channel}\u0000${item.address}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
