/**
 * SMS encoding rules (3GPP TS 23.038 / 23.040): a message is GSM-7 when every character is in the
 * GSM default alphabet or its extension table (extension characters take two septets, an escape and
 * the character), else UCS-2 (UTF-16 code units). One SMS holds 160 septets or 70 UCS-2 units; a
 * concatenated message spends 7 septets / 3 units of each part on its header: 153 / 67 per segment.
 * Twilio's Messages API takes up to 1600 characters in one request and concatenates the segments.
 */

export type SmsEncoding = 'GSM-7' | 'UCS-2';

const GSM_BASIC = new Set(
  Array.from(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
      '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ),
);
const GSM_EXTENSION = new Set(Array.from('\f^{}\\[~]|€'));

/** Per-message and per-segment sizes, in septets (GSM-7) or UTF-16 units (UCS-2). */
export const SEGMENT_SIZES: Record<SmsEncoding, { single: number; concatenated: number }> = {
  'GSM-7': { single: 160, concatenated: 153 },
  'UCS-2': { single: 70, concatenated: 67 },
};

/** Lookalikes Twilio's Smart Encoding also replaces, so one curly quote does not cost 2.3× the segments. */
const SMART_REPLACEMENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u200b': '',
  '\u2022': '*',
  '\t': ' ',
};

function isGsmChar(char: string): boolean {
  return GSM_BASIC.has(char) || GSM_EXTENSION.has(char);
}

/** GSM-7 when every character is in the GSM alphabet (extension table included), else UCS-2. */
export function encodingOf(text: string): SmsEncoding {
  for (const char of text) if (!isGsmChar(char)) return 'UCS-2';
  return 'GSM-7';
}

/**
 * Replace typographic lookalikes (curly quotes, dashes, the ellipsis) by their GSM equivalents when
 * that makes the whole text GSM-7; text that needs UCS-2 anyway (Chinese) is left as written.
 */
export function smartEncode(text: string): string {
  if (encodingOf(text) === 'GSM-7') return text;
  const replaced = Array.from(text, (char) => SMART_REPLACEMENTS[char] ?? char).join('');
  return encodingOf(replaced) === 'GSM-7' ? replaced : text;
}

/** Size of one character in the encoding's units (septets or UTF-16 units). */
function unitsOf(char: string, encoding: SmsEncoding): number {
  if (encoding === 'UCS-2') return char.length;
  return GSM_EXTENSION.has(char) ? 2 : 1;
}

/** Total length in the encoding's units. */
export function unitLength(text: string, encoding: SmsEncoding = encodingOf(text)): number {
  let units = 0;
  for (const char of text) units += unitsOf(char, encoding);
  return units;
}

export interface SmsSegmentation {
  encoding: SmsEncoding;
  /** The text of each segment, in order; never splits an escape pair or a surrogate pair. */
  segments: string[];
  /** Length of each segment in the encoding's units. */
  units: number[];
}

/** How the network carries `text`: its encoding and segments. Empty text is one empty segment. */
export function segment(text: string): SmsSegmentation {
  const encoding = encodingOf(text);
  const sizes = SEGMENT_SIZES[encoding];
  const total = unitLength(text, encoding);
  if (total <= sizes.single) return { encoding, segments: [text], units: [total] };
  const segments: string[] = [];
  const units: number[] = [];
  let current = '';
  let used = 0;
  for (const char of text) {
    const size = unitsOf(char, encoding);
    if (used + size > sizes.concatenated) {
      segments.push(current);
      units.push(used);
      current = '';
      used = 0;
    }
    current += char;
    used += size;
  }
  segments.push(current);
  units.push(used);
  return { encoding, segments, units };
}

/** Number of segments `text` is billed and carried as. */
export function segmentCount(text: string): number {
  return segment(text).segments.length;
}
