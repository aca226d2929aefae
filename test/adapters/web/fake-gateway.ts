/**
 * A stand-in for the gateway behind the web adapter: stores messages per address, deduplicates by
 * externalId like the real pipeline, and answers with a scripted bot. It lets route, socket and
 * browser tests observe exactly what reached the sink.
 */
import type { InboundSink } from '../../../gateway/adapter';
import type { InboundMessage, QuickReply, StoredMessage } from '../../../gateway/message';
import type { TurnResult } from '../../../gateway/turn';

/** A scripted reply. */
export interface ScriptedReply {
  text: string;
  options?: QuickReply[];
}

/** Decides the bot's replies to a customer's text. */
export type Script = (text: string) => ScriptedReply[];

/** The demo script used by the browser tests. */
export const demoScript: Script = (text) => {
  const lower = text.toLowerCase();
  if (text === 'ticket-flight') return [{ text: 'Flight tickets can be changed under My Orders.' }];
  if (lower.includes('refund') || text.includes('退款')) return [{ text: 'Refunds take 7 days' }];
  if (lower.includes('ticket') || text.includes('票')) {
    return [
      {
        text: 'Which ticket do you mean?',
        options: [
          { label: 'Flight ticket', value: 'ticket-flight' },
          { label: 'Train ticket', value: 'ticket-train' },
        ],
      },
    ];
  }
  return [{ text: `You said: ${text}` }];
};

export interface FakeGatewayOptions {
  script?: Script;
  /** Artificial processing delay per message (ms), to expose ordering bugs. */
  delayMs?: () => number;
}

/** An in-memory gateway: sink + history for one test. */
export class FakeGateway implements InboundSink {
  readonly received: InboundMessage[] = [];
  readonly #byAddress = new Map<string, StoredMessage[]>();
  readonly #turns = new Map<string, TurnResult>();
  readonly #script: Script;
  readonly #delayMs: () => number;
  #seq = 0;

  constructor(options: FakeGatewayOptions = {}) {
    this.#script = options.script ?? demoScript;
    this.#delayMs = options.delayMs ?? (() => 0);
  }

  async receive(message: InboundMessage): Promise<TurnResult> {
    this.received.push(message);
    const delay = this.#delayMs();
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const previous = this.#turns.get(message.externalId);
    if (previous !== undefined) return { ...previous, duplicate: true };
    const inbound = this.store(message.from, { direction: 'in', author: 'customer', text: message.text });
    const replies = this.#script(message.text).map((reply) =>
      this.store(message.from, {
        direction: 'out',
        author: 'bot',
        text: reply.text,
        options: reply.options ?? [],
      }),
    );
    const turn: TurnResult = {
      message: inbound,
      duplicate: false,
      conversationId: 'conv_1',
      customerId: 'cust_1',
      state: 'bot',
      replies,
    };
    this.#turns.set(message.externalId, turn);
    return turn;
  }

  /** The `history` option of the adapter. */
  readonly history = (address: string, afterId: string | null, limit: number): Promise<StoredMessage[]> => {
    const all = this.#byAddress.get(address) ?? [];
    return Promise.resolve(all.filter((m) => afterId === null || m.id > afterId).slice(0, limit));
  };

  /** Store a message as the real store would (also used to fake agent replies). */
  store(
    address: string,
    fields: Pick<StoredMessage, 'direction' | 'author' | 'text'> & { options?: QuickReply[] },
  ): StoredMessage {
    this.#seq += 1;
    const message: StoredMessage = {
      id: `msg_${String(this.#seq).padStart(8, '0')}`,
      conversationId: 'conv_1',
      customerId: 'cust_1',
      channel: 'web',
      direction: fields.direction,
      externalId: `ext-${this.#seq}`,
      threadKey: address,
      address,
      text: fields.text,
      options: fields.options ?? [],
      attachments: [],
      locale: null,
      metadata: {},
      raw: null,
      author: fields.author,
      inReplyTo: null,
      sentAt: null,
      createdAt: new Date(),
      processedAt: fields.direction === 'in' ? new Date() : null,
      decision: null,
      deliveryStatus: fields.direction === 'out' ? 'pending' : null,
    };
    const list = this.#byAddress.get(address) ?? [];
    list.push(message);
    this.#byAddress.set(address, list);
    return message;
  }
}
