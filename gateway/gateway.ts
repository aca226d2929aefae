/**
 * The gateway: one readable ingest pipeline for every channel —
 * verify (adapters) → check → identity → conversation → store/dedupe → route (bot or handoff) →
 * outbox. Inbound messages are stored before anything else happens, and a turn's replies are written
 * with the turn's outcome in one transaction, so a crash loses nothing and sends nothing twice.
 */
import type { Logger } from 'pino';
import type { Anticipation, Bot, BotDecision } from '../bot/types';
import type { HandoffService } from '../handoff/types';
import type { ChannelAdapter, ChannelCapabilities, InboundSink } from './adapter';
import { identityKindOf } from './addresses';
import { ErrorCodes, SwitchboardError } from './errors';
import { newId } from './ids';
import { checkInbound } from './inbound-schema';
import { KeyedLock } from './keyed-lock';
import type { Channel, InboundMessage, OutboundMessage, StoredMessage } from './message';
import type { GatewayMetrics } from './metrics';
import type {
  CompleteTurn,
  Conversation,
  Customer,
  NewInboundMessage,
  NewOutboundMessage,
  Store,
} from './store/types';
import type { TurnResult } from './turn';

/** Capabilities assumed for a channel with no adapter (e.g. the terminal chat). */
export const PLAIN_TEXT_CAPABILITIES: ChannelCapabilities = {
  maxTextLength: 4096,
  richText: false,
  attachments: false,
  quickReplies: false,
  synchronousReplyWindowMs: 0,
};

export interface GatewayOptions {
  store: Store;
  bot: Bot;
  handoff: HandoffService;
  /** Adapters by channel: their capabilities shape the bot's replies. */
  adapters: ReadonlyMap<Channel, ChannelAdapter>;
  metrics: GatewayMetrics;
  logger: Logger;
  /** Told when new outbound messages are waiting, so they go out at once. */
  onOutbound?: () => void;
  /** A resolved conversation continues when the customer writes within this window. Default 24 h. */
  reopenWindowMs?: number;
  /** Clock, for tests. Default `() => new Date()`. */
  clock?: () => Date;
}

/** What an agent (or the system) sends into a conversation. */
export interface ConversationSend {
  conversationId: string;
  outbound: OutboundMessage;
  author: 'agent' | 'system';
  /** Same key → enqueued once (e.g. an agent API request id). Default: a fresh key. */
  idempotencyKey?: string;
}

export class Gateway implements InboundSink {
  readonly #options: GatewayOptions;
  readonly #lock = new KeyedLock();
  readonly #inFlight = new Set<Promise<unknown>>();
  readonly #clock: () => Date;
  readonly #reopenWindowMs: number;
  #closing = false;

  constructor(options: GatewayOptions) {
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
    this.#reopenWindowMs = options.reopenWindowMs ?? 24 * 3_600_000;
  }

  /** Take one inbound message through the pipeline. Resolves when its outcome is stored. */
  receive(inbound: InboundMessage): Promise<TurnResult> {
    if (this.#closing) {
      return Promise.reject(
        new SwitchboardError(ErrorCodes.SHUTTING_DOWN, 'The gateway is shutting down; retry shortly.', {
          statusCode: 503,
        }),
      );
    }
    let message: InboundMessage;
    try {
      message = checkInbound(inbound);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const anticipated = this.#anticipate(message);
    // The lock is taken synchronously, before any await: arrival order is processing order.
    const work = this.#lock.run(`${message.channel}\u0000${message.from}`, () =>
      this.#ingest(message, anticipated),
    );
    this.#track(work);
    return work;
  }

