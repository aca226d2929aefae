/**
 * zod schemas of the voice webhooks' forms (Twilio's documented parameters, capped) and of the
 * query parameters our own callback URLs carry.
 */
import { z } from 'zod';
import { callFormSchema, sidSchema } from '../twilio';
import { VOICE_LANGUAGES } from './voice-language';

const text = (max: number) => z.string().max(max);
const httpUrl = z
  .string()
  .max(2048)
  .regex(/^https?:\/\//, 'must be an http(s) URL');

/** `<Gather>` result: speech, a key, or nothing (actionOnEmptyResult). */
export const gatherFormSchema = callFormSchema.extend({
  SpeechResult: text(4096).optional(),
  Confidence: z.coerce.number().min(0).max(1).optional(),
  Digits: text(32).optional(),
});
export type GatherForm = z.infer<typeof gatherFormSchema>;

/** A hold (`<Enqueue waitUrl>`) request. */
export const waitFormSchema = callFormSchema.extend({
  QueueSid: text(64).optional(),
  QueueTime: z.coerce.number().int().min(0).optional(),
  QueuePosition: z.coerce.number().int().min(0).optional(),
});

export const QUEUE_RESULTS = [
  'bridged',
  'bridging-in-process',
  'queue-full',
  'system-error',
  'hangup',
  'redirected',
  'leave',
  'error',
] as const;

/** The `<Enqueue action>` request when the caller leaves the queue. */
export const queueResultFormSchema = callFormSchema.extend({
  QueueResult: z.enum(QUEUE_RESULTS),
  QueueTime: z.coerce.number().int().min(0).optional(),
});

/** The `<Record action>` request at the end of a voicemail. */
export const recordingFormSchema = callFormSchema.extend({
  RecordingUrl: httpUrl.optional(),
  RecordingSid: sidSchema(['RE']).optional(),
  RecordingDuration: z.coerce.number().int().min(0).max(86_400).optional(),
});

/** The `transcribeCallback` request once a voicemail is transcribed (or failed). */
export const transcriptionFormSchema = callFormSchema.extend({
  TranscriptionSid: sidSchema(['TR']),
  TranscriptionText: text(8192).default(''),
  TranscriptionStatus: z.enum(['completed', 'failed']),
  RecordingSid: sidSchema(['RE']).optional(),
  RecordingUrl: httpUrl.optional(),
});

/** The `<Dial action>` request when the bridge to an agent ends. */
export const dialResultFormSchema = callFormSchema.extend({
  DialCallStatus: text(32).optional(),
  DialCallDuration: z.coerce.number().int().min(0).optional(),
});

/** The number's call status callback. */
export const statusFormSchema = callFormSchema.extend({
  CallStatus: z.enum([
    'queued',
    'initiated',
    'ringing',
    'in-progress',
    'completed',
    'busy',
    'failed',
    'no-answer',
    'canceled',
  ]),
  CallDuration: z.coerce.number().int().min(0).optional(),
});

const language = z.enum(VOICE_LANGUAGES as ['zh-CN', 'en-US']);

/** `?lang=` on every callback URL we hand Twilio. */
export const langQuerySchema = z.looseObject({ lang: language.optional() });

/** `?lang=&turn=&silence=` on gather action URLs. */
export const gatherQuerySchema = z.looseObject({
  lang: language.optional(),
  turn: z.coerce.number().int().min(1).max(10_000).default(1),
  silence: z.coerce.number().int().min(0).max(10).default(0),
  /** How many times this turn was answered "one moment" while it was still being decided. */
  late: z.coerce.number().int().min(0).max(10).default(0),
});
