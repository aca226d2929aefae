/**
 * Two gateways started with one REDIS_URL and REDIS_PREFIX (as two processes behind a load
 * balancer) count one per-number inbound limit between them: the customer's fourth text within the
 * window is refused with 429 whichever process receives it, and its bucket lives under
 * `<REDIS_PREFIX>:sms:rate:in:<number>`. Real Redis, private prefix, removed afterwards.
 */
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteRedisKeys, uniqueRedisPrefix } from '../../support/redis-prefix';
import { startSmsGateway, type SmsGateway } from './sms-gateway';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CUSTOMER = '+8613800138088';

describe('SMS rate limits across gateway processes (Redis)', () => {
  const prefix = uniqueRedisPrefix('sms-procs');
  const gateways: SmsGateway[] = [];

  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gateway) => gateway.dispose()));
    await deleteRedisKeys(REDIS_URL, prefix);
  });

  it('shares one inbound limit per number between two gateways', async () => {
    const config = { REDIS_URL, REDIS_PREFIX: prefix, SMS_INBOUND_LIMIT: '3/1h' };
    gateways.push(await startSmsGateway('sqlite', config), await startSmsGateway('sqlite', config));
    const [a, b] = gateways as [SmsGateway, SmsGateway];
    const statuses = [
      (await a.text(CUSTOMER, 'hello')).status,
      (await b.text(CUSTOMER, 'are you there')).status,
      (await a.text(CUSTOMER, 'my refund')).status,
      (await b.text(CUSTOMER, 'please answer')).status,
    ];
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Another number has its own bucket.
    expect((await b.text('+8613800138089', 'hi')).status).toBe(200);
    const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      expect(await client.exists(`${prefix}:sms:rate:in:${CUSTOMER}`)).toBe(1);
    } finally {
      client.disconnect();
    }
  });
});
