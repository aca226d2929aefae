/**
 * Everything a web chat client sends is checked here before it can reach the gateway: strict UTF-8,
 * JSON shape (zod), text size in bytes, and non-empty text. Each failure is a SwitchboardError with a
 * status and a message naming what to fix.
 */
import { z } from 'zod';
import { ErrorCodes, SwitchboardError, badRequest } from '../../gateway/errors';

/** Client-chosen ids become part of the dedupe key, so keep them short and printable. */
const clientMessageId = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,100}$/, 'must be 1-100 characters of A-Z a-z 0-9 . _ : -');
/** A BCP 47-looking tag; anything else is dropped rather than stored. */
const locale = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/, 'must be a BCP 47 tag such as zh-CN');
const sessionId = z.string().min(1).max(200);

/** Body of `POST /webchat/messages`. */
export const postMessageBodySchema = z.strictObject({
  sessionId: sessionId.optional(),
  text: z.string(),
  clientMessageId: clientMessageId.optional(),
  locale: locale.optional(),
});
export type PostMessageBody = z.infer<typeof postMessageBodySchema>;

/** Query of `GET /webchat/messages`. */
export const historyQuerySchema = z.strictObject({
  sessionId,
  after: z.string().min(1).max(100).optional(),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

/** Frames a browser sends over the WebSocket. */
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('hello'),
    sessionId: sessionId.optional(),
    after: z.string().min(1).max(100).optional(),
    locale: locale.optional(),
  }),
  z.strictObject({
    type: z.literal('message'),
    text: z.string(),
    clientMessageId: clientMessageId.optional(),
    locale: locale.optional(),
  }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

/** Parse `value` with `schema`, or throw 400 naming the first offending field. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : what;
  throw badRequest(`${field}: ${issue?.message ?? 'invalid'}.`);
}

/** One strict decoder for every body: a whole-buffer `decode` keeps no state between calls. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode bytes as UTF-8 and parse JSON. Fastify's default parser would replace invalid bytes with
 * U+FFFD and store a message the customer never wrote; we refuse them instead.
 */
export function decodeJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch (error) {
    throw new SwitchboardError(
      ErrorCodes.INVALID_UTF8,
      'The body is not valid UTF-8; send UTF-8 encoded JSON.',
      {
        statusCode: 400,
        cause: error,
      },
    );
  }
  if (text.trim() === '') throw badRequest('The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SwitchboardError(ErrorCodes.BAD_REQUEST, 'The request body is not valid JSON.', {
      statusCode: 400,
      cause: error,
    });
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Check a customer's text: well-formed (a JSON `\uD800` escape yields a string UTF-8 cannot hold),
 * at most `maxBytes` UTF-8 bytes, and not blank. Returns the text unchanged.
 */
export function checkText(text: string, maxBytes: number): string {
  if (LONE_SURROGATE.test(text)) {
    throw new SwitchboardError(
      ErrorCodes.INVALID_UTF8,
      'text contains an unpaired surrogate; send valid Unicode.',
      {
        statusCode: 400,
      },
    );
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new SwitchboardError(
      ErrorCodes.PAYLOAD_TOO_LARGE,
      `text is ${bytes} bytes; the limit is ${maxBytes} bytes. Send a shorter message.`,
      { statusCode: 413 },
    );
  }
  if (text.trim() === '') {
    throw new SwitchboardError(ErrorCodes.EMPTY_MESSAGE, 'text is empty; type a message before sending.', {
      statusCode: 400,
    });
  }
  return text;
}

/**
 * The preferred locale of an `Accept-Language` header (highest q, first on ties), or undefined.
 * `*` and malformed tags are ignored.
 */
export function localeFromAcceptLanguage(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  let best: { tag: string; q: number } | undefined;
  for (const part of header.split(',').slice(0, 20)) {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag?.trim() ?? '';
    if (!locale.safeParse(tag).success) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    if (best === undefined || q > best.q) best = { tag, q };
  }
  return best?.tag;
}
