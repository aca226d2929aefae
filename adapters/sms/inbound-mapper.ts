/**
 * Twilio's inbound message form → the normalized inbound message. Pure: tested with recorded
 * payloads. The sender becomes E.164 so the same person is the same customer on SMS and voice.
 */
import type { z } from 'zod';
import { mediaOf, inboundMessageFormSchema, type InboundMessageForm } from '../twilio/webhook-schemas';
import { normalizePhone } from '../../gateway/addresses';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { InboundMessage } from '../../gateway/message';

/** Parse Twilio's form; a 400 SwitchboardError names the first bad field. */
export function parseInboundForm(body: unknown): InboundMessageForm {
  const parsed = inboundMessageFormSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new SwitchboardError(
    ErrorCodes.BAD_REQUEST,
    `Not a Twilio message webhook: ${describeIssue(parsed.error)}.`,
    {
      statusCode: 400,
    },
  );
}

export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'form'}: ${issue?.message ?? 'invalid'}`;
}

/** The sender in E.164, or a 400 when Twilio sent something that is not a phone number (a short code, an alphanumeric id). */
export function senderOf(form: InboundMessageForm): string {
  const from = normalizePhone(form.From);
  if (from === null) {
    throw new SwitchboardError(
      ErrorCodes.BAD_REQUEST,
      `From "${form.From.slice(0, 32)}" is not an E.164 number.`,
      {
        statusCode: 400,
      },
    );
  }
  return from;
}

/** The normalized message for the gateway: MessageSid is the dedupe key, media are attachments. */
export function toInboundMessage(form: InboundMessageForm): InboundMessage {
  const attachments = mediaOf(form, form.NumMedia).map((media, index) => ({
    url: media.url,
    contentType: media.contentType,
    name: `media-${index}`,
  }));
  const to = normalizePhone(form.To);
  return {
    channel: 'sms',
    externalId: form.MessageSid,
    from: senderOf(form),
    ...(to ? { to } : {}),
    text: form.Body,
    ...(attachments.length > 0 ? { attachments } : {}),
    metadata: {
      messageSid: form.MessageSid,
      ...(form.NumSegments === undefined ? {} : { numSegments: form.NumSegments }),
      ...(form.FromCountry ? { fromCountry: form.FromCountry } : {}),
    },
    raw: form,
  };
}
