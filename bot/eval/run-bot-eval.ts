/**
 * Runs the whole bot policy over evaluation rows: each row is the first turn of a fresh
 * conversation on web chat, so a score never depends on the rows before it.
 */
import type { ChannelCapabilities } from '../../gateway/adapter';
import type { Bot, BotTurn } from '../types';
import type { EvalOutcome } from './eval-metrics';
import type { EvalRow } from './eval-rows';

/** Web chat as the eval's channel: answers in full, clarifying options as buttons. */
const EVAL_CAPABILITIES: ChannelCapabilities = {
  maxTextLength: 4000,
  richText: true,
  attachments: true,
  quickReplies: true,
  synchronousReplyWindowMs: 0,
};

/** Called after each row with the number done and the total. */
export type ProgressListener = (done: number, total: number) => void;

/** Decides every row with `bot` and records what it did. */
export async function runBotEval(
  bot: Bot,
  rows: readonly EvalRow[],
  onProgress: ProgressListener = () => undefined,
): Promise<EvalOutcome[]> {
  const outcomes: EvalOutcome[] = [];
  for (const [index, row] of rows.entries()) {
    const decision = await bot.respond(firstTurn(row.text, index, row.locale));
    outcomes.push({
      row,
      kind: decision.kind,
      candidates: decision.candidates,
      ...(decision.entryId === undefined ? {} : { entryId: decision.entryId }),
      ...(decision.reason === undefined ? {} : { reason: decision.reason }),
      ...(decision.signals === undefined ? {} : { why: decision.signals.join(', ') }),
      ...(decision.nextState.pendingOptions === undefined
        ? {}
        : { offered: decision.nextState.pendingOptions.map((option) => option.value) }),
    });
    onProgress(index + 1, rows.length);
  }
  return outcomes;
}

/**
 * `text` as the `index`-th evaluation turn: the first turn of a fresh web chat conversation of a
 * standard customer, with the locale hint when there is one.
 */
export function firstTurn(text: string, index: number, locale?: string): BotTurn {
  return {
    text,
    channel: 'web',
    capabilities: EVAL_CAPABILITIES,
    ...(locale === undefined ? {} : { locale }),
    customer: { id: `eval-${index}`, tier: 'standard' },
    conversationId: `eval-${index}`,
    state: {},
  };
}
