/**
 * `kb/try`: what the bot would do with a question, without a customer, a conversation or any
 * stored message — the decision, the replies as the channel would get them, the candidates with
 * their scores, and a sentence saying why.
 */
import type { Bot, BotDecision } from '../../bot/types';
import type { KnowledgeEntry } from '../../knowledge/types';
import type { ChannelCapabilities } from '../adapter';
import type { Channel } from '../message';

/** A question to try and where it comes from. */
export interface TryRequest {
  q: string;
  channel: Channel;
  locale?: string;
}

/** Capabilities of a channel with no adapter running here: a plain, generous text channel. */
export const FALLBACK_CAPABILITIES: ChannelCapabilities = {
  maxTextLength: 4000,
  richText: false,
  attachments: false,
  quickReplies: true,
  synchronousReplyWindowMs: 0,
};

/** Runs one turn on `bot` with a fresh state and describes the decision. */
export async function tryQuestion(
  bot: Bot,
  entries: readonly KnowledgeEntry[],
  request: TryRequest,
  capabilities: ChannelCapabilities,
): Promise<Record<string, unknown>> {
  const decision = await bot.respond({
    text: request.q,
    channel: request.channel,
    capabilities,
    ...(request.locale === undefined ? {} : { locale: request.locale }),
    customer: { id: 'kb-try', tier: 'standard' },
    conversationId: 'kb-try',
    state: {},
  });
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    kind: decision.kind,
    entryId: decision.entryId ?? null,
    reason: explain(decision),
    handoffReason: decision.reason ?? null,
    priority: decision.priority ?? null,
    locale: decision.locale ?? null,
    replies: decision.replies.map((reply) => ({
      text: reply.text,
      ...(reply.options ? { options: reply.options } : {}),
    })),
    candidates: decision.candidates.map((candidate) => ({
      entryId: candidate.label,
      score: round3(candidate.score),
      ...(candidate.answerConfidence === undefined
        ? {}
        : { answerConfidence: round3(candidate.answerConfidence) }),
      question: byId.get(candidate.label)?.questions[0] ?? null,
    })),
  };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function explain(decision: BotDecision): string {
  const top = decision.candidates[0];
  const judged =
    top?.answerConfidence === undefined ? '' : `, answer confidence ${top.answerConfidence.toFixed(3)}`;
  const score = top === undefined ? '' : ` (score ${top.score.toFixed(3)}${judged})`;
  switch (decision.kind) {
    case 'answer':
      return `answered with entry "${decision.entryId ?? '?'}"${decision.entryId === top?.label ? score : ''}`;
    case 'clarify':
      return `the best candidates are too close to call: the bot asks which one is meant`;
    case 'fallback': {
      const offered = decision.nextState.pendingOptions?.length ?? 0;
      const suggests = offered === 0 ? '' : ` and suggests ${offered} ${offered === 1 ? 'entry' : 'entries'}`;
      return top === undefined
        ? 'no entry matched: the bot asks to rephrase'
        : `no entry ${judged === '' ? 'scored high enough' : 'seemed likely enough to be meant'} (best "${top.label}"${score}): the bot asks to rephrase${suggests}`;
    }
    case 'smalltalk':
      return 'a greeting, thanks or goodbye and nothing else: the bot replies in kind';
    case 'handoff':
      return `handed to a person (${decision.reason ?? 'handoff'}, priority ${decision.priority ?? 'normal'})`;
  }
}
