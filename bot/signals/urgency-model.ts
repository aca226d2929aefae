/**
 * A learned second opinion on urgency. The cue tables know the phrasings someone wrote down; a new
 * domain's customers say urgent things in words no table holds (an independently written corpus
 * of 1,214 urgent messages in 29 domains: the tables, never tuned on it, find 649). A linear model
 * over the intent featurizer's words and character n-grams, trained on that corpus
 * ({@link URGENT_CORPUS}, {@link CALM_CORPUS}: urgent messages beside ordinary questions, problem
 * reports and requests for a person of the same domains) and on the out-of-scope chatter the
 * matcher knows, carries what urgent messages share (money gone, harm, threats, panic) to a domain
 * it has not seen. It only ever adds urgency: a message the cues find urgent stays urgent. No
 * evaluation row of the project's bot-eval sets is among its examples, so their figures measure it.
 */
import { CHATTER_ROWS } from '../../knowledge/nlu/chatter-corpus';
import { TextFlagModel } from './text-flag-model';
import { CALM_CORPUS, URGENT_CORPUS } from './urgency-corpus';

/**
 * The trained model, built on first use and shared: it depends only on the examples, which never
 * change while the process runs, and training it per detector would cost every bot build (each
 * knowledge-base publish) about a second for the same weights.
 */
let shared: TextFlagModel | undefined;

/** The probability that a message is urgent, from the examples (trained once per process, deterministically). */
export function urgencyModel(): TextFlagModel {
  shared ??= TextFlagModel.train('urgent', URGENT_CORPUS, 'calm', [...CALM_CORPUS, ...CHATTER_ROWS]);
  return shared;
}
