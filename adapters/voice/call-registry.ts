/**
 * The live calls this process is answering, in memory: what phase each is in, which conversation
 * and case it belongs to, and what is waiting to be said to the caller. The bot phase itself needs
 * no state here (the turn number and language ride in the callback URLs); this holds what the
 * queue, the bridge and the outbox need. Bounded: the oldest calls are forgotten past the cap.
 */

import type { TurnResult } from '../../gateway/turn';
import type { VoiceLanguage } from './voice-language';

/** `bot`: talking to the bot; `queued`: holding for a person; then bridged, voicemail or ended. */
export type CallPhase = 'bot' | 'queued' | 'bridged' | 'voicemail' | 'ended';

export interface LiveCall {
  callSid: string;
  /** The caller's number (E.164): the customer's address. */
  caller: string;
  language: VoiceLanguage;
  phase: CallPhase;
  startedAt: Date;
  /** The last webhook Twilio sent for the call. */
  lastSeenAt: Date;
  conversationId: string | null;
  caseId: string | null;
  queuedAt: Date | null;
  /** When the caller goes to voicemail if no one has taken the call (set once queued). */
  holdDeadline: Date | null;
  /** Messages sent to the caller (queue notice, agent lines) not spoken yet, oldest first. */
  pendingSpeech: string[];
  /** Turns still being decided after their webhook was answered with "one moment", by turn number. */
  lateTurns: Map<number, Promise<TurnResult>>;
}

/** Most lines kept waiting for one call; older ones are dropped first. */
const MAX_PENDING_LINES = 20;

export class CallRegistry {
  readonly #calls = new Map<string, LiveCall>();
  readonly #maxCalls: number;

  constructor(maxCalls = 10_000) {
    this.#maxCalls = maxCalls;
  }

  /** The call, created in the `bot` phase the first time it is seen. */
  open(callSid: string, caller: string, language: VoiceLanguage, at: Date): LiveCall {
    const known = this.#calls.get(callSid);
    if (known) return known;
    const call: LiveCall = {
      callSid,
      caller,
      language,
      phase: 'bot',
      startedAt: at,
      lastSeenAt: at,
      conversationId: null,
      caseId: null,
      queuedAt: null,
      holdDeadline: null,
      pendingSpeech: [],
      lateTurns: new Map(),
    };
    this.#calls.set(callSid, call);
    while (this.#calls.size > this.#maxCalls) {
      const oldest = this.#calls.keys().next().value;
      if (oldest === undefined) break;
      this.#calls.delete(oldest);
    }
    return call;
  }

  get(callSid: string): LiveCall | undefined {
    return this.#calls.get(callSid);
  }

  /** Twilio sent a webhook for the call (no-op for calls not known here). */
  touch(callSid: string, at: Date): void {
    const call = this.#calls.get(callSid);
    if (call) call.lastSeenAt = at;
  }

  /**
   * The caller's call that can still hear us (bot or queued phase), newest first. A call Twilio has
   * sent nothing for since `seenSince` is taken as gone (its end was never reported, e.g. the
   * number has no status callback configured).
   */
  liveByCaller(caller: string, seenSince: Date): LiveCall | undefined {
    let found: LiveCall | undefined;
    for (const call of this.#calls.values()) {
      if (call.caller !== caller || call.lastSeenAt < seenSince) continue;
      if (call.phase === 'bot' || call.phase === 'queued') found = call;
    }
    return found;
  }

  /** The queued call of a conversation, if any. */
  queuedFor(conversationId: string): LiveCall | undefined {
    for (const call of this.#calls.values()) {
      if (call.conversationId === conversationId && call.phase === 'queued') return call;
    }
    return undefined;
  }

  /** Queue a line for the caller; the oldest is dropped past the cap. */
  addSpeech(call: LiveCall, text: string): void {
    call.pendingSpeech.push(text);
    if (call.pendingSpeech.length > MAX_PENDING_LINES) call.pendingSpeech.shift();
  }

  /** Take every line waiting for the call. */
  takeSpeech(call: LiveCall): string[] {
    return call.pendingSpeech.splice(0, call.pendingSpeech.length);
  }

  /** Forget a call (it ended). */
  remove(callSid: string): void {
    this.#calls.delete(callSid);
  }

  get size(): number {
    return this.#calls.size;
  }
}
