/**
 * Voicemail when no one takes the call in time (`<Record transcribe>`): the recording joins the
 * conversation with the audio attached, the transcription as the caller's words, a note gives the
 * URL, and the case stays open for a callback. Also where an unanswered bridge ends.
 */
import { normalizePhone } from '../../gateway/addresses';
import type { InboundMessage } from '../../gateway/message';
import type { TurnResult } from '../../gateway/turn';
import { noteOnCall } from './call-notes';
import { langQuery, type FlowContext } from './flow-context';
import { hangupTwiml, voicemailTwiml } from './twiml';
import type { CallForm } from '../twilio';
import { VOICE_PHRASES, type VoiceLanguage } from './voice-language';

/** Ask for a voicemail after `lines`. */
export function voicemail(context: FlowContext, language: VoiceLanguage, lines: string[]): string {
  return voicemailTwiml(language, lines, {
    action: context.url('recording', langQuery(language)),
    transcribeCallback: context.url('transcription', langQuery(language)),
    maxLengthSeconds: context.settings.voicemailMaxSeconds,
  });
}

/** The voicemail is recorded: it joins the conversation (with the audio attached) and the case notes. */
export async function voicemailRecorded(
  context: FlowContext,
  form: CallForm & {
    RecordingUrl?: string | undefined;
    RecordingSid?: string | undefined;
    RecordingDuration?: number | undefined;
  },
  language: VoiceLanguage,
): Promise<string> {
  const call = context.calls.get(form.CallSid);
  const phrases = VOICE_PHRASES[language];
  const caller = call?.caller ?? normalizePhone(form.From);
  const sink = context.sink();
  const seconds = form.RecordingDuration ?? 0;
  if (call) call.phase = 'ended';
  if (!form.RecordingUrl || seconds === 0 || caller === null || sink === null) {
    await noteOnCall(
      context,
      call,
      `The caller was offered voicemail but left no message (call ${form.CallSid}).`,
    );
    return hangupTwiml(language, [phrases.voicemailEmpty]);
  }
  const voicemailMessage: InboundMessage = {
    channel: 'voice',
    externalId: `${form.CallSid}:voicemail`,
    threadKey: form.CallSid,
    from: caller,
    text: phrases.voicemailMessage(seconds),
    attachments: [
      {
        url: form.RecordingUrl,
        contentType: 'audio/wav',
        name: `voicemail-${form.RecordingSid ?? form.CallSid}.wav`,
      },
    ],
    locale: language,
    metadata: {
      callSid: form.CallSid,
      voicemail: true,
      recordingSid: form.RecordingSid,
      durationSeconds: seconds,
    },
    raw: form,
  };
  let result: TurnResult;
  try {
    result = await sink.receive(voicemailMessage);
  } catch (error) {
    // The recording stays in the Twilio account: the log line says where, for an operator to recover.
    context.logger.error(
      { err: error, callSid: form.CallSid, recordingUrl: form.RecordingUrl },
      'voicemail not stored',
    );
    return hangupTwiml(language, [phrases.voicemailThanks]);
  }
  if (call) call.conversationId ??= result.conversationId;
  await noteOnCall(
    context,
    call ?? { conversationId: result.conversationId, caseId: null },
    `Voicemail (${seconds} s) from ${caller}: ${form.RecordingUrl} — the caller waits for a callback.`,
  );
  return hangupTwiml(language, [phrases.voicemailThanks]);
}

/** The voicemail's transcription arrived (after the call): it joins the conversation as the caller's words. */
export async function voicemailTranscribed(
  context: FlowContext,
  form: CallForm & {
    TranscriptionSid: string;
    TranscriptionText: string;
    TranscriptionStatus: string;
    RecordingSid?: string | undefined;
  },
  language: VoiceLanguage,
): Promise<void> {
  const caller = normalizePhone(form.From);
  const sink = context.sink();
  const text = form.TranscriptionText.trim();
  if (caller === null || sink === null) return;
  if (form.TranscriptionStatus !== 'completed' || text === '') {
    context.logger.warn({ callSid: form.CallSid }, 'voicemail transcription failed');
    return;
  }
  await sink.receive({
    channel: 'voice',
    externalId: `${form.CallSid}:transcription`,
    threadKey: form.CallSid,
    from: caller,
    text,
    locale: language,
    metadata: {
      callSid: form.CallSid,
      voicemailTranscription: true,
      recordingSid: form.RecordingSid,
      transcriptionSid: form.TranscriptionSid,
    },
    raw: form,
  });
}

/** The bridge to the agent ended: goodbye when they talked, else voicemail. */
export async function dialEnded(
  context: FlowContext,
  form: CallForm & { DialCallStatus?: string | undefined },
  language: VoiceLanguage,
): Promise<string> {
  const call = context.calls.get(form.CallSid);
  if (form.DialCallStatus === 'completed' || form.DialCallStatus === 'answered') {
    if (call) call.phase = 'ended';
    return hangupTwiml(language, [VOICE_PHRASES[language].goodbye]);
  }
  await noteOnCall(
    context,
    call,
    `The agent did not answer the bridged call (${form.DialCallStatus ?? 'unknown'}); the caller was offered voicemail.`,
  );
  if (call) call.phase = 'voicemail';
  return voicemail(context, language, [VOICE_PHRASES[language].agentUnavailable]);
}
