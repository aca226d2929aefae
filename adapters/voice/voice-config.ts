/**
 * The config file's `voice:` section: how long a caller holds for a person, voicemail length, hold
 * audio, and where each agent takes calls. Everything is optional; without the section the voice
 * channel still runs (on the Twilio settings) and callers wait until the case's first-response SLA.
 */
import { z } from 'zod';
import { parseDuration } from '../../gateway/duration';
import { normalizePhone } from '../../gateway/addresses';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';

/** Where a claimed call is bridged: a phone number, a Twilio Client identity, or a SIP URI. */
export type AgentEndpoint =
  { kind: 'number'; number: string } | { kind: 'client'; identity: string } | { kind: 'sip'; uri: string };

/** The resolved `voice:` section. */
export interface VoiceConfig {
  /** Longest hold before voicemail, ms; null: only the case's first-response SLA ends the hold. */
  holdLimitMs: number | null;
  /** Longest voicemail recording, seconds (Twilio `<Record maxLength>`). */
  voicemailMaxSeconds: number;
  /** Seconds of silence between hold announcements (`<Pause>`), when no hold music is set. */
  holdPauseSeconds: number;
  /** An audio URL played while callers hold (`<Play>`); absent: a spoken hold line and a pause. */
  holdMusicUrl: string | null;
  /** Agents' call endpoints by account e-mail (lower-cased) or account id. */
  agents: ReadonlyMap<string, AgentEndpoint>;
}

export const DEFAULT_VOICE_CONFIG: VoiceConfig = {
  holdLimitMs: null,
  voicemailMaxSeconds: 120,
  holdPauseSeconds: 20,
  holdMusicUrl: null,
  agents: new Map(),
};

const duration = z.string().transform((text, ctx) => {
  try {
    return parseDuration(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

const endpoint = z
  .string()
  .max(256)
  .transform((text, ctx): AgentEndpoint => {
    const value = text.trim();
    if (/^client:[A-Za-z0-9_.@-]{1,121}$/.test(value)) return { kind: 'client', identity: value.slice(7) };
    if (/^sip:[^\s<>"]{3,250}$/i.test(value)) return { kind: 'sip', uri: value };
    const number = normalizePhone(value);
    if (number) return { kind: 'number', number };
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not an E.164 number (+8613800138000), client:IDENTITY or sip:URI`,
    });
    return z.NEVER;
  });

const sectionSchema = z
  .object({
    holdLimit: duration.optional(),
    voicemailMaxLength: duration.optional(),
    holdPause: duration.optional(),
    holdMusic: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
    agents: z.record(z.string().min(1).max(254), endpoint).optional(),
  })
  .strict();

/** Validate the `voice:` section; a bad key is named (`voice.agents.bob@x: …`). */
export function parseVoiceSection(section: unknown): VoiceConfig {
  if (section === undefined || section === null) return DEFAULT_VOICE_CONFIG;
  const result = sectionSchema.safeParse(section);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') return `voice: unknown key ${issue.keys.join(', ')}`;
      return `voice.${issue.path.join('.')}: ${issue.message}`;
    });
    throw new SwitchboardError(ErrorCodes.CONFIG_INVALID, `Invalid configuration: ${issues.join('; ')}`);
  }
  const data = result.data;
  const seconds = (ms: number | undefined, fallback: number, max: number) =>
    ms === undefined ? fallback : Math.min(max, Math.max(1, Math.round(ms / 1000)));
  return {
    holdLimitMs: data.holdLimit ?? null,
    voicemailMaxSeconds: seconds(data.voicemailMaxLength, DEFAULT_VOICE_CONFIG.voicemailMaxSeconds, 3600),
    holdPauseSeconds: seconds(data.holdPause, DEFAULT_VOICE_CONFIG.holdPauseSeconds, 600),
    holdMusicUrl: data.holdMusic ?? null,
    agents: new Map(Object.entries(data.agents ?? {}).map(([key, value]) => [key.toLowerCase(), value])),
  };
}
