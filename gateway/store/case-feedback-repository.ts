/**
 * `SqlCaseFeedbackRepository`: what is added to a case besides its transitions — agents' internal
 * notes and the customer's satisfaction (CSAT) answer (migration 0005). The CSAT row is asked once
 * per case (primary key) and answered once (`where score is null`), so retries and two processes
 * record one answer.
 */
import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { CaseDatabase } from './case-tables';
import type { StoreContext } from './store-context';
import { storeError } from './store-errors';

/** An agent's internal note on a case. */
export interface CaseNote {
  id: string;
  caseId: string;
  /** `agent:<id>`. */
  author: string;
  text: string;
  at: Date;
}

/** The CSAT question of a case and, once given, its answer. */
export interface CaseCsat {
  caseId: string;
  customerId: string;
  askedAt: Date;
  score: number | null;
  answerMessageId: string | null;
  answeredAt: Date | null;
}

/** Notes and CSAT of cases. */
export interface CaseFeedbackRepository {
  addNote(note: Omit<CaseNote, 'id'>): Promise<CaseNote>;
  /** A case's notes, oldest first. */
  notes(caseId: string): Promise<CaseNote[]>;
  /** Record that the question was asked; false when it was asked before. */
  askCsat(caseId: string, customerId: string, at: Date): Promise<boolean>;
  /** The customer's latest unanswered question asked since `since`, if any. */
  pendingCsat(customerId: string, since: Date): Promise<CaseCsat | null>;
  /** Record the answer unless one was recorded before; returns whether this one was. */
  answerCsat(caseId: string, score: number, messageId: string | null, at: Date): Promise<boolean>;
  getCsat(caseId: string): Promise<CaseCsat | null>;
}

interface CaseNotesTable {
  id: string;
  case_id: string;
  author: string;
  text: string;
  at: number;
}

interface CaseCsatTable {
  case_id: string;
  customer_id: string;
  asked_at: number;
  score: number | null;
  answer_message_id: string | null;
  answered_at: number | null;
}

interface FeedbackDatabase extends CaseDatabase {
  case_notes: CaseNotesTable;
  case_csat: CaseCsatTable;
}

const toCsat = (row: CaseCsatTable): CaseCsat => ({
  caseId: row.case_id,
  customerId: row.customer_id,
  askedAt: new Date(Number(row.asked_at)),
  score: row.score === null ? null : Number(row.score),
  answerMessageId: row.answer_message_id,
  answeredAt: row.answered_at === null ? null : new Date(Number(row.answered_at)),
});

/** Notes and CSAT over the store's Kysely instance. */
export class SqlCaseFeedbackRepository implements CaseFeedbackRepository {
  readonly #db: Kysely<FeedbackDatabase>;
  readonly #describe: () => string;

  constructor(ctx: StoreContext, describe: () => string) {
    // The same database seen with the tables of migration 0005.
    this.#db = ctx.db;
    this.#describe = describe;
  }

  addNote(note: Omit<CaseNote, 'id'>): Promise<CaseNote> {
    return this.#guard('addCaseNote', async () => {
      const id = newId('note', note.at.getTime());
      await this.#db
        .insertInto('case_notes')
        .values({ id, case_id: note.caseId, author: note.author, text: note.text, at: note.at.getTime() })
        .execute();
      return { id, ...note };
    });
  }

  notes(caseId: string): Promise<CaseNote[]> {
    return this.#guard('listCaseNotes', async () => {
      const rows = await this.#db
        .selectFrom('case_notes')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        author: r.author,
        text: r.text,
        at: new Date(Number(r.at)),
      }));
    });
  }

  askCsat(caseId: string, customerId: string, at: Date): Promise<boolean> {
    return this.#guard('askCsat', async () => {
      const result = await this.#db
        .insertInto('case_csat')
        .values({
          case_id: caseId,
          customer_id: customerId,
          asked_at: at.getTime(),
          score: null,
          answer_message_id: null,
          answered_at: null,
        })
        .onConflict((oc) => oc.column('case_id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    });
  }

  pendingCsat(customerId: string, since: Date): Promise<CaseCsat | null> {
    return this.#guard('pendingCsat', async () => {
      const row = await this.#db
        .selectFrom('case_csat')
        .selectAll()
        .where('customer_id', '=', customerId)
        .where('score', 'is', null)
        .where('asked_at', '>=', since.getTime())
        .orderBy('asked_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toCsat(row) : null;
    });
  }

  answerCsat(caseId: string, score: number, messageId: string | null, at: Date): Promise<boolean> {
    return this.#guard('answerCsat', async () => {
      const result = await this.#db
        .updateTable('case_csat')
        .set({ score, answer_message_id: messageId, answered_at: at.getTime() })
        .where('case_id', '=', caseId)
        .where('score', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }

  getCsat(caseId: string): Promise<CaseCsat | null> {
    return this.#guard('getCsat', async () => {
      const row = await this.#db
        .selectFrom('case_csat')
        .selectAll()
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      return row ? toCsat(row) : null;
    });
  }

  async #guard<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw storeError(error, operation, this.#describe());
    }
  }
}
