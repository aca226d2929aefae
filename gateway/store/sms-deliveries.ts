/**
 * `SmsDeliveries`: the SMS channel's delivery bookkeeping (migrations 0006 and 0009), shared by
 * every gateway process through the store.
 * - Parts: which parts of a split message the provider accepted, so a retry anywhere sends only
 *   the missing ones.
 * - Reports: a provider's status callback moves the outbox row forward only (sent → delivered; a
 *   failure is final). A report that arrives before the send is recorded is held, keyed by the
 *   provider's sid, and applied when the outbox records the send. Both sides write first and look
 *   second, so whichever comes last applies it.
 */
import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from './schema';
import type { ProviderDeliveryReport, SmsSentPart } from './sms-repository';

interface SmsPartsTable {
  message_id: string;
  part: number;
  sid: string;
  sent_at: number;
}

interface SmsHeldReportsTable {
  sid: string;
  message_id: string | null;
  status: 'delivered' | 'failed';
  error: string | null;
  reported_at: number;
}

/** The store's database seen with the SMS tables. */
export interface SmsDatabase extends StoreDatabase {
  sms_opt_outs: { number: string; keyword: string; message_sid: string; opted_out_at: number };
  sms_parts: SmsPartsTable;
  sms_held_reports: SmsHeldReportsTable;
}

/** A held report older than this is dropped: its message was never sent (or is long settled). */
export const HELD_REPORT_TTL_MS = 2 * 24 * 3_600_000;
const MAX_ERROR_CHARS = 512;

export class SmsDeliveries {
  readonly #db: Kysely<SmsDatabase>;

  constructor(db: Kysely<SmsDatabase>) {
    this.#db = db;
  }

  async sentParts(messageId: string): Promise<SmsSentPart[]> {
    const rows = await this.#db
      .selectFrom('sms_parts')
      .select(['part', 'sid'])
      .where('message_id', '=', messageId)
      .orderBy('part')
      .execute();
    return rows.map((row) => ({ part: Number(row.part), sid: row.sid }));
  }

  async recordPart(messageId: string, part: SmsSentPart, at: Date): Promise<void> {
    await this.#db
      .insertInto('sms_parts')
      .values({ message_id: messageId, part: part.part, sid: part.sid, sent_at: at.getTime() })
      .onConflict((oc) => oc.columns(['message_id', 'part']).doNothing())
      .execute();
  }

  async record(report: ProviderDeliveryReport): Promise<boolean> {
    // The outbox marks a row sent when the provider accepts it: `sent` adds nothing.
    if (report.status === 'sent') return false;
    if (await this.#apply(report)) return true;
    if (report.channel !== 'sms') return false;
    const messageId = report.messageId ?? (await this.#messageOfSid(report.providerMessageId));
    if (!(await this.#awaitsSend(messageId))) return false;
    await this.#hold(report, messageId);
    // The send may have been recorded meanwhile, after its own look at the held reports.
    if (!(await this.#apply(report))) return false;
    await this.#db.deleteFrom('sms_held_reports').where('sid', '=', report.providerMessageId).execute();
    return true;
  }

  async applyHeld(messageId: string, at: Date): Promise<boolean> {
    const held = await this.#db
      .selectFrom('sms_held_reports')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('message_id', '=', messageId),
          eb('sid', 'in', eb.selectFrom('sms_parts').select('sid').where('message_id', '=', messageId)),
        ]),
      )
      .execute();
    if (held.length === 0) return false;
    // One failed part fails the message; otherwise any delivered part shows it delivered.
    const report = held.find((row) => row.status === 'failed') ?? held[0];
    if (!report) return false;
    const changed = await this.#apply({
      channel: 'sms',
      providerMessageId: report.sid,
      messageId,
      status: report.status,
      ...(report.error === null ? {} : { error: report.error }),
      at,
    });
    await this.#db
      .deleteFrom('sms_held_reports')
      .where(
        'sid',
        'in',
        held.map((row) => row.sid),
      )
      .execute();
    return changed;
  }

  /** Moves the report's outbox row forward when the provider has it; false when nothing changed. */
  async #apply(report: ProviderDeliveryReport): Promise<boolean> {
    const status = report.status === 'failed' ? 'dead' : 'delivered';
    const sid = report.providerMessageId;
    const result = await this.#db
      .updateTable('outbox')
      .set({
        status,
        ...(report.error === undefined ? {} : { last_error: report.error.slice(0, MAX_ERROR_CHARS) }),
        updated_at: report.at.getTime(),
      })
      .where('channel', '=', report.channel)
      .where((eb) =>
        eb.or([
          eb('provider_message_id', '=', sid),
          eb('message_id', 'in', eb.selectFrom('sms_parts').select('message_id').where('sid', '=', sid)),
          ...(report.messageId === undefined ? [] : [eb('message_id', '=', report.messageId)]),
        ]),
      )
      // Forward only (delivered is never set back); a failure (dead) is final.
      .where('status', 'in', status === 'dead' ? ['sent', 'delivered'] : ['sent'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Whether the report's message may still be recorded as sent: its outbox row is unsent, or
   * unknown yet (the callback carried no message id and no recorded part has the sid).
   */
  async #awaitsSend(messageId: string | undefined): Promise<boolean> {
    if (messageId === undefined) return true;
    const row = await this.#db
      .selectFrom('outbox')
      .select('status')
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    return row === undefined || ['pending', 'sending', 'failed'].includes(row.status);
  }

  async #messageOfSid(sid: string): Promise<string | undefined> {
    const part = await this.#db
      .selectFrom('sms_parts')
      .select('message_id')
      .where('sid', '=', sid)
      .executeTakeFirst();
    return part?.message_id;
  }

  /** Keeps the report until the send is recorded; a failure replaces a held delivery, never the reverse. */
  async #hold(report: ProviderDeliveryReport, messageId: string | undefined): Promise<void> {
    const at = report.at.getTime();
    await this.#db
      .deleteFrom('sms_held_reports')
      .where('reported_at', '<', at - HELD_REPORT_TTL_MS)
      .execute();
    await this.#db
      .insertInto('sms_held_reports')
      .values({
        sid: report.providerMessageId,
        message_id: messageId ?? null,
        status: report.status === 'failed' ? 'failed' : 'delivered',
        error: report.error?.slice(0, MAX_ERROR_CHARS) ?? null,
        reported_at: at,
      })
      .onConflict((oc) =>
        oc.column('sid').doUpdateSet({
          status: sql`case when excluded.status = 'failed' then 'failed' else sms_held_reports.status end`,
          error: sql`case when excluded.status = 'failed' then excluded.error else sms_held_reports.error end`,
          message_id: sql`coalesce(sms_held_reports.message_id, excluded.message_id)`,
        }),
      )
      .execute();
  }
}
