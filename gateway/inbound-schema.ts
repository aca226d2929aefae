/**
 * The gate every inbound message passes before the pipeline touches storage: adapters are trusted
 * to have verified the provider, but sizes and shapes are checked here once for every channel.
 */
import { z } from 'zod';
import { normalizeAddress } from './addresses';
import { CHANNELS, type InboundMessage } from './message';
import { ErrorCodes, SwitchboardError } from './errors';

/** Largest text accepted from any channel, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 64 * 1024;

const attachmentSchema = z.object({
  url: z.string().min(1).max(2048),
  contentType: z.string().min(1).max(255),
  name: z.string().max(255).optional(),
  size: z.number().int().nonnegative().optional(),
});

const inboundSchema = z.object({
  channel: z.enum(CHANNELS),
  externalId: z.string().min(1).max(512),
  threadKey: z.string().max(512).optional(),
  from: z.string().min(1).max(512),
  to: z.string().max(512).optional(),
  text: z.string(),
  attachments: z.array(attachmentSchema).max(20).optional(),
  locale: z.string().max(35).optional(),
  sentAt: z.date().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  raw: z.unknown().optional(),
});

/**
 * Validate and tidy an inbound message (trimmed text, normalized sender address); throws a 4xx
 * SwitchboardError naming the problem.
 */
export function checkInbound(message: InboundMessage): InboundMessage {
  const parsed = inboundSchema.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? 'message';
    throw new SwitchboardError(
      ErrorCodes.BAD_REQUEST,
      `Inbound message rejected: ${where}: ${issue?.message ?? 'invalid'}.`,
      {
        statusCode: 400,
      },
    );
  }
  const text = parsed.data.text.trim();
  if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES) {
    throw new SwitchboardError(
      ErrorCodes.PAYLOAD_TOO_LARGE,
      `Message text is over ${MAX_TEXT_BYTES} bytes.`,
      {
        statusCode: 413,
      },
    );
  }
  if (text === '' && (parsed.data.attachments?.length ?? 0) === 0) {
    throw new SwitchboardError(ErrorCodes.EMPTY_MESSAGE, 'The message is empty: send some text.', {
      statusCode: 400,
    });
  }
  const from = normalizeAddress(parsed.data.channel, parsed.data.from);
  if (from === null) {
    throw new SwitchboardError(
      ErrorCodes.BAD_REQUEST,
      `Inbound message rejected: from: "${parsed.data.from.slice(0, 64)}" is not a valid ${parsed.data.channel} address.`,
      { statusCode: 400 },
    );
  }
  return { ...message, from, text };
}
