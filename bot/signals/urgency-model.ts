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
import { IntentModel } from '../../knowledge/nlu/intent-model';
import { CHATTER_ROWS } from '../../knowledge/nlu/chatter-corpus';
import { CALM_CORPUS, URGENT_CORPUS } from './urgency-corpus';

const URGENT = 'urgent';

/**
 * The trained model, built on first use and shared: it depends only on the examples, which never
 * change while the process runs, and training it per detector would cost every bot build (each
 * knowledge-base publish) about a second for the same weights.
 */
let shared: UrgencyModel | undefined;

/** The probability that a message is urgent, from the examples. */
export class UrgencyModel {
  private readonly urgentIndex: number;

  private constructor(private readonly model: IntentModel) {
    this.urgentIndex = model.labels.indexOf(URGENT);
  }

  /** The shared model (trained once per process, deterministically). */
  static shared(): UrgencyModel {
    shared ??= new UrgencyModel(
      IntentModel.train([
        ...URGENT_CORPUS.map((text) => ({ text, label: URGENT })),
        ...[...CALM_CORPUS, ...CHATTER_ROWS].map((text) => ({ text, label: 'calm' })),
      ]),
    );
    return shared;
  }

  /** Probability in [0, 1] that `text` is urgent; 0 for text with no features. */
  probability(text: string): number {
    return this.model.probabilitiesOf(text)?.[this.urgentIndex] ?? 0;
  }
}
