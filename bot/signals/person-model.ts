/**
 * A learned second opinion on requests for a person, beside the cue tables. The tables hold the
 * phrasings someone wrote down; customers name the person they want in many more ways (店员, 售后的人,
 * "someone from billing", 和人沟通). A linear model over the intent featurizer's words and
 * character n-grams, trained on {@link PERSON_REQUESTS} against the near misses
 * ({@link PERSON_NEAR_MISSES}: hours, phone numbers, staff as a topic, transfers of money), the calm
 * lines of the urgency corpus and the out-of-scope chatter, carries what requests share to wordings
 * no table holds. Like the urgency model it only ever adds: the bot asks it only about a message
 * no person cue matched and the knowledge base does not answer with confidence. No evaluation row
 * of the project's bot-eval sets is among its examples.
 */
import { CHATTER_ROWS } from '../../knowledge/nlu/chatter-corpus';
import { PERSON_NEAR_MISSES, PERSON_REQUESTS } from './person-corpus';
import { TextFlagModel } from './text-flag-model';
import { CALM_CORPUS, CALM_PERSON_LINES } from './urgency-corpus';

/** Trained on first use and shared, as the urgency model is: it depends only on the examples. */
let shared: TextFlagModel | undefined;

/** The probability that a message asks to be served by a person (trained once per process, deterministically). */
export function personModel(): TextFlagModel {
  shared ??= TextFlagModel.train('person', PERSON_REQUESTS, 'other', [
    ...PERSON_NEAR_MISSES,
    ...CALM_CORPUS.filter((text) => !CALM_PERSON_LINES.has(text)),
    ...CHATTER_ROWS,
  ]);
  return shared;
}
