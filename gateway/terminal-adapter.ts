/**
 * A channel adapter for `switchboard chat`: the customer is the person at the terminal, posing as a
 * customer of one channel (its capabilities shape the replies as that channel would).
 */
import type { ChannelAdapter, ChannelCapabilities, InboundSink, SendReceipt } from './adapter';
import type { Channel, OutboundMessage } from './message';

/** Roughly what each channel carries, so terminal replies look like the real channel's. */
const TERMINAL_CAPABILITIES: Partial<Record<Channel, Partial<ChannelCapabilities>>> = {
  sms: { maxTextLength: 1600 },
  email: { maxTextLength: 100_000, richText: true },
  wechat: { maxTextLength: 2048 },
  web: { maxTextLength: 4096, quickReplies: true },
};

export interface TerminalAdapterOptions {
  channel: Channel;
  /** Where replies are written (normally stdout). */
  write: (text: string) => void;
}

export class TerminalAdapter implements ChannelAdapter {
  readonly channel: Channel;
  readonly capabilities: ChannelCapabilities;
  readonly #write: (text: string) => void;

  constructor(options: TerminalAdapterOptions) {
    this.channel = options.channel;
    this.#write = options.write;
    this.capabilities = {
      maxTextLength: 4096,
      richText: false,
      attachments: false,
      quickReplies: false,
      synchronousReplyWindowMs: 0,
      ...TERMINAL_CAPABILITIES[options.channel],
    };
  }

  start(_sink: InboundSink): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  send(_address: string, outbound: OutboundMessage): Promise<SendReceipt> {
    const options = (outbound.options ?? []).map((option, index) => `  [${index + 1}] ${option.label}`);
    this.#write([`bot> ${outbound.text}`, ...options].join('\n'));
    return Promise.resolve({ status: 'delivered' });
  }
}
