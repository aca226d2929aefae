/**
 * zod schemas of the forms Twilio POSTs to us (documented parameters; Twilio adds fields over
 * time, so unknown ones are kept, not refused). Values are capped: a form that does not fit is a 400.
 */
import { z } from 'zod';

/** A Twilio resource sid: two letters and 32 hex digits (`SM…`, `MM…`, `CA…`, `AC…`). */
export const sidSchema = (prefixes: readonly string[]) =>
  z
    .string()
    .regex(/^[A-Z]{2}[0-9a-fA-F]{32}$/, 'must be a Twilio sid')
    .refine((sid) => prefixes.includes(sid.slice(0, 2)), {
      message: `must start with ${prefixes.join(' or ')}`,
    });

const text = (max: number) => z.string().max(max);
const count = z.coerce.number().int().min(0).max(100);

/** Fields every Twilio webhook carries. */
export const twilioBaseFormSchema = z.looseObject({
  AccountSid: sidSchema(['AC']),
  From: text(64),
  To: text(64),
  ApiVersion: text(16).optional(),
});

/** Inbound SMS/MMS (`POST /webhooks/twilio/sms`). `MediaUrl{N}`/`MediaContentType{N}` are read by index. */
export const inboundMessageFormSchema = twilioBaseFormSchema.extend({
  MessageSid: sidSchema(['SM', 'MM']),
  SmsSid: text(64).optional(),
  SmsMessageSid: text(64).optional(),
  MessagingServiceSid: text(64).optional(),
  Body: text(1600).default(''),
  NumMedia: count.default(0),
  NumSegments: count.optional(),
  SmsStatus: text(32).optional(),
  FromCountry: text(8).optional(),
  /** Set by Twilio's Advanced Opt-Out: STOP, START or HELP. */
  OptOutType: text(16).optional(),
});
export type InboundMessageForm = z.infer<typeof inboundMessageFormSchema>;

export const MESSAGE_STATUSES = [
  'accepted',
  'scheduled',
  'canceled',
  'queued',
  'sending',
  'sent',
  'failed',
  'delivered',
  'undelivered',
  'receiving',
  'received',
  'read',
  'partially_delivered',
] as const;

/** A message status callback (the `StatusCallback` given to `messages.create`). */
export const messageStatusFormSchema = twilioBaseFormSchema.extend({
  MessageSid: sidSchema(['SM', 'MM']),
  MessageStatus: z.enum(MESSAGE_STATUSES),
  ErrorCode: text(16).optional(),
  ErrorMessage: text(512).optional(),
});
export type MessageStatusForm = z.infer<typeof messageStatusFormSchema>;

/** Fields of every voice webhook (incoming call, gather, status callback). Voice adds its own. */
export const callFormSchema = twilioBaseFormSchema.extend({
  CallSid: sidSchema(['CA']),
  CallStatus: text(32).optional(),
  Direction: text(32).optional(),
});
export type CallForm = z.infer<typeof callFormSchema>;

/** The media items of an MMS form, in order: `MediaUrl0`/`MediaContentType0` … up to NumMedia. */
export function mediaOf(
  form: Record<string, unknown>,
  numMedia: number,
): { url: string; contentType: string }[] {
  const items: { url: string; contentType: string }[] = [];
  for (let index = 0; index < Math.min(numMedia, 10); index++) {
    const url = form[`MediaUrl${index}`];
    const contentType = form[`MediaContentType${index}`];
    if (typeof url !== 'string' || !/^https?:\/\//.test(url) || url.length > 2048) continue;
    items.push({
      url,
      contentType:
        typeof contentType === 'string' && contentType.length <= 128
          ? contentType
          : 'application/octet-stream',
    });
  }
  return items;
}
