/**
 * `SqlAgentRepository`: agents' availability and routing profile (migration 0008) — status
 * online / away / offline, skills and capacity — on SQLite and PostgreSQL. A row is created the
 * first time an agent sets anything; an agent without a row is offline with default skills.
 */
import type { Kysely } from 'kysely';
import type { Channel } from '../message';
import type { CaseDatabase } from './case-tables';
import type { StoreContext } from './store-context';
import { storeError } from './store-errors';

/** Whether routing may give an agent new cases: only `online` agents get them. */
export type AgentStatus = 'online' | 'away' | 'offline';

/** Cases an agent holds at once unless a supervisor sets another capacity. */
export const DEFAULT_AGENT_CAPACITY = 3;

/** What routing knows of an agent; an absent (null) skill list means "any". */
export interface AgentPresence {
  agentId: string;
  status: AgentStatus;
  languages: string[] | null;
  channels: Channel[] | null;
  tags: string[] | null;
  capacity: number;
  /** When the status last changed. */
  statusSince: Date;
  updatedAt: Date;
}

/** Skills and capacity as a supervisor sets them; an absent field is left as it is. */
export interface AgentSkills {
  languages?: string[] | null;
  channels?: Channel[] | null;
  tags?: string[] | null;
  capacity?: number;
}

/** Agents' availability on the store. */
export interface AgentRepository {
  get(agentId: string): Promise<AgentPresence | null>;
  /** Set the status; returns the row and the status it had before (`offline` when new). */
  setStatus(
    agentId: string,
    status: AgentStatus,
    at: Date,
  ): Promise<{ agent: AgentPresence; previous: AgentStatus }>;
  setSkills(agentId: string, skills: AgentSkills, at: Date): Promise<AgentPresence>;
  /** Every agent with a row, by id. */
  list(): Promise<AgentPresence[]>;
  /** Agents whose status is `online`, the longest online first. */
  listOnline(): Promise<AgentPresence[]>;
}

interface AgentPresenceTable {
  agent_id: string;
  status: string;
  languages: string | null;
  channels: string | null;
  tags: string | null;
  capacity: number;
  status_since: number;
  updated_at: number;
}

interface AgentDatabase extends CaseDatabase {
  agent_presence: AgentPresenceTable;
}

const list = <T>(text: string | null): T[] | null => (text === null ? null : (JSON.parse(text) as T[]));
const json = (value: readonly unknown[] | null): string | null =>
  value === null ? null : JSON.stringify(value);

function toPresence(row: AgentPresenceTable): AgentPresence {
  return {
    agentId: row.agent_id,
    status: row.status as AgentStatus,
    languages: list<string>(row.languages),
    channels: list<Channel>(row.channels),
    tags: list<string>(row.tags),
    capacity: Number(row.capacity),
    statusSince: new Date(Number(row.status_since)),
    updatedAt: new Date(Number(row.updated_at)),
  };
}

function newRow(agentId: string, now: number): AgentPresenceTable {
  return {
    agent_id: agentId,
    status: 'offline',
    languages: null,
    channels: null,
    tags: null,
    capacity: DEFAULT_AGENT_CAPACITY,
    status_since: now,
    updated_at: now,
  };
}

/** Agents' presence over the store's Kysely instance. */
export class SqlAgentRepository implements AgentRepository {
  readonly #db: Kysely<AgentDatabase>;
  readonly #describe: () => string;

  constructor(ctx: StoreContext, describe: () => string) {
    this.#db = ctx.db;
    this.#describe = describe;
  }

  get(agentId: string): Promise<AgentPresence | null> {
    return this.#guard('getAgent', async () => {
      const row = await this.#row(this.#db, agentId);
      return row === undefined ? null : toPresence(row);
    });
  }

  setStatus(agentId: string, status: AgentStatus, at: Date) {
    return this.#guard('setAgentStatus', () =>
      this.#db.transaction().execute(async (trx) => {
        const before = await this.#ensure(trx, agentId, at.getTime());
        const now = at.getTime();
        const changed = before.status !== status;
        const row = await trx
          .updateTable('agent_presence')
          .set({ status, updated_at: now, ...(changed ? { status_since: now } : {}) })
          .where('agent_id', '=', agentId)
          .returningAll()
          .executeTakeFirstOrThrow();
        return { agent: toPresence(row), previous: before.status as AgentStatus };
      }),
    );
  }

  setSkills(agentId: string, skills: AgentSkills, at: Date): Promise<AgentPresence> {
    return this.#guard('setAgentSkills', () =>
      this.#db.transaction().execute(async (trx) => {
        await this.#ensure(trx, agentId, at.getTime());
        const row = await trx
          .updateTable('agent_presence')
          .set({
            updated_at: at.getTime(),
            ...(skills.languages === undefined ? {} : { languages: json(skills.languages) }),
            ...(skills.channels === undefined ? {} : { channels: json(skills.channels) }),
            ...(skills.tags === undefined ? {} : { tags: json(skills.tags) }),
            ...(skills.capacity === undefined ? {} : { capacity: skills.capacity }),
          })
          .where('agent_id', '=', agentId)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toPresence(row);
      }),
    );
  }

  list(): Promise<AgentPresence[]> {
    return this.#guard('listAgents', async () => {
      const rows = await this.#db.selectFrom('agent_presence').selectAll().orderBy('agent_id').execute();
      return rows.map(toPresence);
    });
  }

  listOnline(): Promise<AgentPresence[]> {
    return this.#guard('listOnlineAgents', async () => {
      const rows = await this.#db
        .selectFrom('agent_presence')
        .selectAll()
        .where('status', '=', 'online')
        .orderBy('status_since')
        .orderBy('agent_id')
        .execute();
      return rows.map(toPresence);
    });
  }

  #row(db: Kysely<AgentDatabase>, agentId: string): Promise<AgentPresenceTable | undefined> {
    return db.selectFrom('agent_presence').selectAll().where('agent_id', '=', agentId).executeTakeFirst();
  }

  /** The agent's row, inserted (offline, defaults) when missing; safe when two insert at once. */
  async #ensure(trx: Kysely<AgentDatabase>, agentId: string, now: number): Promise<AgentPresenceTable> {
    await trx
      .insertInto('agent_presence')
      .values(newRow(agentId, now))
      .onConflict((oc) => oc.column('agent_id').doNothing())
      .execute();
    const row = await this.#row(trx, agentId);
    if (row === undefined) throw new Error(`agent ${agentId} vanished`);
    return row;
  }

  async #guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storeError(error, operation, this.#describe());
    }
  }
}
