/**
 * The Store contract suite: every implementation must pass it. `registerStoreContract` registers
 * the `describe` blocks for one backend; each test runs on a fresh, migrated store.
 */
import { describe, expect, it } from 'vitest';
import { registerAccountContract } from './contract-accounts';
import { registerCaseContract } from './contract-cases';
import { registerConversationContract } from './contract-conversations';
import { registerIdentityContract } from './contract-identities';
import { registerMessageContract } from './contract-messages';
import { registerOutboxContract } from './contract-outbox';
import { registerTurnContract } from './contract-turns';
import { useFreshStore, type StoreFactory } from './fresh-store';

/** Registers the whole contract for one backend. */
export function registerStoreContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    describe('lifecycle', () => {
      const store = useFreshStore(factory);

      it('answers ping', async () => {
        await expect(store().ping()).resolves.toBeUndefined();
      });

      it('treats a second migrate() as a no-op that keeps the data', async () => {
        const { customer } = await store().resolveIdentity('sms', '+15550001', new Date());
        await store().migrate();
        await store().migrate();
        expect(await store().getCustomer(customer.id)).toMatchObject({ id: customer.id });
      });
    });

    registerIdentityContract(factory);
    registerConversationContract(factory);
    registerMessageContract(factory);
    registerOutboxContract(factory);
    registerTurnContract(factory);
    registerAccountContract(factory);
    registerCaseContract(factory);
  });
}
