/**
 * Lines for a caller on a call this process is not serving. With several gateway processes, the
 * outbox of one may take a line (the expected-wait notice, an agent's words) for a caller holding on
 * a call another process answered — or one this process answered before a restart. The call is
 * found through the conversation's latest voice message; while its case is still queued and Twilio
 * reports the call in progress, the call is redirected through the REST API to hear the lines and
 * join the hold queue again (Twilio reports the old hold as `redirected`; holding resumes at once).
 */
import type { CallUpdater } from './agent-bridge';
import { langQuery, type FlowContext } from './flow-context';
import { enqueueTwiml } from './twiml';
import type { VoiceLanguage } from './voice-language';

/** Twilio's status of a call (`in-progress`, `completed`, …); `unknown` when Twilio has no such call. */
export type CallStatusReader = (callSid: string) => Promise<string>;

/**
 * Say `linesIn(language)` to the caller's held call through Twilio; false (nothing done) when the
 * conversation has no queued case, its latest call is not this caller's, or the call is not live.
 */
export async function speakToHeldCall(
  context: FlowContext,
  io: { update: CallUpdater; status: CallStatusReader },
  target: { conversationId: string; caller: string },
  linesIn: (language: VoiceLanguage) => string[],
): Promise<boolean> {
  const latest = await context.desk.latestCallOf(target.conversationId);
  if (!latest || latest.caller !== target.caller) return false;
  const item = await context.desk.openCase(target.conversationId);
  if (item?.state !== 'queued') return false;
  if ((await io.status(latest.callSid)) !== 'in-progress') return false;
  const query = langQuery(latest.language);
  const twiml = enqueueTwiml(latest.language, linesIn(latest.language), {
    wait: context.url('wait', query),
    result: context.url('queueResult', query),
  });
  await io.update(latest.callSid, twiml);
  context.logger.info({ callSid: latest.callSid, caseId: item.id }, 'spoke to a call held elsewhere');
  return true;
}
