/**
 * A two-label linear model that says how likely a text is to carry one flag (urgent, a request for
 * a person): the intent model's words and character n-grams, trained on texts with the flag
 * against texts without it. The detectors' learned second opinions are built on it.
 */
import { IntentModel } from '../../knowledge/nlu/intent-model';

/** The probability of one flag, from examples. */
export class TextFlagModel {
  private readonly flagIndex: number;

  private constructor(
    private readonly model: IntentModel,
    flag: string,
  ) {
    this.flagIndex = model.labels.indexOf(flag);
  }

  /**
   * Trains on `flagged` texts (label `flag`) and `other` texts (label `otherLabel`), in that order;
   * deterministic, as the intent model is.
   */
  static train(
    flag: string,
    flagged: readonly string[],
    otherLabel: string,
    other: readonly string[],
  ): TextFlagModel {
    const rows = [
      ...flagged.map((text) => ({ text, label: flag })),
      ...other.map((text) => ({ text, label: otherLabel })),
    ];
    return new TextFlagModel(IntentModel.train(rows), flag);
  }

  /** Probability in [0, 1] that `text` carries the flag; 0 for text with no features. */
  probability(text: string): number {
    return this.model.probabilitiesOf(text)?.[this.flagIndex] ?? 0;
  }
}
