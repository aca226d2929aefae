/**
 * Every voice webhook is signature-checked before anything happens: unsigned, forged, wrong-URL and
 * replayed-with-changed-body requests to any of its paths (incoming, gather, hold, queue result,
 * recording, transcription, dial result, status) get 403 and leave nothing behind (no message, no
 * case, no customer, no live call); a correctly signed one is answered. On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../gateway/errors';
import { VOICE_PATHS } from '../../../adapters/voice';
import type { WebhookOptions } from '../../support/twilio-standin/server';
import { PUBLIC_URL, startVoiceStack, type VoiceStack } from './voice-stack';

const CALL_SID = `CA${'5e'.repeat(16)}`;

describe.each(['sqlite', 'postgres'] as const)('voice webhook signatures on %s', (kind) => {
  let stack: VoiceStack;

  beforeAll(async () => {
    stack = await startVoiceStack(kind);
  });
  afterAll(async () => {
    await stack.dispose();
  });

  const form = (caller: string, extra: Record<string, string> = {}) => ({
    AccountSid: stack.twilio.accountSid,
    ApiVersion: '2010-04-01',
    CallSid: CALL_SID,
    From: caller,
    To: '+14155550100',
    CallStatus: 'in-progress',
    Direction: 'inbound',
    ...extra,
  });

  const attacks = (caller: string): [string, WebhookOptions][] => [
    ['unsigned', { signature: 'none' }],
    ['forged', { signature: { value: 'bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==' } }],
    ['signed for another URL', { signUrl: `${PUBLIC_URL}/webhooks/twilio/sms` }],
    ['replayed with a changed body', { signParams: form(caller, { SpeechResult: 'hello' }) }],
  ];

  /** Every voice webhook path with the query our callback URLs carry, and a caller of its own. */
  const paths = Object.values(VOICE_PATHS).map((path, index) => ({
    url:
      path === VOICE_PATHS.incoming
        ? path
        : `${path}?lang=en-US${path === VOICE_PATHS.gather ? '&turn=1' : ''}`,
    caller: `+1415555021${index}`,
  }));

  /** What any of the voice routes would act on: speech, a queue result, a recording, a transcription, an end. */
  const payload = {
    SpeechResult: 'I want an agent',
    QueueResult: 'hangup',
    RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
    RecordingDuration: '12',
    TranscriptionSid: `TR${'3c'.repeat(16)}`,
    TranscriptionText: 'please call me back',
    TranscriptionStatus: 'completed',
    DialCallStatus: 'no-answer',
  };

  it.each(paths)('refuses bad signatures on $url with 403 and stores nothing', async ({ url, caller }) => {
    for (const [name, options] of attacks(caller)) {
      const result = await stack.twilio.webhook(url, form(caller, payload), options);
      expect(result.status, name).toBe(403);
      expect(JSON.parse(result.body)).toMatchObject({ error: { code: ErrorCodes.SIGNATURE_INVALID } });
    }
    expect(await stack.messagesOf(caller)).toEqual([]);
    expect(await stack.sb.switchboard.store.cases.listOpen()).toEqual([]);
    await expect(
      stack.voice.send(caller, { text: 'hi' }, { idempotencyKey: 'k', messageId: 'm', conversationId: 'c' }),
    ).rejects.toMatchObject({ code: ErrorCodes.RECIPIENT_UNREACHABLE });
    // No customer was made for the number: the first to resolve it creates it now.
    const { created } = await stack.sb.switchboard.store.resolveIdentity('phone', caller, new Date());
    expect(created).toBe(true);
  });

  it('answers the same request when it is correctly signed', async () => {
    const caller = '+14155550113';
    const result = await stack.twilio.webhook('/webhooks/twilio/voice/gather?lang=en-US&turn=1', {
      ...form(caller),
      SpeechResult: 'How do I get a refund for my flight?',
    });
    expect(result.status).toBe(200);
    expect(result.contentType).toMatch(/^text\/xml/);
    expect(result.body).toContain('<Gather');
    const stored = await stack.messagesOf(caller);
    expect(stored.map((m) => [m.direction, m.externalId])).toContainEqual(['in', `${CALL_SID}:1`]);
  });
});
