/**
 * The postings of a BM25 index: per term, its IDF, the documents holding it and what it adds to
 * each one's score, everything that does not depend on the query, computed once when the index is
 * built or restored (see {@link Bm25Scorer}).
 */

/** One document: a question (`field` 0) or the answer and tags of a label (`field` 1). */
export interface Bm25Document {
  label: number;
  field: 0 | 1;
  terms: [string, number][];
}

/** The parameters the postings depend on (see {@link Bm25ScorerOptions}). */
export interface PostingsOptions {
  k1?: number;
  b?: number;
  charShare?: number;
}

/**
 * Postings of one term: its IDF, the documents holding it and what it adds to each document's
 * score as a word (`byKind[0]`) or a character n-gram (`byKind[1]`): the kind's share times the
 * IDF times the saturated BM25 weight, multiplied in that order as scoring always did.
 */
export interface Postings {
  idf: number;
  docs: Int32Array;
  byKind: readonly [Float64Array, Float64Array];
}

/** BM25 inverse document frequency of a term found in `documentCount` of `n` documents. */
export function bm25Idf(n: number, documentCount: number): number {
  return Math.log(1 + (n - documentCount + 0.5) / (documentCount + 0.5));
}

/** The postings of every term of `documents`. */
export function postingsOf(
  documents: readonly Bm25Document[],
  options: PostingsOptions,
): Map<string, Postings> {
  const lengths = documents.map((document) => document.terms.reduce((sum, [, count]) => sum + count, 0));
  const averages = ([0, 1] as const).map((field) => {
    const inField = lengths.filter((_length, doc) => documents[doc]!.field === field);
    return inField.reduce((sum, length) => sum + length, 0) / Math.max(1, inField.length) || 1;
  });
  const raw = new Map<string, { doc: number; count: number }[]>();
  documents.forEach((document, doc) => {
    for (const [term, count] of document.terms) {
      const list = raw.get(term) ?? [];
      list.push({ doc, count });
      raw.set(term, list);
    }
  });
  const charShare = options.charShare ?? 0.5;
  const postings = new Map<string, Postings>();
  for (const [term, list] of raw) {
    const weights = list.map(({ doc, count }) =>
      saturation(options, count, lengths[doc]! / averages[documents[doc]!.field]!),
    );
    const idf = bm25Idf(documents.length, list.length);
    const word = Float64Array.from(weights, (weight) => (1 - charShare) * idf * weight);
    const char =
      charShare === 1 - charShare ? word : Float64Array.from(weights, (weight) => charShare * idf * weight);
    postings.set(term, { idf, docs: Int32Array.from(list, (posting) => posting.doc), byKind: [word, char] });
  }
  return postings;
}

/** The BM25 term-frequency factor, capped at 1 (one occurrence in a document of average length). */
function saturation(options: PostingsOptions, count: number, relativeLength: number): number {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  return Math.min(1, (count * (k1 + 1)) / (count + k1 * (1 - b + b * relativeLength)));
}
