/**
 * The voice adapter alone on its own Fastify server (no gateway), on a fresh SQLite store, talking to
 * the Twilio stand-in: for the contract suite and tests that bring their own sink.
 */
import Fastify from 'fastify';
import { TwilioVoiceAdapter, type TwilioVoiceAdapterOptions } from '../../../adapters/voice';
import { STORE_KINDS } from '../../support/stores';
import { installCalls, type StandinCalls } from '../../support/twilio-standin/calls';
import { TwilioStandin } from '../../support/twilio-standin/server';

export interface LoneVoiceAdapter {
  adapter: TwilioVoiceAdapter;
  twilio: TwilioStandin;
  calls: StandinCalls;
  /** Stop the adapter; close the server, the stand-in and the store. */
  close(): Promise<void>;
}

export async function startLoneVoiceAdapter(
  publicUrl: string,
  options: Partial<Omit<TwilioVoiceAdapterOptions, 'settings' | 'store'>> = {},
): Promise<LoneVoiceAdapter> {
  const twilio = await TwilioStandin.start();
  const calls = installCalls(twilio);
  const sqlite = STORE_KINDS.find((kind) => kind.name === 'sqlite');
  if (!sqlite) throw new Error('no SQLite store kind');
  const testStore = await sqlite.make();
  const adapter = new TwilioVoiceAdapter({
    ...options,
    settings: {
      accountSid: twilio.accountSid,
      authToken: twilio.authToken,
      from: '+14155550100',
      publicUrl,
      apiBase: twilio.baseUrl,
    },
    store: testStore.store,
  });
  const app = Fastify();
  await app.register(adapter.routes);
  twilio.connectGateway({ publicUrl, listenUrl: await app.listen({ port: 0, host: '127.0.0.1' }) });
  return {
    adapter,
    twilio,
    calls,
    async close() {
      await adapter.stop();
      await app.close();
      await twilio.close();
      await testStore.dispose();
    },
  };
}
