/**
 * The bot's per-turn understanding step (text preparation, the FAQ match, the urgency and person
 * cues: what the match worker runs per turn) over the gateway benchmark's questions on the demo
 * knowledge base. A script, not a timed test. For instruction counts that do not depend on what
 * else the machine runs, run it under callgrind twice, with N steps and with 0, and subtract:
 * `valgrind --tool=callgrind node --import tsx test/bot/understanding-step-bench.ts N` (warm-up
 * min(N, 3000) steps, then N measured; the difference of the two totals is 2·N steps when N ≤ 3000).
 */
import { loadKnowledge } from '../../knowledge/index';
import { examplesWithAnswers } from '../../knowledge/nlu/entry-examples';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';
import { SignalDetector } from '../../bot/signals/signal-detector';
import { understandingOf, understandWith } from '../../bot/turn-understanding';
import { FAQ_BOT_DEFAULTS } from '../../bot/faq-bot-options';
import { BENCH_QUESTIONS } from '../bench/questions';
import { DEMO_KB_PATH } from './demo-bot';

const steps = Math.max(0, Math.min(1_000_000, Number(process.argv[2] ?? 20_000)));
const matcher = new IntentMatcher();
await matcher.train(examplesWithAnswers(await loadKnowledge(DEMO_KB_PATH)));
const detector = new SignalDetector();
let found = 0;
const step = (text: string): void => {
  const { matched, prepared, person } = understandWith(detector, text, (question) => matcher.match(question));
  const understood = understandingOf(
    detector,
    prepared,
    person,
    matched,
    FAQ_BOT_DEFAULTS.confidentThreshold,
  );
  found += understood.candidates.length + understood.urgency.cues.length + understood.person.cues.length;
};
for (let i = 0; i < Math.min(3000, steps); i += 1) step(BENCH_QUESTIONS[i % BENCH_QUESTIONS.length]!);
const cpu = process.cpuUsage();
for (let i = 0; i < steps; i += 1) step(BENCH_QUESTIONS[i % BENCH_QUESTIONS.length]!);
const used = process.cpuUsage(cpu);
const micros = steps === 0 ? 0 : (used.user + used.system) / steps;
console.log(`${steps} steps, ${micros.toFixed(1)} µs CPU per step (${found} candidates and cues found)`);
