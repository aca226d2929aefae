/**
 * The Twilio account settings both Twilio channels (sms, voice) run on, taken from the validated
 * configuration. Absent settings turn the channels off; half of them is a configuration error.
 */
import type { Config } from '../../gateway/config';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  /** Our number (E.164) that messages and calls come from. */
  from: string;
  /** The public base URL Twilio calls us on, without a trailing slash: signatures are computed on it. */
  publicUrl: string;
  /** Where REST calls go instead of `https://*.twilio.com` (tests, air-gapped installs). */
  apiBase?: string;
}

type TwilioKeys = Pick<
  Config,
  'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_FROM' | 'TWILIO_API_BASE' | 'PUBLIC_URL'
>;

/**
 * The Twilio settings, or undefined when none of TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN /
 * TWILIO_FROM is set. Throws SB_ERR_CONFIG_INVALID naming what is missing when only some are.
 */
export function twilioSettingsFrom(config: TwilioKeys): TwilioSettings | undefined {
  const keys = {
    TWILIO_ACCOUNT_SID: config.TWILIO_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: config.TWILIO_AUTH_TOKEN,
    TWILIO_FROM: config.TWILIO_FROM,
  };
  const present = Object.values(keys).filter((value) => value !== undefined);
  if (present.length === 0) return undefined;
  const missing = Object.entries(keys)
    .filter(([, value]) => value === undefined)
    .map(([key]) => key);
  if (config.PUBLIC_URL === undefined) missing.push('PUBLIC_URL');
  if (missing.length > 0) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `Invalid configuration: the Twilio channels need ${missing.join(', ')} as well ` +
        '(PUBLIC_URL is the address Twilio calls, used to check its signatures).',
    );
  }
  return {
    accountSid: keys.TWILIO_ACCOUNT_SID as string,
    authToken: keys.TWILIO_AUTH_TOKEN as string,
    from: keys.TWILIO_FROM as string,
    publicUrl: (config.PUBLIC_URL as string).replace(/\/+$/, ''),
    ...(config.TWILIO_API_BASE ? { apiBase: config.TWILIO_API_BASE.replace(/\/+$/, '') } : {}),
  };
}

/** The public URL Twilio is given for one of our paths (`/webhooks/twilio/sms/status`). */
export function publicUrlFor(settings: Pick<TwilioSettings, 'publicUrl'>, path: string): string {
  return `${settings.publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
