/**
 * Our matcher as the bot uses it. `oos` training rows never become a label: they only serve to choose
 * the rejection threshold, by stratified k-fold cross-validation on train inside this adapter (the
 * matcher class has no threshold selection of its own).
 */
import { TfidfMatcher } from '../../../knowledge/index';
import { OOS_INTENT, stratifiedKFold, type LabelledRow } from '../../../knowledge/nlu/dataset';
import type { Matcher } from '../../../knowledge/types';
import { chooseThreshold, labelAt, type ScoredRow } from './oos-threshold';
import type { BenchLocale, PeerModel } from './peer';

/** Folds used to choose the threshold (fewer when train is tinier), and their seed. */
const THRESHOLD_FOLDS = 5;
const THRESHOLD_SEED = 1;

/** The matcher `createFaqBot` uses by default; point this at a new class when it replaces it. */
export function createOurMatcher(): Matcher {
  return new TfidfMatcher();
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
  const folds = stratifiedKFold(rows, Math.min(THRESHOLD_FOLDS, rows.length), THRESHOLD_SEED);
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
  return {
    async train(rows: readonly LabelledRow[]): Promise<void> {
      if (rows.some((row) => row.intent === OOS_INTENT) && rows.length >= 2) {
        threshold = chooseThreshold(await crossValidatedScores(rows, locale));
        how = `${Math.min(THRESHOLD_FOLDS, rows.length)}-fold CV on train (in the bench adapter)`;
      }
      matcher = await trainedMatcher(rows, locale);
    },
    predict(text: string): Promise<string> {
      if (matcher === undefined) return Promise.resolve(OOS_INTENT);
      return Promise.resolve(labelAt(bestOf(matcher, text, locale), threshold));
    },
    notes: () => [`oos threshold chosen by: ${how}`, `oos threshold: ${threshold.toFixed(3)}`],
  };
}
