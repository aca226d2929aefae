/**
 * A real Switchboard process for crash tests, built through the composition root with a webhook
 * channel whose deliveries go to a recorder URL. `--crash-at after-store` SIGKILLs the process
 * after the inbound message is stored, before the bot decides; `--crash-at before-send` SIGKILLs it
 * when the outbox first tries to send, after the reply is stored.
 * Prints `PORT <n>` once listening.
 */
import { parseArgs } from 'node:util';
import type { FastifyPluginAsync } from 'fastify';
import { pino } from 'pino';
import type { ChannelAdapter, InboundSink, SendContext, SendReceipt } from '../../gateway/adapter';
import { loadConfig } from '../../gateway/config';
import { createSwitchboard } from '../../gateway/main';
import type { OutboundMessage } from '../../gateway/message';
import { ScriptedBot } from './scripted-bot';

const { values } = parseArgs({
  options: { 'crash-at': { type: 'string' }, recorder: { type: 'string' }, data: { type: 'string' } },
});
const crashAt = values['crash-at'];
const recorder = values.recorder ?? '';

function die(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
}

class CrashingBot extends ScriptedBot {
  override respond(...args: Parameters<ScriptedBot['respond']>) {
    if (crashAt === 'after-store') die();
    return super.respond(...args);
  }
}

class RecorderAdapter implements ChannelAdapter {
  readonly channel = 'sms' as const;
  readonly capabilities = {
    maxTextLength: 1600,
    richText: false,
    attachments: false,
    quickReplies: false,
    synchronousReplyWindowMs: 0,
  };
  #sink: InboundSink | null = null;

  readonly routes: FastifyPluginAsync = (app) => {
    app.post<{ Body: { id: string; from: string; text: string } }>('/test/inbound', async (request) => {
      if (!this.#sink) throw new Error('not started');
      const turn = await this.#sink.receive({
        channel: 'sms',
        externalId: request.body.id,
        from: request.body.from,
        text: request.body.text,
        raw: request.body,
      });
      return { replies: turn.replies.map((r) => r.text) };
    });
    return Promise.resolve();
  };

  start(sink: InboundSink): Promise<void> {
    this.#sink = sink;
    return Promise.resolve();
  }

  stop(): Promise<void> {
    this.#sink = null;
    return Promise.resolve();
  }

  async send(address: string, outbound: OutboundMessage, context: SendContext): Promise<SendReceipt> {
    if (crashAt === 'before-send') die();
    const response = await fetch(recorder, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ address, text: outbound.text, ...context }),
    });
    if (!response.ok) throw new Error(`recorder answered ${response.status}`);
    return { status: 'sent' };
  }
}

const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: values.data ?? './data',
  LOG_LEVEL: 'warn',
});
const switchboard = await createSwitchboard(config, {
  logger: pino({ level: 'warn' }),
  bot: new CrashingBot(),
  withoutWeb: true,
  adapters: [new RecorderAdapter()],
  // A short lease so the restarted process retries a send the killed one had claimed.
  outbox: { pollIntervalMs: 100, leaseMs: 1500 },
});
const address = await switchboard.listen();
process.stdout.write(`PORT ${new URL(address).port}\n`);
process.on('SIGTERM', () => {
  void switchboard.close().then(() => process.exit(0));
});
