/**
 * Tunes the FAQ bot's candidate thresholds on validation rows (never on test rows): decides each
 * row once with the bot `createFaqBot` builds, keeps the candidates of rows no handoff rule took,
 * then replays `chooseFromCandidates` over a grid of thresholds. Prints the best settings, the
 * highest mean answer accuracy subject to a fallback rate of at least `--min-fallback` in every set.
 *
 *   node --import tsx test/bot/tune-policy.ts KB:VALIDATION.jsonl [KB:VALIDATION.jsonl …] [--min-fallback 0.85]
 *     [--matcher default|tfidf|intent|intent-ungated] [--top 8] [--gates 0.3,0.4,0.5]
 *
 * `--gates` lists the answer-confidence thresholds to try (default: only the bot's own), for
 * matchers that judge their first candidate (`MatchCandidate.answerConfidence`).
 */
import { parseArgs } from 'node:util';
import {
  chooseFromCandidates,
  createFaqBot,
  FAQ_BOT_DEFAULTS,
  type CandidateThresholds,
} from '../../bot/index';
import { runBotEval, type EvalOutcome } from '../../bot/eval/index';
import { readEvalFile } from '../../bot/eval/eval-rows';
import { loadKnowledge, TfidfMatcher, type Matcher } from '../../knowledge/index';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';

interface Scored {
  thresholds: CandidateThresholds;
  accuracy: number[];
  fallback: number[];
  /** Share of answer rows met with a clarifying question. */
  clarify: number[];
}

const { values, positionals } = parseArgs({
  options: {
    'min-fallback': { type: 'string', default: '0.85' },
    matcher: { type: 'string', default: 'default' },
    top: { type: 'string', default: '8' },
    gates: { type: 'string' },
  },
  allowPositionals: true,
});
const minFallback = Number(values['min-fallback']);

const sets: EvalOutcome[][] = [];
for (const pair of positionals) {
  const [kbPath, rowsPath] = pair.split(':');
  if (kbPath === undefined || rowsPath === undefined) throw new Error(`expected KB:ROWS, got ${pair}`);
  const kb = await loadKnowledge(kbPath);
  const rows = await readEvalFile(rowsPath, new Set(kb.entries.map((entry) => entry.id)));
  sets.push(await runBotEval(await createFaqBot(kb, matcherOption(values.matcher)), rows));
}

const scored = grid().map((thresholds) => score(thresholds));
const feasible = scored.filter((s) => s.fallback.every((rate) => rate >= minFallback));
feasible.sort((a, b) => mean(b.accuracy) - mean(a.accuracy) || mean(b.fallback) - mean(a.fallback));
const current = score({ ...FAQ_BOT_DEFAULTS });
process.stdout.write(`current defaults: ${describe(current)}\n`);
for (const best of feasible.slice(0, Number(values.top))) process.stdout.write(`${describe(best)}\n`);

/** The matcher to tune for: whatever `createFaqBot` uses by default, or a named one. */
function matcherOption(name: string): { matcher?: Matcher } {
  if (name === 'tfidf') return { matcher: new TfidfMatcher() };
  if (name === 'intent') return { matcher: new IntentMatcher() };
  // The intent matcher without its answer gate: the top score alone decides, as before the gate.
  if (name === 'intent-ungated') return { matcher: new IntentMatcher({ answerGate: false }) };
  return {};
}

function score(thresholds: CandidateThresholds): Scored {
  const accuracy: number[] = [];
  const fallback: number[] = [];
  const clarify: number[] = [];
  for (const outcomes of sets) {
    const policyRows = outcomes.filter((o) => o.kind !== 'handoff');
    const answers = outcomes.filter((o) => o.row.expect.kind === 'answer');
    const fallbacks = outcomes.filter((o) => o.row.expect.kind === 'fallback');
    const chosen = new Map(policyRows.map((o) => [o, chooseFromCandidates(o.candidates, thresholds)]));
    const right = answers.filter((o) => {
      const choice = chosen.get(o);
      return (
        choice?.kind === 'answer' && o.row.expect.kind === 'answer' && choice.label === o.row.expect.entryId
      );
    });
    const unanswered = fallbacks.filter((o) => chosen.get(o)?.kind !== 'answer');
    accuracy.push(right.length / Math.max(answers.length, 1));
    fallback.push(unanswered.length / Math.max(fallbacks.length, 1));
    const clarified = answers.filter((o) => chosen.get(o)?.kind === 'clarify');
    clarify.push(clarified.length / Math.max(answers.length, 1));
  }
  return { thresholds, accuracy, fallback, clarify };
}

function grid(): CandidateThresholds[] {
  const gates =
    values.gates === undefined
      ? [FAQ_BOT_DEFAULTS.answerConfidenceThreshold]
      : values.gates.split(',').map(Number);
  const out: CandidateThresholds[] = [];
  for (const gate of gates)
    for (let answer = 0.05; answer <= 0.9; answer += 0.025)
      for (const confident of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
        for (const margin of [0, 0.2, 0.4, 0.5, 0.6, 0.8])
          for (const clarify of [0.05, 0.1, 0.15, 0.2, 0.3])
            out.push({
              answerThreshold: round(answer),
              answerConfidenceThreshold: gate,
              ungatedAnswerThreshold: FAQ_BOT_DEFAULTS.ungatedAnswerThreshold,
              confidentThreshold: confident,
              clarifyThreshold: clarify,
              clarifyMargin: margin,
              maxOptions: 3,
            });
  return out;
}

function describe(s: Scored): string {
  const t = s.thresholds;
  const figures = s.accuracy.map(
    (a, i) =>
      `acc ${a.toFixed(3)} fb ${(s.fallback[i] ?? 0).toFixed(3)} clar ${(s.clarify[i] ?? 0).toFixed(3)}`,
  );
  return `answer ${t.answerThreshold} gate ${t.answerConfidenceThreshold} confident ${t.confidentThreshold} clarify ${t.clarifyThreshold} margin ${t.clarifyMargin}: ${figures.join(' | ')}`;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
