/**
 * Two whole gateways on one PostgreSQL database, as two processes would run behind a load
 * balancer: a version published through one is served by the other once it has polled, without
 * a restart; a rollback through the other travels back the same way.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPostgresStore } from '../../gateway/store';
import { issueToken, type IssuedToken } from '../support/auth';
import { TEST_DATABASE_URL } from '../support/stores';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

const ENTRY = 'en-flight-refund';
const QUESTION = 'How do I get a refund for my flight?';
const NEW_ANSWER = 'Refunds now take one tap: My Trips, then "Request refund".';
const schema = `sb_kb_two_${Date.now().toString(36)}`;

describe('two gateways on one database', () => {
  let a: TestSwitchboard;
  let b: TestSwitchboard;
  let editor: IssuedToken;

  beforeAll(async () => {
    // Each gateway has its own store (its own pool), both on the same schema.
    const first = createPostgresStore({ url: TEST_DATABASE_URL, schema });
    await first.migrate();
    a = await startTestSwitchboard('postgres', { store: first, kbPollIntervalMs: 50 });
    b = await startTestSwitchboard('postgres', {
      store: createPostgresStore({ url: TEST_DATABASE_URL, schema }),
      kbPollIntervalMs: 50,
    });
    editor = await issueToken(a.switchboard.store, { roles: ['editor'] });
  });
  afterAll(async () => {
    await a.dispose();
    await b.dispose();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  async function answerOn(gateway: TestSwitchboard): Promise<string> {
    const response = await gateway.switchboard.app.inject({
      method: 'POST',
      url: '/webchat/messages',
      payload: { text: QUESTION },
    });
    return response.json<{ replies: { text: string }[] }>().replies[0]?.text ?? '';
  }

  function api(gateway: TestSwitchboard, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) {
    return gateway.switchboard.app.inject({
      method,
      url: `/api/v1/kb${url}`,
      headers: editor.headers,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  }

  it('serves a version published on the other gateway, and a rollback made there', async () => {
    // The second gateway found version 1 in the database and did not seed again.
    expect(b.switchboard.kb?.publisher.liveVersion).toBe(1);
    const before = await answerOn(b);
    const current = await api(a, 'GET', `/entries/${ENTRY}`);
    const edited = { ...current.json<Record<string, unknown>>(), answer: NEW_ANSWER };
    expect((await api(a, 'PUT', `/entries/${ENTRY}`, edited)).statusCode).toBe(200);
    expect((await api(a, 'POST', '/publish', {})).statusCode).toBe(200);
    expect(await answerOn(a)).toBe(NEW_ANSWER);

    await vi.waitFor(async () => expect(await answerOn(b)).toBe(NEW_ANSWER), {
      timeout: 15_000,
      interval: 50,
    });
    expect(b.switchboard.kb?.publisher.liveVersion).toBe(2);

    expect((await api(b, 'POST', '/rollback', { version: 1 })).statusCode).toBe(200);
    await vi.waitFor(async () => expect(await answerOn(a)).toBe(before), { timeout: 15_000, interval: 50 });
    expect(a.switchboard.kb?.publisher.liveVersion).toBe(3);
  });
});
