/** Notes the voice channel writes on a call's case. */
import type { LiveCall } from './call-registry';
import type { FlowContext } from './flow-context';

/** A note on the call's case, when it has one (looked up by conversation when not known yet). */
export async function noteOnCall(
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
