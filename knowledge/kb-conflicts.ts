/**
 * The conflict report: which entries the matcher confuses, found by cross-validation over the
 * entries' own questions. Each question is held out in one of k folds, the matcher is trained on
 * the rest, and a held-out question whose best candidate is another entry counts as a confusion
 * between the two. Pairs confused often are what editors should merge, reword or tell apart.
 */
import { examplesWithAnswers } from './nlu/entry-examples';
import type { KnowledgeEntry, Matcher } from './types';

/** Options of {@link findConflicts}. */
export interface ConflictOptions {
  /** Folds of the cross-validation (default 5). */
  folds?: number;
  /** Report only pairs confused at least this often, as a share of their held-out questions (default 0). */
  minRate?: number;
  /** Examples kept per pair (default 5). */
  maxExamples?: number;
}

/** One held-out question answered with another entry. */
export interface Confusion {
  entryId: string;
  questionIndex: number;
  question: string;
  /** The entry the matcher ranked first instead. */
  predicted: string;
  score: number;
}

/** Two entries the matcher mixes up. */
export interface ConflictPair {
  /** The two entry ids, in code-point order. */
  entries: [string, string];
  /** Held-out questions of either entry given to the other. */
  confusions: number;
  /** Held-out questions of the two entries together. */
  heldOut: number;
  rate: number;
  examples: Confusion[];
}

/** The whole report: pairs worst first, and the overall held-out accuracy. */
export interface ConflictReport {
  pairs: ConflictPair[];
  heldOut: number;
  accuracy: number;
  folds: number;
}

interface HeldOut {
  entryId: string;
  questionIndex: number;
  question: string;
  fold: number;
}

/**
 * Cross-validates `createMatcher()` on the entries' questions. Entries with one question are only
 * trained on (holding it out would leave nothing to learn). Yields to the event loop between folds.
 */
export async function findConflicts(
  entries: readonly KnowledgeEntry[],
  createMatcher: () => Matcher,
  options: ConflictOptions = {},
): Promise<ConflictReport> {
  const folds = Math.max(2, options.folds ?? 5);
  const heldOut = assignFolds(entries, folds);
  // The answer-sentence and tag rows (the weighted ones): never held out, like the bot's training.
  const extras = examplesWithAnswers({ entries: [...entries] }).filter((row) => row.weight !== undefined);
  const confusions: Confusion[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const testing = heldOut.filter((item) => item.fold === fold);
    if (testing.length === 0) continue;
    const skip = new Set(testing.map((item) => `${item.entryId}\u0000${item.questionIndex}`));
    const matcher = createMatcher();
    const questions = entries.flatMap((entry) =>
      entry.questions
        .filter((_, index) => !skip.has(`${entry.id}\u0000${index}`))
        .map((text) => ({ text, label: entry.id, locale: entry.locale })),
    );
    // Trained as the bot trains it: a matcher that weighs rows also learns from answers and tags.
    await matcher.train(matcher.weighsRows === true ? [...questions, ...extras] : questions);
    for (const item of testing) {
      const top = matcher.match(item.question, undefined, 1)[0];
      if (top !== undefined && top.label !== item.entryId) {
        const { fold: _fold, ...where } = item;
        confusions.push({ ...where, predicted: top.label, score: top.score });
      }
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const pairs = pairUp(confusions, heldOut, options.maxExamples ?? 5).filter(
    (pair) => pair.rate >= (options.minRate ?? 0),
  );
  const accuracy = heldOut.length === 0 ? 1 : 1 - confusions.length / heldOut.length;
  return { pairs, heldOut: heldOut.length, accuracy, folds };
}

/** Question j of the i-th entry goes to fold (i + j) mod k, so each fold leaves every entry some questions. */
function assignFolds(entries: readonly KnowledgeEntry[], folds: number): HeldOut[] {
  return entries.flatMap((entry, entryIndex) =>
    entry.questions.length < 2
      ? []
      : entry.questions.map((question, questionIndex) => ({
          entryId: entry.id,
          questionIndex,
          question,
          fold: (entryIndex + questionIndex) % folds,
        })),
  );
}

function pairUp(
  confusions: readonly Confusion[],
  heldOut: readonly HeldOut[],
  maxExamples: number,
): ConflictPair[] {
  const perEntry = new Map<string, number>();
  for (const item of heldOut) perEntry.set(item.entryId, (perEntry.get(item.entryId) ?? 0) + 1);
  const pairs = new Map<string, ConflictPair>();
  for (const confusion of confusions) {
    const ids = [confusion.entryId, confusion.predicted].sort() as [string, string];
    const key = ids.join('\u0000');
    const pair = pairs.get(key) ?? {
      entries: ids,
      confusions: 0,
      heldOut: (perEntry.get(ids[0]) ?? 0) + (perEntry.get(ids[1]) ?? 0),
      rate: 0,
      examples: [],
    };
    pair.confusions += 1;
    pair.rate = pair.heldOut === 0 ? 1 : pair.confusions / pair.heldOut;
    if (pair.examples.length < maxExamples) pair.examples.push(confusion);
    pairs.set(key, pair);
  }
  return [...pairs.values()].sort(
    (a, b) =>
      b.rate - a.rate || b.confusions - a.confusions || a.entries.join().localeCompare(b.entries.join()),
  );
}
