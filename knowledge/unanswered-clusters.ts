/**
 * The unanswered-questions log grouped by similarity: customer messages the bot fell back or
 * handed off on, clustered so an editor sees "38 people asked about pets on trains" rather than
 * 38 lines. Texts become TF-IDF vectors over the same features as the matcher (words and
 * character n-grams, so Chinese works without a dictionary); each message joins the most similar
 * cluster when the cosine to its centroid reaches a threshold, else starts a new one.
 */
import type { UnansweredMessage } from './kb-repository';
import { normalizeL2, type SparseVector } from './sparse-vector';
import { TextFeaturizer } from './text-features';
import { normalizeText } from './text-normalize';

/** Options of {@link clusterUnanswered}. */
export interface ClusterOptions {
  /** Lowest cosine to a cluster's centroid for a message to join it (default 0.4). */
  threshold?: number;
  /** Distinct example texts kept per cluster (default 5). */
  maxExamples?: number;
  /** Candidate entries listed per cluster (default 3). */
  maxCandidates?: number;
}

/** Similar unanswered messages, with what the bot thought they were about. */
export interface UnansweredCluster {
  /** The most frequent text of the cluster: a good first question for a new entry. */
  representative: string;
  count: number;
  /** Distinct texts, most frequent first. */
  examples: string[];
  firstSeen: Date;
  lastSeen: Date;
  /** How many got each decision (`fallback`, `handoff:urgent`, …). */
  outcomes: Record<string, number>;
  /** Entries the matcher leaned to, by mean score over the cluster's messages. */
  topCandidates: { label: string; score: number }[];
  /**
   * Entries customers picked next from the bot's suggestions, most picked first, with the texts
   * they had written: phrasings an editor can add to that entry as they are.
   */
  picked: { entryId: string; count: number; texts: string[] }[];
}

interface Group {
  texts: Map<string, { text: string; count: number }>;
  messages: UnansweredMessage[];
  sum: SparseVector;
  norm: number;
}

/** Clusters the messages; biggest clusters first, then the most recently seen. */
export function clusterUnanswered(
  messages: readonly UnansweredMessage[],
  options: ClusterOptions = {},
): UnansweredCluster[] {
  const threshold = options.threshold ?? 0.4;
  const vectors = tfidfVectors(messages.map((message) => message.text));
  const groups: Group[] = [];
  messages.forEach((message, index) => {
    const vector = vectors[index] ?? new Map<string, number>();
    let best: Group | undefined;
    let bestScore = threshold;
    for (const group of groups) {
      const score = group.norm === 0 ? 0 : dot(vector, group.sum) / group.norm;
      if (score >= bestScore) [best, bestScore] = [group, score];
    }
    const target = best ?? { texts: new Map(), messages: [], sum: new Map(), norm: 0 };
    if (best === undefined) groups.push(target);
    addTo(target, message, vector);
  });
  return groups
    .map((group) => summarize(group, options.maxExamples ?? 5, options.maxCandidates ?? 3))
    .sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
}

function tfidfVectors(texts: readonly string[]): SparseVector[] {
  const featurizer = new TextFeaturizer();
  const counts = texts.map((text) => featurizer.features(text));
  const df = new Map<string, number>();
  for (const count of counts) for (const feature of count.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
  return counts.map((count) => {
    const vector: SparseVector = new Map();
    for (const [feature, n] of count) {
      const idf = Math.log((1 + texts.length) / (1 + (df.get(feature) ?? 0))) + 1;
      vector.set(feature, (1 + Math.log(n)) * idf);
    }
    return normalizeL2(vector);
  });
}

function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (const [feature, weight] of a) sum += weight * (b.get(feature) ?? 0);
  return sum;
}

function addTo(group: Group, message: UnansweredMessage, vector: SparseVector): void {
  group.messages.push(message);
  const key = normalizeText(message.text);
  const seen = group.texts.get(key);
  if (seen === undefined) group.texts.set(key, { text: message.text.trim(), count: 1 });
  else seen.count += 1;
  for (const [feature, weight] of vector) group.sum.set(feature, (group.sum.get(feature) ?? 0) + weight);
  let squares = 0;
  for (const weight of group.sum.values()) squares += weight * weight;
  group.norm = Math.sqrt(squares);
}

function summarize(group: Group, maxExamples: number, maxCandidates: number): UnansweredCluster {
  // Stable sort keeps first-seen order (newest first) among texts asked equally often.
  const texts = [...group.texts.values()].sort((a, b) => b.count - a.count);
  const times = group.messages.map((message) => message.at.getTime());
  const outcomes: Record<string, number> = {};
  const scores = new Map<string, number>();
  const picked = new Map<string, { entryId: string; count: number; texts: Set<string> }>();
  for (const message of group.messages) {
    if (message.pickedEntryId !== null) {
      const entry = picked.get(message.pickedEntryId) ?? {
        entryId: message.pickedEntryId,
        count: 0,
        texts: new Set<string>(),
      };
      entry.count += 1;
      if (entry.texts.size < maxExamples) entry.texts.add(message.text.trim());
      picked.set(entry.entryId, entry);
    }
    const outcome = message.reason === null ? message.kind : `${message.kind}:${message.reason}`;
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    for (const candidate of message.candidates) {
      scores.set(candidate.label, (scores.get(candidate.label) ?? 0) + candidate.score);
    }
  }
  const count = group.messages.length;
  const topCandidates = [...scores]
    .map(([label, total]) => ({ label, score: Math.round((total / count) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, maxCandidates);
  return {
    representative: texts[0]?.text ?? '',
    count,
    examples: texts.slice(0, maxExamples).map((text) => text.text),
    firstSeen: new Date(Math.min(...times)),
    lastSeen: new Date(Math.max(...times)),
    outcomes,
    topCandidates,
    picked: [...picked.values()]
      .sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId))
      .map(({ entryId, count, texts: written }) => ({ entryId, count, texts: [...written] })),
  };
}
