/**
 * The timing promise on real Redis (BullMQ delayed jobs) and real stores: with a 2-second
 * first-response policy, `sla.warning` fires within 250 ms after 80 % (1.6 s) and `sla.breached`
 * within 250 ms after 2 s, once each. The shared Redis is used under a queue name of this test's
 * own, never flushed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseService } from '../../handoff/case-service';
import { parseSlaSection, SlaEngine } from '../../handoff/sla';
import { BullmqTimerScheduler } from '../../handoff/timers/bullmq-timer-scheduler';
import { openAgentCase, testCaseService } from '../support/case-service';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { TEST_REDIS_URL, uniqueQueueName } from './redis-support';

const TOLERANCE_MS = 250;

for (const kind of STORE_KINDS) {
  describe(`SLA timing on Redis (${kind.name})`, () => {
    let fresh: TestStore;
    let service: CaseService;
    beforeEach(async () => {
      fresh = await kind.make();
      ({ service } = testCaseService({
        store: fresh.store,
        clock: () => new Date(),
        engine: new SlaEngine(
          parseSlaSection({
            policies: [
              {
                match: {},
                firstResponse: '2s',
                nextResponse: 'off',
                resolution: 'off',
                customerUpdate: 'off',
              },
            ],
          }),
        ),
        scheduler: new BullmqTimerScheduler({ url: TEST_REDIS_URL, queueName: uniqueQueueName() }),
      }));
      await service.start();
    });
    afterEach(async () => {
      await service.close();
      await fresh.dispose();
    });

    it('fires the warning and the breach within 250 ms of their due times, once each', async () => {
      const fired: Array<{ type: string; late: number }> = [];
      const breached = new Promise<void>((resolve) => {
        service.events.on('sla.breached', ({ event }) => {
          fired.push({ type: 'breached', late: Date.now() - event.dueAt.getTime() });
          resolve();
        });
      });
      service.events.on('sla.warning', ({ event }) =>
        fired.push({ type: 'warning', late: Date.now() - event.warnAt.getTime() }),
      );
      const item = await openAgentCase(fresh.store, service, '+15550006000', new Date());
      const [deadline] = service.deadlinesOf(item);
      expect(deadline?.dueAt.getTime()).toBe(item.openedAt.getTime() + 2000);
      expect(deadline?.warnAt.getTime()).toBe(item.openedAt.getTime() + 1600);

      await breached;
      // Anything armed twice would fire well within another second.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(fired.map((f) => f.type)).toEqual(['warning', 'breached']);
      for (const { type, late } of fired) {
        expect({ type, late: late >= 0 && late <= TOLERANCE_MS }).toEqual({ type, late: true });
      }
      expect(await fresh.store.cases.slaKeys(item.id)).toHaveLength(2);
    }, 15_000);
  });
}
