import { ErrorCode } from '@brook/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receive } from './harness/collect.js';
import { batchOf, RawBroker } from './harness/rawGrpc.js';
import { useInProcessBroker } from './harness/useInProcessBroker.js';

/**
 * Tenants, namespaces and their policies through the real client against a real broker with two
 * bookies (so a persistence policy can ask for more replicas than the broker's default of one).
 * Policy changes reach loaded topics through the metadata store's watch; the embedded store
 * notifies watches before it acknowledges a write, so by the time an admin call returns the broker
 * has applied the change.
 */
describe('tenants, namespaces and policies', () => {
  // Rollover after 3 entries, so a test can see the ledger a persistence change applies to.
  const env = useInProcessBroker({ ledgerMaxEntries: 3 }, { bookies: 2, client: { operationTimeoutMs: 5_000 } });
  let raw: RawBroker;

  beforeAll(() => {
    raw = new RawBroker(env.url);
  });

  afterAll(() => {
    raw?.close();
  });

  const admin = () => env.client.admin;

  /** A fresh namespace of tenant `acme` (created once) with the given policies. */
  let namespaces = 0;
  const namespace = async (policies = {}) => {
    if (!(await admin().tenants.list()).includes('acme')) await admin().tenants.create('acme');
    const name = `acme/ns-${++namespaces}`;
    await admin().namespaces.create(name, { policies });
    return name;
  };

  describe('admin', () => {
    it('the broker creates tenant public and namespace public/default at start', async () => {
      expect(await admin().tenants.list()).toContain('public');
      expect(await admin().namespaces.list('public')).toEqual(['public/default']);
      expect((await admin().namespaces.policies('public/default')).own).toEqual({});
    });

    it('creates, shows, lists and deletes tenants', async () => {
      const created = await admin().tenants.create('billing', { adminRoles: ['ops'] });
      expect(created).toMatchObject({ tenant: 'billing', adminRoles: ['ops'] });
      expect(await admin().tenants.get('billing')).toEqual(created);
      expect(await admin().tenants.list()).toContain('billing');
      await expect(admin().tenants.create('billing')).rejects.toMatchObject({ code: ErrorCode.TenantAlreadyExists });
      await admin().tenants.delete('billing');
      await expect(admin().tenants.get('billing')).rejects.toMatchObject({ code: ErrorCode.TenantNotFound });
      await expect(admin().tenants.delete('billing')).rejects.toMatchObject({ code: ErrorCode.TenantNotFound });
      await expect(admin().tenants.create('bad/name')).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
    });

    it('creates namespaces only in existing tenants and deletes only empty ones', async () => {
      await expect(admin().namespaces.create('ghost/ns')).rejects.toMatchObject({ code: ErrorCode.TenantNotFound });
      await expect(admin().namespaces.list('ghost')).rejects.toMatchObject({ code: ErrorCode.TenantNotFound });
      await admin().tenants.create('shop');
      await admin().namespaces.create('shop/orders');
      await expect(admin().namespaces.create('shop/orders')).rejects.toMatchObject({
        code: ErrorCode.NamespaceAlreadyExists,
      });
      expect(await admin().namespaces.list('shop')).toEqual(['shop/orders']);

      await admin().topics.create('shop/orders/placed');
      await expect(admin().namespaces.delete('shop/orders')).rejects.toMatchObject({
        code: ErrorCode.NamespaceNotEmpty,
        message: expect.stringContaining('shop/orders/placed'),
      });
      await expect(admin().tenants.delete('shop')).rejects.toMatchObject({ code: ErrorCode.TenantNotEmpty });

      await admin().topics.delete('shop/orders/placed');
      await admin().namespaces.delete('shop/orders');
      await expect(admin().namespaces.policies('shop/orders')).rejects.toMatchObject({
        code: ErrorCode.NamespaceNotFound,
      });
      await admin().tenants.delete('shop');
      await expect(admin().namespaces.create('shop')).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
    });

    it('refuses topics, created or auto-created, in a namespace that does not exist', async () => {
      await expect(admin().topics.create('acme/missing/t')).rejects.toMatchObject({
        code: ErrorCode.NamespaceNotFound,
      });
      await expect(env.client.createProducer({ topic: 'acme/missing/t' })).rejects.toMatchObject({
        code: ErrorCode.NamespaceNotFound,
      });
      await expect(env.client.subscribe({ topic: 'acme/missing/t', subscription: 's' })).rejects.toMatchObject({
        code: ErrorCode.NamespaceNotFound,
      });
      expect(await admin().topics.list('acme/missing')).toEqual([]);
    });

    it('sets only the policies given, removes one back to the default, and shows effective and own settings', async () => {
      const ns = await namespace({ messageTtlSeconds: 60 });
      const before = await admin().namespaces.policies(ns);
      expect(before.own).toEqual({ messageTtlSeconds: 60 });

      const after = await admin().namespaces.setPolicies(ns, {
        retention: { timeMinutes: 180 },
        backlogQuota: { action: 'producer_exception' },
        maxProducersPerTopic: 5,
      });
      expect(after.effective).toEqual({
        ...before.effective,
        retention: { ...before.effective.retention, timeMinutes: 180 },
        backlogQuota: { ...before.effective.backlogQuota, action: 'producer_exception' },
        maxProducersPerTopic: 5,
      });
      expect(Object.keys(after.own).sort()).toEqual([
        'backlogQuota',
        'maxProducersPerTopic',
        'messageTtlSeconds',
        'retention',
      ]);
      expect(await admin().namespaces.policies(ns)).toEqual(after);

      const removed = await admin().namespaces.removePolicy(ns, 'messageTtlSeconds');
      expect(removed.effective.messageTtlSeconds).toBe(0);
      expect('messageTtlSeconds' in removed.own).toBe(false);
    });

    it.each([
      [{ retention: { timeMinutes: -2 } }, 'retention.timeMinutes'],
      [{ messageTtlSeconds: -1 }, 'messageTtlSeconds'],
      [{ backlogQuota: { action: 'drop_everything' as never } }, 'backlogQuota.action'],
      [{ persistence: { ensembleSize: 2, writeQuorum: 3 } }, 'persistence.writeQuorum'],
      [{ persistence: { ackQuorum: 2 } }, 'persistence.ackQuorum'],
      [{ maxMessageSize: 6 * 1024 * 1024 }, 'maxMessageSize'],
      [{ maxMessageSize: 0 }, 'maxMessageSize'],
    ])('refuses %j with INVALID_ARGUMENT naming the field, changing nothing', async (change, field) => {
      const ns = await namespace();
      const before = await admin().namespaces.policies(ns);
      await expect(admin().namespaces.setPolicies(ns, { maxConsumersPerTopic: 3, ...change })).rejects.toMatchObject({
        code: ErrorCode.InvalidArgument,
        message: expect.stringContaining(field),
      });
      expect(await admin().namespaces.policies(ns)).toEqual(before);
    });

    it('refuses an unknown policy name on remove', async () => {
      const ns = await namespace();
      await expect(admin().namespaces.removePolicy(ns, 'colour' as never)).rejects.toMatchObject({
        code: ErrorCode.InvalidArgument,
      });
    });
  });

  describe('enforcement', () => {
    it("tells a producer its namespace's max message size, and the broker refuses bigger batches when it is lowered live", async () => {
      const ns = await namespace({ maxMessageSize: 1024 });
      const topic = `${ns}/sized`;
      const small = await env.client.createProducer({ topic, batching: false });
      await expect(small.send({ value: Buffer.alloc(2000) })).rejects.toMatchObject({
        code: ErrorCode.MessageTooLarge,
      });

      await admin().namespaces.setPolicies(ns, { maxMessageSize: 64 * 1024 });
      const producer = await env.client.createProducer({ topic, batching: false });
      await producer.send({ value: Buffer.alloc(2000) });
      const { ledgerCount } = await admin().topics.stats(topic);

      // Lowered while the producer is connected: the broker applies it to the loaded topic.
      await admin().namespaces.setPolicies(ns, { maxMessageSize: 1024 });
      await expect(producer.send({ value: Buffer.alloc(2000) })).rejects.toMatchObject({
        code: ErrorCode.MessageTooLarge,
      });
      await producer.send({ value: Buffer.alloc(100) });
      const stats = await admin().topics.stats(topic);
      expect(stats.messageCount).toBe(2);
      expect(stats.ledgerCount).toBe(ledgerCount); // not reloaded: a reload starts a new ledger
      await producer.close();
      await small.close();
    });

    it('refuses a producer beyond maxProducersPerTopic with PRODUCER_BUSY, also after a live change', async () => {
      const ns = await namespace({ maxProducersPerTopic: 1 });
      const topic = `${ns}/limited`;
      const first = await env.client.createProducer({ topic });
      await expect(env.client.createProducer({ topic })).rejects.toMatchObject({
        code: ErrorCode.ProducerBusy,
        message: expect.stringContaining('maxProducersPerTopic'),
      });
      await admin().namespaces.setPolicies(ns, { maxProducersPerTopic: 2 });
      const second = await env.client.createProducer({ topic });
      await expect(env.client.createProducer({ topic })).rejects.toMatchObject({ code: ErrorCode.ProducerBusy });
      await admin().namespaces.removePolicy(ns, 'maxProducersPerTopic');
      const third = await env.client.createProducer({ topic });
      await Promise.all([first.close(), second.close(), third.close()]);
    });

    it('refuses a consumer beyond maxConsumersPerTopic with CONSUMER_BUSY and creates no subscription for it', async () => {
      const ns = await namespace({ maxConsumersPerTopic: 1 });
      const topic = `${ns}/watched`;
      const first = await env.client.subscribe({ topic, subscription: 'a', type: 'Shared' });
      await expect(env.client.subscribe({ topic, subscription: 'a', type: 'Shared' })).rejects.toMatchObject({
        code: ErrorCode.ConsumerBusy,
      });
      await expect(env.client.subscribe({ topic, subscription: 'b' })).rejects.toMatchObject({
        code: ErrorCode.ConsumerBusy,
      });
      expect((await admin().topics.stats(topic)).subscriptions.map((s) => s.name)).toEqual(['a']);
      await first.close();
      const next = await env.client.subscribe({ topic, subscription: 'b' });
      await next.close();
    });

    it('stores a resent batch twice with de-duplication off, and recognises resends again once it is back on', async () => {
      const ns = await namespace({ deduplication: false });
      const topic = `${ns}/dedup`;
      const stream = raw.publish();
      stream.write({ open: { topic, producerName: 'p' } });
      expect((await stream.next()).opened).toBeTruthy();
      stream.write({ batches: { batches: [batchOf(['a'], 0), batchOf(['a'], 0)] } });
      expect((await stream.receipts(2)).map((r) => r.duplicate ?? false)).toEqual([false, false]);

      await admin().namespaces.setPolicies(ns, { deduplication: true });
      stream.write({ batches: { batches: [batchOf(['a'], 0), batchOf(['b'], 1), batchOf(['b'], 1)] } });
      expect((await stream.receipts(3)).map((r) => r.duplicate ?? false)).toEqual([true, false, true]);
      await stream.end();

      const consumer = await env.client.subscribe({ topic, subscription: 's', initialPosition: 'Earliest' });
      const values = (await receive(consumer, 3)).map((m) => m.value.toString());
      expect(values).toEqual(['a', 'a', 'b']);
      expect((await admin().topics.stats(topic)).messageCount).toBe(3);
      await consumer.close();
    });

    it("creates the topic's next ledger with the namespace's new persistence", async () => {
      const ns = await namespace();
      const topic = `${ns}/replicated`;
      const producer = await env.client.createProducer({ topic, batching: false });
      await producer.send({ value: 'before' });
      const firstLedger = await currentLedger(topic);
      expect(await quorums(firstLedger)).toEqual({ ensembleSize: 1, writeQuorum: 1, ackQuorum: 1 });

      await admin().namespaces.setPolicies(ns, { persistence: { ensembleSize: 2, writeQuorum: 2, ackQuorum: 2 } });
      for (let i = 0; i < 3; i++) await producer.send({ value: `after-${i}` }); // rolls over after 3 entries
      const nextLedger = await currentLedger(topic);
      expect(nextLedger).not.toBe(firstLedger);
      expect(await quorums(nextLedger)).toEqual({ ensembleSize: 2, writeQuorum: 2, ackQuorum: 2 });
      await producer.close();
    });
  });

  /** The open (last) ledger of a topic's log, from its metadata. */
  async function currentLedger(topic: string): Promise<number> {
    const kv = await env.broker.metadata.get(`/brook/managed-ledgers/${topic}`);
    const info = JSON.parse(kv?.value.toString() ?? '{}') as { ledgers: { ledgerId: number }[] };
    return info.ledgers.at(-1)?.ledgerId ?? -1;
  }

  async function quorums(ledgerId: number) {
    const { ensembleSize, writeQuorum, ackQuorum } = await env.broker.ledgers.getMetadata(ledgerId);
    return { ensembleSize, writeQuorum, ackQuorum };
  }
});
