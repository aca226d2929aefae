/**
 * Fits the answer gate (knowledge/nlu/answer-gate.ts) on the bot-eval sets' tuning rows — each
 * set's validation, fresh and chatter rows, never a test half — and reports, set by set, what it
 * does when fitted on the other sets only (leave one set out): at the thresholds that fall back on
 * 80, 85 and 90 % of the out-of-scope rows on average, the mean share of answer rows answered
 * right, against the bot's rule on the top score alone.
 *
 *   node --import tsx test/bot/fit-answer-gate.ts [--write] [--l2 1] [--matcher JSON]
 *
 * `--matcher` passes IntentMatcher options (e.g. `{"lexical":{"sharpness":40}}`), to see how a
 * matcher change and a gate refitted for it do together.
 *
 * `--write` rewrites knowledge/nlu/answer-gate-weights.ts with the gate fitted on every set.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parseArgs } from 'node:util';
import { createFaqBot } from '../../bot/index';
import { runBotEval } from '../../bot/eval/index';
import { readEvalFile } from '../../bot/eval/eval-rows';
import { loadKnowledge } from '../../knowledge/index';
import { GATE_FEATURE_NAMES, gateFeatures } from '../../knowledge/nlu/answer-gate';
import { IntentMatcher, type IntentMatcherOptions } from '../../knowledge/nlu/intent-matcher';
import { BOT_EVAL_SETS } from './bot-eval-sets';
import { fitLogistic, predictLogistic, type LogisticModel } from './logistic-fit';

const SETS = BOT_EVAL_SETS;
const SPLITS = ['validation', 'fresh', 'fresh2', 'chatter'];
const TARGETS = [0.8, 0.85, 0.9];

/** One tuning row the policy (not a handoff rule) decides. */
interface GateRow {
  set: string;
  split: string;
  /** Whether the row expects an answer (else a fallback). */
  answerRow: boolean;
  /** Whether the matcher's first candidate is the expected entry. */
  right: boolean;
  top: number;
  features: number[];
}

const { values } = parseArgs({
  options: { write: { type: 'boolean' }, l2: { type: 'string', default: '1' }, matcher: { type: 'string' } },
});
const matcherOptions = (
  values.matcher === undefined ? {} : JSON.parse(values.matcher)
) as IntentMatcherOptions;
const l2 = Number(values.l2);
const rows = await collect();
process.stdout.write(`${rows.length} rows decided by the policy, ${GATE_FEATURE_NAMES.length} features\n\n`);

const gateScore = new Map<GateRow, number>();
for (const set of SETS) {
  const model = fit(rows.filter((row) => row.set !== set));
  for (const row of rows.filter((r) => r.set === set))
    gateScore.set(row, predictLogistic(model, row.features));
}
for (const split of ['validation', 'fresh', 'fresh2']) {
  const part = rows.filter((row) => row.split === split);
  for (const target of TARGETS) {
    const byTop = operatingPoint(part, (row) => row.top, target);
    const byGate = operatingPoint(part, (row) => gateScore.get(row)!, target);
    process.stdout.write(
      `${split.padEnd(10)} fallback ≥ ${target}: top score ${describe(byTop)} | gate, other sets ${describe(byGate)}\n`,
    );
  }
}

const model = fit(rows);
process.stdout.write(`\nfitted on all ${rows.length} rows:\n`);
GATE_FEATURE_NAMES.forEach((name, i) =>
  process.stdout.write(`  ${name.padEnd(16)} ${model.weights[i]!.toFixed(4)}\n`),
);
process.stdout.write(`  bias             ${model.bias.toFixed(4)}\n`);
if (values.write === true) {
  const path = fileURLToPath(new URL('../../knowledge/nlu/answer-gate-weights.ts', import.meta.url));
  // Formatted as the project's Prettier settings have it, so a refit leaves a lint-clean file.
  const options = (await resolveConfig(path)) ?? {};
  await writeFile(path, await format(weightsSource(model), { ...options, filepath: path }));
  process.stdout.write(`wrote ${path}\n`);
}
process.exit(0);

