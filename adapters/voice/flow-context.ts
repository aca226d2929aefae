/**
 * What every step of the call flow shares: the sink, the live calls, the case desk, the callback
 * URLs, the clock and the settings. Built once by the adapter.
 */
import type { InboundSink } from '../../gateway/adapter';
import type { CallRegistry } from './call-registry';
import type { VoiceConfig } from './voice-config';
import type { VoiceDesk } from './voice-desk';
import type { VoiceLanguage } from './voice-language';

/** The logging the voice adapter needs; pino and Fastify's logger both fit it. */
export interface VoiceLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Our webhook paths under `/webhooks/twilio/voice` (DESIGN.md: the voice route and its sub-paths). */
export const VOICE_PATHS = {
  incoming: '/webhooks/twilio/voice',
  gather: '/webhooks/twilio/voice/gather',
  wait: '/webhooks/twilio/voice/wait',
  queueResult: '/webhooks/twilio/voice/queue-result',
  recording: '/webhooks/twilio/voice/recording',
  transcription: '/webhooks/twilio/voice/transcription',
  dialResult: '/webhooks/twilio/voice/dial-result',
  status: '/webhooks/twilio/voice/status',
} as const;

export type VoicePath = keyof typeof VOICE_PATHS;

export interface FlowContext {
  /** The gateway while the adapter is started; null before start() and after stop(). */
  sink(): InboundSink | null;
  calls: CallRegistry;
  desk: VoiceDesk;
  settings: VoiceConfig;
  /** Our number (E.164), the caller id of bridged calls. */
  ourNumber: string;
  /** Locales of the published knowledge entries (for the caller's language). */
  knowledgeLocales(): readonly string[];
  /** The absolute URL Twilio is given for one of our paths, with query parameters. */
  url(path: VoicePath, query: Record<string, string | number>): string;
  clock(): Date;
  logger: VoiceLogger;
  /** How long a gather webhook waits for its turn before answering "one moment" and a redirect, ms. */
  replyBudgetMs: number;
}

/** The `?lang=` query of a callback URL. */
export function langQuery(language: VoiceLanguage): { lang: VoiceLanguage } {
  return { lang: language };
}
