/**
 * The draft side of the knowledge base: what editors change before publishing. Every write is
 * checked with the rules of `kb lint` against the rest of the draft, names the revision it read
 * (a stale one is refused with 409), and is recorded as a version with who and when.
 */
import { entryFingerprint, diffEntries } from './kb-draft-diff';
import { KbValidationError, kbNotFound, type EntryIssue } from './kb-errors';
import { parseEntryInput, questionClashes, repeatedQuestions } from './kb-entry-input';
import type { KbIssue } from './kb-issues';
import type { Actor, DraftEntry, EntryVersion, KbRepository } from './kb-repository';
import { entriesToYaml, parseUpload } from './kb-yaml';
import type { KnowledgeEntry } from './types';

/** How a draft entry relates to the published knowledge base. */
export type DraftStatus = 'published' | 'changed' | 'new';

/** A draft entry with its status and the warnings editors should see. */
export interface EditedEntry extends DraftEntry {
  status: DraftStatus;
  warnings: EntryIssue[];
}

/** What an import changed. */
export interface ImportResult {
  created: string[];
  updated: string[];
  deleted: string[];
  unchanged: number;
  warnings: KbIssue[];
}

/** Options of {@link KbEditor}. */
export interface KbEditorOptions {
  repository: KbRepository;
  /** The published entries serving now, to tell new and changed drafts apart. */
  published: () => readonly KnowledgeEntry[];
  /** Time source for versions. Default: the system clock. */
  clock?: () => Date;
}

/** Draft operations: CRUD, history, import and export. */
export class KbEditor {
  readonly #repo: KbRepository;
  readonly #published: () => readonly KnowledgeEntry[];
  readonly #clock: () => Date;

  constructor(options: KbEditorOptions) {
    this.#repo = options.repository;
    this.#published = options.published;
    this.#clock = options.clock ?? (() => new Date());
  }

  /** The draft's entries with their status, by id. */
  async list(): Promise<EditedEntry[]> {
    const statusOf = this.#statusLookup();
    return (await this.#repo.listEntries()).map((draft) => ({
      ...draft,
      status: statusOf(draft.entry),
      warnings: [],
    }));
  }

  /** Published entries deleted from the draft: the next publish removes them. */
  async removedSincePublish(): Promise<string[]> {
    const draft = new Set((await this.#repo.listEntries()).map((d) => d.entry.id));
    return this.#published()
      .map((entry) => entry.id)
      .filter((id) => !draft.has(id));
  }

  async get(id: string): Promise<EditedEntry> {
    const draft = await this.#repo.getEntry(id);
    if (draft === null) throw kbNotFound(`No knowledge base entry "${id}": check the id.`);
    return { ...draft, status: this.#statusLookup()(draft.entry), warnings: repeatedQuestions(draft.entry) };
  }

  /** Creates an entry from a JSON body. */
  async create(raw: unknown, actor: Actor): Promise<EditedEntry> {
    const entry = await this.#validated(raw);
    const saved = await this.#repo.createEntry(entry, actor, this.#clock());
    return this.#edited(saved);
  }

  /** Replaces entry `id` with a JSON body when it is still at `revision`. */
  async update(id: string, raw: unknown, revision: number, actor: Actor): Promise<EditedEntry> {
    const body = typeof raw === 'object' && raw !== null ? { ...raw, id } : raw;
    const entry = await this.#validated(body);
    const saved = await this.#repo.updateEntry(entry, revision, actor, this.#clock());
    return this.#edited(saved);
  }

  async remove(id: string, revision: number, actor: Actor): Promise<void> {
    await this.#repo.deleteEntry(id, revision, actor, this.#clock());
  }

  async versions(id: string): Promise<EntryVersion[]> {
    const versions = await this.#repo.entryVersions(id);
    if (versions.length === 0)
      throw kbNotFound(`No knowledge base entry "${id}" ever existed: check the id.`);
    return versions;
  }

  /** Imports one knowledge file: `replace` makes the draft exactly the file, `merge` adds and updates. */
  async importYaml(text: string, mode: 'replace' | 'merge', actor: Actor): Promise<ImportResult> {
    const current = (await this.#repo.listEntries()).map((draft) => draft.entry);
    const parsed = parseUpload('import.yaml', text, mode === 'merge' ? current : []);
    if (parsed.errors.length > 0) throw new KbValidationError(parsed.errors);
    const merged = mode === 'merge' ? mergeById(current, parsed.entries) : parsed.entries;
    const diff = diffEntries(current, merged, false);
    await this.#repo.applyChanges(diff.changes, 'imported', actor, this.#clock());
    const { created, updated, deleted, unchanged } = diff;
    return { created, updated, deleted, unchanged, warnings: parsed.warnings };
  }

  /** Makes the draft equal to `entries` (a rollback), each change a version with action `restored`. */
  async resetTo(entries: readonly KnowledgeEntry[], actor: Actor): Promise<void> {
    const current = (await this.#repo.listEntries()).map((draft) => draft.entry);
    const diff = diffEntries(current, entries, false);
    await this.#repo.applyChanges(diff.changes, 'restored', actor, this.#clock());
  }

  /** The draft as one knowledge file. */
  async exportYaml(): Promise<string> {
    return entriesToYaml((await this.#repo.listEntries()).map((draft) => draft.entry));
  }

  async #validated(raw: unknown): Promise<KnowledgeEntry> {
    const parsed = parseEntryInput(raw);
    if ('issues' in parsed) throw new KbValidationError([], parsed.issues);
    const others = (await this.#repo.listEntries()).map((draft) => draft.entry);
    const clashes = questionClashes(parsed.entry, others);
    if (clashes.length > 0) throw new KbValidationError([], clashes);
    return parsed.entry;
  }

  #edited(saved: DraftEntry): EditedEntry {
    return { ...saved, status: this.#statusLookup()(saved.entry), warnings: repeatedQuestions(saved.entry) };
  }

  #statusLookup(): (entry: KnowledgeEntry) => DraftStatus {
    const published = new Map(this.#published().map((entry) => [entry.id, entryFingerprint(entry)]));
    return (entry) => {
      const live = published.get(entry.id);
      if (live === undefined) return 'new';
      return live === entryFingerprint(entry) ? 'published' : 'changed';
    };
  }
}

/** `current` with every entry of `incoming` added or replacing the one with its id, in id order. */
function mergeById(
  current: readonly KnowledgeEntry[],
  incoming: readonly KnowledgeEntry[],
): KnowledgeEntry[] {
  const byId = new Map(current.map((entry) => [entry.id, entry]));
  for (const entry of incoming) byId.set(entry.id, entry);
  return [...byId.values()];
}
