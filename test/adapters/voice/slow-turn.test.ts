/**
 * A turn slower than the reply budget (Twilio gives up on a webhook after 15 s): the caller hears
 * "one moment", Twilio follows our redirect for the same turn, and that request speaks the turn's
 * replies once they are decided — the utterance reaches the gateway once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TwilioVoiceAdapter } from '../../../adapters/voice';
import type { InboundMessage, StoredMessage } from '../../../gateway/message';
import type { TurnResult } from '../../../gateway/turn';
import { RecordingSink } from '../../contract/channel-adapter-contract';
import type { StandinCalls } from '../../support/twilio-standin/calls';
import { startLoneVoiceAdapter, type LoneVoiceAdapter } from './lone-adapter';

const PUBLIC_URL = 'https://voice-slow.example.test';

/** A sink that answers each message with one reply, once the test opens the gate. */
class GatedSink extends RecordingSink {
  #open: (() => void) | undefined;
  readonly #gate = new Promise<void>((resolve) => {
    this.#open = resolve;
  });

  open(): void {
    this.#open?.();
  }

  override async receive(message: InboundMessage): Promise<TurnResult> {
    const turn = await super.receive(message);
    await this.#gate;
    const reply: StoredMessage = {
      ...turn.message,
      id: `${turn.message.id}-reply`,
      direction: 'out',
      author: 'bot',
      text: 'Refunds reach your card in three to seven days.',
    };
    return { ...turn, replies: [reply] };
  }
}

describe('a voice turn slower than the reply budget', () => {
  let lone: LoneVoiceAdapter;
  let adapter: TwilioVoiceAdapter;
  let calls: StandinCalls;

  beforeEach(async () => {
    lone = await startLoneVoiceAdapter(PUBLIC_URL, { replyBudgetMs: 50 });
    ({ adapter, calls } = lone);
  });

  afterEach(async () => {
    await lone.close();
  });

  it('says "one moment", then the replies on the redirected request', async () => {
    const sink = new GatedSink();
    await adapter.start(sink);
    const call = await calls.dial({ from: '+14155550142' });
    const saying = call.say('How long does a refund take?');
    // The first answer is "one moment" and a redirect; the redirected request waits for the turn.
    await vi.waitFor(() => expect(call.heard).toContain('One moment, please.'), {
      timeout: 5000,
      interval: 10,
    });
    expect(call.documents.at(-1)).toMatch(
      /<Redirect method="POST">[^<]*turn=1&amp;silence=0&amp;late=1<\/Redirect>/,
    );
    sink.open();
    await saying;
    expect(call.heard.slice(-2)).toEqual([
      'One moment, please.',
      'Refunds reach your card in three to seven days.',
    ]);
    expect(call.state).toBe('listening');
    expect(call.gather?.action).toContain('turn=2');
    expect(sink.messages).toHaveLength(1);
  });

  it('asks again under a new turn when the turn outlasts three redirects', async () => {
    const sink = new GatedSink();
    await adapter.start(sink);
    const call = await calls.dial({ from: '+14155550143' });
    await call.say('How long does a refund take?');
    expect(call.heard.filter((line) => line === 'One moment, please.')).toHaveLength(3);
    expect(call.heard.at(-1)).toContain("didn't catch that");
    expect(call.gather?.action).toContain('turn=2');
    sink.open();
  });
});
