/**
 * Builds the handoff queue for the composition root: the case service on the store, the SLA engine
 * from the `sla:` configuration, and timers in-process, or as BullMQ jobs on Redis when `REDIS_URL`
 * is set. Started (timers armed from the database) before it is returned.
 */
import type { Logger } from 'pino';
import type { ChannelCapabilities } from '../gateway/adapter';
import type { ConversationSend } from '../gateway/gateway';
import type { Channel, StoredMessage } from '../gateway/message';
import type { Store } from '../gateway/store/types';
import { CaseService } from './case-service';
import { SlaEngine, type SlaConfig } from './sla';
import { BullmqTimerScheduler } from './timers/bullmq-timer-scheduler';
import { MemoryTimerScheduler } from './timers/memory-timer-scheduler';
import type { TimerScheduler } from './timers/timer-scheduler';

/** What {@link startHandoff} needs. */
export interface HandoffSetupOptions {
  store: Store;
  sla: SlaConfig;
  /** `REDIS_URL`; absent: in-process timers. */
  redisUrl?: string;
  /** `REDIS_PREFIX`: key prefix of the timer queue on Redis. Default `switchboard`. */
  redisPrefix?: string;
  send: (request: ConversationSend) => Promise<StoredMessage>;
  capabilitiesFor: (channel: Channel) => ChannelCapabilities;
  logger: Logger;
  clock?: () => Date;
}

function timersFor(options: HandoffSetupOptions): TimerScheduler {
  const onError = (error: unknown) => options.logger.error({ err: error }, 'SLA timer failed');
  if (options.redisUrl) {
    const prefix = options.redisPrefix === undefined ? {} : { prefix: options.redisPrefix };
    return new BullmqTimerScheduler({ url: options.redisUrl, onError, ...prefix });
  }
  return new MemoryTimerScheduler({ onError: (error) => onError(error) });
}

/** The started case service. */
export async function startHandoff(options: HandoffSetupOptions): Promise<CaseService> {
  const service = new CaseService({
    store: options.store,
    engine: new SlaEngine(options.sla),
    scheduler: timersFor(options),
    send: options.send,
    capabilitiesFor: options.capabilitiesFor,
    logger: options.logger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await service.start();
  return service;
}
