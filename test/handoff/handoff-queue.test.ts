/**
 * The HandoffQueue contract on both deployments: the embedded default (SQLite, in-process timers)
 * and the scale-out one (PostgreSQL, BullMQ timers on the shared Redis, a fresh queue name per
 * scheduler so a new service starts on an empty Redis queue and the shared Redis is never flushed).
 */
import { BullmqTimerScheduler } from '../../handoff/timers/bullmq-timer-scheduler';
import { MemoryTimerScheduler } from '../../handoff/timers/memory-timer-scheduler';
import { STORE_KINDS } from '../support/stores';
import { registerHandoffQueueContract } from './handoff-queue-contract';
import { TEST_REDIS_URL, uniqueQueueName } from './redis-support';

const storeOf = (name: string) => {
  const kind = STORE_KINDS.find((k) => k.name === name);
  if (!kind) throw new Error(`no ${name} store`);
  return () => kind.make();
};

registerHandoffQueueContract({
  name: 'in-process timers on SQLite',
  store: storeOf('sqlite'),
  scheduler: () => new MemoryTimerScheduler(),
});

registerHandoffQueueContract({
  name: 'BullMQ timers on PostgreSQL',
  store: storeOf('postgres'),
  scheduler: () => new BullmqTimerScheduler({ url: TEST_REDIS_URL, queueName: uniqueQueueName() }),
});
