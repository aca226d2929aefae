/**
 * The seam every benchmarked classifier sits behind: train on labelled rows once, then predict one
 * label per text (`oos` when the peer rejects the text as out of scope).
 */
import type { LabelledRow } from '../../../knowledge/nlu/dataset';

/** Identifiers accepted by `--peers`, in the order the table lists them. */
export const PEER_IDS = ['ours', 'nlpjs', 'natural-bayes', 'natural-lr'] as const;

/** One of {@link PEER_IDS}. */
export type PeerId = (typeof PEER_IDS)[number];

/** Language handed to peers that need one: `zh` for Chinese sets, `en` otherwise. */
export type BenchLocale = 'en' | 'zh';

/** A classifier under test; one instance is trained once. */
export interface PeerModel {
  /** Trains on every row (peers decide themselves what to do with `oos` rows). */
  train(rows: readonly LabelledRow[]): Promise<void>;
  /** The predicted intent for `text`; `oos` for out of scope. Never throws. */
  predict(text: string): Promise<string>;
  /** Facts worth a line in the report (e.g. the chosen threshold, rows a peer could not use). */
  notes(): string[];
  /**
   * Time `train` spent choosing settings (e.g. an oos threshold by cross-validation) rather than
   * fitting the final model, ms. Reported apart, so `train s` compares one model fit with another.
   */
  selectionMs?(): number;
}

/** Builds an untrained model for a locale. */
export type PeerFactory = (locale: BenchLocale) => PeerModel;

/** Label recorded when a peer gives no answer at all (e.g. natural's classifier was never trained). */
export const NO_PREDICTION = '(none)';

/** Loads the factory of `id` lazily, so a worker only loads the library it measures. */
export async function loadPeerFactory(id: PeerId): Promise<PeerFactory> {
  switch (id) {
    case 'ours':
      return (await import('./ours-peer')).createOursPeer;
    case 'nlpjs':
      return (await import('./nlpjs-peer')).createNlpjsPeer;
    case 'natural-bayes':
      return (await import('./natural-peer')).createNaturalBayesPeer;
    case 'natural-lr':
      return (await import('./natural-peer')).createNaturalLogisticPeer;
  }
}
