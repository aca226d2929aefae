/**
 * `SqlStore`: the `Store` seam over Kysely, one implementation for SQLite and PostgreSQL. It wires
 * the repositories together, runs migrations, and turns driver errors into `SwitchboardError`s that
 * name the backend and the database, so an operator reading a log knows what to fix.
 */
import type { Database } from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Channel, StoredMessage } from '../message';
import type { ConversationState } from '../turn';
import { SqlAccountRepository } from './account-repository';
import { AuditLog } from './audit-log';
import { SqlAgentRepository } from './agent-repository';
import { SqlCaseFeedbackRepository } from './case-feedback-repository';
import { SqlCaseRepository } from './case-repository';
import { SqlCustomerErasure } from './customer-erasure';
import { updateCustomerProfile } from './customer-profile';
import { SqlSmsRepository } from './sms-repository';
import { ConversationRepository } from './conversation-repository';
import { IdentityRepository } from './identity-repository';
import { SqlKbRepository } from './kb-repository';
import { MergeRepository } from './merge-repository';
import { MessageQueries } from './message-queries';
import { MessageRepository } from './message-repository';
import { runMigrations } from './migrations/run-migrations';
import { OutboxRepository } from './outbox-repository';
import { SqlStatsQueries } from './stats-queries';
import type { StoreDatabase } from './schema';
import type { StoreContext, StoreKind } from './store-context';
import { BatchedReads, ownerKey, type ConversationQuery, type OwnerQuery } from './batched-reads';
import { GroupCommit } from './group-commit';
import { closedError, storeError } from './store-errors';
import { SqliteTurnRows } from './sqlite-turn-rows';
import { completeTurnRows, insertInboundRows, recordTurnsInOneStatement } from './turn-batch';
import { writtenInbound } from './row-mappers';
import type { StoreDb } from './store-context';
import { writeBatch, writeBatchAsOneStatement } from './write-batch';
import type {
  AuditEntry,
  CompleteTurn,
  RecordedTurn,
  RecordTurn,
  Conversation,
  Customer,
  CustomerProfileChanges,
  Identity,
  IdentityChannel,
  NewInboundMessage,
  NewOutboundMessage,
  OutboxItem,
  Store,
} from './types';

/** What {@link SqlStore.resolveSender} looks up: the sender's identity and the conversation's channel. */
type SenderQuery = Omit<ConversationQuery, 'customerId'> & { identityChannel: IdentityChannel };

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
  /**
   * SQLite: the better-sqlite3 connection under `db`'s dialect. Whole web chat turns are written
   * on it directly (sqlite-turn-rows.ts); without it they go through Kysely turn by turn, in one
   * transaction per batch.
   */
  sqlite?: Pick<Database, 'prepare'>;
  /** Runs on `close()` before the database is: a helper thread on the same file stops first. */
  beforeClose?: () => Promise<void>;
}

/** The Store over SQL. */
export class SqlStore implements Store {
  readonly kind: StoreKind;
  /** The knowledge base's draft, versions and snapshots. */
  readonly kb: SqlKbRepository;
  /** Accounts and their tokens. */
  readonly accounts: SqlAccountRepository;
  /** KPI reads. */
  readonly stats: SqlStatsQueries;
  /** Handoff cases. */
  readonly cases: SqlCaseRepository;
  /** Case notes and CSAT. */
  readonly caseFeedback: SqlCaseFeedbackRepository;
  /** SMS opt-outs and delivery reports. */
  readonly sms: SqlSmsRepository;
  /** Agents' availability, skills and capacity. */
  readonly agents: SqlAgentRepository;
  /** Customer erasure. */
  readonly erasure: SqlCustomerErasure;
  readonly #db: Kysely<StoreDatabase>;
  readonly #target: string;
  readonly #schema: string | undefined;
  readonly #beforeClose: (() => Promise<void>) | undefined;
  readonly #clock: () => Date;
  readonly #audit: AuditLog;
  readonly #identities: IdentityRepository;
  readonly #merges: MergeRepository;
  readonly #conversations: ConversationRepository;
  readonly #messages: MessageRepository;
  readonly #queries: MessageQueries;
  readonly #outbox: OutboxRepository;
  readonly #inboundGroup: GroupCommit<NewInboundMessage, { message: StoredMessage; inserted: boolean }>;
  readonly #turnGroup: GroupCommit<CompleteTurn, StoredMessage[]>;
  readonly #recordGroup: GroupCommit<RecordTurn, RecordedTurn>;
  readonly #ownerReads: GroupCommit<
    OwnerQuery & { at: Date },
    { customer: Customer; identity: Identity; created: boolean }
  >;
  readonly #conversationReads: GroupCommit<ConversationQuery, Conversation>;
  readonly #senderReads: GroupCommit<SenderQuery, { customer: Customer; conversation: Conversation }>;
  #closed = false;

