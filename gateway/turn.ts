/** The result of one inbound message passing through the gateway. */
import type { StoredMessage } from './message';

export type ConversationState = 'bot' | 'queued' | 'assigned' | 'resolved';

export interface TurnResult {
  /** The stored inbound message. */
  message: StoredMessage;
  /** True when this message had been received before; `replies` are then the original replies. */
  duplicate: boolean;
  conversationId: string;
  customerId: string;
  /** Conversation state after the turn. */
  state: ConversationState;
  /** Outbound messages this turn produced, in order (empty while a human owns the conversation). */
  replies: StoredMessage[];
}
