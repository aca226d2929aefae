/**
 * The database is the truth for timers: on a private Redis (never the shared one), FLUSHALL wipes
 * every BullMQ delayed job, and the reconciler arms them again from the store, so the warning and
 * the breach still fire, once each. Real Redis, real BullMQ, a 1-second policy; the test waits for
 * the events, never for a fixed time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CaseService } from '../../handoff/case-service';
import { SlaEngine, parseSlaSection } from '../../handoff/sla';
import { BullmqTimerScheduler } from '../../handoff/timers/bullmq-timer-scheduler';
import { PLAIN_TEXT_CAPABILITIES } from '../../gateway/gateway';
import type { StoredMessage } from '../../gateway/message';
import { createSqliteStore, type SqlStore } from '../../gateway/store';
import { startPrivateRedis, type PrivateRedis } from './redis-support';
import { openAgentCase } from '../support/case-service';

let redis: PrivateRedis;
let store: SqlStore;
let dir: string;
let service: CaseService;

beforeEach(async () => {
  redis = await startPrivateRedis();
  dir = mkdtempSync(join(tmpdir(), 'sb-reconcile-'));
  store = createSqliteStore({ file: join(dir, 'switchboard.db') });
  await store.migrate();
  service = new CaseService({
    store,
    engine: new SlaEngine(
      parseSlaSection({
        policies: [{ match: {}, firstResponse: '1s', resolution: 'off', customerUpdate: 'off' }],
      }),
    ),
    scheduler: new BullmqTimerScheduler({ url: redis.url, queueName: 'sla' }),
    send: () => Promise.resolve({} as StoredMessage),
    capabilitiesFor: () => PLAIN_TEXT_CAPABILITIES,
    logger: pino({ level: 'silent' }),
    // Only the explicit reconcile below re-arms.
    reconcileIntervalMs: 0,
  });
  await service.start();
});

afterEach(async () => {
  await service.close();
  await store.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('fires the warning and the breach once each after FLUSHALL, re-armed by the reconciler', async () => {
  const breached = new Promise<void>((resolve) => service.events.on('sla.breached', () => resolve()));
  const fired: string[] = [];
  service.events.on('sla.warning', ({ event }) => fired.push(event.key));
  service.events.on('sla.breached', ({ event }) => fired.push(event.key));

  const item = await openAgentCase(store, service, '+15550007000', new Date());
  expect(await redis.client.keys('*sla*')).not.toEqual([]);

  await redis.client.flushall();
  expect(await redis.client.dbsize()).toBe(0);
  expect(await service.reconcile()).toBe(1);
  await breached;

  expect(fired.map((key) => key.split(':').at(-1))).toEqual(['warning', 'breached']);
  expect(await store.cases.slaKeys(item.id)).toHaveLength(2);
}, 20_000);
