/**
 * The published side of the knowledge base: publish the draft, roll back to an older version, and
 * keep this process serving the newest published version. Publishing builds the new model
 * completely (validate, train) before anything is recorded or swapped: a failed build leaves the
 * old version serving and no new version in the database. Other processes notice a new version by
 * polling its number and rebuild the same way.
 */
import type { Logger } from 'pino';
import { ErrorCodes, SwitchboardError } from '../gateway/errors';
import { entryFingerprint } from './kb-draft-diff';
import { KbValidationError, kbNotFound } from './kb-errors';
import type { Actor, KbRepository, SnapshotSummary } from './kb-repository';
import { entriesToYaml, parseUpload } from './kb-yaml';
import type { KnowledgeBase, KnowledgeEntry } from './types';

/** Options of {@link KbPublisher}; `Live` is what a knowledge base is built into (a bot). */
export interface KbPublisherOptions<Live> {
  repository: KbRepository;
  /** Builds a complete, ready-to-serve model from a knowledge base; throws when it cannot. */
  build: (kb: KnowledgeBase) => Promise<Live>;
  /** Puts a built model into service (one reference swap). */
  install: (live: Live, version: number) => void;
  logger: Logger;
  /** How often to look for versions published by other processes, in ms; 0 turns polling off. Default 5000. */
  pollIntervalMs?: number;
  /** Time source for snapshots. Default: the system clock. */
  clock?: () => Date;
  /**
   * Build and install the published version at start (default true). False for a process that
   * only edits and publishes (the CLI): it reads the version without training it; publish and
   * rollback still build, so a version that cannot be trained is never recorded.
   */
  serve?: boolean;
}

/** What a publish or rollback did. */
export interface PublishResult {
  version: SnapshotSummary;
  /** False when the draft equals the live version: nothing was published. */
  changed: boolean;
  trainMs: number;
}

/** Publishes, rolls back and follows the newest published knowledge base. */
export class KbPublisher<Live> {
  readonly #options: KbPublisherOptions<Live>;
  readonly #clock: () => Date;
  #live: { summary: SnapshotSummary; entries: KnowledgeEntry[]; model?: Live } | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #failedVersion = 0;

  constructor(options: KbPublisherOptions<Live>) {
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
  }

  /** The version serving in this process (0 before `start`). */
  get liveVersion(): number {
    return this.#live?.summary.version ?? 0;
  }

  /** The model serving in this process (undefined before `start`). */
  get liveModel(): Live | undefined {
    return this.#live?.model;
  }

  /** The entries serving in this process. */
  get liveEntries(): readonly KnowledgeEntry[] {
    return this.#live?.entries ?? [];
  }

  /**
   * Serves the newest published version; when nothing was ever published, seeds the draft from
   * `seed()` (unless the draft already holds entries) and publishes it as version 1.
   */
  async start(seed: () => Promise<KnowledgeBase>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.#startOnce(seed);
        break;
      } catch (error) {
        // Another process seeding the same empty database wins; this one then loads its version.
        const raced = error instanceof SwitchboardError && error.code === ErrorCodes.KB_STALE;
        if (!raced || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
    const interval = this.#options.pollIntervalMs ?? 5000;
    if (interval > 0) {
      this.#timer = setInterval(() => void this.#poll(), interval);
      this.#timer.unref();
    }
  }

  /** Stops polling; a publish in flight finishes. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#queue.catch(() => undefined);
  }

  /** Publishes the draft as the next version and answers once it serves here. */
  publish(actor: Actor, note: string | null): Promise<PublishResult> {
    return this.#exclusive(async () => {
      const entries = (await this.#options.repository.listEntries()).map((draft) => draft.entry);
      validateWhole(entries);
      const live = this.#live;
      if (live !== undefined && sameEntries(live.entries, entries)) {
        return { version: live.summary, changed: false, trainMs: 0 };
      }
      return this.#publishEntries(entries, { note, restoredFrom: null, publishedBy: actor });
    });
  }

