/**
 * The ingest pipeline against real stores (SQLite and PostgreSQL): dedupe, ordering, routing,
 * conversation lifecycle, and that bad input stores nothing.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Gateway } from '../../gateway/gateway';
import type { InboundMessage } from '../../gateway/message';
import { createMetrics } from '../../gateway/metrics';
import type { HandoffRequest, HandoffService } from '../../handoff/types';
import { RecordingAdapter } from '../support/recording-adapter';
import { ScriptedBot } from '../support/scripted-bot';
import { STORE_KINDS, type TestStore } from '../support/stores';

class RecordingHandoff implements HandoffService {
  readonly opened: HandoffRequest[] = [];
  readonly routed: string[] = [];
  open(request: HandoffRequest): Promise<void> {
    this.opened.push(request);
    return Promise.resolve();
  }
  customerMessage(_conversationId: string, message: { text: string }): Promise<void> {
    this.routed.push(message.text);
    return Promise.resolve();
  }
}

function sms(text: string, externalId: string, from = '+8613800138000'): InboundMessage {
  return { channel: 'sms', externalId, from, text, raw: { Body: text } };
}

/**
 * Both ways a turn is stored: inbound first, then the outcome (webhook channels), and the whole turn
 * in one transaction (channels whose customer waits for the replies in the response).
 */
const MODES = STORE_KINDS.flatMap((kind) => [
  { kind, name: kind.name, mode: 'stored first', inlineReplies: false },
  { kind, name: kind.name, mode: 'whole turn', inlineReplies: true },
]);

