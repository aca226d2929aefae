/**
 * The ChannelAdapter contract: every adapter (web chat now; SMS, voice, e-mail, WeChat, Bot
 * Framework later) must pass it. A harness drives the adapter from the provider's side — a real
 * webhook, socket or mailbox — and reports what the customer received.
 *
 * Usage, in `test/adapters/<channel>/contract.test.ts`:
 *   describeChannelAdapterContract('web', async () => makeWebHarness());
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelAdapter, InboundSink } from '../../gateway/adapter';
import { CHANNELS, type InboundMessage, type OutboundMessage, type QuickReply } from '../../gateway/message';
import type { TurnResult } from '../../gateway/turn';
import { eventually } from '../support/eventually';

/** What the customer's side of the channel received for one outbound message. */
export interface ReceivedMessage {
  text: string;
  options?: QuickReply[];
}

export interface AdapterHarness {
  adapter: ChannelAdapter;
  /** A valid customer address on this channel, as the adapter normalizes it (`from` of inbound). */
  customerAddress: string;
  /**
   * Make the provider deliver one customer message through the adapter's real inbound path. The
   * same `providerMessageId` twice means the provider retried the same message.
   */
  deliverInbound(text: string, providerMessageId: string): Promise<void>;
  /** Everything delivered to `customerAddress` so far, in order. */
  received(): Promise<ReceivedMessage[]>;
  /** Release servers, sockets and files. */
  close(): Promise<void>;
}

/** A sink that records what reaches the gateway and answers with an empty turn. */
export class RecordingSink implements InboundSink {
  readonly messages: InboundMessage[] = [];

  receive(message: InboundMessage): Promise<TurnResult> {
    this.messages.push(message);
    const now = new Date();
    return Promise.resolve({
      message: {
        id: `msg_${this.messages.length}`,
        conversationId: 'conv_1',
        customerId: 'cus_1',
        channel: message.channel,
        direction: 'in',
        externalId: message.externalId,
        threadKey: message.threadKey ?? null,
        address: message.from,
        text: message.text,
        options: [],
        attachments: message.attachments ?? [],
        locale: message.locale ?? null,
        metadata: message.metadata ?? {},
        raw: message.raw ?? null,
        author: 'customer',
        inReplyTo: null,
        sentAt: null,
        createdAt: now,
        processedAt: now,
        decision: null,
        deliveryStatus: null,
      },
      duplicate: false,
      conversationId: 'conv_1',
      customerId: 'cus_1',
      state: 'bot',
      replies: [],
    });
  }
}

const CONTEXT = { idempotencyKey: 'contract-key-1', messageId: 'msg_contract_1', conversationId: 'conv_1' };

function sendContext(n: number) {
  return { ...CONTEXT, idempotencyKey: `contract-key-${n}`, messageId: `msg_contract_${n}` };
}

export function describeChannelAdapterContract(
  name: string,
  makeHarness: () => Promise<AdapterHarness>,
): void {
  describe(`ChannelAdapter contract: ${name}`, () => {
    let harness: AdapterHarness;
    let sink: RecordingSink;

    beforeEach(async () => {
      harness = await makeHarness();
      sink = new RecordingSink();
      await harness.adapter.start(sink);
    });

    afterEach(async () => {
      await harness.adapter.stop();
      await harness.close();
    });

    it('names a known channel and declares sane capabilities', () => {
      const { channel, capabilities } = harness.adapter;
      expect(CHANNELS).toContain(channel);
      expect(capabilities.maxTextLength).toBeGreaterThan(0);
      expect(capabilities.synchronousReplyWindowMs).toBeGreaterThanOrEqual(0);
    });

    it('normalizes an inbound message and keeps the raw payload', async () => {
      await harness.deliverInbound('  Where is my refund? 我的退款在哪里？ ', 'contract-in-1');
      const [message] = await eventually(
        () => Promise.resolve(sink.messages),
        (list) => list.length > 0,
      );
      expect(message?.channel).toBe(harness.adapter.channel);
      expect(message?.from).toBe(harness.customerAddress);
      expect(message?.text.trim()).toBe('Where is my refund? 我的退款在哪里？');
      expect(message?.externalId.length).toBeGreaterThan(0);
      expect(message?.raw).toBeDefined();
    });

    it('gives a retried provider message the same external id, so the gateway dedupes it', async () => {
      await harness.deliverInbound('hello', 'contract-in-dup');
      await harness.deliverInbound('hello', 'contract-in-dup');
      await harness.deliverInbound('hello', 'contract-in-other');
      const list = await eventually(
        () => Promise.resolve(sink.messages),
        (messages) => messages.length >= 3,
      );
      expect(list[0]?.externalId).toBe(list[1]?.externalId);
      expect(list[2]?.externalId).not.toBe(list[0]?.externalId);
    });

    it('delivers sent text to the customer and returns a receipt', async () => {
      const receipt = await harness.adapter.send(
        harness.customerAddress,
        { text: 'Your refund is on its way. 退款已在路上。' },
        sendContext(1),
      );
      expect(['sent', 'delivered']).toContain(receipt.status);
      const received = await eventually(
        () => harness.received(),
        (list) => list.length > 0,
      );
      expect(received.map((m) => m.text).join('\n')).toContain('Your refund is on its way. 退款已在路上。');
    });

    it('never loses options: tappable where supported, written into the text otherwise', async () => {
      const outbound: OutboundMessage = {
        text: 'Did you mean:',
        options: [
          { label: 'Flight refund', value: 'flight-refund' },
          { label: 'Hotel refund', value: 'hotel-refund' },
        ],
      };
      await harness.adapter.send(harness.customerAddress, outbound, sendContext(2));
      const received = await eventually(
        () => harness.received(),
        (list) => list.length > 0,
      );
      const shown = received.flatMap((m) => [m.text, ...(m.options ?? []).map((o) => o.label)]).join('\n');
      expect(shown).toContain('Flight refund');
      expect(shown).toContain('Hotel refund');
      if (!harness.adapter.capabilities.quickReplies)
        expect(received.some((m) => (m.options ?? []).length > 0)).toBe(false);
    });

    it('delivers text longer than maxTextLength completely, in parts that fit', async () => {
      const max = harness.adapter.capabilities.maxTextLength;
      const words = Array.from({ length: Math.ceil((max * 1.5) / 8) + 5 }, (_, i) => `w${i}`);
      const text = words.join(' ');
      await harness.adapter.send(harness.customerAddress, { text }, sendContext(3));
      const received = await eventually(
        () => harness.received(),
        (list) =>
          list
            .map((m) => m.text)
            .join(' ')
            .includes(words[words.length - 1] ?? ''),
      );
      for (const part of received) expect(part.text.length).toBeLessThanOrEqual(max);
      const joined = received.map((m) => m.text).join(' ');
      for (const word of [words[0], words[Math.floor(words.length / 2)], words[words.length - 1]]) {
        expect(joined).toMatch(new RegExp(`\\b${word}\\b`));
      }
    });

    it('stops handing inbound messages to the sink after stop()', async () => {
      await harness.adapter.stop();
      await harness.deliverInbound('after stop', 'contract-in-stopped').catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(sink.messages.map((m) => m.text)).not.toContain('after stop');
      // afterEach stops again: stop() must be idempotent.
    });
  });
}
