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
  /** Factor on the document's contributions (default 1; a synonym variant of a question's is lower). */
  factor?: number;
}

/** The parameters the postings depend on (see {@link Bm25ScorerOptions}). */
export interface PostingsOptions {
  k1?: number;
  b?: number;
  charShare?: number;
}

/**
 * The postings of every term, packed: term `t` holds the documents `docs[start[t]]` up to (not
 * including) `docs[start[t + 1]]`, and what it adds to each one's score as a word (`word`) or as
 * a character n-gram (`char`) sits at the same place: the kind's share times the IDF times the
 * document's factor and saturated BM25 weight. A query term costs one map lookup and a contiguous
 * run of typed arrays, with no object per term for the cache to miss or the GC to mark.
 */
export interface Postings {
  /** Term → its number. */
  terms: ReadonlyMap<string, number>;
  idf: Float64Array;
  start: Int32Array;
  docs: Int32Array;
  word: Float64Array;
  /** The same array as `word` when words and n-grams have equal shares. */
  char: Float64Array;
  /** IDF of a term no question as written holds (what an unseen query term adds to the reachable total). */
  unseenIdf: number;
}

/** BM25 inverse document frequency of a term found in `documentCount` of `n` documents. */
function bm25Idf(n: number, documentCount: number): number {
  return Math.log(1 + (n - documentCount + 0.5) / (documentCount + 0.5));
}

/** The postings of every term of `documents`. */
export function postingsOf(documents: readonly Bm25Document[], options: PostingsOptions): Postings {
  const lengths = documents.map((document) => document.terms.reduce((sum, [, count]) => sum + count, 0));
  // Lengths and IDF are those of the questions as written: a synonym variant repeats its question.
  const written = documents.filter(isWritten).length;
  const averages = ([0, 1] as const).map((field) => {
    const inField = lengths.filter(
      (_length, doc) => isWritten(documents[doc]!) && documents[doc]!.field === field,
    );
    return inField.reduce((sum, length) => sum + length, 0) / Math.max(1, inField.length) || 1;
  });
  const raw = new Map<string, { doc: number; count: number }[]>();
  let total = 0;
  documents.forEach((document, doc) => {
    for (const [term, count] of document.terms) {
      const list = raw.get(term) ?? [];
      list.push({ doc, count });
      raw.set(term, list);
      total += 1;
    }
  });
  const charShare = options.charShare ?? 0.5;
  const terms = new Map<string, number>();
  const idf = new Float64Array(raw.size);
  const start = new Int32Array(raw.size + 1);
  const docs = new Int32Array(total);
  const word = new Float64Array(total);
  const char = charShare === 1 - charShare ? word : new Float64Array(total);
  let at = 0;
  for (const [term, list] of raw) {
    const t = terms.size;
    terms.set(term, t);
    let holders = 0;
    for (const { doc } of list) if (isWritten(documents[doc]!)) holders += 1;
    const termIdf = bm25Idf(written, holders);
    idf[t] = termIdf;
    start[t] = at;
    for (const { doc, count } of list) {
      const { field, factor = 1 } = documents[doc]!;
      const weight = factor * saturation(options, count, lengths[doc]! / averages[field]!);
      docs[at] = doc;
      word[at] = (1 - charShare) * termIdf * weight;
      if (char !== word) char[at] = charShare * termIdf * weight;
      at += 1;
    }
  }
  start[raw.size] = at;
  return { terms, idf, start, docs, word, char, unseenIdf: bm25Idf(written, 0) };
}

/** A question as written (or an answer document), not a synonym variant of a question. */
function isWritten(document: Bm25Document): boolean {
  return (document.factor ?? 1) === 1;
}

/** The BM25 term-frequency factor, capped at 1 (one occurrence in a document of average length). */
function saturation(options: PostingsOptions, count: number, relativeLength: number): number {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  return Math.min(1, (count * (k1 + 1)) / (count + k1 * (1 - b + b * relativeLength)));
}
