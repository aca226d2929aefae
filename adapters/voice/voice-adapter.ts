/**
 * The `voice` channel on Twilio: callers talk to the bot (speech in, `<Say>` out, answered inside
 * the webhook's response), ask for a person (say "agent"/"转人工" or press 0), hold in a queue, are
 * bridged to the agent who claims the case, or leave a voicemail that joins the case. Outbound text
 * can only be spoken to a caller on a live call; otherwise `send` refuses with
 * SB_ERR_RECIPIENT_UNREACHABLE (the outbox does not retry it).
 */
import type { FastifyPluginAsync } from 'fastify';
import type {
  ChannelAdapter,
  ChannelCapabilities,
  InboundSink,
  SendContext,
  SendReceipt,
} from '../../gateway/adapter';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { OutboundMessage } from '../../gateway/message';
import type { Case } from '../../gateway/store/case-types';
import twilio from 'twilio';
import { createTwilioClient, publicUrlFor, toSendError, type TwilioSettings } from '../twilio';
import { CallRegistry } from './call-registry';
import { VOICE_PATHS, type FlowContext, type VoiceLogger } from './flow-context';
import { bridgeToAgent, type CallUpdater } from './agent-bridge';
import { hasNumberedOptions, MAX_SAY_LENGTH, speechLines } from './twiml';
import { DEFAULT_VOICE_CONFIG, type VoiceConfig } from './voice-config';
import { VoiceDesk, type CaseDesk, type VoiceStore } from './voice-desk';
import { VOICE_PHRASES, type VoiceLanguage } from './voice-language';
import { speakToHeldCall, type CallStatusReader } from './remote-speech';
import { createVoiceRoutes } from './voice-routes';

/** Construction options of {@link TwilioVoiceAdapter}. */
export interface TwilioVoiceAdapterOptions {
  /** The Twilio account, our number and PUBLIC_URL (see adapters/twilio). Required. */
  settings: TwilioSettings;
  /** Cases, notes and accounts (the gateway's store). Required. */
  store: VoiceStore;
  /** The config file's `voice:` section. Default: no hold limit but the SLA, 120 s voicemail. */
  voice?: VoiceConfig;
  /** Locales of the published knowledge entries, for the caller's language. Default: none (English). */
  knowledgeLocales?: () => readonly string[];
  /** Replaces a live call's TwiML. Default: Twilio's REST API (`calls(sid).update`). */
  updateCall?: CallUpdater;
  /** Reads a call's status. Default: Twilio's REST API (`calls(sid).fetch`). */
  callStatus?: CallStatusReader;
  /**
   * How long a gather webhook waits for the bot before answering "one moment" and a redirect that
   * picks the turn up (Twilio gives up on a webhook after 15 s). Default 10 000 ms.
   */
  replyBudgetMs?: number;
  /** Most calls remembered at once. Default 10 000. */
  maxLiveCalls?: number;
  /** Default: silent. */
  logger?: VoiceLogger;
  /** Default `() => new Date()`. */
  clock?: () => Date;
}

function silentLogger(): VoiceLogger {
  const ignore = (): void => undefined;
  return { info: ignore, warn: ignore, error: ignore };
}

/** Live calls through Twilio's REST API: replace a call's TwiML, read its status. */
function restCalls(settings: TwilioSettings): { update: CallUpdater; status: CallStatusReader } {
  const client = createTwilioClient(settings);
  return {
    async update(callSid, twiml) {
      try {
        await client.calls(callSid).update({ twiml });
      } catch (error) {
        throw toSendError(error, `the update of call ${callSid}`);
      }
    },
    async status(callSid) {
      try {
        return (await client.calls(callSid).fetch()).status;
      } catch (error) {
        if (error instanceof twilio.RestException && error.status === 404) return 'unknown';
        throw toSendError(error, `the status of call ${callSid}`);
      }
    },
  };
}

/** Voice calls through Twilio as a ChannelAdapter. */
export class TwilioVoiceAdapter implements ChannelAdapter {
  readonly channel = 'voice' as const;
  readonly capabilities: ChannelCapabilities = {
    maxTextLength: MAX_SAY_LENGTH,
    richText: false,
    attachments: false,
    quickReplies: false,
    // Twilio waits 15 s for a webhook's TwiML.
    synchronousReplyWindowMs: 15_000,
    // The gather response speaks the turn's replies.
    inlineReplies: true,
  };
  readonly routes: FastifyPluginAsync;
  readonly #context: FlowContext;
  readonly #calls: CallRegistry;
  readonly #update: CallUpdater;
  readonly #callStatus: CallStatusReader;
  readonly #bridges = new Set<Promise<void>>();
  /** A call Twilio sent nothing for in this long is taken as ended (see `send`). */
  readonly #idleMs: number;
  #sink: InboundSink | null = null;
  #detach: (() => void) | null = null;

