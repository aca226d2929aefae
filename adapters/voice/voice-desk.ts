/**
 * What the voice channel needs from the handoff queue, without depending on handoff/: the case of a
 * conversation, notes on it, when the caller's hold must end, who claimed it and where that agent
 * takes calls. The composition root attaches the case service (it fits {@link CaseDesk} as is).
 */
import type { Case } from '../../gateway/store/case-types';
import type { Store } from '../../gateway/store/types';
import type { AgentEndpoint } from './voice-config';
import { parseVoiceLanguage, type VoiceLanguage } from './voice-language';

/** The handoff queue as the voice channel sees it (the case service satisfies this). */
export interface CaseDesk {
  readonly events: {
    on(type: 'handoff.assigned', listener: (payload: { case: Case }) => void): () => void;
  };
  /** The case's SLA deadlines as its facts stand now. */
  deadlinesOf(item: Case): readonly { target: string; dueAt: Date }[];
}

/** The store reads and writes the voice channel makes on cases. */
export type VoiceStore = Pick<
  Store,
  'cases' | 'caseFeedback' | 'accounts' | 'listConversationMessages' | 'listByAddress'
>;

/** Author of the notes the voice channel writes on cases. */
export const VOICE_NOTE_AUTHOR = 'system:voice';

/** Pages of a caller's voice messages read to find one call's conversation (bounded). */
const CALL_LOOKUP_PAGES = 10;
const CALL_LOOKUP_PAGE_SIZE = 100;

/** Cases, notes and agents' endpoints for the call flow. */
export class VoiceDesk {
  readonly #store: VoiceStore;
  readonly #agents: ReadonlyMap<string, AgentEndpoint>;
  readonly #holdLimitMs: number | null;
  #desk: CaseDesk | null = null;

  constructor(store: VoiceStore, agents: ReadonlyMap<string, AgentEndpoint>, holdLimitMs: number | null) {
    this.#store = store;
    this.#agents = agents;
    this.#holdLimitMs = holdLimitMs;
  }

  /** Attach the handoff queue; `onAssigned` hears every claim. Returns the function that detaches. */
  attach(desk: CaseDesk, onAssigned: (item: Case) => void): () => void {
    this.#desk = desk;
    const off = desk.events.on('handoff.assigned', ({ case: item }) => onAssigned(item));
    return () => {
      off();
      this.#desk = null;
    };
  }

  /** The conversation's queued or assigned case. */
  openCase(conversationId: string): Promise<Case | null> {
    return this.#store.cases.openFor(conversationId);
  }

  /**
   * When a caller who started holding at `queuedAt` goes to voicemail: the case's first-response
   * due time, or `voice.holdLimit` after queuing when that comes first. A due time already past
   * (a caller calling back about an overdue case) does not count. Default hold: 10 minutes.
   */
  holdDeadline(item: Case | null, queuedAt: Date): Date {
    const limit = this.#holdLimitMs === null ? null : new Date(queuedAt.getTime() + this.#holdLimitMs);
    const due =
      item && this.#desk
        ? this.#desk.deadlinesOf(item).find((deadline) => deadline.target === 'firstResponse')?.dueAt
        : undefined;
    const upcoming = due && due > queuedAt ? due : null;
    const candidates = [limit, upcoming].filter((date): date is Date => date !== null);
    if (candidates.length === 0) return new Date(queuedAt.getTime() + 10 * 60_000);
    return new Date(Math.min(...candidates.map((date) => date.getTime())));
  }

  /**
   * The call of the conversation's latest voice message: how a process that did not answer the
   * call (another gateway process, or this one after a restart) finds the call to bridge.
   */
  async latestCallOf(
    conversationId: string,
  ): Promise<{ callSid: string; caller: string; language: VoiceLanguage } | null> {
    const messages = await this.#store.listConversationMessages(conversationId);
    for (let index = messages.length - 1; index >= 0; index--) {
      const message = messages[index];
      const callSid = message?.metadata.callSid;
      if (message?.channel !== 'voice' || message.direction !== 'in' || typeof callSid !== 'string') continue;
      return { callSid, caller: message.address, language: parseVoiceLanguage(message.locale) ?? 'en-US' };
    }
    return null;
  }

  /**
   * The conversation a call's utterances went to, from the caller's stored voice messages: how a
   * process that does not know the call (another process answered it, or this one before a
   * restart) finds the case its end concerns. Null when none of the caller's messages is the call's.
   */
  async conversationOfCall(caller: string, callSid: string): Promise<string | null> {
    let found: string | null = null;
    let after: string | null = null;
    for (let page = 0; page < CALL_LOOKUP_PAGES; page++) {
      const messages = await this.#store.listByAddress('voice', caller, after, CALL_LOOKUP_PAGE_SIZE);
      for (const message of messages) {
        if (message.direction === 'in' && message.metadata.callSid === callSid)
          found = message.conversationId;
      }
      const last = messages.at(-1);
      if (messages.length < CALL_LOOKUP_PAGE_SIZE || !last) break;
      after = last.id;
    }
    return found;
  }

  /** A note unless the case already has a voice note containing `marker` (two processes, one event). */
  async noteOnce(caseId: string, marker: string, text: string, at: Date): Promise<void> {
    const notes = await this.#store.caseFeedback.notes(caseId);
    if (notes.some((note) => note.author === VOICE_NOTE_AUTHOR && note.text.includes(marker))) return;
    await this.note(caseId, text, at);
  }

  /** An internal note on the case, never said to the caller. */
  async note(caseId: string, text: string, at: Date): Promise<void> {
    await this.#store.caseFeedback.addNote({ caseId, author: VOICE_NOTE_AUTHOR, text, at });
  }

  /** Where the agent takes calls: `voice.agents` by account e-mail, else by account id. */
  async endpointOf(agentId: string): Promise<{ endpoint: AgentEndpoint | null; label: string }> {
    const account = await this.#store.accounts.getAccount(agentId);
    const byEmail = account ? this.#agents.get(account.email.toLowerCase()) : undefined;
    const endpoint = byEmail ?? this.#agents.get(agentId.toLowerCase()) ?? null;
    return { endpoint, label: account?.email ?? agentId };
  }
}
