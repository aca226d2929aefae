/**
 * How the intent matcher mixes its BM25 member into the SVM's probabilities, and when. The BM25
 * coverages become a distribution (a softmax) scaled by the best coverage, so a query no entry
 * covers adds almost nothing; the mix is a weighted sum, so scores stay in [0, 1] and sum to at
 * most 1 over labels. Only few-shot label sets get the member: with dozens of rows per label the
 * SVM alone is better, and big intent sets are left exactly as they were.
 */
import type { LabelledText } from '../types';
import type { Bm25ScorerOptions } from './bm25-scorer';

/** Options of the lexical ensemble member; every field has a default. */
export interface LexicalEnsembleOptions {
  /** Weight of the BM25 member in the mix (default 0.4; 0 turns the member off). */
  weight?: number;
  /**
   * Best coverage at which the member is fully confident (default 0.25): a customer's question
   * rarely shares more than a quarter of its weighted terms with an editor's phrasing.
   */
  fullCoverage?: number;
  /** Softmax sharpness over BM25 coverages (default 20). */
  sharpness?: number;
  /** The member is used when the median label has fewer question rows than this (default 10). */
  fewShotBelow?: number;
  bm25?: Bm25ScorerOptions;
}

/** True when the median label has fewer than `below` question rows (rows of weight 1). */
export function isFewShot(rows: readonly LabelledText[], below: number): boolean {
  const counts = new Map<string, number>();
  for (const row of rows) if ((row.weight ?? 1) >= 1) counts.set(row.label, (counts.get(row.label) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return median !== undefined && median < below;
}

/**
 * `(1 − weight) · probabilities + weight · confidence · softmax(sharpness · coverage)`, where the
 * confidence is `min(1, max(coverage) / fullCoverage)`, written
 * into `probabilities` (which is returned). Both arrays are in the same label order.
 */
export function mixLexical(
  probabilities: Float64Array,
  coverage: Float64Array,
  options: LexicalEnsembleOptions,
): Float64Array {
  const weight = options.weight ?? 0.4;
  const sharpness = options.sharpness ?? 20;
  let best = 0;
  for (const value of coverage) best = Math.max(best, value);
  const confidence = Math.min(1, best / (options.fullCoverage ?? 0.25));
  let sum = 0;
  const exps = coverage.map((value) => {
    const e = Math.exp(sharpness * (value - best));
    sum += e;
    return e;
  });
  for (let c = 0; c < probabilities.length; c += 1) {
    const lexical = sum > 0 ? (confidence * exps[c]!) / sum : 0;
    probabilities[c] = (1 - weight) * probabilities[c]! + weight * lexical;
  }
  return probabilities;
}
