/**
 * Clarifying options on a call: the numbered list is read line by line with a hint to say or press
 * the number, and a key press reaches the gateway as that number (the bot's option resolver reads
 * "2" as the second option), marked as keypad input.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../gateway/message';
import type { TurnResult } from '../../../gateway/turn';
import { RecordingSink } from '../../contract/channel-adapter-contract';
import { startLoneVoiceAdapter, type LoneVoiceAdapter } from './lone-adapter';

/** Answers the first message with numbered options, like the bot's clarify on a channel without buttons. */
class ClarifyingSink extends RecordingSink {
  override async receive(message: InboundMessage): Promise<TurnResult> {
    const turn = await super.receive(message);
    if (this.messages.length > 1) return turn;
    const text = '您是想问：\n1. 机票退票\n2. 酒店取消\n请回复序号，例如“1”。';
    return { ...turn, replies: [{ ...turn.message, id: 'reply-1', direction: 'out', author: 'bot', text }] };
  }
}

describe('clarifying options on a call', () => {
  let lone: LoneVoiceAdapter;

  beforeEach(async () => {
    lone = await startLoneVoiceAdapter('https://voice-options.example.test');
  });
  afterEach(async () => {
    await lone.close();
  });

  it('reads the options one by one and takes a key press as the number', async () => {
    const sink = new ClarifyingSink();
    await lone.adapter.start(sink);
    const call = await lone.calls.dial({ from: '+8613800138001' });
    await call.say('退款');
    expect(call.heard.slice(-5)).toEqual([
      '您是想问：',
      '1. 机票退票',
      '2. 酒店取消',
      '请回复序号，例如“1”。',
      '您可以说出序号，或在键盘上按下序号。',
    ]);
    await call.press('2');
    expect(sink.messages.map((m) => [m.text, m.externalId.endsWith(':2'), m.metadata?.input])).toEqual([
      ['退款', false, 'speech'],
      ['2', true, 'dtmf'],
    ]);
    expect(call.state).toBe('listening');
  });
});
