/**
 * The store's migrations, defined in code so they ship inside the bundle and need no directory
 * scanning. Names sort in application order; a migration, once released, never changes.
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { StoreKind } from '../store-context';
import { initialSchema } from './0001-initial-schema';
import { knowledgeSchema } from './0002-knowledge';
import { accountsSchema } from './0003-accounts';
import { handoffSchema } from './0004-handoff';
import { csatSchema } from './0005-csat';
import { smsSchema } from './0006-sms';
import { handoffRoutingSchema } from './0008-handoff-routing';
import { smsPartsSchema } from './0009-sms-parts';
import { firstResponseIndex } from './0010-first-response-index';
import { dropMessagesCustomerIndex } from './0011-drop-messages-customer-index';
import { messageAddresses } from './0012-message-addresses';
import { scrubWebSessionIds } from './0013-scrub-web-session-ids';

/** Hands Kysely's `Migrator` the migrations built for one dialect. */
export class StoreMigrationProvider implements MigrationProvider {
  readonly #kind: StoreKind;

  constructor(kind: StoreKind) {
    this.#kind = kind;
  }

  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({
      '0001-initial-schema': initialSchema(this.#kind),
      '0002-knowledge': knowledgeSchema(this.#kind),
      '0003-accounts': accountsSchema(this.#kind),
      '0004-handoff': handoffSchema(this.#kind),
      '0005-csat': csatSchema(this.#kind),
      '0006-sms': smsSchema(this.#kind),
      '0008-handoff-routing': handoffRoutingSchema(this.#kind),
      '0009-sms-parts': smsPartsSchema(this.#kind),
      '0010-first-response-index': firstResponseIndex,
      '0011-drop-messages-customer-index': dropMessagesCustomerIndex,
      '0012-message-addresses': messageAddresses(this.#kind),
      '0013-scrub-web-session-ids': scrubWebSessionIds(this.#kind),
    });
  }
}
