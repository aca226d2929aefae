/**
 * The bot half of a call: greet, listen (`<Gather input="speech dtmf">`), hand each utterance to
 * the gateway as one inbound message, and say the turn's replies in the response. The turn number
 * rides in the gather URL, so a retried webhook carries the same external id (`CallSid:turn`) and
 * the gateway answers it once. When the turn leaves the conversation with a person, the caller
 * joins the hold queue.
 */
import { normalizePhone } from '../../gateway/addresses';
import type { InboundMessage } from '../../gateway/message';
import type { TurnResult } from '../../gateway/turn';
import type { LiveCall } from './call-registry';
import { langQuery, type FlowContext } from './flow-context';
import { agentDial } from './agent-bridge';
import {
  enqueueTwiml,
  gatherTwiml,
  hangupTwiml,
  hasNumberedOptions,
  redirectTwiml,
  speechLines,
} from './twiml';
import type { CallForm } from '../twilio';
import type { GatherForm } from './voice-forms';
import {
  isWithheldNumber,
  languageForCaller,
  otherLanguage,
  VOICE_PHRASES,
  type VoiceLanguage,
} from './voice-language';

/** Silent prompts in a row before the call is ended politely. */
const MAX_SILENT_PROMPTS = 2;

/** The key that switches the call's language; 0 asks for a person. */
const SWITCH_LANGUAGE_KEY = '9';
const AGENT_KEY = '0';

/** The caller's E.164 number; null when it is withheld or not a phone number. */
function callerOf(form: CallForm): string | null {
  const number = normalizePhone(form.From);
  return number === null || isWithheldNumber(number) ? null : number;
}

/** Answer an incoming call: greet in the caller's language and listen for the first question. */
export function answerCall(context: FlowContext, form: CallForm): string {
  const caller = callerOf(form);
  const fallback = languageForCaller('', context.knowledgeLocales());
  if (context.sink() === null) return hangupTwiml(fallback, [VOICE_PHRASES[fallback].unavailable]);
  if (caller === null) {
    context.logger.warn({ callSid: form.CallSid }, 'call from a withheld or invalid number refused');
    return hangupTwiml(fallback, [VOICE_PHRASES[fallback].hiddenNumber]);
  }
  const language = languageForCaller(caller, context.knowledgeLocales());
  context.calls.open(form.CallSid, caller, language, context.clock());
  return gatherTwiml({
    language,
    lines: [VOICE_PHRASES[language].greeting],
    action: context.url('gather', { ...langQuery(language), turn: 1 }),
    offerSwitch: true,
  });
}

/** The gather URL's query: language, turn number, silent prompts so far, "one moment" answers so far. */
export interface GatherQuery {
  lang?: VoiceLanguage | undefined;
  turn: number;
  silence: number;
  late: number;
}

/** What Twilio heard on one gather step, and where the call goes next. */
export async function handleGather(
  context: FlowContext,
  form: GatherForm,
  query: GatherQuery,
): Promise<string> {
  const caller = callerOf(form);
  const known = context.calls.get(form.CallSid);
  const language =
    known?.language ?? query.lang ?? languageForCaller(caller ?? '', context.knowledgeLocales());
  const sink = context.sink();
  if (sink === null || caller === null) return hangupTwiml(language, [VOICE_PHRASES[language].unavailable]);
  const call = known ?? context.calls.open(form.CallSid, caller, language, context.clock());
  if (query.late > 0) {
    // Twilio followed our redirect after "one moment": pick up the turn still being decided.
    const work = call.lateTurns.get(query.turn);
    if (work) return answerTurn(context, call, query, work);
    return listen(context, call, query.turn + 1, 0, [VOICE_PHRASES[call.language].didNotHear]);
  }
  const digits = form.Digits?.trim() ?? '';
  if (digits === SWITCH_LANGUAGE_KEY && !form.SpeechResult) {
    call.language = otherLanguage(call.language);
    return listen(context, call, query.turn, 0, [VOICE_PHRASES[call.language].greeting]);
  }
  const text =
    digits === AGENT_KEY ? VOICE_PHRASES[call.language].askForAgent : form.SpeechResult?.trim() || digits;
  if (text === '') return silence(context, call, query);
  const work = sink.receive(utterance(form, call, query.turn, text, digits !== '' ? 'dtmf' : 'speech'));
  return answerTurn(context, call, query, work);
}

/** Redirects answered "one moment" for one turn before the caller is asked to try again. */
const MAX_LATE_ANSWERS = 3;

/**
 * Say the turn's replies, or — when the bot takes longer than the reply budget — say "one moment"
 * and redirect to the same turn, whose request waits for the same decision.
 */
