/**
 * natural's two text classifiers as its README uses them: `addDocument(text, label)`, `train()`,
 * `classify(text)`, with the default tokenizer and Porter stemmer. They have no rejection, so `oos`
 * training rows are a label like any other. natural silently drops a document whose tokenizer finds
 * no word (all of unsegmented Chinese); the report says how many rows it kept.
 */
import natural from 'natural';
import type { LabelledRow } from '../../../knowledge/nlu/dataset';
import { NO_PREDICTION, type PeerModel } from './peer';

/** The part of natural's classifier API used here. */
interface NaturalClassifier {
  docs: unknown[];
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
}

function naturalPeer(classifier: NaturalClassifier): PeerModel {
  let offered = 0;
  let trainError: string | undefined;
  return {
    train(rows: readonly LabelledRow[]): Promise<void> {
      for (const row of rows) classifier.addDocument(row.text, row.intent);
      offered = rows.length;
      try {
        classifier.train();
      } catch (error) {
        trainError = describe(error);
      }
      return Promise.resolve();
    },
    predict(text: string): Promise<string> {
      try {
        const label = classifier.classify(text);
        return Promise.resolve(typeof label === 'string' && label !== '' ? label : NO_PREDICTION);
      } catch {
        return Promise.resolve(NO_PREDICTION);
      }
    },
    notes(): string[] {
      const kept = classifier.docs.length;
      const notes =
        kept < offered ? [`training rows kept (the rest had no tokens): ${kept} of ${offered}`] : [];
      if (trainError !== undefined) notes.push(`train() threw: ${trainError}`);
      return notes;
    },
  };
}

/** Thrown values from natural are sometimes bare strings (`'Not Trained'`). */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** natural's multinomial naive Bayes classifier. */
export function createNaturalBayesPeer(): PeerModel {
  return naturalPeer(new natural.BayesClassifier());
}

/** natural's logistic-regression classifier (one-vs-rest, batch gradient descent). */
export function createNaturalLogisticPeer(): PeerModel {
  return naturalPeer(new natural.LogisticRegressionClassifier());
}
