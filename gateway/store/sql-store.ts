/**
 * `SqlStore`: the `Store` seam over Kysely, one implementation for SQLite and PostgreSQL. It wires
 * the repositories together, runs migrations, and turns driver errors into `SwitchboardError`s that
 * name the backend and the database, so an operator reading a log knows what to fix.
 */
import { Migrator, sql, type Kysely } from 'kysely';
import { ErrorCodes, SwitchboardError } from '../errors';
import type { Channel, StoredMessage } from '../message';
import type { ConversationState } from '../turn';
import { AuditLog } from './audit-log';
import { ConversationRepository } from './conversation-repository';
import { IdentityRepository } from './identity-repository';
import { MergeRepository } from './merge-repository';
import { MessageQueries } from './message-queries';
import { MessageRepository } from './message-repository';
import { StoreMigrationProvider } from './migrations/index';
import { OutboxRepository } from './outbox-repository';
import type { StoreDatabase } from './schema';
import type { StoreContext, StoreKind } from './store-context';
import type {
  AuditEntry,
  CompleteTurn,
  Conversation,
  Customer,
  Identity,
  NewInboundMessage,
  NewOutboundMessage,
  OutboxItem,
  Store,
} from './types';

/** Options of {@link SqlStore}; the factories in `index.ts` fill them in. */
export interface SqlStoreOptions {
  /** The Kysely instance; the store owns it and destroys it on `close()`. */
  db: Kysely<StoreDatabase>;
  kind: StoreKind;
  /** Names the database in error messages: a file path, or a URL without its password. */
  target: string;
  /** PostgreSQL schema holding the tables; `migrate()` creates it when missing. Default: the current schema. */
  schema?: string;
  /** Time source for audit entries of agent actions. Default: the system clock. */
  clock?: () => Date;
}

// Driver error codes that mean "the database cannot be reached or entered", not "this query failed".
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'ECONNRESET',
  '28P01',
  '28000',
  '3D000',
  'SQLITE_CANTOPEN',
]);

/** The Store over SQL. */
export class SqlStore implements Store {
  readonly kind: StoreKind;
  readonly #db: Kysely<StoreDatabase>;
  readonly #target: string;
  readonly #schema: string | undefined;
  readonly #clock: () => Date;
  readonly #audit: AuditLog;
  readonly #identities: IdentityRepository;
  readonly #merges: MergeRepository;
  readonly #conversations: ConversationRepository;
  readonly #messages: MessageRepository;
  readonly #queries: MessageQueries;
  readonly #outbox: OutboxRepository;
  #closed = false;

  constructor(options: SqlStoreOptions) {
    this.kind = options.kind;
    this.#db = options.db;
    this.#target = options.target;
    this.#schema = options.schema;
    this.#clock = options.clock ?? (() => new Date());
    const ctx: StoreContext = { db: options.db, kind: options.kind };
    this.#audit = new AuditLog(ctx);
    this.#identities = new IdentityRepository(ctx, this.#audit);
    this.#merges = new MergeRepository(ctx, this.#audit);
    this.#conversations = new ConversationRepository(ctx);
    this.#messages = new MessageRepository(ctx);
    this.#queries = new MessageQueries(ctx);
    this.#outbox = new OutboxRepository(ctx);
  }

  /** The database's name in messages: `SQLite database /data/switchboard.db`. */
  get description(): string {
    return `${this.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'} database ${this.#target}`;
  }

