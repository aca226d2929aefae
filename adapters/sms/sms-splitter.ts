/**
 * Splits a long outbound text into Messages-API bodies: each body is at most `maxSegments`
 * segments (by the encoding rules of sms-encoding.ts) and at most 1600 characters (Twilio's limit),
 * cut after a sentence end or at a space where one is near, so no word or number is cut in two.
 */
import { segmentCount, smartEncode } from './sms-encoding';

/** Twilio refuses longer bodies (error 21617). */
export const TWILIO_MAX_BODY = 1600;

const SENTENCE_END = /[。！？!?.;；\n]/u;

function fits(chars: readonly string[], maxSegments: number): boolean {
  return chars.length <= TWILIO_MAX_BODY && segmentCount(chars.join('')) <= maxSegments;
}

/** The longest prefix of `chars` that fits (segment count grows with length: binary search). */
function longestFit(chars: readonly string[], maxSegments: number): number {
  let low = 1;
  let high = Math.min(chars.length, TWILIO_MAX_BODY);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(chars.slice(0, mid), maxSegments)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where to cut inside a prefix of `length` characters: after a sentence end or at a space. */
function cutPoint(chars: readonly string[], length: number): number {
  for (let i = length - 1; i >= length / 2; i--) {
    if (SENTENCE_END.test(chars[i] ?? '')) return i + 1;
  }
  for (let i = length - 1; i >= length * 0.6; i--) {
    if (/\s/u.test(chars[i] ?? '')) return i + 1;
  }
  return length;
}

/** Bodies to send, in order; their concatenation (less whitespace at the cuts) is the text. */
export function splitForSms(text: string, maxSegments: number): string[] {
  let rest = Array.from(smartEncode(text.trim()));
  const bodies: string[] = [];
  // Each round takes at least one character, so this ends; the bound is a second guard.
  for (let round = 0; rest.length > 0 && round < 10_000; round++) {
    if (fits(rest, maxSegments)) {
      bodies.push(rest.join(''));
      break;
    }
    const cut = cutPoint(rest, longestFit(rest, maxSegments));
    const body = rest.slice(0, cut).join('').trim();
    if (body !== '') bodies.push(body);
    rest = Array.from(rest.slice(cut).join('').trimStart());
  }
  return bodies;
}
