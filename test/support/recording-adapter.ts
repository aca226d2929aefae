/**
 * A channel adapter that records what it sends and can be told to fail, for outbox tests.
 */
import type {
  ChannelAdapter,
  ChannelCapabilities,
  InboundSink,
  SendContext,
  SendReceipt,
} from '../../gateway/adapter';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { Channel, OutboundMessage } from '../../gateway/message';

export interface SentRecord {
  address: string;
  outbound: OutboundMessage;
  context: SendContext;
}

export class RecordingAdapter implements ChannelAdapter {
  readonly channel: Channel;
  readonly capabilities: ChannelCapabilities = {
    maxTextLength: 1000,
    richText: false,
    attachments: false,
    quickReplies: false,
    synchronousReplyWindowMs: 0,
  };
  readonly sent: SentRecord[] = [];
  /** Fail this many upcoming sends with a retryable error. */
  failNext = 0;
  /** Fail every send permanently (recipient unreachable). */
  unreachable = false;

  /** With `inlineReplies`, the gateway treats replies as delivered in the response (web chat). */
  constructor(channel: Channel = 'sms', options: { inlineReplies?: boolean } = {}) {
    this.channel = channel;
    if (options.inlineReplies) this.capabilities = { ...this.capabilities, inlineReplies: true };
  }

  start(_sink: InboundSink): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  send(address: string, outbound: OutboundMessage, context: SendContext): Promise<SendReceipt> {
    if (this.unreachable) {
      return Promise.reject(
        new SwitchboardError(ErrorCodes.RECIPIENT_UNREACHABLE, `${address} cannot receive messages.`),
      );
    }
    if (this.failNext > 0) {
      this.failNext--;
      return Promise.reject(new SwitchboardError(ErrorCodes.SEND_FAILED, 'provider timed out'));
    }
    this.sent.push({ address, outbound, context });
    return Promise.resolve({ status: 'sent', providerMessageId: `prov-${this.sent.length}` });
  }
}
