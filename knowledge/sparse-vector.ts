/** Sparse vectors as feature → weight maps: the matcher's vocabulary is open-ended. */

export type SparseVector = Map<string, number>;

/** Scales `vector` in place to unit length (no-op for the zero vector) and returns it. */
export function normalizeL2(vector: SparseVector): SparseVector {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  if (sum === 0) return vector;
  const norm = Math.sqrt(sum);
  for (const [feature, weight] of vector) vector.set(feature, weight / norm);
  return vector;
}

/** The sum of `vectors`, unit-normalized: the direction shared by a label's rows. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  const sum: SparseVector = new Map();
  for (const vector of vectors) {
    for (const [feature, weight] of vector) sum.set(feature, (sum.get(feature) ?? 0) + weight);
  }
  return normalizeL2(sum);
}
