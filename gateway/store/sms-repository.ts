/**
 * `SqlSmsRepository`: what the SMS channel keeps (migrations 0006 and 0009) — opt-outs by number,
 * the parts of split messages the provider accepted, and delivery status reported by the provider
 * after a message left the outbox (see `SmsDeliveries`). Statuses only move forward (sent →
 * delivered) and a failure is final, so callbacks arriving out of order, twice, once per part of a
 * split message, or before the send is recorded leave the right answer.
 */
import type { Kysely } from 'kysely';
import type { Channel } from '../message';
import { SmsDeliveries, type SmsDatabase } from './sms-deliveries';
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

/** One part of an outbound SMS the provider accepted. */
export interface SmsSentPart {
  /** 0-based index of the part in the split message. */
  part: number;
  /** The provider's id of that part. */
  sid: string;
}

export interface SmsRepository {
  /** Record an opt-out; a number already opted out keeps its first record. */
  optOut(optOut: SmsOptOut): Promise<void>;
  /** Remove an opt-out; true when there was one. */
  optIn(number: string): Promise<boolean>;
  getOptOut(number: string): Promise<SmsOptOut | null>;
  /**
   * Apply a delivery report to the outbound message's outbox row; returns whether a row changed.
   * Rows not yet handed to the provider (pending, sending, failed-awaiting-retry) are untouched:
   * the report is held and applied by {@link applyHeldReports} when the send is recorded.
   */
  recordDelivery(report: ProviderDeliveryReport): Promise<boolean>;
  /** Parts of our outbound message the provider accepted, by part index. */
  sentParts(messageId: string): Promise<SmsSentPart[]>;
  /** Record that the provider accepted a part; a part already recorded keeps its first sid. */
  recordPart(messageId: string, part: SmsSentPart, at: Date): Promise<void>;
  /** Apply the reports held for a message whose send was just recorded; true when its row changed. */
  applyHeldReports(messageId: string, at: Date): Promise<boolean>;
}

/** Opt-outs and delivery reports over the store's Kysely instance. */
export class SqlSmsRepository implements SmsRepository {
  readonly #db: Kysely<SmsDatabase>;
  readonly #describe: () => string;
  readonly #deliveries: SmsDeliveries;

  constructor(ctx: StoreContext, describe: () => string) {
    // The same database seen with the tables of migrations 0006 and 0009.
    this.#db = ctx.db;
    this.#describe = describe;
    this.#deliveries = new SmsDeliveries(this.#db);
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
    return this.#guard('recordDelivery', () => this.#deliveries.record(report));
  }

  sentParts(messageId: string): Promise<SmsSentPart[]> {
    return this.#guard('sentSmsParts', () => this.#deliveries.sentParts(messageId));
  }

  recordPart(messageId: string, part: SmsSentPart, at: Date): Promise<void> {
    return this.#guard('recordSmsPart', () => this.#deliveries.recordPart(messageId, part, at));
  }

  applyHeldReports(messageId: string, at: Date): Promise<boolean> {
    return this.#guard('applyHeldReports', () => this.#deliveries.applyHeld(messageId, at));
  }

  async #guard<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw storeError(error, operation, this.#describe());
    }
  }
}
