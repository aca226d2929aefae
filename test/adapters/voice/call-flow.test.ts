/**
 * Scripted calls through the Twilio stand-in against the whole gateway, on SQLite and PostgreSQL:
 * greeting → spoken FAQ question → spoken answer → "转人工" → held with the expected wait → an agent
 * claims over the agent API → the live call is bridged by a REST update; the no-agent voicemail path
 * (short SLA) attached to the case; a hang-up while holding noted on the case (from the enqueue
 * action, or the status callback alone); "agent" spoken in English hands off too.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TwilioVoiceAdapter } from '../../../adapters/voice';
import { ErrorCodes } from '../../../gateway/errors';
import type { SimulatedCall } from '../../support/twilio-standin/calls';
import { AGENT_PHONE, OUR_NUMBER, PUBLIC_URL, startVoiceStack, type VoiceStack } from './voice-stack';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/twilio/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    string
  >;

interface CaseView {
  case: { id: string; state: string; reason: string };
  transcript: { text: string; author: string; channel: string }[];
  notes: { text: string }[];
}

describe.each(['sqlite', 'postgres'] as const)('voice calls on %s', (kind) => {
  let stack: VoiceStack;

  beforeAll(async () => {
    stack = await startVoiceStack(kind);
  });
  afterAll(async () => {
    await stack.dispose();
  });

  const openCaseOf = async (caller: string): Promise<CaseView> => {
    const [first] = await stack.messagesOf(caller);
    if (!first) throw new Error(`no messages from ${caller}`);
    const list = (await (await stack.api('GET', '/handoffs?state=open')).json()) as {
      items: { id: string; conversationId: string }[];
    };
    const item = list.items.find((entry) => entry.conversationId === first.conversationId);
    if (!item) throw new Error(`no open case for ${caller}`);
    return (await (await stack.api('GET', `/handoffs/${item.id}`)).json()) as CaseView;
  };

  /** A call from `caller` who asks for a person with `words` and is holding for one. */
  const heldCall = async (caller: string, words: string): Promise<SimulatedCall> => {
    const call = await stack.calls.dial({ from: caller });
    await call.say(words);
    expect(call.state).toBe('queued');
    return call;
  };

  /** Hold rounds until the caller has heard `text` (the outbox speaks the queue notice shortly after). */
  const holdUntilHeard = (call: SimulatedCall, text: string) =>
    vi.waitFor(
      async () => {
        await call.holdRound();
        if (!call.heard.some((line) => line.includes(text))) throw new Error(`not heard yet: ${text}`);
      },
      { timeout: 5000, interval: 20 },
    );

  it('answers a spoken question, holds the caller, and bridges the call when an agent claims', async () => {
    const caller = '+8613800138000';
    const call = await stack.calls.dial({ from: caller, to: OUR_NUMBER });
    expect(call.state).toBe('listening');
    expect(call.heard[0]).toContain('欢迎致电客服');
    expect(call.gather?.language).toBe('cmn-Hans-CN');

    await call.say('机票怎么退票');
    expect(call.state).toBe('listening');
    // The entry's voice variant, not the default answer with its App menu brackets.
    expect(call.heard).toContainEqual(expect.stringContaining('点击申请退票'));
    expect(call.heard.join('')).not.toContain('「申请退票」');

    await call.say('转人工');
    expect(call.state).toBe('queued');
    expect(call.heard).toContainEqual(expect.stringContaining('转接人工客服'));
    expect(call.enqueue?.waitUrl).toMatch(/\/webhooks\/twilio\/voice\/wait\?lang=zh-CN$/);
    await holdUntilHeard(call, '预计等待约');

    const queued = await openCaseOf(caller);
    expect(queued.case).toMatchObject({ state: 'queued', reason: 'human-request' });
    const said = queued.transcript.filter((m) => m.author === 'customer').map((m) => m.text);
    expect(said).toEqual(['机票怎么退票', '转人工']);

    expect((await stack.api('POST', `/handoffs/${queued.case.id}/claim`)).status).toBe(200);
    await vi.waitFor(() => expect(stack.calls.updates).toHaveLength(1), { timeout: 5000, interval: 20 });
    await stack.voice.settle();
    await stack.calls.settled();

    const [update] = stack.calls.updates;
    expect(update?.callSid).toBe(call.sid);
    expect(update?.twiml).toContain(`<Number>${AGENT_PHONE}</Number>`);
    expect(update?.twiml).toContain(`callerId="${OUR_NUMBER}"`);
    const rest = stack.twilio.requestsTo(new RegExp(`/Calls/${call.sid}\\.json$`));
    expect(rest).toHaveLength(1);
    expect(rest[0]?.authenticated).toBe(true);
    expect(call.state).toBe('dialing');
    expect(call.dialed?.target).toMatchObject({ name: 'Number', text: AGENT_PHONE });
    expect(call.heard.at(-1)).toContain('正在为您接通客服人员');

    const assigned = await openCaseOf(caller);
    expect(assigned.case.state).toBe('assigned');
    expect(assigned.notes.map((n) => n.text).join('\n')).toContain(`bridged to ${stack.agent.email}`);

    await call.dialEnds('completed');
    expect(call.state).toBe('ended');
    expect(call.heard.at(-1)).toContain('再见');

    // Calling back while the agent still has the case goes straight to that agent.
    const again = await stack.calls.dial({ from: caller, to: OUR_NUMBER });
    await again.say('我刚才的问题还没说完');
    expect(again.state).toBe('dialing');
    expect(again.dialed?.target).toMatchObject({ name: 'Number', text: AGENT_PHONE });
    expect(again.heard.slice(-2)).toEqual([
      '您的问题已经转给客服人员处理，请稍候。',
      '正在为您接通客服人员。',
    ]);
    expect(stack.calls.updates).toHaveLength(1);
  });

  it('stores and answers a retried gather webhook once, even when the retries race', async () => {
    const caller = '+8613600136000';
    const callSid = `CA${'7a'.repeat(16)}`;
    const ours = { AccountSid: stack.twilio.accountSid, CallSid: callSid, From: caller, Caller: caller };
    const incoming = await stack.twilio.webhook('/webhooks/twilio/voice', {
      ...fixture('voice-incoming'),
      ...ours,
    });
    expect(incoming.body).toContain('/webhooks/twilio/voice/gather?lang=zh-CN&amp;turn=1');
    const gather = { ...fixture('voice-gather-speech'), ...ours };
    const url = '/webhooks/twilio/voice/gather?lang=zh-CN&turn=1';
    const answers = await Promise.all([stack.twilio.webhook(url, gather), stack.twilio.webhook(url, gather)]);
    answers.push(await stack.twilio.webhook(url, gather));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(answers[0]?.body).toContain('点击申请退票');
    const stored = await stack.messagesOf(caller);
    expect(stored.map((m) => [m.direction, m.text.slice(0, 6)])).toEqual([
      ['in', '机票怎么退票'],
      ['out', '您可以在云雀'],
    ]);
    expect(stored[0]).toMatchObject({ externalId: `${callSid}:1`, threadKey: callSid, locale: 'zh-CN' });
    expect(stored[0]?.metadata).toMatchObject({ callSid, turn: 1, input: 'speech', confidence: 0.8834529 });
  });

  it('switches language on 9 and turns away a withheld number without storing anything', async () => {
    const call = await stack.calls.dial({ from: '+14155550124' });
    expect(call.gather?.language).toBe('en-US');
    expect(call.heard).toEqual([expect.stringContaining('thanks for calling'), '如需中文服务，请按 9。']);
    await call.press('9');
    expect(call.gather?.language).toBe('cmn-Hans-CN');
    expect(call.heard.at(-1)).toContain('欢迎致电客服');
    expect(await stack.messagesOf('+14155550124')).toEqual([]);

    const hidden = await stack.calls.dial({ from: '+266696687' });
    expect(hidden.state).toBe('ended');
    expect(hidden.heard.at(-1)).toContain('withheld number');
    expect(await stack.messagesOf('+266696687')).toEqual([]);
  });

  it('hands an urgent utterance to a person as an urgent case', async () => {
    const caller = '+14155550125';
    const call = await stack.calls.dial({ from: caller });
    await call.say("someone stole my card and there are charges I didn't make");
    expect(call.state).toBe('queued');
    const view = await openCaseOf(caller);
    expect(view.case).toMatchObject({ state: 'queued', reason: 'urgent' });
    const list = (await (await stack.api('GET', '/handoffs?state=queued')).json()) as {
      items: { id: string; priority: string }[];
    };
    expect(list.items.find((item) => item.id === view.case.id)?.priority).toBe('urgent');
    await call.hangUp();
  });

  it('takes a voicemail with its transcription when no agent answers within the SLA', async () => {
    const caller = '+8613700137000';
    const call = await heldCall(caller, '我要投诉，转人工');
    await call.holdRound();
    expect(call.state).toBe('queued');

    // The voice policy's first response is due 2 minutes after the case opened.
    stack.advance(3 * 60_000);
    await call.holdRound();
    expect(call.state).toBe('recording');
    expect(call.heard.at(-1)).toContain('请在提示音后留言');
    const recordVerb = call.documents.at(-1) ?? '';
    expect(recordVerb).toContain('transcribe="true"');

    await call.leaveVoicemail({ seconds: 14, transcription: '我的航班取消了，请给我回电话' });
    expect(call.heard.at(-1)).toContain('留言已收到');
    expect(call.state).toBe('ended');

    const messages = await stack.messagesOf(caller);
    const recording = messages.find((m) => m.metadata.voicemail === true);
    expect(recording?.text).toBe('（语音留言，14 秒）');
    expect(recording?.attachments[0]).toMatchObject({ contentType: 'audio/wav' });
    expect(recording?.attachments[0]?.url).toMatch(/\/Recordings\/RE[0-9a-f]{32}$/);
    const view = await openCaseOf(caller);
    expect(view.case.state).toBe('queued');
    expect(view.transcript.map((m) => m.text)).toEqual(
      expect.arrayContaining(['我要投诉，转人工', '（语音留言，14 秒）', '我的航班取消了，请给我回电话']),
    );
    expect(view.notes.map((n) => n.text).join('\n')).toMatch(
      /Voicemail \(14 s\) from \+8613700137000: https:/,
    );
  });

  it('records a hang-up while holding on the case and forgets the call', async () => {
    const caller = '+14155550123';
    const call = await stack.calls.dial({ from: caller });
    expect(call.heard[0]).toContain('thanks for calling');
    await call.press('0');
    expect(call.state).toBe('queued');
    await holdUntilHeard(call, 'expected wait');

    await call.hangUp();
    const view = await openCaseOf(caller);
    expect(view.case.state).toBe('queued');
    expect(view.notes.map((n) => n.text).join('\n')).toMatch(/hung up after holding \d+ s/);
    await expect(
      stack.voice.send(
        caller,
        { text: 'Are you there?' },
        { idempotencyKey: 'k', messageId: 'm', conversationId: 'c' },
      ),
    ).rejects.toMatchObject({ code: ErrorCodes.RECIPIENT_UNREACHABLE });
  });

  it('records a hang-up while holding from the status callback alone (no enqueue action came)', async () => {
    const caller = '+14155550126';
    const call = await heldCall(caller, 'agent');
    await holdUntilHeard(call, 'expected wait');
    const before = stack.twilio.webhooks.length;

    await call.hangUp({ enqueueAction: false });
    expect(stack.twilio.webhooks.slice(before).map((hook) => hook.url)).toEqual([
      `${PUBLIC_URL}/webhooks/twilio/voice/status`,
    ]);
    const view = await openCaseOf(caller);
    expect(view.case).toMatchObject({ state: 'queued', reason: 'human-request' });
    expect(view.notes.map((n) => n.text).join('\n')).toMatch(/hung up after holding \d+ s/);
  });

  /** The voice adapter of another gateway process on the same store and Twilio account. */
  const otherProcess = (clock?: () => Date): TwilioVoiceAdapter =>
    new TwilioVoiceAdapter({
      ...(clock ? { clock } : {}),
      settings: {
        accountSid: stack.twilio.accountSid,
        authToken: stack.twilio.authToken,
        from: OUR_NUMBER,
        publicUrl: PUBLIC_URL,
        apiBase: stack.twilio.baseUrl,
      },
      store: stack.sb.switchboard.store,
      voice: stack.sb.switchboard.config.voice,
    });

  /** Run `work` with the stand-in's webhooks going to `other`'s routes instead of the stack's. */
  async function onOtherProcess(other: TwilioVoiceAdapter, work: () => Promise<void>): Promise<void> {
    const app = Fastify({ logger: false });
    await app.register(other.routes);
    stack.twilio.connectGateway({
      publicUrl: PUBLIC_URL,
      listenUrl: await app.listen({ host: '127.0.0.1', port: 0 }),
    });
    try {
      await work();
    } finally {
      stack.twilio.connectGateway({ publicUrl: PUBLIC_URL, listenUrl: stack.base });
      await app.close();
      await other.stop();
    }
  }

  it("ends the hold of a call another process answered at its case's SLA, with voicemail", async () => {
    const caller = '+8613200132000';
    const call = await heldCall(caller, '转人工');
    // Three minutes on (the voice policy's first response is due after 2), the hold rounds reach a
    // process that did not answer the call: it finds the call's case and its deadline.
    const other = otherProcess(() => new Date(stack.now().getTime() + 3 * 60_000));
    const cases = stack.sb.switchboard.cases;
    if (!cases) throw new Error('no case service');
    other.attachCases(cases);
    await onOtherProcess(other, async () => {
      // Twilio's QueueTime alone (3 of the default 10 minutes) would have kept the caller holding.
      await call.holdRound(180);
      expect(call.state).toBe('recording');
      expect(call.heard.at(-1)).toContain('请在提示音后留言');
      await call.hangUp();
    });
  });

  it("speaks another process's outbox line to a held call through a REST update, then holds again", async () => {
    const caller = '+8613400134000';
    const call = await heldCall(caller, '转人工');
    const [first] = await stack.messagesOf(caller);
    const send = {
      idempotencyKey: 'k-remote',
      messageId: 'm-remote',
      conversationId: first?.conversationId ?? '',
    };
    const other = otherProcess();
    const before = stack.calls.updates.length;

    const line = '客服小李正在查看您的问题，请不要挂机。';
    await expect(other.send(caller, { text: line }, send)).resolves.toEqual({ status: 'sent' });
    await stack.calls.settled();
    const update = stack.calls.updates.at(-1);
    expect(stack.calls.updates).toHaveLength(before + 1);
    expect(update?.callSid).toBe(call.sid);
    expect(update?.twiml).toContain(line);
    expect(update?.twiml).toMatch(
      /<Enqueue [^>]*waitUrl="https:\/\/voice\.example\.test\/webhooks\/twilio\/voice\/wait\?lang=zh-CN"/,
    );
    expect(stack.twilio.requestsTo(new RegExp(`/Calls/${call.sid}\\.json$`), 'GET')).toHaveLength(1);
    expect(call.heard.at(-1)).toBe(line);
    expect(call.state).toBe('queued');
    await call.holdRound();
    expect(call.state).toBe('queued');

    // Once the call is over, Twilio says so: refused as before, nothing redirected.
    await call.hangUp();
    await expect(other.send(caller, { text: line }, send)).rejects.toMatchObject({
      code: ErrorCodes.RECIPIENT_UNREACHABLE,
    });
    expect(stack.calls.updates).toHaveLength(before + 1);
  });

  it('notes a hang-up once when its webhooks reach a process that does not know the call', async () => {
    const caller = '+8613300133000';
    const call = await heldCall(caller, '转人工');
    // A load balancer sends the call's last webhooks (queue result, status) to another process.
    await onOtherProcess(otherProcess(), () => call.hangUp());
    const hooks = stack.twilio.webhooks.slice(-2);
    expect(hooks.map((hook) => [hook.url.replace(/\?.*$/, ''), hook.result.status])).toEqual([
      [`${PUBLIC_URL}/webhooks/twilio/voice/queue-result`, 200],
      [`${PUBLIC_URL}/webhooks/twilio/voice/status`, 200],
    ]);
    const view = await openCaseOf(caller);
    expect(view.case.state).toBe('queued');
    const notes = view.notes.map((n) => n.text).filter((text) => text.includes(call.sid));
    expect(notes).toEqual([
      `The caller hung up after holding 42 s for a person (call ${call.sid}); the case stays open for a callback to ${caller}.`,
    ]);
  });

  // Last: it stops this stack's voice adapter, as if the process that answered the call were gone.
  it('bridges a held call from another process that sees the claim', async () => {
    const caller = '+8613500135000';
    const call = await heldCall(caller, '转人工');
    await stack.voice.stop();
    const other = otherProcess();
    const cases = stack.sb.switchboard.cases;
    if (!cases) throw new Error('no case service');
    other.attachCases(cases);
    const before = stack.calls.updates.length;

    const view = await openCaseOf(caller);
    expect((await stack.api('POST', `/handoffs/${view.case.id}/claim`)).status).toBe(200);
    await vi.waitFor(() => expect(stack.calls.updates.length).toBe(before + 1), {
      timeout: 5000,
      interval: 20,
    });
    await other.stop();
    await stack.calls.settled();
    expect(stack.calls.updates.at(-1)?.callSid).toBe(call.sid);
    expect(call.state).toBe('dialing');
    expect(call.dialed?.target.text).toBe(AGENT_PHONE);
  });
});
