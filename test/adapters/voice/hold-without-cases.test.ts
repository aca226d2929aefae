/**
 * The voice adapter without a case service attached (a custom handoff): a held caller goes to
 * voicemail after the default 10 minutes, and a voicemail the gateway fails to store still thanks
 * the caller (the recording stays in the Twilio account; the error is logged with its URL).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../gateway/message';
import type { TurnResult } from '../../../gateway/turn';
import { RecordingSink } from '../../contract/channel-adapter-contract';
import { startLoneVoiceAdapter, type LoneVoiceAdapter } from './lone-adapter';

/** Hands every caller to a person, and fails to store voicemails. */
class HandoffSink extends RecordingSink {
  override async receive(message: InboundMessage): Promise<TurnResult> {
    if (message.metadata?.voicemail === true) throw new Error('store unreachable');
    const turn = await super.receive(message);
    return { ...turn, state: 'queued' };
  }
}

describe('holding without a case service', () => {
  let lone: LoneVoiceAdapter;
  let offset = 0;
  const errors: object[] = [];

  beforeEach(async () => {
    offset = 0;
    errors.length = 0;
    const ignore = (): void => undefined;
    lone = await startLoneVoiceAdapter('https://voice-hold.example.test', {
      clock: () => new Date(Date.now() + offset),
      logger: { info: ignore, warn: ignore, error: (details) => errors.push(details) },
    });
    await lone.adapter.start(new HandoffSink());
  });
  afterEach(async () => {
    await lone.close();
  });

  it('offers voicemail after 10 minutes and thanks the caller even when storing it fails', async () => {
    const call = await lone.calls.dial({ from: '+14155550177' });
    await call.say('agent');
    expect(call.state).toBe('queued');
    expect(call.heard.at(-1)).toBe('Your request is already with our team. Please hold.');
    offset = 9 * 60_000;
    await call.holdRound();
    expect(call.state).toBe('queued');
    offset = 10 * 60_000 + 1000;
    await call.holdRound();
    expect(call.state).toBe('recording');

    await call.leaveVoicemail({ seconds: 8 });
    expect(call.heard.at(-1)).toContain('we got your message');
    expect(call.state).toBe('ended');
    const logged = errors.map((details) => (details as { recordingUrl?: string }).recordingUrl ?? '');
    expect(logged).toContainEqual(expect.stringMatching(/\/Recordings\/RE[0-9a-f]{32}$/));
  });
});