  constructor(options: TwilioVoiceAdapterOptions) {
    const voice = options.voice ?? DEFAULT_VOICE_CONFIG;
    const { settings } = options;
    this.#calls = new CallRegistry(options.maxLiveCalls);
    const rest = restCalls(settings);
    this.#update = options.updateCall ?? rest.update;
    this.#callStatus = options.callStatus ?? rest.status;
    // Hold rounds come every `holdPause` (or once per play of the hold music, whose length we do not know).
    this.#idleMs = voice.holdMusicUrl
      ? 15 * 60_000
      : Math.max(120_000, 3 * voice.holdPauseSeconds * 1000 + 60_000);
    this.#context = {
      sink: () => this.#sink,
      calls: this.#calls,
      desk: new VoiceDesk(options.store, voice.agents, voice.holdLimitMs),
      settings: voice,
      ourNumber: settings.from,
      knowledgeLocales: options.knowledgeLocales ?? (() => []),
      url: (path, query) => {
        const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
        const suffix = search.size > 0 ? `?${search.toString()}` : '';
        return publicUrlFor(settings, `${VOICE_PATHS[path]}${suffix}`);
      },
      clock: options.clock ?? (() => new Date()),
      logger: options.logger ?? silentLogger(),
      replyBudgetMs: options.replyBudgetMs ?? 10_000,
    };
    this.routes = createVoiceRoutes({
      context: this.#context,
      authToken: settings.authToken,
      publicUrl: settings.publicUrl,
    });
  }

  /**
   * Attach the handoff queue: the caller's hold ends at the case's first-response SLA, and a claim
   * bridges the held call to the agent.
   */
  attachCases(desk: CaseDesk): void {
    this.#detach?.();
    this.#detach = this.#context.desk.attach(desk, (item) => this.#bridge(item));
  }

  start(sink: InboundSink): Promise<void> {
    this.#sink = sink;
    return Promise.resolve();
  }

  async stop(): Promise<void> {
    this.#sink = null;
    this.#detach?.();
    this.#detach = null;
    await this.settle();
  }

  /** Wait for bridges in flight (tests, shutdown). */
  async settle(): Promise<void> {
    while (this.#bridges.size > 0) await Promise.allSettled([...this.#bridges]);
  }

  /**
   * Speak a message to the caller at the next chance (the next prompt or hold round of their live
   * call). A caller holding on a call this process does not serve (another gateway process, or
   * before a restart) hears it at once through a REST update of the call (remote-speech.ts).
   * Refused with SB_ERR_RECIPIENT_UNREACHABLE when the number is not on a call with us.
   */
  async send(address: string, outbound: OutboundMessage, context: SendContext): Promise<SendReceipt> {
    const options = outbound.options ?? [];
    const text = [outbound.text, ...options.map((option, index) => `${index + 1}. ${option.label}`)].join(
      '\n',
    );
    const linesIn = (language: VoiceLanguage): string[] => {
      const lines = speechLines([text], this.capabilities.maxTextLength);
      if (hasNumberedOptions(text)) lines.push(VOICE_PHRASES[language].optionsHint);
      return lines;
    };
    const call = this.#calls.liveByCaller(address, new Date(this.#context.clock().getTime() - this.#idleMs));
    if (call) {
      for (const line of linesIn(call.language)) this.#calls.addSpeech(call, line);
      return { status: 'sent' };
    }
    const io = { update: this.#update, status: this.#callStatus };
    const target = { conversationId: context.conversationId, caller: address };
    if (await speakToHeldCall(this.#context, io, target, linesIn)) return { status: 'sent' };
    throw new SwitchboardError(
      ErrorCodes.RECIPIENT_UNREACHABLE,
      `${address} is not on a call: the voice channel speaks only during a live call. ` +
        'Call the customer back, or write to them on another channel.',
      { statusCode: 409 },
    );
  }

  #bridge(item: Case): void {
    const work = bridgeToAgent(this.#context, this.#update, item).catch((error: unknown) =>
      this.#context.logger.error({ err: error, caseId: item.id }, 'voice bridge failed'),
    );
    this.#bridges.add(work);
    void work.finally(() => this.#bridges.delete(work));
  }
}
