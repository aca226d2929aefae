/** The live bot holder: a turn runs wholly on the bot it started with, swaps take effect for the next turn. */
import { describe, expect, it } from 'vitest';
import { SwappableBot } from '../../bot/swappable-bot';
import type { Bot, BotDecision, BotTurn } from '../../bot/types';
import { WEB } from '../bot/channel-presets';

/** A bot that answers with its name, after `gate` opens. */
function namedBot(name: string, gate: Promise<void> = Promise.resolve()): Bot {
  return {
    async respond(): Promise<BotDecision> {
      await gate;
      return { kind: 'answer', replies: [{ text: name }], candidates: [], nextState: {} };
    },
  };
}

const turn: BotTurn = {
  text: 'hello',
  channel: 'web',
  capabilities: WEB,
  customer: { id: 'c', tier: 'standard' },
  conversationId: 'v',
  state: {},
};

describe('SwappableBot', () => {
  it('finishes a turn in flight on the old bot and answers the next one with the new bot', async () => {
    let open = () => undefined as void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const holder = new SwappableBot({ bot: namedBot('old', gate), version: 1 });
    const inFlight = holder.respond(turn);
    holder.swap(namedBot('new'), 2);
    expect(holder.live?.version).toBe(2);
    open();
    expect((await inFlight).replies[0]?.text).toBe('old');
    expect((await holder.respond(turn)).replies[0]?.text).toBe('new');
  });

  it('has the bot serving now begin a turn, and none before a bot is installed', () => {
    const holder = new SwappableBot();
    expect(holder.anticipate('hello')).toBeUndefined();
    const begun: string[] = [];
    const bot = (name: string): Bot => ({
      ...namedBot(name),
      anticipate: (text) => {
        begun.push(`${name}: ${text}`);
        return { text, locale: undefined };
      },
    });
    holder.swap(bot('old'), 1);
    holder.anticipate('first');
    holder.swap(bot('new'), 2);
    holder.anticipate('second');
    expect(begun).toEqual(['old: first', 'new: second']);
  });

  it('refuses turns until a bot is installed', async () => {
    await expect(new SwappableBot().respond(turn)).rejects.toThrow(/no knowledge base/);
  });
});
