/**
 * Fits the calibration temperature on rows the scoring model never saw: every fourth original row
 * of each label (labels with a single row stay in training) is held out together with the variants
 * augmentation made from it (a variant would leak its original), a quicker model (fewer passes) is
 * trained on the rest, and the temperature that best explains the held-out rows' classes is kept.
 * Scores on training rows would be overconfident; this costs a fraction of one training.
 */
import { fitTemperature } from './calibration';
import type { SparseRow } from './feature-space';
import type { IntentModelOptions } from './intent-model';
import { trainLinearSvm, type LinearWeights, type SvmTrainingSet } from './linear-svm';

/** Default temperature when there is nothing to hold out (one row per label). */
const DEFAULT_TEMPERATURE = 10;

/** The held-out temperature for `set`; `origins[row]` is the original row `row` was made from. */
export function calibrate(set: SvmTrainingSet, options: IntentModelOptions, origins?: Int32Array): number {
  const origin = (row: number) => origins?.[row] ?? row;
  const heldOut = heldOutRows(set.classes, (row) => origin(row) === row);
  if (heldOut.size === 0 || set.classCount < 2) return DEFAULT_TEMPERATURE;
  const keep = (_: unknown, row: number) => !heldOut.has(origin(row));
  const trainingSet: SvmTrainingSet = {
    ...set,
    rows: set.rows.filter(keep),
    classes: set.classes.filter(keep),
    rowWeights: set.rowWeights?.filter(keep),
  };
  const model = trainLinearSvm(trainingSet, { ...options.svm, maxEpochs: options.calibrationEpochs ?? 3 });
  const probes = [...heldOut];
  const scores = new Float32Array(probes.length * set.classCount);
  probes.forEach((row, k) => scoreInto(model, set.rows[row]!, scores, k * set.classCount));
  const classes = Int32Array.from(probes, (row) => set.classes[row]!);
  return fitTemperature({ scores, classes, classCount: set.classCount }, 0.5, 200, DEFAULT_TEMPERATURE);
}

/** Every fourth original row of each class, counting from its second one. */
function heldOutRows(classes: Int32Array, original: (row: number) => boolean): Set<number> {
  const seen = new Map<number, number>();
  const heldOut = new Set<number>();
  classes.forEach((cls, row) => {
    if (!original(row)) return;
    const n = (seen.get(cls) ?? 0) + 1;
    seen.set(cls, n);
    if (n % 4 === 2) heldOut.add(row);
  });
  return heldOut;
}

function scoreInto(model: LinearWeights, row: SparseRow, out: Float32Array, offset: number): void {
  const { classCount, weights, bias } = model;
  for (let c = 0; c < classCount; c += 1) out[offset + c] = bias[c]!;
  for (let k = 0; k < row.indices.length; k += 1) {
    const base = row.indices[k]! * classCount;
    const value = row.values[k]!;
    for (let c = 0; c < classCount; c += 1) out[offset + c] = out[offset + c]! + value * weights[base + c]!;
  }
}
