/**
 * The Bot seam: given one customer turn, decide answer | clarify | fallback | handoff and say what to
 * reply. The gateway stores the decision beside the inbound message.
 */
import type { ChannelCapabilities } from '../gateway/adapter';
import type { Channel, OutboundMessage } from '../gateway/message';
import type { MatchCandidate } from '../knowledge/types';

/** Per-conversation memory the bot keeps between turns (stored as JSON on the conversation). */
export interface BotState {
  /** Fallbacks in a row; two in a row lead to a handoff. */
  consecutiveFallbacks?: number;
  /** Options offered by the last clarifying question, so "2" or a tapped value can be resolved. */
  pendingOptions?: { label: string; value: string }[];
  [key: string]: unknown;
}

export interface BotTurn {
  text: string;
  channel: Channel;
  capabilities: ChannelCapabilities;
  /** The customer's locale when known (channel hint or earlier turns). */
  locale?: string;
  customer: { id: string; tier: string };
  conversationId: string;
  state: BotState;
  /**
   * What {@link Bot.anticipate} began on this turn's text before the turn was known, if anything:
   * the bot that began it takes it up when the text and locale are the same; any other bot (one
   * published meanwhile) ignores it and starts afresh.
   */
  anticipated?: Anticipation;
}

/**
 * A token for work a bot began on a message's text alone (see {@link Bot.anticipate}). Opaque: only
 * the bot that issued it knows what it stands for.
 */
export interface Anticipation {
  readonly text: string;
  readonly locale: string | undefined;
}

export type HandoffReason = 'urgent' | 'human-request' | 'repeated-fallback' | 'vip' | 'sensitive';
export type Priority = 'urgent' | 'high' | 'normal';

/**
 * `smalltalk`: the message was only a greeting, thanks or a goodbye, answered in kind (see
 * bot/small-talk.ts); neither an answer from the knowledge base nor a miss.
 */
export type DecisionKind = 'answer' | 'clarify' | 'fallback' | 'handoff' | 'smalltalk';

export interface BotDecision {
  kind: DecisionKind;
  /** What to send the customer, in order, already rendered for the channel. */
  replies: OutboundMessage[];
  /** The matcher's ranked candidates with scores: what the bot understood. */
  candidates: MatchCandidate[];
  /** The answered entry, for `answer`. */
  entryId?: string;
  /** Why and how urgently, for `handoff`. */
  reason?: HandoffReason;
  priority?: Priority;
  /** What led to the decision: the detector cues that fired, or the threshold rule applied. */
  signals?: string[];
  /** The bot state to keep for the next turn. */
  nextState: BotState;
  /** Locale the bot answered in. */
  locale?: string;
}

export interface Bot {
  /**
   * Decide one turn. Must have no effect beyond the returned decision: for a customer waiting on
   * the open request the gateway decides before storing, and a message that turns out to be a
   * duplicate has its decision discarded.
   */
  respond(turn: BotTurn): Promise<BotDecision>;
  /**
   * Optionally begins the part of a turn that depends on its text alone (matching it, reading its
   * cues) while the gateway is still finding the customer and the conversation, and returns a
   * token to pass as {@link BotTurn.anticipated}. Like `respond`, it has no effect beyond that: a
   * token never passed on is dropped, with any failure of its work.
   */
  anticipate?(text: string, locale?: string): Anticipation | undefined;
}
