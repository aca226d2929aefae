/**
 * Our matcher (knowledge/nlu's IntentMatcher, createFaqBot's default). `oos` training rows never become a label: they only
 * serve to choose the rejection threshold with the matcher's own rule (`chooseThreshold` in
 * knowledge/nlu/oos-threshold.ts), on held-out scores from stratified k-fold cross-validation on
 * train — never on validation.
 */
import { performance } from 'node:perf_hooks';
import { IntentMatcher } from '../../../knowledge/index';
import { OOS_INTENT, stratifiedKFold, type LabelledRow } from '../../../knowledge/nlu/dataset';
import { chooseThreshold, decide, type ScoredRow } from '../../../knowledge/nlu/oos-threshold';
import type { Matcher } from '../../../knowledge/types';
import type { BenchLocale, PeerModel } from './peer';

/** Seed of the threshold folds. */
const THRESHOLD_SEED = 1;

/** Folds for threshold selection, as `switchboard nlu eval` does: 3 on large sets, else 5 (at most one per row). */
function thresholdFolds(rows: number): number {
  return Math.min(rows > 5000 ? 3 : 5, rows);
}

/** The matcher under test: IntentMatcher, the one `createFaqBot` uses by default. */
export function createOurMatcher(): Matcher {
  return new IntentMatcher();
}

async function trainedMatcher(rows: readonly LabelledRow[], locale: BenchLocale): Promise<Matcher> {
  const matcher = createOurMatcher();
  const inScope = rows.filter((row) => row.intent !== OOS_INTENT);
  await matcher.train(inScope.map((row) => ({ text: row.text, label: row.intent, locale })));
  return matcher;
}

function bestOf(matcher: Matcher, text: string, locale: BenchLocale): { label: string; score: number } {
  return matcher.match(text, locale, 1)[0] ?? { label: OOS_INTENT, score: 0 };
}

/** Scores every train row with a matcher that never saw it (k-fold), for threshold selection. */
async function crossValidatedScores(rows: readonly LabelledRow[], locale: BenchLocale): Promise<ScoredRow[]> {
  const folds = stratifiedKFold(rows, thresholdFolds(rows.length), THRESHOLD_SEED);
  const scored: ScoredRow[] = [];
  for (const fold of folds) {
    const matcher = await trainedMatcher(fold.train, locale);
    for (const row of fold.test) scored.push({ gold: row.intent, ...bestOf(matcher, row.text, locale) });
  }
  return scored;
}

/** Our matcher with a cross-validated out-of-scope threshold (0 when train has no `oos` rows). */
export function createOursPeer(locale: BenchLocale): PeerModel {
  let matcher: Matcher | undefined;
  let threshold = 0;
  let how = 'none needed (no oos rows in train)';
  let selectionMs = 0;
  return {
    async train(rows: readonly LabelledRow[]): Promise<void> {
      if (rows.some((row) => row.intent === OOS_INTENT) && rows.length >= 2) {
        const started = performance.now();
        threshold = chooseThreshold(await crossValidatedScores(rows, locale));
        selectionMs = performance.now() - started;
        how = `${thresholdFolds(rows.length)}-fold CV on train (matcher's chooseThreshold)`;
      }
      matcher = await trainedMatcher(rows, locale);
    },
    selectionMs: () => selectionMs,
    predict(text: string): Promise<string> {
      if (matcher === undefined) return Promise.resolve(OOS_INTENT);
      return Promise.resolve(decide(bestOf(matcher, text, locale), threshold));
    },
    notes: () => [
      `oos threshold chosen by: ${how}`,
      `oos threshold: ${threshold.toFixed(3)}`,
      `threshold selection time, s: ${(selectionMs / 1000).toFixed(1)}`,
    ],
  };
}
