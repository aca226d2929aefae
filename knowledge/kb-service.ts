/**
 * The knowledge base for editors, as one service the editor API and the CLI use: the draft
 * (`editor`), publishing and rollback (`publisher`), and the reports that help editors improve
 * the knowledge base — conflicts from cross-validation and the unanswered-questions log.
 */
import { findConflicts, type ConflictOptions, type ConflictReport } from './kb-conflicts';
import { entryFingerprint } from './kb-draft-diff';
import { KbEditor } from './kb-editor';
import { KbPublisher, type KbPublisherOptions, type PublishResult } from './kb-publisher';
import type { Actor } from './kb-repository';
import type { KnowledgeEntry, Matcher } from './types';
import { clusterUnanswered, type ClusterOptions, type UnansweredCluster } from './unanswered-clusters';

/** Options of {@link KbService}. */
export interface KbServiceOptions<Live> extends KbPublisherOptions<Live> {
  /** A new untrained matcher of the kind the bot uses, for the conflict report. */
  createMatcher: () => Matcher;
  conflicts?: ConflictOptions;
  clusters?: ClusterOptions;
}

/** Which knowledge base a report or a trial is about. */
export type KbTarget = 'draft' | 'published';

/** Where the knowledge base stands. */
export interface KbStatus {
  /** The version serving in this process. */
  liveVersion: number;
  /** The newest version in the database (another process may have published it). */
  latestVersion: number;
  draft: { entries: number; new: number; changed: number; removed: number };
}

/** The unanswered-questions log, clustered. */
export interface UnansweredReport {
  since: Date;
  messages: number;
  clusters: UnansweredCluster[];
}

/** Draft, publishing and reports of one knowledge base. */
export class KbService<Live> {
  readonly editor: KbEditor;
  readonly publisher: KbPublisher<Live>;
  readonly #options: KbServiceOptions<Live>;
  readonly #cache = new Map<string, Promise<unknown>>();

  constructor(options: KbServiceOptions<Live>) {
    this.#options = options;
    this.publisher = new KbPublisher(options);
    this.editor = new KbEditor({
      repository: options.repository,
      published: () => this.publisher.liveEntries,
      ...(options.clock ? { clock: options.clock } : {}),
    });
  }

  /**
   * Publishes an older version again and resets the draft to it (the undone edits stay in each
   * entry's history). `draftReset` is false when an editor saved meanwhile and the draft was kept.
   */
  async rollback(
    version: number,
    actor: Actor,
    note: string | null,
  ): Promise<PublishResult & { draftReset: boolean }> {
    const result = await this.publisher.rollback(version, actor, note);
    try {
      await this.editor.resetTo(this.publisher.liveEntries, actor);
      return { ...result, draftReset: true };
    } catch (error) {
      // The rollback is live either way; an editor saving meanwhile only keeps the draft as it was.
      this.#options.logger.warn({ err: error, version }, 'rolled back, but the draft could not be reset');
      return { ...result, draftReset: false };
    }
  }

  async status(): Promise<KbStatus> {
    const drafts = await this.editor.list();
    const count = (status: string) => drafts.filter((draft) => draft.status === status).length;
    return {
      liveVersion: this.publisher.liveVersion,
      latestVersion: await this.#options.repository.latestVersion(),
      draft: {
        entries: drafts.length,
        new: count('new'),
        changed: count('changed'),
        removed: (await this.editor.removedSincePublish()).length,
      },
    };
  }

  /** Entries of the draft or of the version serving here. */
  async entries(target: KbTarget): Promise<KnowledgeEntry[]> {
    if (target === 'published') return [...this.publisher.liveEntries];
    return (await this.#options.repository.listEntries()).map((draft) => draft.entry);
  }

  /** The model built from the draft, for trying questions before publishing; rebuilt only when the draft changed. */
  async draftModel(): Promise<Live> {
    const entries = await this.entries('draft');
    return this.#cached('model', entries, () => this.#options.build({ entries }));
  }

  /** Pairs of entries the matcher confuses; recomputed only when the entries changed. */
  async conflicts(target: KbTarget): Promise<ConflictReport> {
    const entries = await this.entries(target);
    return this.#cached('conflicts', entries, () =>
      findConflicts(entries, this.#options.createMatcher, this.#options.conflicts),
    );
  }

  /** Messages answered by fallback or handoff since `since` (at most `limit`, newest first), clustered. */
  async unanswered(since: Date, limit: number): Promise<UnansweredReport> {
    const messages = await this.#options.repository.unanswered(since, limit);
    return {
      since,
      messages: messages.length,
      clusters: clusterUnanswered(messages, this.#options.clusters),
    };
  }

  /** One cached result per kind, valid while the entries are the same. */
  #cached<T>(kind: string, entries: readonly KnowledgeEntry[], compute: () => Promise<T>): Promise<T> {
    const key = `${kind}\u0000${entries.map(entryFingerprint).join('\u0000')}`;
    const hit = this.#cache.get(key);
    if (hit !== undefined) return hit as Promise<T>;
    for (const old of this.#cache.keys()) if (old.startsWith(`${kind}\u0000`)) this.#cache.delete(old);
    const result = compute();
    this.#cache.set(key, result);
    result.catch(() => this.#cache.delete(key));
    return result;
  }
}
