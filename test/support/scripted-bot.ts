/**
 * A bot with fixed rules, for gateway tests that are about the pipeline, not understanding:
 * `human` → handoff; `boom` → throws; `two` → two replies; anything else → `echo: <text>`.
 */
import type { Anticipation, Bot, BotDecision, BotTurn } from '../../bot/types';

export class ScriptedBot implements Bot {
  readonly turns: BotTurn[] = [];
  /** Tokens handed out by `anticipate`, in order. */
  readonly anticipations: Anticipation[] = [];
  /** Optional pause per turn, to widen race windows in concurrency tests. */
  delayMs = 0;

  anticipate(text: string, locale?: string): Anticipation {
    const token = { text, locale };
    this.anticipations.push(token);
    return token;
  }

  async respond(turn: BotTurn): Promise<BotDecision> {
    this.turns.push(turn);
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const seen = Number(turn.state.turns ?? 0) + 1;
    if (turn.text === 'boom') throw new Error('scripted failure');
    if (turn.text === 'human') {
      return {
        kind: 'handoff',
        reason: 'human-request',
        priority: 'normal',
        candidates: [],
        replies: [{ text: 'A person will help you.' }],
        nextState: { turns: seen },
      };
    }
    const replies =
      turn.text === 'two' ? [{ text: 'first' }, { text: 'second' }] : [{ text: `echo: ${turn.text}` }];
    return {
      kind: 'answer',
      entryId: 'echo',
      candidates: [{ label: 'echo', score: 0.9 }],
      replies,
      nextState: { turns: seen },
    };
  }
}
