/**
 * `RedisEventRelay`: the agents' event frames across gateway processes. Each process's feed
 * publishes the frames of its own handoff events on one Redis channel (`<REDIS_PREFIX>:events`) and
 * hands the other processes' frames to its sockets, so an agent connected to any process hears of
 * every case — opened, routed, SLA-warned — wherever it happened. Pub/sub carries no truth: a frame
 * lost while Redis is away is only a late notice; the queue (`GET /api/v1/handoffs`) stays right.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { z } from 'zod';
import type { EventFrame } from './events-feed';

/** What a feed needs to share frames with other processes. */
export interface EventRelay {
  /** Send one of this process's frames to the other processes. */
  publish(frame: EventFrame): void;
  /** Receive the other processes' frames (never this process's own). */
  onRemote(listener: (frame: EventFrame) => void): void;
  close(): Promise<void>;
}

/** Options of {@link RedisEventRelay}. */
export interface RedisEventRelayOptions {
  /** `REDIS_URL`. */
  url: string;
  /** `REDIS_PREFIX`; the channel is `<prefix>:events`. */
  prefix: string;
  /** Told about connection and publish failures (never thrown: events are notices). */
  onError: (error: unknown) => void;
}

/** Largest frame relayed, bytes; a bigger one (a huge context packet) stays local and is logged. */
export const MAX_RELAYED_FRAME_BYTES = 4 * 1024 * 1024;

/** What goes over the channel: the frame and the process that published it. */
const envelopeSchema = z.object({
  origin: z.string().min(1).max(64),
  frame: z.object({ type: z.string().min(1).max(64), at: z.string().max(64), data: z.unknown() }),
});

/** Frames over Redis pub/sub. */
export class RedisEventRelay implements EventRelay {
  readonly #origin = randomBytes(8).toString('hex');
  readonly #channel: string;
  readonly #onError: (error: unknown) => void;
  readonly #publisher: Redis;
  readonly #subscriber: Redis;
  #listener: ((frame: EventFrame) => void) | undefined;

  private constructor(options: RedisEventRelayOptions) {
    this.#channel = `${options.prefix}:events`;
    this.#onError = options.onError;
    this.#publisher = new Redis(options.url, { maxRetriesPerRequest: 1 });
    this.#subscriber = new Redis(options.url);
    for (const client of [this.#publisher, this.#subscriber]) client.on('error', this.#onError);
    this.#subscriber.on('message', (channel: string, text: string) => this.#receive(channel, text));
  }

  /** Connects and subscribes; resolves once frames from other processes flow. */
  static async start(options: RedisEventRelayOptions): Promise<RedisEventRelay> {
    const relay = new RedisEventRelay(options);
    await relay.#subscriber.subscribe(relay.#channel);
    return relay;
  }

  publish(frame: EventFrame): void {
    const text = JSON.stringify({ origin: this.#origin, frame });
    if (Buffer.byteLength(text) > MAX_RELAYED_FRAME_BYTES) {
      this.#onError(new Error(`${frame.type} frame of ${text.length} characters not relayed: too large`));
      return;
    }
    this.#publisher.publish(this.#channel, text).catch(this.#onError);
  }

  onRemote(listener: (frame: EventFrame) => void): void {
    this.#listener = listener;
  }

  async close(): Promise<void> {
    this.#listener = undefined;
    await this.#subscriber.quit().catch(() => this.#subscriber.disconnect());
    await this.#publisher.quit().catch(() => this.#publisher.disconnect());
  }

  #receive(channel: string, text: string): void {
    if (channel !== this.#channel) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.#onError(error);
      return;
    }
    const envelope = envelopeSchema.safeParse(parsed);
    if (!envelope.success) {
      this.#onError(new Error(`a relayed event frame was refused: ${envelope.error.message}`));
      return;
    }
    // Only this project's processes publish here; the type names one of the feed's events.
    if (envelope.data.origin !== this.#origin) this.#listener?.(envelope.data.frame as EventFrame);
  }
}
