/**
 * `switchboard bot eval --kb PATH --test TEST.jsonl [--json]`: loads a knowledge base, builds the
 * bot the gateway would build, decides every row as a first turn, and prints the rates (DESIGN.md
 * contract). With `--json` the last stdout line is the metrics object; progress goes to stderr.
 */
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../../knowledge/index';
import { createFaqBot } from '../create-faq-bot';
import { computeMetrics } from './eval-metrics';
import { formatReport } from './eval-report';
import { readEvalFile } from './eval-rows';
import { runBotEval } from './run-bot-eval';

/** Where the command writes; the CLI passes the process streams, tests pass buffers. */
export interface BotEvalIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress is redrawn in place. */
  interactive: boolean;
}

/** Usage line shown in `switchboard help`. */
export const BOT_EVAL_USAGE = 'bot eval --kb PATH --test TEST.jsonl [--json]';

/** Runs the command; resolves to the exit code (0 done, 2 usage error). Bad files throw. */
export async function runBotEvalCommand(args: readonly string[], io: BotEvalIo): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === 'string') {
    io.stderr(`${options}\nUsage: switchboard ${BOT_EVAL_USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const kb = await loadKnowledge(options.kb);
  const rows = await readEvalFile(options.test, new Set(kb.entries.map((entry) => entry.id)));
  io.stderr(
    `bot eval: ${kb.entries.length} entries from ${options.kb}, ${rows.length} rows from ${options.test}\n`,
  );
  const bot = await createFaqBot(kb);
  const progress = progressWriter(io);
  const outcomes = await runBotEval(bot, rows, progress);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stderr(`${io.interactive ? '\r' : ''}bot eval: ${rows.length} rows decided in ${seconds} s\n`);
  const metrics = computeMetrics(outcomes);
  if (options.json) io.stdout(`${JSON.stringify(metrics)}\n`);
  else io.stdout(`${formatReport(metrics, outcomes).join('\n')}\n`);
  return 0;
}

function parseOptions(args: readonly string[]): { kb: string; test: string; json: boolean } | string {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        kb: { type: 'string' },
        test: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.kb === undefined || values.test === undefined) return 'bot eval needs --kb and --test.';
    return { kb: values.kb, test: values.test, json: values.json };
  } catch (error) {
    return (error as Error).message;
  }
}

/** Redraws `done/total` in place on a terminal; stays quiet otherwise (a log wants no \r noise). */
function progressWriter(io: BotEvalIo): (done: number, total: number) => void {
  if (!io.interactive) return () => undefined;
  let shown = -1;
  return (done, total) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === shown && done !== total) return;
    shown = percent;
    io.stderr(`\rbot eval: ${done}/${total} rows (${percent}%)`);
  };
}
