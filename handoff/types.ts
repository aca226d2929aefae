/**
 * The handoff seam as the gateway sees it: the bot decided a person must help, or a customer wrote
 * while a person owns the conversation. Cases, SLA timers and agents live behind this interface.
 */
import type { HandoffReason, Priority } from '../bot/types';
import type { Channel, StoredMessage } from '../gateway/message';
import type { Customer } from '../gateway/store/types';
import type { MatchCandidate } from '../knowledge/types';

export interface HandoffRequest {
  conversationId: string;
  customerId: string;
  /** The inbound message that triggered the handoff. */
  messageId: string;
  channel: Channel;
  reason: HandoffReason;
  priority: Priority;
  /** What the bot understood: its ranked candidates with scores. */
  candidates: MatchCandidate[];
  at: Date;
  /** The trigger message as the gateway has it; absent: read from the store. */
  trigger?: Pick<StoredMessage, 'text' | 'locale'>;
  /** The customer's locale and tier as the gateway read them this turn; absent: read from the store. */
  customer?: Pick<Customer, 'locale' | 'tier'>;
}

export interface HandoffService {
  /** Open (or update) the case for a conversation the bot handed off. */
  open(request: HandoffRequest): Promise<void>;
  /** A customer message arrived while the conversation is queued or assigned. */
  customerMessage(conversationId: string, message: StoredMessage): Promise<void>;
}
