/**
 * The matcher and the whole bot on the demo evaluation fixture: phrasings written separately from
 * the knowledge base (none of them appears in it), plus small talk that must fall back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FAQ_BOT_DEFAULTS, type FaqBot } from '../../bot/index';
import { normalizeText, type KnowledgeBase } from '../../knowledge/index';
import { examplesWithAnswers } from '../../knowledge/nlu/entry-examples';
import { Bm25Scorer } from '../../knowledge/nlu/bm25-scorer';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';
import { IntentModel } from '../../knowledge/nlu/intent-model';
import { mixLexical } from '../../knowledge/nlu/lexical-ensemble';
import { WEB } from '../bot/channel-presets';
import { demoBot, readEvalRows, type EvalRow } from '../bot/demo-bot';

let kb: KnowledgeBase;
let bot: FaqBot;
let rows: EvalRow[];
/** The bot's own matcher, trained as `createFaqBot` trains it. */
let matcher: IntentMatcher;

beforeAll(async () => {
  ({ kb, bot } = await demoBot());
  rows = await readEvalRows();
  matcher = new IntentMatcher();
  await matcher.train(examplesWithAnswers(kb));
});

const inScope = () => rows.filter((row) => row.expect.startsWith('answer:'));
const outOfScope = () => rows.filter((row) => row.expect === 'fallback');
const isChinese = (row: EvalRow) => /\p{Script=Han}/u.test(row.text);
const expectedEntry = (row: EvalRow) => row.expect.slice('answer:'.length);

describe('demo evaluation fixture', () => {
  it('holds ≥40 Chinese and ≥40 English in-scope rows that are not KB questions', () => {
    expect(inScope().filter(isChinese).length).toBeGreaterThanOrEqual(40);
    expect(inScope().filter((row) => !isChinese(row)).length).toBeGreaterThanOrEqual(40);
    const questions = new Set(kb.entries.flatMap((entry) => entry.questions.map(normalizeText)));
    for (const row of rows) expect(questions.has(normalizeText(row.text)), row.text).toBe(false);
    const ids = new Set(kb.entries.map((entry) => entry.id));
    for (const row of inScope()) expect(ids.has(expectedEntry(row)), row.expect).toBe(true);
  });

  it('matcher top-1 accuracy on in-scope rows is at least 0.85', () => {
    const correct = inScope().filter((row) => matcher.match(row.text)[0]?.label === expectedEntry(row));
    expect(correct.length / inScope().length).toBeGreaterThanOrEqual(0.85);
  });

  it('scores each row exactly as the model and the BM25 member do featurizing it apart', () => {
    // The matcher featurizes a few-shot query once, with word bigrams, and hands the model the
    // bags without them; the scores must be the ones of featurizing twice, to the last bit.
    const data = matcher.toJSON();
    const model = IntentModel.fromData(data.model);
    const lexical = Bm25Scorer.fromData(data.lexical!);
    expect(model.featureOptions.wordBigrams).toBe(false);
    let compared = 0;
    for (const row of rows) {
      const probabilities = model.probabilitiesOf(row.text);
      if (probabilities === undefined) continue;
      const mixed = mixLexical(Float64Array.from(probabilities), lexical.scores(row.text), {});
      const best = matcher.match(row.text, undefined, 3);
      for (const candidate of best) {
        expect(candidate.score, row.text).toBe(mixed[model.labels.indexOf(candidate.label)]);
        compared += 1;
      }
    }
    // Most rows have features the model knows, each with three candidates compared.
    expect(compared).toBeGreaterThan(rows.length * 2);
  });

  it('out-of-scope rows score below the bot threshold at least 70% of the time', () => {
    const below = outOfScope().filter(
      (row) => (matcher.match(row.text)[0]?.score ?? 0) < FAQ_BOT_DEFAULTS.answerThreshold,
    );
    expect(below.length / outOfScope().length).toBeGreaterThanOrEqual(0.7);
  });

  it('the bot answers or offers the right entry for most in-scope rows and hands off nothing', async () => {
    let helped = 0;
    for (const row of inScope()) {
      const decision = await bot.respond(turn(row.text));
      expect(decision.kind, row.text).not.toBe('handoff');
      const offered = decision.nextState.pendingOptions?.some(
        (option) => option.value === expectedEntry(row),
      );
      if (decision.entryId === expectedEntry(row) || offered === true) helped += 1;
    }
    expect(helped / inScope().length).toBeGreaterThanOrEqual(0.8);
  });

  it('the bot does not answer out-of-scope rows, and hands off every urgent and human row', async () => {
    let notAnswered = 0;
    for (const row of outOfScope())
      if ((await bot.respond(turn(row.text))).kind !== 'answer') notAnswered += 1;
    expect(notAnswered / outOfScope().length).toBeGreaterThanOrEqual(0.7);
    for (const row of rows.filter((r) => r.expect.startsWith('handoff:'))) {
      const decision = await bot.respond(turn(row.text));
      expect(decision.kind, row.text).toBe('handoff');
      expect(decision.reason, row.text).toBe(row.expect === 'handoff:urgent' ? 'urgent' : 'human-request');
    }
  });
});

function turn(text: string) {
  return {
    text,
    channel: 'web' as const,
    capabilities: WEB,
    customer: { id: 'eval', tier: 'standard' },
    conversationId: 'eval',
    state: {},
  };
}
