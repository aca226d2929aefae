/**
 * adapters/shared holds what several channel adapters use and no one channel owns (no provider
 * code: Twilio's shared parts live in adapters/twilio). Here: the text splitter web chat and voice
 * (`<Say>` lines) cut long texts with.
 *
 * Splits an outbound text that is longer than the channel's limit into parts that fit, breaking at
 * the most natural place available: a paragraph, a line, a sentence end (Latin or CJK), a space,
 * and only as a last resort mid-word (never inside a surrogate pair).
 */

const BREAKS: readonly RegExp[] = [/\n\s*\n/g, /\n/g, /[.!?。！？；;](?=\s|$)|[。！？；]/g, /\s/g];

function lastBreak(window: string, minimum: number): number {
  for (const pattern of BREAKS) {
    let best = -1;
    for (const match of window.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (end >= minimum && end <= window.length) best = end;
    }
    if (best > 0) return best;
  }
  return -1;
}

/** Parts of `text`, each at most `maxLength` UTF-16 units; one part when it already fits. */
export function splitText(text: string, maxLength: number): string[] {
  if (maxLength < 2) throw new RangeError('maxLength must be at least 2');
  const parts: string[] = [];
  let rest = text;
  while (rest.length > maxLength) {
    const window = rest.slice(0, maxLength);
    let cut = lastBreak(window, Math.floor(maxLength / 2));
    if (cut <= 0) {
      cut = maxLength;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    const part = rest.slice(0, cut).trimEnd();
    if (part.length > 0) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}
