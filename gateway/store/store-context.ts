/**
 * What every repository of the SQL store shares: the Kysely instance, the dialect, and the few
 * helpers that differ between SQLite and PostgreSQL. Keeping the differences here makes them easy
 * to see: everything else is one code path over Kysely.
 */
import type { Kysely, Transaction } from 'kysely';
import { ErrorCodes, SwitchboardError } from '../errors';
import type { StoreDatabase } from './schema';

/** The two supported dialects. */
export type StoreKind = 'sqlite' | 'postgres';

/** A Kysely handle on the store's schema: the database itself or an open transaction. */
export type StoreDb = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** Shared by the repositories of one store. */
export interface StoreContext {
  readonly db: Kysely<StoreDatabase>;
  readonly kind: StoreKind;
}

/** Parses a JSON column, treating NULL as `fallback`. */
export function parseJson<T>(text: string | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}

/** Reads a nullable epoch-milliseconds column. */
export function toDate(ms: number | null): Date | null {
  return ms === null ? null : new Date(Number(ms));
}

/** Serializes a value for a JSON column; `undefined` becomes NULL so it reads back as null. */
export function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** A `SwitchboardError` for an id that names nothing. */
export function notFound(what: string, id: string): SwitchboardError {
  return new SwitchboardError(ErrorCodes.NOT_FOUND, `No ${what} with id ${id}: check the id.`, {
    statusCode: 404,
  });
}

/** A `SwitchboardError` for a request the current data forbids (e.g. merging a merged customer). */
export function conflict(message: string): SwitchboardError {
  return new SwitchboardError(ErrorCodes.STORE_CONFLICT, message, { statusCode: 409 });
}