  /** Publishes an older version's content again, as a new version. */
  rollback(version: number, actor: Actor, note: string | null): Promise<PublishResult> {
    return this.#exclusive(async () => {
      const snapshot = await this.#options.repository.getSnapshot(version);
      if (snapshot === null)
        throw kbNotFound(`No published version ${version}: see GET /api/v1/kb/versions.`);
      const text = note ?? `rollback to version ${version}`;
      return this.#publishEntries(snapshot.entries, {
        note: text,
        restoredFrom: version,
        publishedBy: actor,
      });
    });
  }

  /** Loads the newest published version when another process published it. Resolves to the version serving. */
  reloadIfBehind(): Promise<number> {
    return this.#exclusive(async () => {
      const latest = await this.#options.repository.latestVersion();
      if (latest <= this.liveVersion || latest === this.#failedVersion) return this.liveVersion;
      try {
        await this.#load(latest);
      } catch (error) {
        this.#failedVersion = latest;
        throw error;
      }
      return latest;
    });
  }

  /** Published versions, newest first. */
  listVersions(limit: number): Promise<SnapshotSummary[]> {
    return this.#options.repository.listSnapshots(limit);
  }

  /** A published version as one knowledge file. */
  async exportVersion(version: number): Promise<string> {
    const snapshot = await this.#options.repository.getSnapshot(version);
    if (snapshot === null) throw kbNotFound(`No published version ${version}: see GET /api/v1/kb/versions.`);
    return entriesToYaml(snapshot.entries);
  }

  async #startOnce(seed: () => Promise<KnowledgeBase>): Promise<void> {
    const repo = this.#options.repository;
    const latest = await repo.latestVersion();
    if (latest > 0) return this.#exclusive(() => this.#load(latest));
    let entries = (await repo.listEntries()).map((draft) => draft.entry);
    if (entries.length === 0) {
      entries = (await seed()).entries.map(({ source: _source, ...entry }) => entry);
      const changes = entries.map((entry) => ({ kind: 'save' as const, entry }));
      await repo.applyChanges(changes, 'imported', 'system', this.#clock());
    }
    await this.#exclusive(() =>
      this.#publishEntries(entries, { note: 'first version', restoredFrom: null, publishedBy: 'system' }),
    );
  }

  async #publishEntries(
    entries: KnowledgeEntry[],
    meta: { note: string | null; restoredFrom: number | null; publishedBy: Actor },
  ): Promise<PublishResult> {
    const repo = this.#options.repository;
    const previous = await repo.latestVersion();
    const started = performance.now();
    const live = await this.#build(entries);
    const trainMs = Math.round(performance.now() - started);
    const summary = await repo.insertSnapshot({ entries, ...meta, publishedAt: this.#clock() }, previous);
    this.#install(live, summary, entries);
    this.#options.logger.info(
      { version: summary.version, entries: entries.length, trainMs },
      'knowledge base published',
    );
    return { version: summary, changed: true, trainMs };
  }

  async #load(version: number): Promise<void> {
    const snapshot = await this.#options.repository.getSnapshot(version);
    if (snapshot === null) throw kbNotFound(`Published version ${version} vanished while loading it.`);
    if (this.#options.serve === false) {
      this.#live = { summary: snapshot, entries: snapshot.entries };
      return;
    }
    const started = performance.now();
    const live = await this.#build(snapshot.entries);
    this.#install(live, snapshot, snapshot.entries);
    const trainMs = Math.round(performance.now() - started);
    this.#options.logger.info(
      { version, entries: snapshot.entries.length, trainMs },
      'knowledge base loaded',
    );
  }

  async #build(entries: KnowledgeEntry[]): Promise<Live> {
    try {
      return await this.#options.build({ entries });
    } catch (error) {
      const serving =
        this.liveVersion === 0 ? 'nothing is serving yet' : `version ${this.liveVersion} keeps serving`;
      const reason = error instanceof Error ? error.message : String(error);
      throw new SwitchboardError(
        ErrorCodes.KB_PUBLISH_FAILED,
        `Building the knowledge base failed (${reason}); ${serving}.`,
        { statusCode: 500, cause: error },
      );
    }
  }

  #install(live: Live, summary: SnapshotSummary, entries: KnowledgeEntry[]): void {
    this.#options.install(live, summary.version);
    this.#live = { summary, entries, model: live };
  }

  async #poll(): Promise<void> {
    try {
      await this.reloadIfBehind();
    } catch (error) {
      this.#options.logger.error(
        { err: error },
        'loading a newly published knowledge base failed; the old one keeps serving',
      );
    }
  }

  /** Runs `task` after every earlier publish, rollback or reload of this process. */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

/** The whole draft checked once more with the file rules before it goes live; an empty one is refused. */
function validateWhole(entries: readonly KnowledgeEntry[]): void {
  if (entries.length === 0) {
    const message = 'the draft has no entries: publishing it would leave the bot nothing to answer';
    throw new KbValidationError([], [{ path: 'entries', message }]);
  }
  const yaml = entriesToYaml(entries);
  const parsed = parseUpload('draft.yaml', yaml, []);
  if (parsed.errors.length > 0) throw new KbValidationError(parsed.errors);
}

function sameEntries(a: readonly KnowledgeEntry[], b: readonly KnowledgeEntry[]): boolean {
  if (a.length !== b.length) return false;
  const fingerprints = new Set(a.map(entryFingerprint));
  return b.every((entry) => fingerprints.has(entryFingerprint(entry)));
}
