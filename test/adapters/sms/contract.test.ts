/**
 * The SMS adapter against the ChannelAdapter contract. The harness plays Twilio: signed webhooks
 * for inbound messages, and the stand-in's Messages log for what the customer's phone received.
 */
import { describeChannelAdapterContract, type AdapterHarness } from '../../contract/channel-adapter-contract';
import { inboundForm, messageSid, startSmsHarness } from './sms-harness';

const CUSTOMER = '+8613800138000';

async function makeSmsHarness(): Promise<AdapterHarness> {
  // Generous limits: the contract sends long texts in many parts.
  const sms = await startSmsHarness({ outboundLimit: { limit: 1000, windowMs: 60_000 } });
  return {
    adapter: sms.adapter,
    customerAddress: CUSTOMER,
    async deliverInbound(text, providerMessageId) {
      const result = await sms.twilio.webhook(
        '/webhooks/twilio/sms',
        inboundForm(sms.twilio, CUSTOMER, text, messageSid(providerMessageId)),
      );
      if (result.status !== 200) throw new Error(`webhook answered ${result.status}: ${result.body}`);
    },
    received: () => Promise.resolve(sms.messages.to(CUSTOMER).map((m) => ({ text: m.body }))),
    close: () => sms.close(),
  };
}

describeChannelAdapterContract('sms', makeSmsHarness);