  constructor(options: SqlStoreOptions) {
    this.kind = options.kind;
    this.#db = options.db;
    this.#target = options.target;
    this.#schema = options.schema;
    this.#beforeClose = options.beforeClose;
    this.#clock = options.clock ?? (() => new Date());
    const ctx: StoreContext = { db: options.db, kind: options.kind };
    this.#audit = new AuditLog(ctx);
    this.#identities = new IdentityRepository(ctx, this.#audit);
    this.#merges = new MergeRepository(ctx, this.#audit);
    this.#conversations = new ConversationRepository(ctx);
    this.#messages = new MessageRepository(ctx);
    this.#queries = new MessageQueries(ctx);
    this.#outbox = new OutboxRepository(ctx);
    this.kb = new SqlKbRepository(ctx, () => this.description);
    this.accounts = new SqlAccountRepository(ctx, () => this.description);
    this.stats = new SqlStatsQueries(ctx.db, () => this.description);
    this.cases = new SqlCaseRepository(ctx, () => this.description);
    this.caseFeedback = new SqlCaseFeedbackRepository(ctx, () => this.description);
    this.sms = new SqlSmsRepository(ctx, () => this.description);
    this.agents = new SqlAgentRepository(ctx, () => this.description);
    this.erasure = new SqlCustomerErasure(ctx, () => this.description);
    // The two writes every turn makes go through group commit: turns in flight share transactions.
    this.#inboundGroup = new GroupCommit((items) =>
      writeBatch(
        this.#db,
        items,
        (trx, message) => this.#messages.insertInbound(message, trx),
        (trx, messages) => this.#insertInbounds(trx, messages),
      ),
    );
    // The two reads a turn starts with, batched the same way: one statement per batch.
    const reads = new BatchedReads(this.#db);
    const owners = async (items: readonly (OwnerQuery & { at: Date })[]) => {
      const found = await reads.findOwners(items);
      return Promise.all(
        items.map(async (item) => {
          const owner = found.get(ownerKey(item.channel, item.address));
          return owner
            ? { customer: owner.customer, identity: owner.identity, created: false }
            : this.#identities.resolve(item.channel, item.address, item.at);
        }),
      );
    };
    const conversations = async (items: readonly ConversationQuery[]) => {
      const usable = await reads.usableConversations(items);
      return Promise.all(
        items.map(
          async (item) =>
            usable.get(item.customerId) ??
            this.#conversations.current(
              item.customerId,
              item.channel,
              item.address,
              item.at,
              item.reopenWindowMs,
            ),
        ),
      );
    };
    this.#ownerReads = new GroupCommit(owners);
    this.#conversationReads = new GroupCommit(conversations);
    // Both in one batch for an inbound message: its turn waits for one batch of reads, not two.
    this.#senderReads = new GroupCommit(async (items) => {
      const customers = await owners(
        items.map(({ identityChannel, address, at }) => ({ channel: identityChannel, address, at })),
      );
      const current = await conversations(
        items.map(({ channel, address, at, reopenWindowMs }, index) => ({
          customerId: customers[index]!.customer.id,
          channel,
          address,
          at,
          reopenWindowMs,
        })),
      );
      return items.map((_, index) => ({
        customer: customers[index]!.customer,
        conversation: current[index]!,
      }));
    });
    this.#turnGroup = new GroupCommit((items) =>
      writeBatch(
        this.#db,
        items,
        (trx, turn) => this.#messages.completeTurn(turn, trx),
        (trx, turns) => completeTurnRows(trx, turns),
      ),
    );
    // SQLite has no round trips to save: whole turns go in row by row through compiled statements.
    // On PostgreSQL a batch is one statement, without the transaction's two extra round trips.
    const sqliteTurns = options.sqlite ? new SqliteTurnRows(ctx.db, options.sqlite) : undefined;
    const recordOne = (trx: StoreDb, turn: RecordTurn) => this.#messages.recordTurn(turn, trx);
    this.#recordGroup = new GroupCommit((items) =>
      sqliteTurns
        ? writeBatch(this.#db, items, recordOne, (_trx, turns) => Promise.resolve(sqliteTurns.record(turns)))
        : options.kind === 'postgres'
          ? writeBatchAsOneStatement(this.#db, items, recordOne, recordTurnsInOneStatement)
          : writeBatch(this.#db, items, recordOne),
    );
  }

  /** The database's name in messages: `SQLite database /data/switchboard.db`. */
  get description(): string {
    return `${this.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'} database ${this.#target}`;
  }

  migrate(): Promise<void> {
    return this.#guard('migrate', () => runMigrations(this.#db, this.kind, this.#schema));
  }

  ping(): Promise<void> {
    return this.#guard('ping', async () => {
      await sql`select 1`.execute(this.#db);
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#beforeClose?.();
    await this.#db.destroy();
  }

  resolveIdentity(
    channel: IdentityChannel,
    address: string,
    at: Date,
  ): Promise<{ customer: Customer; identity: Identity; created: boolean }> {
    return this.#guard('resolveIdentity', () => this.#ownerReads.add({ channel, address, at }));
  }

  getCustomer(id: string): Promise<Customer | null> {
    return this.#guard('getCustomer', () => this.#identities.getCustomer(id));
  }

  listIdentities(customerId: string): Promise<Identity[]> {
    return this.#guard('listIdentities', () => this.#identities.list(customerId));
  }

  linkIdentity(
    customerId: string,
    channel: IdentityChannel,
    address: string,
    actor: string,
  ): Promise<Identity> {
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

  updateCustomerProfile(
    customerId: string,
    changes: CustomerProfileChanges,
    actor: string,
  ): Promise<Customer> {
    const ctx = { db: this.#db, kind: this.kind };
    return this.#guard('updateCustomerProfile', () =>
      updateCustomerProfile(ctx, this.#audit, { customerId, changes, actor, at: this.#now() }),
    );
  }

  currentConversation(
    customerId: string,
    channel: Channel,
    address: string,
    at: Date,
    reopenWindowMs: number,
  ): Promise<Conversation> {
    return this.#guard('currentConversation', () =>
      this.#conversationReads.add({ customerId, channel, address, at, reopenWindowMs }),
    );
  }

  resolveSender(
    identityChannel: IdentityChannel,
    channel: Channel,
    address: string,
    at: Date,
    reopenWindowMs: number,
  ): Promise<{ customer: Customer; conversation: Conversation }> {
    return this.#guard('resolveSender', () =>
      this.#senderReads.add({ identityChannel, channel, address, at, reopenWindowMs }),
    );
  }

  getConversation(id: string): Promise<Conversation | null> {
    return this.#guard('getConversation', () => this.#conversations.get(id));
  }

  setConversationState(id: string, state: ConversationState, at: Date): Promise<void> {
    return this.#guard('setConversationState', () => this.#conversations.setState(id, state, at));
  }

  insertInbound(message: NewInboundMessage): Promise<{ message: StoredMessage; inserted: boolean }> {
    return this.#guard('insertInbound', () => this.#inboundGroup.add(message));
  }

  completeTurn(turn: CompleteTurn): Promise<StoredMessage[]> {
    return this.#guard('completeTurn', () => this.#turnGroup.add(turn));
  }

  recordTurn(turn: RecordTurn): Promise<RecordedTurn> {
    return this.#guard('recordTurn', () => this.#recordGroup.add(turn));
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
    return this.#guard('markSent', async () => {
      const row = await this.#outbox.markSent(id, providerMessageId, status, at);
      // A delivery report may have come before the send was recorded: it waits for this moment.
      if (row.channel === 'sms') await this.sms.applyHeldReports(row.messageId, at);
    });
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

  /** One multi-row insert for the batch; duplicates look up the row that was there first. */
  async #insertInbounds(
    trx: StoreDb,
    messages: readonly NewInboundMessage[],
  ): Promise<{ message: StoredMessage; inserted: boolean }[]> {
    const inserted = await insertInboundRows(trx, messages);
    const results: { message: StoredMessage; inserted: boolean }[] = [];
    for (const message of messages) {
      results.push(
        inserted.has(message.id)
          ? { message: writtenInbound(message), inserted: true }
          : await this.#messages.insertInbound(message, trx),
      );
    }
    return results;
  }

  #now(): number {
    return this.#clock().getTime();
  }

  /** Runs one operation; our own errors pass through, driver errors are wrapped with their cause. */
  async #guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    if (this.#closed) throw closedError(operation, this.description);
    try {
      return await run();
    } catch (error) {
      throw storeError(error, operation, this.description);
    }
  }
}