/** Decides every tuning row with the bot, gate off, and keeps those the policy decides. */
async function collect(): Promise<GateRow[]> {
  const base = new URL('../fixtures/bot-eval/', import.meta.url).pathname;
  const collected: GateRow[] = [];
  for (const set of SETS) {
    const kb = await loadKnowledge(`${base}${set}/kb.yaml`);
    const matcher = new IntentMatcher({ ...matcherOptions, answerGate: false });
    const bot = await createFaqBot(kb, { matcher });
    const ids = new Set(kb.entries.map((entry) => entry.id));
    for (const split of SPLITS) {
      const path = `${base}${set}/${split}.jsonl`;
      if (!existsSync(path)) continue;
      for (const outcome of await runBotEval(bot, await readEvalFile(path, ids))) {
        const expect = outcome.row.expect;
        if (outcome.kind === 'handoff' || (expect.kind !== 'answer' && expect.kind !== 'fallback')) continue;
        const evidence = matcher.evidence(outcome.row.text);
        const top = outcome.candidates[0];
        if (evidence === undefined || top === undefined) continue;
        collected.push({
          set,
          split,
          answerRow: expect.kind === 'answer',
          right: expect.kind === 'answer' && top.label === expect.entryId,
          top: top.score,
          features: gateFeatures(evidence),
        });
      }
    }
    process.stderr.write(`${set} done\n`);
  }
  return collected;
}

function fit(training: readonly GateRow[]): LogisticModel {
  return fitLogistic(
    training.map((row) => row.features),
    training.map((row) => (row.right ? 1 : 0)),
    { l2 },
  );
}

interface Point {
  threshold: number;
  accuracy: number;
  fallback: number;
}

/**
 * The lowest threshold on `score` at which the mean fallback rate over sets reaches `target`, with
 * the mean share of answer rows answered right there (rows the policy never saw count as wrong).
 */
function operatingPoint(part: readonly GateRow[], score: (row: GateRow) => number, target: number): Point {
  for (let step = 0; step <= 1000; step += 1) {
    const threshold = step / 1000;
    const sets = SETS.filter((set) => part.some((row) => row.set === set));
    const rates = sets.map((set) =>
      ratesOf(
        part.filter((row) => row.set === set),
        score,
        threshold,
      ),
    );
    const fallback = mean(rates.map((r) => r.fallback));
    if (fallback >= target) return { threshold, accuracy: mean(rates.map((r) => r.accuracy)), fallback };
  }
  return { threshold: 1, accuracy: 0, fallback: 1 };
}

function ratesOf(rowsOfSet: readonly GateRow[], score: (row: GateRow) => number, threshold: number) {
  const answers = rowsOfSet.filter((row) => row.answerRow);
  const fallbacks = rowsOfSet.filter((row) => !row.answerRow);
  return {
    accuracy:
      answers.filter((row) => row.right && score(row) >= threshold).length / Math.max(1, answers.length),
    fallback: fallbacks.filter((row) => score(row) < threshold).length / Math.max(1, fallbacks.length),
  };
}

function describe(point: Point): string {
  return `threshold ${point.threshold.toFixed(3)} answered right ${point.accuracy.toFixed(3)} (fallback ${point.fallback.toFixed(3)})`;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function weightsSource(fitted: LogisticModel): string {
  const list = (items: readonly string[]) => items.map((item) => `    ${item},`).join('\n');
  return `/**
 * The answer gate's fitted weights (see answer-gate.ts), on raw features. Generated by
 * \`node --import tsx test/bot/fit-answer-gate.ts --write\` from the bot-eval sets' validation,
 * fresh and chatter rows (${rows.length} rows the policy decides); do not edit by hand.
 */
import type { AnswerGateModel } from './answer-gate';

export const ANSWER_GATE_MODEL: AnswerGateModel = {
  features: [
${list(GATE_FEATURE_NAMES.map((name) => `'${name}'`))}
  ],
  weights: [
${list(fitted.weights.map((w) => w.toPrecision(8)))}
  ],
  bias: ${fitted.bias.toPrecision(8)},
};
`;
}
