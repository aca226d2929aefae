/** Channel capabilities used by the bot tests: one rich channel and the two most constrained ones. */
import type { ChannelCapabilities } from '../../gateway/adapter';

export const WEB: ChannelCapabilities = {
  maxTextLength: 4000,
  richText: true,
  attachments: true,
  quickReplies: true,
  synchronousReplyWindowMs: 0,
};

export const SMS: ChannelCapabilities = {
  maxTextLength: 320,
  richText: false,
  attachments: false,
  quickReplies: false,
  synchronousReplyWindowMs: 0,
};

export const VOICE: ChannelCapabilities = {
  maxTextLength: 600,
  richText: false,
  attachments: false,
  quickReplies: false,
  synchronousReplyWindowMs: 10_000,
};

export const EMAIL: ChannelCapabilities = {
  maxTextLength: 20_000,
  richText: true,
  attachments: true,
  quickReplies: false,
  synchronousReplyWindowMs: 0,
};