describe.each(MODES)('ingest pipeline on $name, $mode', ({ kind, inlineReplies }) => {
  let testStore: TestStore;
  let bot: ScriptedBot;
  let handoff: RecordingHandoff;
  let gateway: Gateway;
  let now: Date;

  beforeEach(async () => {
    testStore = await kind.make();
    bot = new ScriptedBot();
    handoff = new RecordingHandoff();
    now = new Date('2026-11-22T10:00:00Z');
    gateway = new Gateway({
      store: testStore.store,
      bot,
      handoff,
      adapters: new Map([['sms', new RecordingAdapter('sms', { inlineReplies })]]),
      metrics: createMetrics({ processMetrics: false }),
      logger: pino({ level: 'silent' }),
      reopenWindowMs: 60 * 60_000,
      clock: () => now,
    });
  });

  /**
   * Stored first, a duplicate never reaches the bot. In a whole turn the bot decides before the
   * store finds the duplicate, and that decision is discarded: in both, one decision was kept.
   */
  async function expectOneDecisionKept(conversationId: string): Promise<void> {
    if (!inlineReplies) expect(bot.turns).toHaveLength(1);
    const conversation = await testStore.store.getConversation(conversationId);
    expect(conversation?.botState).toEqual({ turns: 1 });
  }

  afterEach(async () => {
    await gateway.close();
    await testStore.dispose();
  });

  it('answers a message and stores both sides with the decision', async () => {
    const turn = await gateway.receive(sms('hello', 'SM1'));
    expect(turn.duplicate).toBe(false);
    expect(turn.replies.map((r) => r.text)).toEqual(['echo: hello']);
    const messages = await testStore.store.listConversationMessages(turn.conversationId);
    expect(messages.map((m) => [m.direction, m.text])).toEqual([
      ['in', 'hello'],
      ['out', 'echo: hello'],
    ]);
    const inbound = await testStore.store.getMessage(turn.message.id);
    expect(inbound?.processedAt).not.toBeNull();
    expect(inbound?.decision).toMatchObject({ kind: 'answer', entryId: 'echo' });
  });

  it('lets the bot begin on the text before the sender is read, and hands that token to the turn', async () => {
    const pending = gateway.receive({ ...sms('hello', 'SM-ahead'), locale: 'en' });
    // Begun synchronously, before the store was asked anything.
    expect(bot.anticipations).toEqual([{ text: 'hello', locale: 'en' }]);
    await pending;
    expect(bot.turns[0]?.anticipated).toBe(bot.anticipations[0]);
  });

  it('answers the turn when the bot fails to begin on its text', async () => {
    bot.anticipate = () => {
      throw new Error('cannot begin');
    };
    const result = await gateway.receive(sms('hello', 'SM-no-head-start'));
    expect(result.replies.map((reply) => reply.text)).toEqual(['echo: hello']);
  });

  it('stores and answers a message delivered twice in a row once', async () => {
    const first = await gateway.receive(sms('hello', 'SM-dup'));
    const second = await gateway.receive(sms('hello', 'SM-dup'));
    expect(second.duplicate).toBe(true);
    expect(second.message.id).toBe(first.message.id);
    expect(second.replies.map((r) => r.id)).toEqual(first.replies.map((r) => r.id));
    await expectOneDecisionKept(first.conversationId);
    const messages = await testStore.store.listConversationMessages(first.conversationId);
    expect(messages).toHaveLength(2);
  });

  it('stores and answers a message delivered ten times concurrently once', async () => {
    bot.delayMs = 5;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => gateway.receive(sms('hello', 'SM-conc'))),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const replyIds = new Set(results.flatMap((r) => r.replies.map((reply) => reply.id)));
    expect(replyIds.size).toBe(1);
    await expectOneDecisionKept(results[0]?.conversationId ?? '');
    const messages = await testStore.store.listConversationMessages(results[0]?.conversationId ?? '');
    expect(messages.filter((m) => m.direction === 'in')).toHaveLength(1);
    expect(messages.filter((m) => m.direction === 'out')).toHaveLength(1);
  });

  it('stores and answers concurrent messages of one conversation in arrival order', async () => {
    bot.delayMs = 2;
    const texts = Array.from({ length: 20 }, (_, i) => `m${i}`);
    const results = await Promise.all(texts.map((text, i) => gateway.receive(sms(text, `SM-order-${i}`))));
    expect(results.map((r) => r.replies[0]?.text)).toEqual(texts.map((t) => `echo: ${t}`));
    const messages = await testStore.store.listConversationMessages(results[0]?.conversationId ?? '');
    expect(messages.map((m) => m.text)).toEqual(texts.flatMap((t) => [t, `echo: ${t}`]));
    expect(bot.turns.map((t) => t.text)).toEqual(texts);
    expect(bot.turns.at(-1)?.state).toEqual({ turns: 19 });
  });

  it('answers thirty customers writing at once, each turn stored whole (batched writes)', async () => {
    const senders = Array.from({ length: 30 }, (_, i) => `+86139000${String(i).padStart(5, '0')}`);
    const texts = senders.map((_, i) => (i % 7 === 3 ? 'human' : i % 5 === 0 ? 'two' : `q${i}`));
    const results = await Promise.all(
      senders.map((from, i) => gateway.receive(sms(texts[i] ?? '', `SM-many-${i}`, from))),
    );
    expect(new Set(results.map((r) => r.customerId)).size).toBe(30);
    for (const [i, result] of results.entries()) {
      const text = texts[i] ?? '';
      const expected =
        text === 'human'
          ? ['A person will help you.']
          : text === 'two'
            ? ['first', 'second']
            : [`echo: ${text}`];
      expect(result.replies.map((r) => r.text)).toEqual(expected);
      expect(result.replies.every((r) => r.inReplyTo === result.message.id && r.address === senders[i])).toBe(
        true,
      );
      expect(result.state).toBe(text === 'human' ? 'queued' : 'bot');
      const inbound = await testStore.store.getMessage(result.message.id);
      expect(inbound?.decision).toMatchObject({ kind: text === 'human' ? 'handoff' : 'answer' });
      expect(inbound?.processedAt).not.toBeNull();
      const conversation = await testStore.store.getConversation(result.conversationId);
      expect(conversation).toMatchObject({ state: result.state, botState: { turns: 1 } });
      const outbox = await testStore.store.getOutboxByMessage(result.replies[0]?.id ?? '');
      // Replies answered in the response are sent already; the others wait in the outbox.
      if (inlineReplies) {
        expect(outbox).toBeNull();
        expect(result.replies.every((r) => r.deliveryStatus === 'sent')).toBe(true);
      } else {
        expect(outbox).toMatchObject({ status: 'pending', address: senders[i] });
      }
    }
    expect(await testStore.store.unprocessedInbound(100)).toEqual([]);
    const again = await Promise.all(
      senders.map((from, i) => gateway.receive(sms(texts[i] ?? '', `SM-many-${i}`, from))),
    );
    expect(again.every((r) => r.duplicate)).toBe(true);
    expect(again.map((r) => r.replies.map((x) => x.id))).toEqual(
      results.map((r) => r.replies.map((x) => x.id)),
    );
  });

  it('keeps one timeline for a customer and reaches them on their latest channel', async () => {
    const first = await gateway.receive(sms('one', 'SM-a'));
    const second = await gateway.receive(sms('two', 'SM-b'));
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.customerId).toBe(first.customerId);
    // The same person calls from the same number (written differently): same customer and timeline,
    // and the conversation now answers on voice.
    const call = await gateway.receive({
      channel: 'voice',
      externalId: 'CA-1',
      from: '+86 138 0013 8000',
      text: 'three',
    });
    expect(call.customerId).toBe(first.customerId);
    expect(call.conversationId).toBe(first.conversationId);
    expect(call.replies[0]).toMatchObject({ channel: 'voice', address: '+8613800138000' });
    const identities = await testStore.store.listIdentities(first.customerId);
    expect(identities.map((i) => [i.channel, i.address])).toEqual([['phone', '+8613800138000']]);
    const conversation = await testStore.store.getConversation(first.conversationId);
    expect(conversation).toMatchObject({ channel: 'voice', address: '+8613800138000' });
  });

  it('hands off, then routes the customer’s next messages to the case without a bot reply', async () => {
    const handed = await gateway.receive(sms('human', 'SM-h1'));
    expect(handed.state).toBe('queued');
    expect(handed.replies.map((r) => r.text)).toEqual(['A person will help you.']);
    expect(handoff.opened).toMatchObject([{ reason: 'human-request', priority: 'normal', channel: 'sms' }]);
    const next = await gateway.receive(sms('are you there?', 'SM-h2'));
    expect(next.replies).toEqual([]);
    expect(next.state).toBe('queued');
    expect(handoff.routed).toEqual(['are you there?']);
    expect(bot.turns).toHaveLength(1);
    const conversation = await testStore.store.getConversation(handed.conversationId);
    expect(conversation?.state).toBe('queued');
  });

  it('continues a resolved conversation within the reopen window and starts a new one after it', async () => {
    const first = await gateway.receive(sms('hello', 'SM-r1'));
    await testStore.store.setConversationState(first.conversationId, 'resolved', now);
    now = new Date(now.getTime() + 30 * 60_000);
    const within = await gateway.receive(sms('again', 'SM-r2'));
    expect(within.conversationId).toBe(first.conversationId);
    expect(within.state).toBe('bot');
    await testStore.store.setConversationState(first.conversationId, 'resolved', now);
    now = new Date(now.getTime() + 2 * 60 * 60_000);
    const after = await gateway.receive(sms('much later', 'SM-r3'));
    expect(after.conversationId).not.toBe(first.conversationId);
    expect(after.customerId).toBe(first.customerId);
    const timeline = await testStore.store.listCustomerTimeline(first.customerId, 100);
    expect(timeline.filter((m) => m.direction === 'in').map((m) => m.text)).toEqual([
      'hello',
      'again',
      'much later',
    ]);
  });

  it('hands off with an apology when the bot fails, and the turn is still recorded', async () => {
    const turn = await gateway.receive(sms('boom', 'SM-boom'));
    expect(turn.state).toBe('queued');
    expect(turn.replies[0]?.text).toMatch(/person/);
    const inbound = await testStore.store.getMessage(turn.message.id);
    expect(inbound?.processedAt).not.toBeNull();
  });

  it('rejects empty, oversized and malformed messages before storing anything', async () => {
    await expect(gateway.receive(sms('   ', 'SM-empty'))).rejects.toMatchObject({
      code: 'SB_ERR_EMPTY_MESSAGE',
      statusCode: 400,
    });
    await expect(gateway.receive(sms('x'.repeat(64 * 1024 + 1), 'SM-big'))).rejects.toMatchObject({
      code: 'SB_ERR_PAYLOAD_TOO_LARGE',
      statusCode: 413,
    });
    await expect(gateway.receive({ ...sms('hi', ''), externalId: '' })).rejects.toMatchObject({
      statusCode: 400,
    });
    expect(await testStore.store.unprocessedInbound(10)).toEqual([]);
    const ok = await gateway.receive(sms('still serving', 'SM-ok'));
    const messages = await testStore.store.listConversationMessages(ok.conversationId);
    expect(messages.map((m) => m.text)).toEqual(['still serving', 'echo: still serving']);
  });

  it('finishes turns in flight on close and refuses new ones with 503', async () => {
    bot.delayMs = 100;
    const inFlight = gateway.receive(sms('slow', 'SM-slow'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const closing = gateway.close();
    await expect(gateway.receive(sms('late', 'SM-late'))).rejects.toMatchObject({
      code: 'SB_ERR_SHUTTING_DOWN',
      statusCode: 503,
    });
    await closing;
    const turn = await inFlight;
    expect(turn.replies.map((r) => r.text)).toEqual(['echo: slow']);
    expect(await testStore.store.unprocessedInbound(10)).toEqual([]);
  });

  it('finishes a turn that was stored but never processed (recovery)', async () => {
    const { customer } = await testStore.store.resolveIdentity('sms', '+8613900139000', now);
    const conversation = await testStore.store.currentConversation(
      customer.id,
      'sms',
      '+8613900139000',
      now,
      1000,
    );
    await testStore.store.insertInbound({
      id: 'msg_orphan',
      conversationId: conversation.id,
      customerId: customer.id,
      channel: 'sms',
      externalId: 'SM-orphan',
      threadKey: null,
      address: '+8613900139000',
      text: 'left behind',
      attachments: [],
      locale: null,
      metadata: {},
      raw: null,
      sentAt: null,
      createdAt: now,
    });
    expect(await gateway.recover()).toBe(1);
    const replies = await testStore.store.repliesTo('msg_orphan');
    expect(replies.map((r) => r.text)).toEqual(['echo: left behind']);
    expect(await gateway.recover()).toBe(0);
  });

  it('sends an agent message to the conversation’s channel once per idempotency key', async () => {
    const turn = await gateway.receive(sms('hello', 'SM-agent'));
    const a = await gateway.send({
      conversationId: turn.conversationId,
      outbound: { text: 'Hi, this is Li from support.' },
      author: 'agent',
      idempotencyKey: 'agent-req-1',
    });
    const b = await gateway.send({
      conversationId: turn.conversationId,
      outbound: { text: 'Hi, this is Li from support.' },
      author: 'agent',
      idempotencyKey: 'agent-req-1',
    });
    expect(b.id).toBe(a.id);
    expect(a.channel).toBe('sms');
    expect(a.address).toBe('+8613800138000');
    const messages = await testStore.store.listConversationMessages(turn.conversationId);
    expect(messages.filter((m) => m.author === 'agent')).toHaveLength(1);
  });
});
