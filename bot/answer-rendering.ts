/**
 * Fits what the bot says to the channel: the entry's variant for the channel, a length the channel
 * can carry, and clarifying options as buttons or as a numbered list.
 */
import type { ChannelCapabilities } from '../gateway/adapter';
import type { Channel, QuickReply } from '../gateway/message';
import type { KnowledgeEntry } from '../knowledge/index';

const ELLIPSIS = '…';
const SENTENCE_END = /[。！？!?.\n]/u;

/** The entry's answer written for `channel`, or its default answer. */
export function answerForChannel(entry: KnowledgeEntry, channel: Channel): string {
  return entry.answer[channel] ?? entry.answer.default;
}

/**
 * Shortens `text` to at most `maxLength` characters, cutting at the last sentence end in the second
 * half of the allowance (else at the last space) and marking the cut with an ellipsis, so the
 * customer gets whole sentences rather than a word cut in two.
 */
export function fitText(text: string, maxLength: number): string {
  const trimmed = text.trim();
  // Never more characters than UTF-16 units: a text that short fits without being split into them.
  if (trimmed.length <= maxLength) return trimmed;
  const chars = Array.from(trimmed);
  if (chars.length <= maxLength || maxLength < 2) return chars.slice(0, Math.max(maxLength, 0)).join('');
  const window = chars.slice(0, maxLength - 1);
  const sentenceCut = lastIndexMatching(window, (c) => SENTENCE_END.test(c));
  if (sentenceCut >= window.length / 2)
    return `${window
      .slice(0, sentenceCut + 1)
      .join('')
      .trimEnd()}${ELLIPSIS}`;
  const spaceCut = lastIndexMatching(window, (c) => /\s/u.test(c));
  const cut = spaceCut >= window.length * 0.6 ? spaceCut : window.length;
  return `${window.slice(0, cut).join('').trimEnd()}${ELLIPSIS}`;
}

/** Clarifying text and options, numbered inside the text when the channel has no quick replies. */
export function renderOptions(
  prompt: string,
  numberHint: string,
  options: readonly QuickReply[],
  capabilities: ChannelCapabilities,
): { text: string; options?: QuickReply[] } {
  if (capabilities.quickReplies) return { text: prompt, options: [...options] };
  // Shorten the labels rather than the whole text, so every number stays visible on short channels.
  const overhead = prompt.length + numberHint.length + options.length * 4 + 2;
  const perLabel = Math.max(
    12,
    Math.floor((capabilities.maxTextLength - overhead) / Math.max(options.length, 1)),
  );
  const lines = options.map((option, index) => `${index + 1}. ${fitText(option.label, perLabel)}`);
  return { text: [prompt, ...lines, numberHint].join('\n') };
}

function lastIndexMatching(chars: readonly string[], test: (char: string) => boolean): number {
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    const char = chars[i];
    if (char !== undefined && test(char)) return i;
  }
  return -1;
}
