/**
 * An SMS adapter wired to the Twilio stand-in, for adapter-level tests: the adapter's routes on a
 * real listening Fastify app, its REST client pointed at the stand-in, opt-outs in a real SQLite store.
 */
import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { TwilioSmsAdapter, type TwilioSmsAdapterOptions } from '../../../adapters/sms';
import type { TwilioSettings } from '../../../adapters/twilio';
import { registerErrorHandlers } from '../../../gateway/http-errors';
import { STORE_KINDS, type StoreKind, type TestStore } from '../../support/stores';
import { installMessages, type StandinMessages } from '../../support/twilio-standin/messages';
import { TwilioStandin } from '../../support/twilio-standin/server';

export const PUBLIC_URL = 'https://switchboard.example.com';
export const OUR_NUMBER = '+14155550100';

export interface SmsHarness {
  adapter: TwilioSmsAdapter;
  twilio: TwilioStandin;
  messages: StandinMessages;
  app: FastifyInstance;
  testStore: TestStore;
  settings: TwilioSettings;
  close(): Promise<void>;
}

/** A Twilio message sid derived from a test's own id (`SM` + 32 hex). */
export function messageSid(id: string): string {
  return `SM${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
}

/** An inbound message form as Twilio documents it. */
export function inboundForm(
  twilio: TwilioStandin,
  from: string,
  body: string,
  sid: string,
): Record<string, string> {
  return {
    ToCountry: 'US',
    SmsMessageSid: sid,
    NumMedia: '0',
    SmsSid: sid,
    SmsStatus: 'received',
    Body: body,
    To: OUR_NUMBER,
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: twilio.accountSid,
    From: from,
    ApiVersion: '2010-04-01',
  };
}

/** The adapter on the stand-in, its store a fresh one of `kind` (default SQLite). */
export async function startSmsHarness(
  options: Partial<Omit<TwilioSmsAdapterOptions, 'settings' | 'store'>> = {},
  kind: StoreKind = STORE_KINDS[0] as StoreKind,
): Promise<SmsHarness> {
  const twilio = await TwilioStandin.start();
  const messages = installMessages(twilio);
  const testStore = await kind.make();
  const settings: TwilioSettings = {
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    from: OUR_NUMBER,
    publicUrl: PUBLIC_URL,
    apiBase: twilio.baseUrl,
  };
  const adapter = new TwilioSmsAdapter({ settings, store: testStore.store.sms, ...options });
  const app = Fastify({ logger: false });
  registerErrorHandlers(app);
  await app.register(adapter.routes);
  twilio.connectGateway({
    publicUrl: PUBLIC_URL,
    listenUrl: await app.listen({ host: '127.0.0.1', port: 0 }),
  });
  return {
    adapter,
    twilio,
    messages,
    app,
    testStore,
    settings,
    async close() {
      await messages.settled();
      await app.close();
      await twilio.close();
      await testStore.dispose();
    },
  };
}
