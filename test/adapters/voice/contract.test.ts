/**
 * The voice adapter against the ChannelAdapter contract, driven from Twilio's side through the
 * stand-in: the customer is a caller on a live call (what a voice customer can receive at all);
 * inbound messages are signed gather results, a provider retry is the same turn posted again, and
 * what the customer received is every `<Say>` the call heard (pending text is spoken at the next
 * prompt, here after a silent gather). Outside a live call `send` refuses (tested in call-flow).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { TwilioVoiceAdapter } from '../../../adapters/voice';
import {
  describeChannelAdapterContract,
  RecordingSink,
  type AdapterHarness,
} from '../../contract/channel-adapter-contract';
import { STORE_KINDS } from '../../support/stores';
import { installCalls } from '../../support/twilio-standin/calls';
import { TwilioStandin } from '../../support/twilio-standin/server';

const PUBLIC_URL = 'https://voice-contract.example.test';
const CALLER = '+8613800138000';

async function makeVoiceHarness(): Promise<AdapterHarness> {
  const twilio = await TwilioStandin.start();
  const calls = installCalls(twilio);
  const sqlite = STORE_KINDS.find((kind) => kind.name === 'sqlite');
  if (!sqlite) throw new Error('no SQLite store kind');
  const testStore = await sqlite.make();
  const adapter = new TwilioVoiceAdapter({
    settings: {
      accountSid: twilio.accountSid,
      authToken: twilio.authToken,
      from: '+14155550100',
      publicUrl: PUBLIC_URL,
      apiBase: twilio.baseUrl,
    },
    store: testStore.store,
  });
  const app: FastifyInstance = Fastify();
  await app.register(adapter.routes);
  const listenUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  twilio.connectGateway({ publicUrl: PUBLIC_URL, listenUrl });
  // The customer is on a live call before the contract starts the adapter with its own sink.
  await adapter.start(new RecordingSink());
  const call = await calls.dial({ from: CALLER });
  const turns = new Map<string, number>();
  return {
    adapter,
    customerAddress: CALLER,
    async deliverInbound(text, providerMessageId) {
      const turn = turns.get(providerMessageId) ?? turns.size + 1;
      turns.set(providerMessageId, turn);
      const result = await twilio.webhook(`/webhooks/twilio/voice/gather?lang=zh-CN&turn=${turn}`, {
        AccountSid: twilio.accountSid,
        ApiVersion: '2010-04-01',
        CallSid: call.sid,
        From: CALLER,
        To: '+14155550100',
        CallStatus: 'in-progress',
        Direction: 'inbound',
        SpeechResult: text,
        Confidence: '0.91',
      });
      if (result.status !== 200) throw new Error(`gather answered ${result.status}`);
    },
    async received() {
      if (call.state === 'listening') await call.silence();
      return call.heard.map((text) => ({ text }));
    },
    async close() {
      await app.close();
      await twilio.close();
      await testStore.dispose();
    },
  };
}

describeChannelAdapterContract('voice', makeVoiceHarness);
