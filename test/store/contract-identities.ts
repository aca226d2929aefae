/** Store contract: customers, identities, links, merges and their audit trail. */
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../gateway/errors';
import type { Store } from '../../gateway/store/types';
import { at, customerOn, inbound } from './fixtures';
import { useFreshStore, type StoreFactory } from './fresh-store';

export function registerIdentityContract(factory: StoreFactory): void {
  describe('identities', () => {
    const store = useFreshStore(factory);

    it('creates a customer for a new address once, then finds it', async () => {
      const first = await store().resolveIdentity('email', 'ana@example.com', at(0));
      const again = await store().resolveIdentity('email', 'ana@example.com', at(5));
      expect(first.created).toBe(true);
      expect(again.created).toBe(false);
      expect(again.customer).toEqual(first.customer);
      expect(again.identity).toEqual(first.identity);
      expect(first.customer).toMatchObject({
        tier: 'standard',
        tags: [],
        mergedInto: null,
        createdAt: at(0),
      });
      expect(first.identity).toMatchObject({
        channel: 'email',
        address: 'ana@example.com',
        createdAt: at(0),
      });
      const audit = await store().listAudit(first.customer.id);
      expect(audit.map((entry) => entry.action)).toEqual(['identity.created']);
      expect(audit[0]).toMatchObject({ identityId: first.identity.id, actor: 'system', at: at(0) });
    });

    it('answers a concurrent batch of known and new addresses, each with its own customer', async () => {
      // Seven reads in one batch: its statement is padded to eight entries by repeating the last.
      const known = [];
      for (let i = 0; i < 5; i++) known.push(await store().resolveIdentity('web', `known-${i}`, at(0)));
      const addresses = ['known-3', 'new-0', 'known-0', 'known-4', 'new-1', 'known-1', 'known-2'];
      const results = await Promise.all(addresses.map((a) => store().resolveIdentity('web', a, at(1))));
      expect(results.map((r) => r.identity.address)).toEqual(addresses);
      expect(results.map((r) => r.created)).toEqual([false, true, false, false, true, false, false]);
      for (const [index, address] of addresses.entries()) {
        const before = known.find((k) => k.identity.address === address);
        if (before) expect(results[index]?.customer.id).toBe(before.customer.id);
      }
      expect(new Set(results.map((r) => r.customer.id)).size).toBe(7);
    });

    it('gives 20 concurrent first messages from one address one customer', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store().resolveIdentity('wechat', 'wx_user_1', at(0))),
      );
      expect(new Set(results.map((r) => r.customer.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(await store().listIdentities(results[0]!.customer.id)).toHaveLength(1);
    });

    it('returns null for an unknown customer', async () => {
      expect(await store().getCustomer('cus_missing')).toBeNull();
    });

    it('links a new address and moves an owned one, auditing both', async () => {
      const ana = await store().resolveIdentity('sms', '+15550001', at(0));
      const other = await store().resolveIdentity('email', 'ana@example.com', at(0));
      const web = await store().linkIdentity(ana.customer.id, 'web', 'session-1', 'agent:7');
      const moved = await store().linkIdentity(ana.customer.id, 'email', 'ana@example.com', 'agent:7');
      expect(web).toMatchObject({ customerId: ana.customer.id, channel: 'web', address: 'session-1' });
      expect(moved).toMatchObject({ id: other.identity.id, customerId: ana.customer.id });
      const identities = await store().listIdentities(ana.customer.id);
      expect(identities.map((i) => i.address).sort()).toEqual(['+15550001', 'ana@example.com', 'session-1']);
      expect(await store().listIdentities(other.customer.id)).toEqual([]);
      const linked = (await store().listAudit(ana.customer.id)).filter((e) => e.action === 'identity.linked');
      expect(linked).toHaveLength(2);
      expect(linked[1]).toMatchObject({
        otherCustomerId: other.customer.id,
        identityId: other.identity.id,
        actor: 'agent:7',
        detail: { fromCustomerId: other.customer.id },
      });
      // Linking again to the owner changes nothing and records nothing.
      await store().linkIdentity(ana.customer.id, 'web', 'session-1', 'agent:7');
      expect(
        (await store().listAudit(ana.customer.id)).filter((e) => e.action === 'identity.linked'),
      ).toHaveLength(2);
    });

    it('refuses to link to an unknown customer', async () => {
      await expect(store().linkIdentity('cus_missing', 'sms', '+1555', 'agent:1')).rejects.toMatchObject({
        code: ErrorCodes.NOT_FOUND,
      });
    });

    it('unlinks an identity into a customer of its own', async () => {
      const ana = await store().resolveIdentity('sms', '+15550001', at(0));
      const email = await store().linkIdentity(ana.customer.id, 'email', 'ana@example.com', 'agent:1');
      const split = await store().unlinkIdentity(email.id, 'agent:2');
      expect(split.id).not.toBe(ana.customer.id);
      expect((await store().listIdentities(split.id)).map((i) => i.id)).toEqual([email.id]);
      expect((await store().resolveIdentity('email', 'ana@example.com', at(9))).customer.id).toBe(split.id);
      const entry = (await store().listAudit(ana.customer.id)).find((e) => e.action === 'identity.unlinked');
      expect(entry).toMatchObject({ otherCustomerId: split.id, identityId: email.id, actor: 'agent:2' });
      expect((await store().listAudit(split.id)).map((e) => e.action)).toContain('identity.unlinked');
      await expect(store().unlinkIdentity('idn_missing', 'agent:2')).rejects.toMatchObject({
        code: ErrorCodes.NOT_FOUND,
      });
    });

    it('merges customers and unmerges exactly what the merge moved', async () => {
      const survivor = await store().resolveIdentity('sms', '+15550001', at(0));
      const merged = await store().resolveIdentity('email', 'ana@example.com', at(0));
      const wechat = await store().linkIdentity(merged.customer.id, 'wechat', 'wx_ana', 'agent:1');
      await store().mergeCustomers(survivor.customer.id, merged.customer.id, 'agent:1');

      expect((await store().getCustomer(merged.customer.id))?.mergedInto).toBe(survivor.customer.id);
      expect((await store().resolveIdentity('email', 'ana@example.com', at(9))).customer.id).toBe(
        survivor.customer.id,
      );
      // Linked after the merge: belongs to the survivor and must stay there on unmerge.
      const later = await store().linkIdentity(survivor.customer.id, 'web', 'session-9', 'agent:1');
      const mergeEntry = (await store().listAudit(survivor.customer.id)).find(
        (e) => e.action === 'customer.merged',
      );
      expect(mergeEntry).toMatchObject({ otherCustomerId: merged.customer.id, actor: 'agent:1' });
      expect(mergeEntry?.detail.movedIdentityIds).toEqual([merged.identity.id, wechat.id].sort());

      await store().unmergeCustomers(survivor.customer.id, merged.customer.id, 'agent:2');
      expect((await store().getCustomer(merged.customer.id))?.mergedInto).toBeNull();
      expect((await store().listIdentities(merged.customer.id)).map((i) => i.id).sort()).toEqual(
        [merged.identity.id, wechat.id].sort(),
      );
      expect((await store().listIdentities(survivor.customer.id)).map((i) => i.id).sort()).toEqual(
        [survivor.identity.id, later.id].sort(),
      );
      const unmerge = (await store().listAudit(merged.customer.id)).find(
        (e) => e.action === 'customer.unmerged',
      );
      expect(unmerge).toMatchObject({ customerId: survivor.customer.id, actor: 'agent:2' });
      expect(unmerge?.detail).toMatchObject({ mergeAuditId: mergeEntry?.id });
      expect(unmerge?.detail.restoredIdentityIds).toEqual([merged.identity.id, wechat.id].sort());
    });

    it('refuses merges that make no sense', async () => {
      const a = await store().resolveIdentity('sms', '+15550001', at(0));
      const b = await store().resolveIdentity('sms', '+15550002', at(0));
      const c = await store().resolveIdentity('sms', '+15550003', at(0));
      const conflict = { code: ErrorCodes.STORE_CONFLICT };
      await expect(store().mergeCustomers(a.customer.id, a.customer.id, 'agent:1')).rejects.toMatchObject(
        conflict,
      );
      await expect(store().unmergeCustomers(a.customer.id, b.customer.id, 'agent:1')).rejects.toMatchObject(
        conflict,
      );
      await store().mergeCustomers(a.customer.id, b.customer.id, 'agent:1');
      await expect(store().mergeCustomers(c.customer.id, b.customer.id, 'agent:1')).rejects.toMatchObject(
        conflict,
      );
      await expect(store().mergeCustomers(b.customer.id, c.customer.id, 'agent:1')).rejects.toMatchObject(
        conflict,
      );
      await expect(store().linkIdentity(b.customer.id, 'web', 's', 'agent:1')).rejects.toMatchObject(
        conflict,
      );
      await expect(store().mergeCustomers(a.customer.id, 'cus_missing', 'agent:1')).rejects.toMatchObject({
        code: ErrorCodes.NOT_FOUND,
      });
    });

    it('shows merged customers in the survivor timeline, through chained merges', async () => {
      const s: Store = store();
      const a = await customerOn(s, 'sms', '+15550001');
      const b = await customerOn(s, 'email', 'b@example.com');
      const c = await customerOn(s, 'web', 'session-c');
      await s.insertInbound(inbound(a, { createdAt: at(10), text: 'a' }));
      await s.insertInbound(
        inbound(b, { channel: 'email', address: 'b@example.com', createdAt: at(20), text: 'b' }),
      );
      await s.insertInbound(
        inbound(c, { channel: 'web', address: 'session-c', createdAt: at(30), text: 'c' }),
      );
      await s.mergeCustomers(b.customer.id, c.customer.id, 'agent:1');
      await s.mergeCustomers(a.customer.id, b.customer.id, 'agent:1');
      expect((await s.listCustomerTimeline(a.customer.id, 10)).map((m) => m.text)).toEqual(['a', 'b', 'c']);
      expect((await s.listCustomerTimeline(a.customer.id, 2)).map((m) => m.text)).toEqual(['b', 'c']);
      await s.unmergeCustomers(a.customer.id, b.customer.id, 'agent:1');
      expect((await s.listCustomerTimeline(a.customer.id, 10)).map((m) => m.text)).toEqual(['a']);
    });
  });
}
