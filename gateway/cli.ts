/**
 * The `switchboard` command: `start`, `chat`, `kb lint`. Same program as `npm start`.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { runNluCommand } from '../knowledge';
import { runBotEvalCommand } from '../bot/eval/index';
import { runAccountsCommand, readSecretLine } from './auth/accounts-command';
import { loadConfig, type Config } from './config';
import { SwitchboardError } from './errors';
import { runKbCommand } from './kb-command';
import { createSwitchboard } from './main';
import { CHANNELS, type Channel } from './message';
import { TerminalAdapter } from './terminal-adapter';

const USAGE = `Usage: switchboard <command>

Commands:
  start                                   run the gateway on PORT (default 3000)
  chat [--channel sms|email|wechat|web] [--from ADDRESS]
                                          talk to the bot in the terminal as a customer
  kb lint PATH [--no-conflicts]           validate knowledge files (exit 1 on errors)
  kb import|export|publish|versions|rollback
                                          edit the knowledge base in the database ("switchboard kb" lists them)
  bot eval --kb PATH --test TEST.jsonl [--json]
                                          run the bot policy on labelled rows, print its rates
  nlu eval --train TRAIN.jsonl [--validation VAL.jsonl] --test TEST.jsonl [--json]
                                          train the intent matcher, pick the out-of-scope
                                          threshold on validation (or cross-validation), score test
  accounts list|create|reset-password|disable|enable
                                          manage sign-in accounts ("switchboard accounts" lists them)
  help                                    this text

Configuration comes from environment variables (see README.md).`;

const DEFAULT_FROM: Partial<Record<Channel, string>> = {
  sms: '+15550100000',
  email: 'customer@example.com',
  wechat: 'wxid_terminal_customer',
  web: 'terminal-session',
};

function config(): Config {
  return loadConfig(process.env);
}

async function start(): Promise<void> {
  const switchboard = await createSwitchboard(config());
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      switchboard.logger.error({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    switchboard.logger.info({ signal }, 'shutting down: finishing turns in flight');
    switchboard.close().then(
      () => process.exit(0),
      (error: unknown) => {
        switchboard.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const address = await switchboard.listen();
  switchboard.logger.info({ address, store: switchboard.store.kind }, `Switchboard listening on ${address}`);
}

async function chat(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { channel: { type: 'string', default: 'web' }, from: { type: 'string' } },
    strict: true,
  });
  const channel = values.channel as Channel;
  if (!CHANNELS.includes(channel)) throw new Error(`--channel must be one of ${CHANNELS.join(', ')}`);
  const from = values.from ?? DEFAULT_FROM[channel] ?? 'terminal-customer';
  const cfg = config();
  const switchboard = await createSwitchboard(cfg, {
    logger: pino({ level: cfg.LOG_LEVEL === 'info' ? 'warn' : cfg.LOG_LEVEL }, pino.destination(2)),
    withoutWeb: true,
    adapters: [new TerminalAdapter({ channel, write: (text) => process.stdout.write(`${text}\n`) })],
    outbox: { pollIntervalMs: 200 },
  });
  switchboard.outbox.start();
  process.stdout.write(`Chatting as ${from} on ${channel}. Type a question; Ctrl-D to quit.\n`);
  const lines = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const turn = await switchboard.gateway.receive({ channel, externalId: randomUUID(), from, text: line });
      await switchboard.outbox.drainOnce();
      if (turn.replies.length === 0) process.stdout.write('(a person will answer; the bot stays quiet)\n');
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
    }
  }
  await switchboard.close();
}

async function kb(args: string[]): Promise<number> {
  return runKbCommand(args, config, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}

async function bot(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'eval') {
    process.stderr.write('Usage: switchboard bot eval --kb PATH --test TEST.jsonl [--json]\n');
    return 2;
  }
  const io = {
    stdout: (text: string) => process.stdout.write(text),
    stderr: (text: string) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
  };
  return runBotEvalCommand(rest, io);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      await start();
      return -1;
    case 'chat':
      await chat(rest);
      return 0;
    case 'kb':
      return kb(rest);
    case 'nlu':
      return runNluCommand(rest, {
        out: (line) => process.stdout.write(`${line}\n`),
        progress: { write: (text) => process.stderr.write(text), isTTY: process.stderr.isTTY },
      });
    case 'bot':
      return bot(rest);
    case 'accounts':
      return runAccountsCommand(rest, config, {
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
        readSecret: () => readSecretLine(process.stdin, (text) => process.stderr.write(text)),
      });
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof SwitchboardError ? `${error.code}: ${error.message}` : String(error);
    process.stderr.write(`switchboard: ${message}\n`);
    process.exitCode = 1;
  },
);