async function answerTurn(
  context: FlowContext,
  call: LiveCall,
  query: GatherQuery,
  work: Promise<TurnResult>,
): Promise<string> {
  const phrases = VOICE_PHRASES[call.language];
  let result: TurnResult | 'late';
  try {
    result = await withinBudget(work, context.replyBudgetMs);
  } catch (error) {
    call.lateTurns.delete(query.turn);
    context.logger.error({ err: error, callSid: call.callSid }, 'a voice turn failed');
    // A new turn number: the caller's next words are a new message, never this one's duplicate.
    return listen(context, call, query.turn + 1, query.silence, [phrases.didNotHear]);
  }
  if (result === 'late') {
    if (query.late >= MAX_LATE_ANSWERS) {
      call.lateTurns.delete(query.turn);
      return listen(context, call, query.turn + 1, 0, [phrases.didNotHear]);
    }
    call.lateTurns.set(query.turn, work);
    const next = {
      ...langQuery(call.language),
      turn: query.turn,
      silence: query.silence,
      late: query.late + 1,
    };
    return redirectTwiml(call.language, [phrases.oneMoment], context.url('gather', next));
  }
  call.lateTurns.delete(query.turn);
  call.conversationId = result.conversationId;
  const replies = result.replies.map((reply) => reply.text);
  const lines = [...context.calls.takeSpeech(call), ...speechLines(replies)];
  if (replies.some(hasNumberedOptions)) lines.push(phrases.optionsHint);
  if (result.state === 'queued' || result.state === 'assigned') {
    // A caller whose conversation a person already owns hears where they are, not silence.
    return joinQueue(context, call, lines.length > 0 ? lines : [phrases.withAgent]);
  }
  if (result.message.decision?.kind === 'answer') lines.push(phrases.anythingElse);
  return listen(context, call, query.turn + 1, 0, lines);
}

/** The work's result, or `late` when it takes longer than `budgetMs`. */
async function withinBudget<T>(work: Promise<T>, budgetMs: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The inbound message of one utterance (or key press). */
function utterance(
  form: GatherForm,
  call: LiveCall,
  turn: number,
  text: string,
  input: 'speech' | 'dtmf',
): InboundMessage {
  const to = normalizePhone(form.To);
  return {
    channel: 'voice',
    externalId: `${call.callSid}:${turn}`,
    threadKey: call.callSid,
    from: call.caller,
    ...(to ? { to } : {}),
    text,
    locale: call.language,
    metadata: {
      callSid: call.callSid,
      turn,
      input,
      ...(form.Confidence === undefined ? {} : { confidence: form.Confidence }),
      ...(input === 'dtmf' ? { digits: form.Digits } : {}),
    },
    raw: form,
  };
}

function listen(context: FlowContext, call: LiveCall, turn: number, silent: number, lines: string[]): string {
  return gatherTwiml({
    language: call.language,
    lines,
    action: context.url('gather', { ...langQuery(call.language), turn, silence: silent }),
  });
}

/** Nothing was heard: say what is waiting and ask again, or end the call after a few silences. */
function silence(context: FlowContext, call: LiveCall, query: { turn: number; silence: number }): string {
  const pending = context.calls.takeSpeech(call);
  const phrases = VOICE_PHRASES[call.language];
  if (query.silence + 1 >= MAX_SILENT_PROMPTS && pending.length === 0) {
    call.phase = 'ended';
    return hangupTwiml(call.language, [phrases.goodbye]);
  }
  const prompt = pending.length > 0 ? phrases.anythingElse : phrases.didNotHear;
  return listen(context, call, query.turn, pending.length > 0 ? 0 : query.silence + 1, [...pending, prompt]);
}

/**
 * The conversation is with a person now: hold in the queue until an agent claims it or time runs
 * out. When an agent already has the case (the caller called back), the call goes straight to them.
 */
async function joinQueue(context: FlowContext, call: LiveCall, lines: string[]): Promise<string> {
  const now = context.clock();
  const item = call.conversationId ? await context.desk.openCase(call.conversationId) : null;
  if (item?.state === 'assigned') {
    const dial = await agentDial(context, call, item, lines);
    if (dial) {
      call.phase = 'bridged';
      call.caseId = item.id;
      await context.desk.note(item.id, dial.bridgedNote, now);
      return dial.twiml;
    }
  }
  if (call.phase !== 'queued') {
    call.phase = 'queued';
    call.queuedAt = now;
    call.caseId = item?.id ?? null;
    call.holdDeadline = context.desk.holdDeadline(item, now);
  }
  return enqueueTwiml(call.language, lines, {
    wait: context.url('wait', langQuery(call.language)),
    result: context.url('queueResult', langQuery(call.language)),
  });
}
