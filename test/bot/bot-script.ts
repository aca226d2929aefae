/**
 * Scripted dialogues in the spirit of Bot Framework's TestAdapter:
 * `script(bot).send('x').expectKind('answer').expectEntry('y').run()`. Each `send` is one turn;
 * the bot's `nextState` carries into the next turn as the gateway would store it.
 */
import { expect } from 'vitest';
import type { ChannelCapabilities } from '../../gateway/adapter';
import type { Channel } from '../../gateway/message';
import type {
  Bot,
  BotDecision,
  BotState,
  BotTurn,
  DecisionKind,
  HandoffReason,
  Priority,
} from '../../bot/types';
import { WEB } from './channel-presets';

/** Where the scripted customer writes from. */
export interface ScriptOptions {
  channel?: Channel;
  capabilities?: ChannelCapabilities;
  locale?: string;
  state?: BotState;
  /** The customer's tier (default `standard`). */
  tier?: string;
}

type Step =
  { kind: 'send'; text: string } | { kind: 'expect'; label: string; check: (d: BotDecision) => void };

/** A dialogue being written; nothing runs until {@link BotScript.run}. */
export class BotScript {
  private readonly steps: Step[] = [];

  constructor(
    private readonly bot: Bot,
    private readonly options: ScriptOptions,
  ) {}

  send(text: string): this {
    this.steps.push({ kind: 'send', text });
    return this;
  }

  expect(label: string, check: (decision: BotDecision) => void): this {
    this.steps.push({ kind: 'expect', label, check });
    return this;
  }

  expectKind(kind: DecisionKind): this {
    return this.expect(`kind ${kind}`, (d) => expect(d.kind).toBe(kind));
  }

  expectEntry(entryId: string): this {
    return this.expect(`entry ${entryId}`, (d) => {
      expect(d.kind).toBe('answer');
      expect(d.entryId).toBe(entryId);
    });
  }

  expectHandoff(reason: HandoffReason, priority: Priority): this {
    return this.expect(`handoff ${reason}`, (d) => {
      expect(d.kind).toBe('handoff');
      expect(d.reason).toBe(reason);
      expect(d.priority).toBe(priority);
    });
  }

  /** The first reply's text contains `fragment` (a string or a pattern). */
  expectReply(fragment: string | RegExp): this {
    return this.expect(`reply ${String(fragment)}`, (d) => {
      const text = d.replies[0]?.text ?? '';
      if (typeof fragment === 'string') expect(text).toContain(fragment);
      else expect(text).toMatch(fragment);
    });
  }

  expectLocale(locale: string): this {
    return this.expect(`locale ${locale}`, (d) => expect(d.replies[0]?.locale).toBe(locale));
  }

  /** Plays the script; a failing expectation names the turn it belongs to. */
  async run(): Promise<BotDecision[]> {
    let state: BotState = this.options.state ?? {};
    let last: { text: string; decision: BotDecision } | undefined;
    const decisions: BotDecision[] = [];
    for (const step of this.steps) {
      if (step.kind === 'send') {
        const decision = await this.bot.respond(this.turn(step.text, state));
        state = decision.nextState;
        decisions.push(decision);
        last = { text: step.text, decision };
        continue;
      }
      if (last === undefined) throw new Error(`"${step.label}" expected before anything was sent`);
      try {
        step.check(last.decision);
      } catch (error) {
        throw new Error(`after "${last.text}": expected ${step.label}\n${String(error)}`, { cause: error });
      }
    }
    return decisions;
  }

  private turn(text: string, state: BotState): BotTurn {
    return {
      text,
      channel: this.options.channel ?? 'web',
      capabilities: this.options.capabilities ?? WEB,
      locale: this.options.locale,
      customer: { id: 'customer-1', tier: this.options.tier ?? 'standard' },
      conversationId: 'conversation-1',
      state,
    };
  }
}

/** Starts a scripted dialogue with `bot`. */
export function script(bot: Bot, options: ScriptOptions = {}): BotScript {
  return new BotScript(bot, options);
}
