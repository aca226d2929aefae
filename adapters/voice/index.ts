/**
 * adapters/voice owns the `voice` channel on Twilio: the call flow (greeting, speech turns, hold
 * queue, bridge to the claiming agent, voicemail), its TwiML, its webhooks and the `voice:` config
 * section. What it shares with SMS (signatures, REST client, forms) lives in adapters/twilio.
 */
import { twilioSettingsFrom } from '../twilio';
import { TwilioVoiceAdapter, type TwilioVoiceAdapterOptions } from './voice-adapter';
import type { VoiceConfig } from './voice-config';

export { TwilioVoiceAdapter, type TwilioVoiceAdapterOptions } from './voice-adapter';
export {
  parseVoiceSection,
  DEFAULT_VOICE_CONFIG,
  type VoiceConfig,
  type AgentEndpoint,
} from './voice-config';
export { VOICE_PATHS } from './flow-context';
export type { CaseDesk } from './voice-desk';

/** What the composition root passes besides the configuration. */
export type VoiceAdapterDeps = Omit<TwilioVoiceAdapterOptions, 'settings' | 'voice'>;

/** The voice adapter, or undefined when the Twilio settings are absent (the channel is off). */
export function createVoiceAdapter(
  config: Parameters<typeof twilioSettingsFrom>[0] & { voice?: VoiceConfig },
  deps: VoiceAdapterDeps,
): TwilioVoiceAdapter | undefined {
  const settings = twilioSettingsFrom(config);
  if (!settings) return undefined;
  return new TwilioVoiceAdapter({ ...deps, settings, ...(config.voice ? { voice: config.voice } : {}) });
}
