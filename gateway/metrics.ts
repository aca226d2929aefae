/**
 * Prometheus metrics, on a registry of our own (never prom-client's global one), served at /metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface GatewayMetrics {
  readonly registry: Registry;
  readonly messagesIn: Counter<'channel'>;
  readonly messagesOut: Counter<'channel' | 'status'>;
  readonly duplicates: Counter<'channel'>;
  readonly turnSeconds: Histogram<'channel' | 'decision'>;
  readonly turnsFailed: Counter<'channel'>;
  readonly outboxBacklog: Gauge;
  readonly decisions: Counter<'decision'>;
}

export interface MetricsOptions {
  /** Also collect Node process metrics (event loop lag, heap…). Default true. */
  processMetrics?: boolean;
  /** Called on each scrape to refresh the outbox backlog gauge. */
  readBacklog?: () => Promise<number>;
}

/** Build the gateway's metrics on a fresh registry. */
export function createMetrics(options: MetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'switchboard_' });
  const readBacklog = options.readBacklog;
  return {
    registry,
    messagesIn: new Counter({
      name: 'switchboard_messages_in_total',
      help: 'Inbound messages stored, by channel (duplicates excluded).',
      labelNames: ['channel'],
      registers: [registry],
    }),
    messagesOut: new Counter({
      name: 'switchboard_messages_out_total',
      help: 'Outbound messages handed to a channel, by channel and result.',
      labelNames: ['channel', 'status'],
      registers: [registry],
    }),
    duplicates: new Counter({
      name: 'switchboard_messages_duplicate_total',
      help: 'Inbound messages received again (same provider id) and not processed twice.',
      labelNames: ['channel'],
      registers: [registry],
    }),
    turnSeconds: new Histogram({
      name: 'switchboard_turn_duration_seconds',
      help: 'Time from receiving an inbound message to its stored decision.',
      labelNames: ['channel', 'decision'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    turnsFailed: new Counter({
      name: 'switchboard_turns_failed_total',
      help: 'Turns that failed after the inbound message was stored (recovered on restart).',
      labelNames: ['channel'],
      registers: [registry],
    }),
    outboxBacklog: new Gauge({
      name: 'switchboard_outbox_backlog',
      help: 'Outbound messages not yet sent (pending, sending or waiting to retry).',
      registers: [registry],
      async collect() {
        if (readBacklog) this.set(await readBacklog());
      },
    }),
    decisions: new Counter({
      name: 'switchboard_bot_decisions_total',
      help: 'Bot decisions by kind (answer, clarify, fallback, handoff).',
      labelNames: ['decision'],
      registers: [registry],
    }),
  };
}
