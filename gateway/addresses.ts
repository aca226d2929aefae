/**
 * Customer addresses, normalized once for every channel so one person is one identity: phones as
 * E.164 (SMS and voice share them), e-mail addresses lower-cased without display names, channel user
 * ids as given. Adapters may normalize too; the gateway's pass makes it true for every channel.
 */
import type { Channel } from './message';

/** The kind of address an identity is: SMS and voice share `phone`. */
export type IdentityKind = 'phone' | 'email' | 'wechat' | 'wechat-oa' | 'web' | 'botframework';

export function identityKindOf(channel: Channel): IdentityKind {
  switch (channel) {
    case 'sms':
    case 'voice':
      return 'phone';
    default:
      return channel;
  }
}

/**
 * E.164 from what providers and people write: `+86 138-0013-8000`, `0086 13800138000`,
 * `(415) 555-0100` with a default country code. Null when it cannot be a phone number.
 */
export function normalizePhone(raw: string, defaultCountryCode?: string): string | null {
  const trimmed = raw.trim().replace(/^tel:/i, '');
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  let digits = trimmed.replace(/[\s().-]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  digits = digits.replace(/^\+/, '');
  if (trimmed.startsWith('00')) digits = digits.slice(2);
  if (!international) {
    if (!defaultCountryCode) return null;
    digits = defaultCountryCode + digits.replace(/^0/, '');
  }
  // E.164: a country code that does not start with 0, at most 15 digits in all.
  if (!/^[1-9]\d{6,14}$/.test(digits)) return null;
  return `+${digits}`;
}

/** `"Li Wei" <Li.Wei@Example.COM>` → `li.wei@example.com`. Null when it is not an address. */
export function normalizeEmail(raw: string): string | null {
  const bracketed = /<([^<>]+)>\s*$/.exec(raw);
  const address = (bracketed?.[1] ?? raw).trim().toLowerCase();
  if (address.length > 254) return null;
  if (!/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(address)) return null;
  return address;
}

/**
 * The normalized form of a sender address on a channel, or null when it is not valid there.
 * Phones must already be international (providers send E.164).
 */
export function normalizeAddress(channel: Channel, raw: string): string | null {
  switch (channel) {
    case 'sms':
    case 'voice':
      return normalizePhone(raw);
    case 'email':
      return normalizeEmail(raw);
    default: {
      const trimmed = raw.trim();
      return trimmed === '' ? null : trimmed;
    }
  }
}
