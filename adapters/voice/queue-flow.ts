/**
 * The person half of a call: holding in the queue (`<Enqueue waitUrl>`), the bridge to the agent who
 * claims the case (the REST API replaces the live call's TwiML with a `<Dial>`), voicemail when no
 * one comes in time (`<Record transcribe>`, attached to the case as messages and a note), and the
 * call's end (a hang-up while holding is noted on the case). The case stays open for a callback.
 */
import { normalizePhone } from '../../gateway/addresses';
import type { Case } from '../../gateway/store/case-types';
import type { LiveCall } from './call-registry';
import { langQuery, type FlowContext } from './flow-context';
import { dialTwiml, emptyTwiml, hangupTwiml, holdTwiml, leaveQueueTwiml, voicemailTwiml } from './twiml';
import type { CallForm } from '../twilio';
import { VOICE_PHRASES, type VoiceLanguage } from './voice-language';

/** Replaces a live call's TwiML through Twilio's REST API (`calls(sid).update({ twiml })`). */
export type CallUpdater = (callSid: string, twiml: string) => Promise<void>;

/** Default longest hold when a call's deadline is unknown (e.g. after a restart), ms. */
const UNKNOWN_CALL_HOLD_MS = 10 * 60_000;

/** One round of hold, or leave the queue for voicemail once the call's hold deadline has passed. */
export function holdRound(
  context: FlowContext,
  form: CallForm & { QueueTime?: number | undefined },
  language: VoiceLanguage,
): string {
  const call = context.calls.get(form.CallSid);
  const now = context.clock();
  const limit = context.settings.holdLimitMs ?? UNKNOWN_CALL_HOLD_MS;
  const expired = call
    ? call.phase === 'queued' && call.holdDeadline !== null && now >= call.holdDeadline
    : (form.QueueTime ?? 0) * 1000 >= limit;
  if (expired) {
    if (call) call.phase = 'voicemail';
    return leaveQueueTwiml();
  }
  return holdTwiml(language, call ? context.calls.takeSpeech(call) : [], {
    musicUrl: context.settings.holdMusicUrl,
    pauseSeconds: context.settings.holdPauseSeconds,
  });
}

/** The caller left the queue: hung up, was bridged, or was sent to voicemail. */
export async function queueLeft(
  context: FlowContext,
  form: CallForm & { QueueResult: string },
  language: VoiceLanguage,
): Promise<string> {
  const call = context.calls.get(form.CallSid);
  switch (form.QueueResult) {
    case 'hangup':
      if (call) await hungUpWhileQueued(context, call);
      return emptyTwiml();
    case 'bridged':
    case 'bridging-in-process':
    case 'redirected':
      return emptyTwiml();
    default:
      if (call) call.phase = 'voicemail';
      return voicemail(context, language, call ? context.calls.takeSpeech(call) : []);
  }
}

function voicemail(context: FlowContext, language: VoiceLanguage, lines: string[]): string {
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
  const result = await sink.receive({
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
  });
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

const FINAL_STATUSES = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

/** A call status callback: a call that ended while holding is noted on its case; the call is forgotten. */
export async function callStatus(
  context: FlowContext,
  form: CallForm & { CallStatus: string },
): Promise<void> {
  if (!FINAL_STATUSES.has(form.CallStatus)) return;
  const call = context.calls.get(form.CallSid);
  if (!call) return;
  if (call.phase === 'queued') await hungUpWhileQueued(context, call);
  context.calls.remove(call.callSid);
}

async function hungUpWhileQueued(context: FlowContext, call: LiveCall): Promise<void> {
  if (call.phase !== 'queued') return;
  call.phase = 'ended';
  const held = call.queuedAt ? Math.round((context.clock().getTime() - call.queuedAt.getTime()) / 1000) : 0;
  await noteOnCall(
    context,
    call,
    `The caller hung up after holding ${held} s for a person (call ${call.callSid}); the case stays open for a callback to ${call.caller}.`,
  );
}

/**
 * Bridge the held call of a claimed case to the agent's phone or client. A call this process does
 * not know (answered by another process, or before a restart) is found through the conversation's
 * latest voice message and redirected all the same; if it has ended, Twilio refuses and that is all.
 */
export async function bridgeToAgent(context: FlowContext, update: CallUpdater, item: Case): Promise<void> {
  const held = context.calls.queuedFor(item.conversationId);
  const call = held ?? (await adoptCall(context, item));
  if (!call) return;
  const dial = await agentDial(context, call, item);
  if (dial === null) return;
  call.phase = 'bridged';
  try {
    await update(call.callSid, dial.twiml);
  } catch (error) {
    if (!held) {
      context.calls.remove(call.callSid);
      context.logger.info({ callSid: call.callSid, caseId: item.id }, 'no live call to bridge');
      return;
    }
    call.phase = 'queued';
    context.logger.error({ err: error, callSid: call.callSid, caseId: item.id }, 'bridging the call failed');
    await context.desk.note(
      item.id,
      `Bridging the call to ${dial.label} failed: ${(error as Error).message}`,
      context.clock(),
    );
    return;
  }
  await context.desk.note(item.id, dial.bridgedNote, context.clock());
}

/** The conversation's latest call, taken into this process's registry, unless it is known here. */
async function adoptCall(context: FlowContext, item: Case): Promise<LiveCall | null> {
  const latest = await context.desk.latestCallOf(item.conversationId);
  if (!latest || context.calls.get(latest.callSid)) return null;
  const call = context.calls.open(latest.callSid, latest.caller, latest.language, context.clock());
  call.phase = 'queued';
  call.conversationId = item.conversationId;
  call.caseId = item.id;
  return call;
}

/**
 * The TwiML that bridges the call to the case's assignee, after `lines`; null when no one is
 * assigned, or (noted on the case) when the agent has no endpoint under `voice.agents`.
 */
export async function agentDial(
  context: FlowContext,
  call: LiveCall,
  item: Case,
  lines: readonly string[] = [],
): Promise<{ twiml: string; label: string; bridgedNote: string } | null> {
  if (item.assigneeId === null) return null;
  const { endpoint, label } = await context.desk.endpointOf(item.assigneeId);
  if (endpoint === null) {
    await context.desk.note(
      item.id,
      `${label} has the case, but no phone or client identity under voice.agents; the caller keeps holding.`,
      context.clock(),
    );
    return null;
  }
  const twiml = dialTwiml(
    call.language,
    endpoint,
    { action: context.url('dialResult', langQuery(call.language)), callerId: context.ourNumber },
    lines,
  );
  const where =
    endpoint.kind === 'number'
      ? endpoint.number
      : endpoint.kind === 'client'
        ? `client:${endpoint.identity}`
        : endpoint.uri;
  return { twiml, label, bridgedNote: `Call ${call.callSid} bridged to ${label} (${where}).` };
}

/** A note on the call's case, when it has one (looked up by conversation when not known yet). */
async function noteOnCall(
  context: FlowContext,
  call: Pick<LiveCall, 'conversationId' | 'caseId'> | undefined,
  text: string,
): Promise<void> {
  let caseId = call?.caseId ?? null;
  if (caseId === null && call?.conversationId)
    caseId = (await context.desk.openCase(call.conversationId))?.id ?? null;
  if (caseId === null) {
    context.logger.warn({ text }, 'voice event with no open case to note it on');
    return;
  }
  await context.desk.note(caseId, text, context.clock());
}
