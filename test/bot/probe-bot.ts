/**
 * Counts what the whole bot does with every line of a plain-text probe file, each line the first
 * turn of a fresh web chat conversation, as `bot eval` decides its rows:
 * `node --import tsx test/bot/probe-bot.ts KB_PATH PROBE.txt [--show KIND]`, for example
 * `… test/fixtures/bot-eval/zh/kb.yaml test/fixtures/signal-probes/held-out/round3-urgent-zh.txt`.
 * Prints the count per decision (`handoff:urgent`, `handoff:human-request`, `answer`, …) and, with
 * `--show`, the lines decided otherwise than KIND, with the decision's signals.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createFaqBot } from '../../bot/index';
import { firstTurn } from '../../bot/eval/run-bot-eval';
import { loadKnowledge } from '../../knowledge/index';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { show: { type: 'string' } },
});
const [kbPath, probePath] = positionals;
if (kbPath === undefined || probePath === undefined) {
  process.stderr.write('usage: probe-bot.ts KB_PATH PROBE.txt [--show KIND]\n');
  process.exit(2);
}
const bot = await createFaqBot(await loadKnowledge(kbPath));
const lines = (await readFile(probePath, 'utf8')).split('\n').filter((line) => line.trim() !== '');
const counts = new Map<string, number>();
for (const [index, text] of lines.entries()) {
  const decision = await bot.respond(firstTurn(text, index));
  const kind = decision.kind === 'handoff' ? `handoff:${decision.reason ?? ''}` : decision.kind;
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  if (values.show !== undefined && kind !== values.show) {
    process.stdout.write(`${kind.padEnd(22)} ${text}   [${(decision.signals ?? []).join(', ')}]\n`);
  }
}
process.stdout.write(
  `${probePath}: ${lines.length} lines; ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}\n`,
);
process.exit(0);
