/**
 * The live bot as one replaceable reference. Publishing a knowledge base builds a complete new
 * bot (matcher trained, entries loaded) beside the serving one and then calls `swap`: one
 * assignment, so a turn either runs wholly on the old bot or wholly on the new one — never on a
 * half-built model — and no turn waits for training.
 */
import type { Anticipation, Bot, BotDecision, BotTurn } from './types';

/** The bot serving now and the published knowledge base version it was built from. */
export interface LiveBot {
  readonly bot: Bot;
  readonly version: number;
}

/** A {@link Bot} whose implementation can be replaced while turns are in flight. */
export class SwappableBot implements Bot {
  #live: LiveBot | undefined;

  /** Optionally starts with a bot; until one is installed, `respond` fails (the gateway hands off). */
  constructor(initial?: LiveBot) {
    this.#live = initial;
  }

  /** The bot serving now, if any. */
  get live(): LiveBot | undefined {
    return this.#live;
  }

  /** Installs a fully built bot; turns already started finish on the bot they started with. */
  swap(bot: Bot, version: number): void {
    this.#live = { bot, version };
  }

  respond(turn: BotTurn): Promise<BotDecision> {
    // Captured once: the whole turn uses this bot even if a swap happens while it awaits.
    const live = this.#live;
    if (live === undefined) return Promise.reject(new Error('no knowledge base is published yet'));
    return live.bot.respond(turn);
  }

  /** Begun by the bot serving now; a bot swapped in before the turn is decided starts afresh. */
  anticipate(text: string, locale?: string): Anticipation | undefined {
    return this.#live?.bot.anticipate?.(text, locale);
  }
}