  /**
   * Lets the bot begin on the text (its match runs in a worker thread where there is one) while
   * the customer and the conversation are read; the turn takes that work up if the bot decides it.
   * Only a head start: a bot that fails to begin is asked again by the turn.
   */
  #anticipate(message: InboundMessage): Anticipation | undefined {
    try {
      return this.#options.bot.anticipate?.(message.text, message.locale);
    } catch (error) {
      this.#options.logger.warn({ err: error }, 'bot could not begin on a message; the turn will ask again');
      return undefined;
    }
  }

  /** Enqueue an agent's or the system's message to the conversation's current channel. */
  async send(request: ConversationSend): Promise<StoredMessage> {
    const conversation = await this.#options.store.getConversation(request.conversationId);
    if (!conversation) {
      throw new SwitchboardError(ErrorCodes.NOT_FOUND, `No conversation ${request.conversationId}.`, {
        statusCode: 404,
      });
    }
    // An agent learns at once that the channel refuses this customer; system notices are refused
    // by the adapter at delivery (the outbox records them dead) so handoff flows never break on it.
    if (request.author === 'agent') {
      await this.#options.adapters.get(conversation.channel)?.checkRecipient?.(conversation.address);
    }
    const id = newId('msg');
    const [stored] = await this.#options.store.enqueueOutbound([
      this.#outbound(conversation, request.outbound, {
        id,
        author: request.author,
        inReplyTo: null,
        idempotencyKey: request.idempotencyKey ?? `send:${id}`,
      }),
    ]);
    this.#options.onOutbound?.();
    if (!stored) throw new SwitchboardError(ErrorCodes.STORE, 'The outbound message was not stored.');
    return stored;
  }

  /**
   * Finish turns a crash interrupted: inbound messages stored but never processed, oldest first.
   * Bounded: each message is tried once per call. Returns how many were processed.
   */
  async recover(batchSize = 100): Promise<number> {
    const failed = new Set<string>();
    let processed = 0;
    for (let round = 0; round < 10_000; round++) {
      const pending = (await this.#options.store.unprocessedInbound(batchSize + failed.size)).filter(
        (message) => !failed.has(message.id),
      );
      if (pending.length === 0) break;
      for (const message of pending) {
        try {
          await this.#lock.run(`${message.channel}\u0000${message.address}`, () => this.#resume(message));
          processed++;
        } catch (error) {
          failed.add(message.id);
          this.#options.logger.error({ err: error, messageId: message.id }, 'recovery of a turn failed');
        }
      }
    }
    return processed;
  }

  /** Stop accepting messages and wait for turns in flight to finish. */
  async close(): Promise<void> {
    this.#closing = true;
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  #track(work: Promise<unknown>): void {
    this.#inFlight.add(work);
    // Inline callbacks: tsx keeps the names of named ones, a defineProperty call per turn.
    work.then(
      () => this.#inFlight.delete(work),
      () => this.#inFlight.delete(work),
    );
  }

  async #ingest(inbound: InboundMessage, anticipated: Anticipation | undefined): Promise<TurnResult> {
    const { store } = this.#options;
    const started = performance.now();
    const now = this.#clock();
    // SMS and voice share phone identities: one number is one customer on both.
    const { customer, conversation } = await store.resolveSender(
      identityKindOf(inbound.channel),
      inbound.channel,
      inbound.from,
      now,
      this.#reopenWindowMs,
    );
    const message: NewInboundMessage = {
      id: newId('msg'),
      conversationId: conversation.id,
      customerId: customer.id,
      channel: inbound.channel,
      externalId: inbound.externalId,
      threadKey: inbound.threadKey ?? null,
      address: inbound.from,
      text: inbound.text,
      attachments: inbound.attachments ?? [],
      locale: inbound.locale ?? null,
      metadata: inbound.metadata ?? {},
      raw: inbound.raw ?? null,
      sentAt: inbound.sentAt ?? null,
      createdAt: now,
    };
    const result =
      this.#answersInline(message.channel) && !withPerson(conversation)
        ? await this.#wholeTurn(message, conversation, customer, anticipated)
        : await this.#storedTurn(message, conversation, customer, anticipated);
    this.#options.metrics.turnSeconds.observe(
      { channel: inbound.channel, decision: result.decisionKind },
      (performance.now() - started) / 1000,
    );
    return result.turn;
  }

  /** Whether the channel's customer waits for the replies in the response to their own request. */
  #answersInline(channel: Channel): boolean {
    return this.#options.adapters.get(channel)?.capabilities.inlineReplies === true;
  }

  /**
   * The customer waits on the open request, whose response is the acknowledgement: the bot decides
   * first, and the message is stored with its outcome in one transaction. A crash before the commit
   * stores nothing and acknowledges nothing, so the client's retry (same external id) is the
   * recovery; a duplicate found at the commit is answered from what was stored before.
   */
  async #wholeTurn(
    message: NewInboundMessage,
    conversation: Conversation,
    customer: Customer,
    anticipated: Anticipation | undefined,
  ): Promise<Turned> {
    const decision = await this.#decide(message, conversation, customer, anticipated);
    const outcome = this.#outcome(message, conversation, decision, true);
    const recorded = await this.#options.store.recordTurn({ inbound: message, ...outcome });
    if (!recorded.inserted) {
      return this.#stored(recorded.message, false, conversation, customer, anticipated);
    }
    this.#options.metrics.messagesIn.inc({ channel: message.channel });
    await this.#finish(recorded.message, conversation, customer, decision, outcome.at, true);
    return {
      turn: this.#result(
        recorded.message,
        false,
        { ...conversation, state: outcome.state },
        recorded.replies,
      ),
      decisionKind: decision.kind,
    };
  }

  /** Store the inbound message first, then run the turn: nothing is lost if the process dies. */
  async #storedTurn(
    message: NewInboundMessage,
    conversation: Conversation,
    customer: Customer,
    anticipated: Anticipation | undefined,
  ): Promise<Turned> {
    const { message: stored, inserted } = await this.#options.store.insertInbound(message);
    return this.#stored(stored, inserted, conversation, customer, anticipated);
  }

  /** Continue with an inbound message as stored: new, a duplicate already answered, or a replay. */
  async #stored(
    message: StoredMessage,
    inserted: boolean,
    conversation: Conversation,
    customer: Customer,
    anticipated: Anticipation | undefined,
  ): Promise<Turned> {
    const { store, metrics } = this.#options;
    if (inserted) metrics.messagesIn.inc({ channel: message.channel });
    else metrics.duplicates.inc({ channel: message.channel });
    if (!inserted && message.processedAt) {
      const replies = await store.repliesTo(message.id);
      const original = (await store.getConversation(message.conversationId)) ?? conversation;
      return { turn: this.#result(message, true, original, replies), decisionKind: 'duplicate' };
    }
    const target =
      message.conversationId === conversation.id
        ? conversation
        : ((await store.getConversation(message.conversationId)) ?? conversation);
    return this.#turn(message, target, customer, { duplicate: !inserted, live: true, anticipated });
  }

  /** Process a stored, unprocessed message again (after a crash). */
  async #resume(message: StoredMessage): Promise<TurnResult> {
    const { store } = this.#options;
    const conversation = await store.getConversation(message.conversationId);
    const customer = await store.getCustomer(message.customerId);
    if (!conversation || !customer) {
      throw new SwitchboardError(
        ErrorCodes.STORE,
        `Message ${message.id} points at a missing conversation or customer.`,
      );
    }
    return (await this.#turn(message, conversation, customer, { duplicate: true, live: false })).turn;
  }

  async #turn(
    message: StoredMessage,
    conversation: Conversation,
    customer: Customer,
    { duplicate, live, anticipated }: { duplicate: boolean; live: boolean; anticipated?: Anticipation },
  ): Promise<Turned> {
    if (withPerson(conversation)) {
      return { turn: await this.#routeToHuman(message, conversation, duplicate), decisionKind: 'routed' };
    }
    const decision = await this.#decide(message, conversation, customer, anticipated);
    const inline = live && this.#answersInline(message.channel);
    const outcome = this.#outcome(message, conversation, decision, inline);
    const stored = await this.#options.store.completeTurn({ inboundId: message.id, ...outcome });
    await this.#finish(message, conversation, customer, decision, outcome.at, inline);
    return {
      turn: this.#result(message, duplicate, { ...conversation, state: outcome.state }, stored),
      decisionKind: decision.kind,
    };
  }

  /** What a decision stores: replies on the channel the customer just wrote on, new state. */
  #outcome(
    message: Pick<StoredMessage, 'id' | 'channel' | 'address'>,
    conversation: Conversation,
    decision: BotDecision,
    inline: boolean,
  ): Omit<CompleteTurn, 'inboundId'> {
    // Replies go back on the channel the customer just wrote on (the conversation may have moved).
    const target = { ...conversation, channel: message.channel, address: message.address };
    const replies = decision.replies.map((outbound, index) => {
      const reply = this.#outbound(target, outbound, {
        id: newId('msg'),
        author: 'bot',
        inReplyTo: message.id,
        idempotencyKey: `reply:${message.id}:${index}`,
      });
      reply.deliveredInline = inline;
      return reply;
    });
    return {
      decision: describeDecision(decision),
      conversationId: conversation.id,
      state: decision.kind === 'handoff' ? 'queued' : 'bot',
      botState: decision.nextState,
      replies,
      at: this.#clock(),
    };
  }

  /** After a decision is stored: count it, wake the outbox, open the handoff case. */
  async #finish(
    message: StoredMessage,
    conversation: Conversation,
    customer: Customer,
    decision: BotDecision,
    at: Date,
    inline: boolean,
  ): Promise<void> {
    const { metrics } = this.#options;
    metrics.decisions.inc({ decision: decision.kind });
    const replies = decision.replies.length;
    if (inline) metrics.messagesOut.inc({ channel: message.channel, status: 'sent' }, replies);
    else if (replies > 0) this.#options.onOutbound?.();
    if (decision.kind === 'handoff') await this.#openHandoff(message, conversation, customer, decision, at);
  }

  async #decide(
    message: Pick<StoredMessage, 'id' | 'text' | 'channel' | 'locale'>,
    conversation: Conversation,
    customer: Customer,
    anticipated: Anticipation | undefined,
  ): Promise<BotDecision> {
    const adapter = this.#options.adapters.get(message.channel);
    try {
      return await this.#options.bot.respond({
        text: message.text,
        channel: message.channel,
        capabilities: adapter?.capabilities ?? PLAIN_TEXT_CAPABILITIES,
        ...(message.locale ? { locale: message.locale } : customer.locale ? { locale: customer.locale } : {}),
        customer: { id: customer.id, tier: customer.tier },
        conversationId: conversation.id,
        state: conversation.botState,
        ...(anticipated === undefined ? {} : { anticipated }),
      });
    } catch (error) {
      // One place catches any bot failure (Bot Framework's onTurnError): the customer gets an honest
      // apology and a person, never silence.
      this.#options.logger.error({ err: error, messageId: message.id }, 'bot failed; handing off');
      const zh = /[\u3400-\u9fff]/.test(message.text);
      return {
        kind: 'handoff',
        reason: 'repeated-fallback',
        priority: 'normal',
        candidates: [],
        nextState: {},
        replies: [
          {
            text: zh
              ? '抱歉，我这边出了点问题。已为您转接人工客服，请稍候。'
              : 'Sorry, something went wrong on my side. A person from our team will help you shortly.',
          },
        ],
      };
    }
  }

  async #routeToHuman(
    message: StoredMessage,
    conversation: Conversation,
    duplicate: boolean,
  ): Promise<TurnResult> {
    const at = this.#clock();
    await this.#options.store.completeTurn({
      inboundId: message.id,
      decision: { kind: 'routed', to: 'handoff' },
      conversationId: conversation.id,
      state: conversation.state,
      botState: conversation.botState,
      replies: [],
      at,
    });
    try {
      await this.#options.handoff.customerMessage(conversation.id, message);
    } catch (error) {
      this.#options.logger.error(
        { err: error, conversationId: conversation.id },
        'handoff did not take a message',
      );
    }
    return this.#result(message, duplicate, conversation, []);
  }

  async #openHandoff(
    message: StoredMessage,
    conversation: Conversation,
    customer: Customer,
    decision: BotDecision,
    at: Date,
  ): Promise<void> {
    try {
      await this.#options.handoff.open({
        conversationId: conversation.id,
        customerId: conversation.customerId,
        messageId: message.id,
        channel: message.channel,
        reason: decision.reason ?? 'human-request',
        priority: decision.priority ?? 'normal',
        candidates: decision.candidates,
        at,
        // Already read this turn: the case service need not read them again.
        trigger: { text: message.text, locale: message.locale },
        customer: { locale: customer.locale, tier: customer.tier },
      });
    } catch (error) {
      // The conversation is already `queued` in the database, which the queue reconciles from.
      this.#options.logger.error({ err: error, conversationId: conversation.id }, 'handoff open failed');
    }
  }

  #outbound(
    conversation: Conversation,
    outbound: OutboundMessage,
    extra: Pick<NewOutboundMessage, 'id' | 'author' | 'inReplyTo' | 'idempotencyKey'>,
  ): NewOutboundMessage {
    // Field by field, not `{ ...extra, … }`: V8 (Node 20) adds each property after a spread copy
    // through a slow path, which cost this literal about 13 µs and 4 KB of garbage per reply.
    return {
      id: extra.id,
      author: extra.author,
      inReplyTo: extra.inReplyTo,
      idempotencyKey: extra.idempotencyKey,
      conversationId: conversation.id,
      customerId: conversation.customerId,
      channel: conversation.channel,
      address: conversation.address,
      text: outbound.text,
      options: outbound.options ?? [],
      attachments: outbound.attachments ?? [],
      locale: outbound.locale ?? null,
      threadKey: outbound.threadKey ?? null,
      // Adapters label messages by author (the web page shows "Agent" vs "Assistant").
      metadata: { ...outbound.metadata, author: extra.author },
      createdAt: this.#clock(),
    };
  }

  #result(
    message: StoredMessage,
    duplicate: boolean,
    conversation: Conversation,
    replies: StoredMessage[],
  ): TurnResult {
    return {
      message,
      duplicate,
      conversationId: conversation.id,
      customerId: conversation.customerId,
      state: conversation.state,
      replies,
    };
  }
}

/** A turn's result and the decision kind it is counted under. */
interface Turned {
  turn: TurnResult;
  decisionKind: string;
}

/** While a person owns the conversation, the bot stays silent and messages go to the case. */
function withPerson(conversation: Conversation): boolean {
  return conversation.state === 'queued' || conversation.state === 'assigned';
}

/** The decision as stored beside the inbound message: what the bot understood and why it acted. */
function describeDecision(decision: BotDecision): Record<string, unknown> {
  const described: Record<string, unknown> = { kind: decision.kind, candidates: decision.candidates };
  if (decision.entryId) described.entryId = decision.entryId;
  if (decision.reason) described.reason = decision.reason;
  if (decision.priority) described.priority = decision.priority;
  if (decision.signals && decision.signals.length > 0) described.signals = decision.signals;
  if (decision.locale) described.locale = decision.locale;
  return described;
}
