/** The TimerScheduler contract on both implementations: in-process, and BullMQ on the shared Redis. */
import { MemoryTimerScheduler } from '../../handoff/timers/memory-timer-scheduler';
import { BullmqTimerScheduler } from '../../handoff/timers/bullmq-timer-scheduler';
import { registerTimerContract } from './timer-contract';
import { TEST_REDIS_URL, uniqueQueueName } from './redis-support';

registerTimerContract({
  name: 'in-process',
  make: () => {
    const scheduler = new MemoryTimerScheduler();
    return Promise.resolve({ scheduler, dispose: () => scheduler.close() });
  },
});

registerTimerContract({
  name: 'BullMQ',
  make: () => {
    // Each test on its own fresh queue name: the shared Redis is never flushed.
    const scheduler = new BullmqTimerScheduler({ url: TEST_REDIS_URL, queueName: uniqueQueueName() });
    return Promise.resolve({ scheduler, dispose: () => scheduler.close() });
  },
});