  migrate(): Promise<void> {
    return this.#guard('migrate', async () => {
      const schema = this.kind === 'postgres' ? await this.#ensureSchema() : undefined;
      const migrator = new Migrator({
        db: this.#db,
        provider: new StoreMigrationProvider(this.kind),
        // Pinning the schema matters on PostgreSQL: Kysely otherwise looks for its bookkeeping
        // tables in every schema and may find another store's.
        ...(schema === undefined ? {} : { migrationTableSchema: schema }),
      });
      const { error } = await migrator.migrateToLatest();
      if (error !== undefined) throw error;
    });
  }

  /** Creates the configured schema if needed (racing creators are fine) and returns the schema in use. */
  async #ensureSchema(): Promise<string> {
    if (this.#schema === undefined) {
      const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
        this.#db,
      );
      const current = rows[0]?.schema ?? null;
      if (current === null) throw new Error('no schema on the search_path exists; set one or pass `schema`');
      return current;
    }
    try {
      await this.#db.schema.createSchema(this.#schema).ifNotExists().execute();
    } catch (error) {
      // Concurrent `CREATE SCHEMA IF NOT EXISTS` can still fail on the catalog's unique index.
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from pg_namespace where nspname = ${this.#schema}`.execute(this.#db);
      if (Number(rows[0]?.n ?? 0) === 0) throw error;
    }
    return this.#schema;
  }

  ping(): Promise<void> {
    return this.#guard('ping', async () => {
      await sql`select 1`.execute(this.#db);
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.destroy();
  }

  resolveIdentity(
    channel: Channel,
    address: string,
    at: Date,
  ): Promise<{ customer: Customer; identity: Identity; created: boolean }> {
    return this.#guard('resolveIdentity', () => this.#identities.resolve(channel, address, at));
  }

  getCustomer(id: string): Promise<Customer | null> {
    return this.#guard('getCustomer', () => this.#identities.getCustomer(id));
  }

  listIdentities(customerId: string): Promise<Identity[]> {
    return this.#guard('listIdentities', () => this.#identities.list(customerId));
  }

  linkIdentity(customerId: string, channel: Channel, address: string, actor: string): Promise<Identity> {
    return this.#guard('linkIdentity', () =>
      this.#identities.link(customerId, channel, address, actor, this.#now()),
    );
  }

  unlinkIdentity(identityId: string, actor: string): Promise<Customer> {
    return this.#guard('unlinkIdentity', () => this.#identities.unlink(identityId, actor, this.#now()));
  }

  mergeCustomers(survivorId: string, mergedId: string, actor: string): Promise<void> {
    return this.#guard('mergeCustomers', () => this.#merges.merge(survivorId, mergedId, actor, this.#now()));
  }

  unmergeCustomers(survivorId: string, mergedId: string, actor: string): Promise<void> {
    return this.#guard('unmergeCustomers', () =>
      this.#merges.unmerge(survivorId, mergedId, actor, this.#now()),
    );
  }

  listAudit(customerId: string): Promise<AuditEntry[]> {
    return this.#guard('listAudit', () => this.#audit.list(customerId));
  }

  currentConversation(
    customerId: string,
    channel: Channel,
    address: string,
    at: Date,
    reopenWindowMs: number,
  ): Promise<Conversation> {
    return this.#guard('currentConversation', () =>
      this.#conversations.current(customerId, channel, address, at, reopenWindowMs),
    );
  }

  getConversation(id: string): Promise<Conversation | null> {
    return this.#guard('getConversation', () => this.#conversations.get(id));
  }

  setConversationState(id: string, state: ConversationState, at: Date): Promise<void> {
    return this.#guard('setConversationState', () => this.#conversations.setState(id, state, at));
  }

  insertInbound(message: NewInboundMessage): Promise<{ message: StoredMessage; inserted: boolean }> {
    return this.#guard('insertInbound', () => this.#messages.insertInbound(message));
  }

  completeTurn(turn: CompleteTurn): Promise<StoredMessage[]> {
    return this.#guard('completeTurn', () => this.#messages.completeTurn(turn));
  }

  enqueueOutbound(messages: NewOutboundMessage[]): Promise<StoredMessage[]> {
    return this.#guard('enqueueOutbound', () => this.#messages.enqueueOutbound(messages));
  }

  repliesTo(inboundId: string): Promise<StoredMessage[]> {
    return this.#guard('repliesTo', () => this.#queries.repliesTo(inboundId));
  }

  unprocessedInbound(limit: number): Promise<StoredMessage[]> {
    return this.#guard('unprocessedInbound', () => this.#queries.unprocessedInbound(limit));
  }

  getMessage(id: string): Promise<StoredMessage | null> {
    return this.#guard('getMessage', () => this.#queries.get(id));
  }

  listConversationMessages(conversationId: string): Promise<StoredMessage[]> {
    return this.#guard('listConversationMessages', () => this.#queries.listConversation(conversationId));
  }

  listCustomerTimeline(customerId: string, limit: number): Promise<StoredMessage[]> {
    return this.#guard('listCustomerTimeline', () => this.#queries.customerTimeline(customerId, limit));
  }

  listByAddress(
    channel: Channel,
    address: string,
    afterId: string | null,
    limit: number,
  ): Promise<StoredMessage[]> {
    return this.#guard('listByAddress', () => this.#queries.byAddress(channel, address, afterId, limit));
  }

  claimOutbox(now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    return this.#guard('claimOutbox', () => this.#outbox.claim(now, limit, leaseMs));
  }

  markSent(
    id: string,
    providerMessageId: string | null,
    status: 'sent' | 'delivered',
    at: Date,
  ): Promise<void> {
    return this.#guard('markSent', () => this.#outbox.markSent(id, providerMessageId, status, at));
  }

  markFailed(id: string, error: string, nextAttemptAt: Date | null, at: Date): Promise<void> {
    return this.#guard('markFailed', () => this.#outbox.markFailed(id, error, nextAttemptAt, at));
  }

  releaseOutbox(id: string, nextAttemptAt: Date, at: Date): Promise<void> {
    return this.#guard('releaseOutbox', () => this.#outbox.release(id, nextAttemptAt, at));
  }

  getOutboxByMessage(messageId: string): Promise<OutboxItem | null> {
    return this.#guard('getOutboxByMessage', () => this.#outbox.getByMessage(messageId));
  }

  outboxBacklog(): Promise<number> {
    return this.#guard('outboxBacklog', () => this.#outbox.backlog());
  }

  #now(): number {
    return this.#clock().getTime();
  }

  /** Runs one operation; our own errors pass through, driver errors are wrapped with their cause. */
  async #guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    if (this.#closed) {
      throw new SwitchboardError(
        ErrorCodes.SHUTTING_DOWN,
        `Store ${operation} called after close() on the ${this.description}.`,
        {
          statusCode: 503,
        },
      );
    }
    try {
      return await run();
    } catch (error) {
      if (error instanceof SwitchboardError) throw error;
      const reason = error instanceof Error ? error.message || error.name : String(error);
      const code = driverCode(error);
      if (code !== undefined && UNREACHABLE.has(code)) {
        throw new SwitchboardError(
          ErrorCodes.STORE_UNREACHABLE,
          `Cannot reach the ${this.description} (${code}: ${reason}): check that it runs and that the address and credentials are right.`,
          {
            statusCode: 503,
            cause: error,
          },
        );
      }
      throw new SwitchboardError(
        ErrorCodes.STORE,
        `Store ${operation} failed on the ${this.description}: ${reason}`,
        { cause: error },
      );
    }
  }
}

/** The driver's error code (`ECONNREFUSED`, a SQLSTATE, `SQLITE_BUSY`), looking inside AggregateErrors. */
function driverCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? driverCode(inner[0]) : undefined;
}
