/**
 * What `send` does on voice: text for a caller on a live call is spoken at their next prompt; a call
 * Twilio has sent nothing for in a while is taken as ended (its end may never be reported), and
 * text for a number with no live call is refused with SB_ERR_RECIPIENT_UNREACHABLE.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../gateway/errors';
import { RecordingSink } from '../../contract/channel-adapter-contract';
import { startLoneVoiceAdapter, type LoneVoiceAdapter } from './lone-adapter';

const CONTEXT = { idempotencyKey: 'k1', messageId: 'm1', conversationId: 'c1' };

describe('sending to a caller', () => {
  let lone: LoneVoiceAdapter;
  let offset = 0;

  beforeEach(async () => {
    offset = 0;
    lone = await startLoneVoiceAdapter('https://voice-send.example.test', {
      clock: () => new Date(Date.now() + offset),
    });
    await lone.adapter.start(new RecordingSink());
  });
  afterEach(async () => {
    await lone.close();
  });

  it('speaks to a live call, and refuses once the call has gone quiet', async () => {
    const caller = '+8613800138002';
    const call = await lone.calls.dial({ from: caller });
    await expect(lone.adapter.send(caller, { text: '您的退款已到账。' }, CONTEXT)).resolves.toEqual({
      status: 'sent',
    });
    await call.silence();
    expect(call.heard.slice(-2)).toEqual(['您的退款已到账。', '还有其他问题吗？请直接说；转人工请按 0。']);

    offset = 3 * 60_000;
    await expect(lone.adapter.send(caller, { text: '还在吗？' }, CONTEXT)).rejects.toMatchObject({
      code: ErrorCodes.RECIPIENT_UNREACHABLE,
    });
    await call.silence();
    await expect(lone.adapter.send(caller, { text: '还在吗？' }, CONTEXT)).resolves.toEqual({
      status: 'sent',
    });
  });

  it('refuses a number that is not on a call', async () => {
    await expect(lone.adapter.send('+8613800138003', { text: 'Hello' }, CONTEXT)).rejects.toMatchObject({
      code: ErrorCodes.RECIPIENT_UNREACHABLE,
      statusCode: 409,
    });
  });
});
