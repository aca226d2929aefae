/**
 * A learned second opinion on urgency. The cue tables know the phrasings someone wrote down; a new
 * domain's customers say urgent things in words no table holds (fifth and sixth sessions: the
 * tables, mended on half of a new domain's urgent rows, caught six to eight in ten of the other
 * half). A linear model over the intent featurizer's words and character n-grams, trained on urgent
 * and calm examples of several other domains ({@link URGENT_EXAMPLES}, {@link CALM_EXAMPLES}),
 * carries what urgent messages share across domains (money gone, harm, threats, panic) to a domain
 * it has not seen. It only ever adds urgency: a message the cues find urgent stays urgent.
 */
import { IntentModel } from '../../knowledge/nlu/intent-model';
import { CALM_EXAMPLES, URGENT_EXAMPLES } from './urgency-examples';

const URGENT = 'urgent';

/**
 * The trained model, built on first use and shared: it depends only on the examples, which never
 * change while the process runs, and training it per detector would cost every bot build (each
 * knowledge-base publish) a fraction of a second for the same weights.
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
        ...URGENT_EXAMPLES.map((text) => ({ text, label: URGENT })),
        ...CALM_EXAMPLES.map((text) => ({ text, label: 'calm' })),
      ]),
    );
    return shared;
  }

  /** Probability in [0, 1] that `text` is urgent; 0 for text with no features. */
  probability(text: string): number {
    return this.model.probabilitiesOf(text)?.[this.urgentIndex] ?? 0;
  }
}
