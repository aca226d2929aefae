/**
 * The voice adapter against the ChannelAdapter contract, driven from Twilio's side through the
 * stand-in: the customer is a caller on a live call (what a voice customer can receive at all);
 * inbound messages are signed gather results, a provider retry is the same turn posted again, and
 * what the customer received is every `<Say>` the call heard (pending text is spoken at the next
 * prompt, here after a silent gather). Outside a live call `send` refuses (tested in call-flow).
 */
import {
  describeChannelAdapterContract,
  RecordingSink,
  type AdapterHarness,
} from '../../contract/channel-adapter-contract';
import { startLoneVoiceAdapter } from './lone-adapter';

const PUBLIC_URL = 'https://voice-contract.example.test';
const CALLER = '+8613800138000';

async function makeVoiceHarness(): Promise<AdapterHarness> {
  const lone = await startLoneVoiceAdapter(PUBLIC_URL);
  const { adapter, twilio, calls } = lone;
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
    close: () => lone.close(),
  };
}

describeChannelAdapterContract('voice', makeVoiceHarness);
