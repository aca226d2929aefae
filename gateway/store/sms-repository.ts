/**
 * `SqlSmsRepository`: what the SMS channel keeps (migration 0006) — opt-outs by number, and
 * delivery status reported by the provider after a message left the outbox. Statuses only move
 * forward (sent → delivered) and a failure is final, so callbacks arriving out of order, twice, or
 * once per part of a split message leave the right answer.
 */
import type { Kysely } from 'kysely';
import type { Channel } from '../message';
import type { StoreDatabase } from './schema';
import type { StoreContext } from './store-context';
import { storeError } from './store-errors';

/** A number that opted out of SMS. */
export interface SmsOptOut {
  /** E.164. */
  number: string;
  /** The word it sent, as received (`STOP`, `退订`, …). */
  keyword: string;
  /** The provider's id of that message. */
  messageSid: string;
  optedOutAt: Date;
}

/** What a provider reported about an outbound message it accepted. */
export interface ProviderDeliveryReport {
  channel: Channel;
  /** The provider's message id, as recorded when the outbox sent it. */
  providerMessageId: string;
  /** Our message id, when the callback URL carried it (finds the row even before the send is recorded). */
  messageId?: string;
  status: 'sent' | 'delivered' | 'failed';
  /** For `failed`: the provider's reason (`twilio 30003 undelivered`). */
  error?: string;
  at: Date;
}

export interface SmsRepository {
  /** Record an opt-out; a number already opted out keeps its first record. */
  optOut(optOut: SmsOptOut): Promise<void>;
  /** Remove an opt-out; true when there was one. */
  optIn(number: string): Promise<boolean>;
  getOptOut(number: string): Promise<SmsOptOut | null>;
  /**
   * Apply a delivery report to the outbound message's outbox row; returns whether a row changed.
   * Rows not yet handed to the provider (pending, sending, failed-awaiting-retry) are untouched.
   */
  recordDelivery(report: ProviderDeliveryReport): Promise<boolean>;
}

interface SmsOptOutsTable {
  number: string;
  keyword: string;
  message_sid: string;
  opted_out_at: number;
}

interface SmsDatabase extends StoreDatabase {
  sms_opt_outs: SmsOptOutsTable;
}

/** Opt-outs and delivery reports over the store's Kysely instance. */
export class SqlSmsRepository implements SmsRepository {
  readonly #db: Kysely<SmsDatabase>;
  readonly #describe: () => string;

  constructor(ctx: StoreContext, describe: () => string) {
    // The same database seen with the tables of migration 0006.
    this.#db = ctx.db;
    this.#describe = describe;
  }

  optOut(optOut: SmsOptOut): Promise<void> {
    return this.#guard('smsOptOut', async () => {
      await this.#db
        .insertInto('sms_opt_outs')
        .values({
          number: optOut.number,
          keyword: optOut.keyword,
          message_sid: optOut.messageSid,
          opted_out_at: optOut.optedOutAt.getTime(),
        })
        .onConflict((oc) => oc.column('number').doNothing())
        .execute();
    });
  }

  optIn(number: string): Promise<boolean> {
    return this.#guard('smsOptIn', async () => {
      const result = await this.#db
        .deleteFrom('sms_opt_outs')
        .where('number', '=', number)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  getOptOut(number: string): Promise<SmsOptOut | null> {
    return this.#guard('getSmsOptOut', async () => {
      const row = await this.#db
        .selectFrom('sms_opt_outs')
        .selectAll()
        .where('number', '=', number)
        .executeTakeFirst();
      if (!row) return null;
      return {
        number: row.number,
        keyword: row.keyword,
        messageSid: row.message_sid,
        optedOutAt: new Date(Number(row.opted_out_at)),
      };
    });
  }

  recordDelivery(report: ProviderDeliveryReport): Promise<boolean> {
    // The outbox marks a row sent when the provider accepts it: `sent` adds nothing.
    if (report.status === 'sent') return Promise.resolve(false);
    return this.#guard('recordDelivery', async () => {
      // Forward only (delivered is never set back); a failure (dead) is final.
      const status = report.status === 'failed' ? 'dead' : 'delivered';
      const result = await this.#db
        .updateTable('outbox')
        .set({
          status,
          ...(report.error === undefined ? {} : { last_error: report.error.slice(0, 512) }),
          updated_at: report.at.getTime(),
        })
        .where('channel', '=', report.channel)
        .where((eb) =>
          report.messageId === undefined
            ? eb('provider_message_id', '=', report.providerMessageId)
            : eb.or([
                eb('provider_message_id', '=', report.providerMessageId),
                eb('message_id', '=', report.messageId),
              ]),
        )
        .where('status', 'in', status === 'dead' ? ['sent', 'delivered'] : ['sent'])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
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
