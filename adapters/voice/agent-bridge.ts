/**
 * The bridge to the agent who claims a case: the held call is redirected through Twilio's REST API
 * (`calls(sid).update({ twiml })`) to a `<Dial>` to the agent's phone, client or SIP address.
 */
import type { Case } from '../../gateway/store/case-types';
import type { LiveCall } from './call-registry';
import { langQuery, type FlowContext } from './flow-context';
import { dialTwiml } from './twiml';

/** Replaces a live call's TwiML through Twilio's REST API (`calls(sid).update({ twiml })`). */
export type CallUpdater = (callSid: string, twiml: string) => Promise<void>;

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
