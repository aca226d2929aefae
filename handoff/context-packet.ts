/**
 * The handoff context packet: everything an agent needs on one case, so the customer never repeats
 * themselves — who they are (profile, linked identities, tags), the whole transcript across
 * channels, what the bot understood and answered and why it escalated, where to reply and what that
 * channel can carry, and the SLA deadlines. The zod schema is the contract of the agent API's
 * "get with context"; times are ISO strings so the packet is plain JSON.
 */
import { z } from 'zod';

const at = z.iso.datetime();
const atOrNull = at.nullable();
/** A matcher candidate; the first may carry the matcher's judgement that it is right (`answerConfidence`). */
const candidate = z.object({ label: z.string(), score: z.number(), answerConfidence: z.number().optional() });

const caseSummary = z.object({
  id: z.string(),
  conversationId: z.string(),
  state: z.enum(['queued', 'assigned', 'resolved', 'returned']),
  priority: z.enum(['urgent', 'high', 'normal']),
  reason: z.string(),
  openedBy: z.string(),
  openedAt: at,
  waitingSince: at,
  assigneeId: z.string().nullable(),
  assignedAt: atOrNull,
  firstResponseAt: atOrNull,
  resolvedAt: atOrNull,
  escalated: z.boolean(),
  /** Stretches the case waited on the customer's answer (`to` null while it lasts). */
  pauses: z.array(z.object({ from: at, to: atOrNull })),
  /** 1-based place in the queue while queued. */
  queuePosition: z.number().int().positive().nullable(),
});

const customer = z.object({
  id: z.string(),
  displayName: z.string().nullable(),
  tier: z.string(),
  locale: z.string().nullable(),
  tags: z.array(z.string()),
  identities: z.array(z.object({ channel: z.string(), address: z.string(), linkedAt: at })),
});

const transcriptEntry = z.object({
  id: z.string(),
  conversationId: z.string(),
  channel: z.string(),
  direction: z.enum(['in', 'out']),
  author: z.enum(['customer', 'bot', 'agent', 'system']),
  text: z.string(),
  at,
});

/** One customer message the bot decided on. */
const botTurn = z.object({
  messageId: z.string(),
  text: z.string(),
  kind: z.string(),
  candidates: z.array(candidate),
  entryId: z.string().nullable(),
  /** Why it decided so: the urgency or person cues that fired, or the threshold rule applied. */
  signals: z.array(z.string()),
  /** What the bot replied, joined. */
  answered: z.string().nullable(),
});

const bot = z.object({
  /** The top candidates with scores for the message that led to the handoff. */
  understood: z.array(candidate),
  turns: z.array(botTurn),
  escalation: z.object({
    reason: z.string(),
    priority: z.enum(['urgent', 'high', 'normal']),
    triggerMessageId: z.string().nullable(),
    triggerText: z.string().nullable(),
    /** The cues or rule that made the bot hand off (e.g. `fraud`, `2 fallbacks in a row`). */
    signals: z.array(z.string()),
  }),
});

const channel = z.object({
  current: z.string(),
  address: z.string(),
  capabilities: z.object({
    maxTextLength: z.number(),
    richText: z.boolean(),
    attachments: z.boolean(),
    quickReplies: z.boolean(),
    synchronousReplyWindowMs: z.number(),
  }),
});

const sla = z.object({
  policy: z.string(),
  deadlines: z.array(
    z.object({ target: z.string(), startedAt: at, warnAt: at, dueAt: at, stoppedAt: atOrNull }),
  ),
  /** Keys of the warnings and breaches recorded so far. */
  recorded: z.array(z.string()),
});

/** The context packet's schema. */
export const CaseContextSchema = z.object({
  case: caseSummary,
  customer,
  transcript: z.array(transcriptEntry),
  bot,
  channel,
  sla,
});

/** One case with its whole context. */
export type CaseContext = z.infer<typeof CaseContextSchema>;
