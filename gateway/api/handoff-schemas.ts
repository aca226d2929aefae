/**
 * Request schemas and response shapes of the handoff routes (`/api/v1/handoffs`): the queue
 * listing with SLA due times, and the 64 KiB cap on what an agent may send or note.
 */
import { z } from 'zod';
import { PRIORITY_RANK } from '../store/case-tables';
import type { Case, CasePageQuery } from '../store/case-types';
import type { CaseNote } from '../store/case-feedback-repository';
import type { SlaDeadline } from '../../handoff/sla';
import { ErrorCodes, SwitchboardError } from '../errors';

/** Most bytes of an agent's reply or note (UTF-8). */
export const MAX_TEXT_BYTES = 64 * 1024;

const priority = z.enum(['urgent', 'high', 'normal']);

export const listQuery = z.object({
  state: z.enum(['queued', 'assigned', 'open']).default('open'),
  priority: priority.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** Opaque to clients: the previous page's last case (see {@link encodeCursor}). */
  cursor: z.string().max(400).transform(decodeCursor).optional(),
});

const cursorFields = z.tuple([
  z.number().int().min(0).max(9),
  z.number().int().min(0),
  z.string().min(1).max(200),
]);

/** The keyset cursor after `item`: its place in service order (rank, waiting since, id). */
export function encodeCursor(item: Case): string {
  const fields = [PRIORITY_RANK[item.priority], item.waitingSince.getTime(), item.id];
  return Buffer.from(JSON.stringify(fields)).toString('base64url');
}

function decodeCursor(cursor: string, ctx: z.RefinementCtx): CasePageQuery['after'] {
  try {
    const [priorityRank, waitingSince, id] = cursorFields.parse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return { priorityRank, waitingSince, id };
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave' });
    return z.NEVER;
  }
}

export const caseParams = z.object({ id: z.string().min(1).max(200) });

export const replyBody = z.object({
  text: z.string().trim().min(1, 'is required'),
  idempotencyKey: z.string().min(1).max(200).optional(),
  /** The reply asks the customer something: the resolution clock pauses until they answer. */
  awaitCustomer: z.boolean().optional(),
});

export const reassignBody = z.object({ agentId: z.string().min(1).max(100) }).strict();

export const noteBody = z.object({ text: z.string().trim().min(1, 'is required') });

export const openBody = z.object({
  conversationId: z.string().min(1).max(200),
  priority: priority.default('normal'),
  tags: z.array(z.string().min(1).max(64)).max(20).optional(),
});

/** Refuses text over {@link MAX_TEXT_BYTES} with 413. */
export function checkTextSize(text: string): void {
  if (Buffer.byteLength(text, 'utf8') <= MAX_TEXT_BYTES) return;
  throw new SwitchboardError(
    ErrorCodes.PAYLOAD_TOO_LARGE,
    `text is longer than ${MAX_TEXT_BYTES} bytes: split it into several messages.`,
    { statusCode: 413 },
  );
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A case as the queue lists it: times as ISO strings, with its SLA due times. */
export function queueItem(item: Case, deadlines: SlaDeadline[]) {
  return {
    ...item,
    openedAt: item.openedAt.toISOString(),
    waitingSince: item.waitingSince.toISOString(),
    assignedAt: iso(item.assignedAt),
    firstResponseAt: iso(item.firstResponseAt),
    lastAgentResponseAt: iso(item.lastAgentResponseAt),
    customerWaitingSince: iso(item.customerWaitingSince),
    resolvedAt: iso(item.resolvedAt),
    closedAt: iso(item.closedAt),
    updatedAt: item.updatedAt.toISOString(),
    sla: deadlines.map((d) => ({
      target: d.target,
      warnAt: d.warnAt.toISOString(),
      dueAt: d.dueAt.toISOString(),
      stoppedAt: iso(d.stoppedAt ?? null),
    })),
  };
}

/** A note as the API shows it. */
export function noteItem(note: CaseNote) {
  return { ...note, at: note.at.toISOString() };
}
