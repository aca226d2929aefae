/**
 * Holding for a person: hold rounds (`<Enqueue waitUrl>`), leaving the queue (hung up, bridged, or
 * off to voicemail), and the call's end (a hang-up while holding is noted on the case — also when
 * this process does not know the call: another process answered it, or this one before a restart).
 */
import { normalizePhone } from '../../gateway/addresses';
import { noteOnCall } from './call-notes';
import type { LiveCall } from './call-registry';
import type { FlowContext } from './flow-context';
import { emptyTwiml, holdTwiml, leaveQueueTwiml } from './twiml';
import type { CallForm } from '../twilio';
import type { VoiceLanguage } from './voice-language';
import { voicemail } from './voicemail-flow';

/** Default longest hold when a call's deadline is unknown (e.g. after a restart), ms. */
const UNKNOWN_CALL_HOLD_MS = 10 * 60_000;

/** One round of hold, or leave the queue for voicemail once the call's hold deadline has passed. */
export async function holdRound(
  context: FlowContext,
  form: CallForm & { QueueTime?: number | undefined },
  language: VoiceLanguage,
): Promise<string> {
  const call = context.calls.get(form.CallSid) ?? (await adoptHeldCall(context, form, language));
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

/**
 * A held call this process does not know (another process answered it, or this one before a
 * restart), taken into its registry with its case and the hold deadline that case sets, counted
 * from when Twilio says the caller joined the queue. Undefined when no stored message is the call's.
 */
async function adoptHeldCall(
  context: FlowContext,
  form: CallForm & { QueueTime?: number | undefined },
  language: VoiceLanguage,
): Promise<LiveCall | undefined> {
  const caller = normalizePhone(form.From);
  const conversationId = caller ? await context.desk.conversationOfCall(caller, form.CallSid) : null;
  if (caller === null || conversationId === null) return undefined;
  const item = await context.desk.openCase(conversationId);
  const now = context.clock();
  const queuedAt = new Date(now.getTime() - (form.QueueTime ?? 0) * 1000);
  const call = context.calls.open(form.CallSid, caller, language, now);
  call.phase = 'queued';
  call.conversationId = conversationId;
  call.caseId = item?.id ?? null;
  call.queuedAt = queuedAt;
  call.holdDeadline = context.desk.holdDeadline(item, queuedAt);
  return call;
}

/** The caller left the queue: hung up, was bridged, or was sent to voicemail. */
export async function queueLeft(
  context: FlowContext,
  form: CallForm & { QueueResult: string; QueueTime?: number | undefined },
  language: VoiceLanguage,
): Promise<string> {
  const call = context.calls.get(form.CallSid);
  switch (form.QueueResult) {
    case 'hangup':
      if (call) await hungUpWhileQueued(context, call);
      else await hungUpUnknownCall(context, form);
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

const FINAL_STATUSES = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

/** A call status callback: a call that ended while holding is noted on its case; the call is forgotten. */
export async function callStatus(
  context: FlowContext,
  form: CallForm & { CallStatus: string },
): Promise<void> {
  if (!FINAL_STATUSES.has(form.CallStatus)) return;
  const call = context.calls.get(form.CallSid);
  if (!call) return hungUpUnknownCall(context, form);
  if (call.phase === 'queued') await hungUpWhileQueued(context, call);
  context.calls.remove(call.callSid);
}

async function hungUpWhileQueued(context: FlowContext, call: LiveCall): Promise<void> {
  if (call.phase !== 'queued') return;
  call.phase = 'ended';
  const held = call.queuedAt ? Math.round((context.clock().getTime() - call.queuedAt.getTime()) / 1000) : 0;
  const text = `The caller hung up after holding ${held} s for a person (call ${call.callSid}); the case stays open for a callback to ${call.caller}.`;
  // Told once even when another process hears the same hang-up (see hungUpUnknownCall).
  if (call.caseId) await context.desk.noteOnce(call.caseId, `(call ${call.callSid})`, text, context.clock());
  else await noteOnCall(context, call, text);
}

/**
 * A call this process does not know ended (or left the queue hung up): when the call's utterances
 * went to a conversation whose case is still queued, the case is told once, whichever process hears it.
 */
async function hungUpUnknownCall(
  context: FlowContext,
  form: CallForm & { QueueTime?: number | undefined },
): Promise<void> {
  const caller = normalizePhone(form.From);
  if (caller === null) return;
  const conversationId = await context.desk.conversationOfCall(caller, form.CallSid);
  const item = conversationId ? await context.desk.openCase(conversationId) : null;
  if (item?.state !== 'queued') return;
  const held = form.QueueTime === undefined ? 'while waiting' : `after holding ${form.QueueTime} s`;
  await context.desk.noteOnce(
    item.id,
    `(call ${form.CallSid})`,
    `The caller hung up ${held} for a person (call ${form.CallSid}); the case stays open for a callback to ${caller}.`,
    context.clock(),
  );
}
