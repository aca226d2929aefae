/**
 * The read side of the case repository: cases by id and conversation, the queue in service order
 * (priority, then longest waiting, then id for a stable tie-break), a case's place in it, the audit
 * trail and the SLA keys recorded. The write side (`case-repository.ts`) extends this class.
 */
import type { Kysely } from 'kysely';
import { CaseStatements, spotOf } from './case-statements';
import { toCase, toCaseEvent, type CaseDatabase, type CasesTable } from './case-tables';
import type { Case, CaseEvent, CasePageQuery } from './case-types';
import { storeError } from './store-errors';

type Db = Kysely<CaseDatabase>;

/** Reads over the handoff tables. */
export class CaseQueries {
  protected readonly db: Db;
  /** Names the database in error messages. */
  protected readonly describe: () => string;
  /** The hot statements, compiled once. */
  protected readonly statements: CaseStatements;

  constructor(db: Db, describe: () => string) {
    this.db = db;
    this.describe = describe;
    this.statements = new CaseStatements(db);
  }

  get(id: string): Promise<Case | null> {
    return this.guard('getCase', async () => {
      const row = await this.rowById(this.db, id);
      return row === undefined ? null : toCase(row);
    });
  }

  openFor(conversationId: string): Promise<Case | null> {
    return this.guard('openCaseFor', async () => {
      const row = await this.openRow(this.db, conversationId);
      return row === undefined ? null : toCase(row);
    });
  }

  slaKeys(caseId: string): Promise<string[]> {
    return this.guard('slaKeys', () => this.statements.slaKeys(this.db, caseId));
  }

  listOpen(): Promise<Case[]> {
    return this.guard('listOpenCases', async () => {
      const rows = await this.db
        .selectFrom('cases')
        .selectAll()
        .where('state', 'in', ['queued', 'assigned'])
        .orderBy('priority_rank')
        .orderBy('waiting_since')
        .orderBy('id')
        .execute();
      return rows.map(toCase);
    });
  }

  listQueued(limit: number): Promise<Case[]> {
    return this.guard('listQueuedCases', async () => {
      const rows = await this.db
        .selectFrom('cases')
        .selectAll()
        .where('state', '=', 'queued')
        .orderBy('priority_rank')
        .orderBy('waiting_since')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toCase);
    });
  }

  queuePosition(caseId: string): Promise<number | null> {
    return this.guard('queuePosition', async () => {
      const row = await this.rowById(this.db, caseId);
      return row?.state === 'queued' ? this.statements.position(this.db, spotOf(row)) : null;
    });
  }

  listPage(query: CasePageQuery): Promise<Case[]> {
    return this.guard('listCasePage', async () => {
      let select = this.db
        .selectFrom('cases')
        .selectAll()
        .where('state', 'in', [...query.states])
        .orderBy('priority_rank')
        .orderBy('waiting_since')
        .orderBy('id')
        .limit(query.limit);
      if (query.priority !== undefined) select = select.where('priority', '=', query.priority);
      const after = query.after;
      if (after !== undefined) {
        select = select.where((eb) =>
          eb.or([
            eb('priority_rank', '>', after.priorityRank),
            eb.and([
              eb('priority_rank', '=', after.priorityRank),
              eb('waiting_since', '>', after.waitingSince),
            ]),
            eb.and([
              eb('priority_rank', '=', after.priorityRank),
              eb('waiting_since', '=', after.waitingSince),
              eb('id', '>', after.id),
            ]),
          ]),
        );
      }
      return (await select.execute()).map(toCase);
    });
  }

  assignedCounts(): Promise<Map<string, number>> {
    return this.guard('assignedCounts', async () => {
      const rows = await this.db
        .selectFrom('cases')
        .select((eb) => ['assignee_id', eb.fn.countAll<number>().as('n')])
        .where('state', '=', 'assigned')
        .where('assignee_id', 'is not', null)
        .groupBy('assignee_id')
        .execute();
      return new Map(rows.map((row) => [row.assignee_id ?? '', Number(row.n)]));
    });
  }

  listAssigned(agentId: string): Promise<Case[]> {
    return this.guard('listAssignedCases', async () => {
      const rows = await this.db
        .selectFrom('cases')
        .selectAll()
        .where('assignee_id', '=', agentId)
        .where('state', '=', 'assigned')
        .orderBy('priority_rank')
        .orderBy('waiting_since')
        .orderBy('id')
        .execute();
      return rows.map(toCase);
    });
  }

  countAssigned(agentId: string): Promise<number> {
    return this.guard('countAssigned', async () => {
      const row = await this.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('assignee_id', '=', agentId)
        .where('state', '=', 'assigned')
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    });
  }

  events(caseId: string): Promise<CaseEvent[]> {
    return this.guard('caseEvents', async () => {
      const rows = await this.db
        .selectFrom('case_events')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toCaseEvent);
    });
  }

  protected rowById(db: Db, id: string): Promise<CasesTable | undefined> {
    return this.statements.byId(db, id);
  }

  protected openRow(db: Db, conversationId: string): Promise<CasesTable | undefined> {
    return this.statements.openByConversation(db, conversationId);
  }

  /** Runs one operation; our own errors pass through, driver errors are wrapped with their cause. */
  protected async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storeError(error, operation, this.describe());
    }
  }
}
