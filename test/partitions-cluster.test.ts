import { BrookClient, ErrorCode, keyPartition } from '@brook/client';
import { partitionTopicName, parseTopicName } from '@brook/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receive } from './harness/collect.js';
import { Cluster } from './harness/Cluster.js';
import { RawBroker } from './harness/rawGrpc.js';

/**
 * A partitioned topic whose partitions are owned by two different brokers (etcd, 3 bookies, 2
 * brokers as real processes): the client's producer and consumer reach each partition's owner,
 * admin stats are gathered per partition from the owners and summed in the client, and a delete
 * deletes each partition at its owner.
 */
describe('a partitioned topic spread over two brokers', () => {
  let cluster: Cluster;
  let client: BrookClient;

  beforeAll(async () => {
    cluster = await Cluster.start({ bookies: 3, brokers: 2 });
    client = new BrookClient({ serviceUrl: cluster.brokers[0]?.url as string });
  });

  afterAll(async () => {
    await client?.close();
    await cluster?.close();
  });

  const PARTITIONS = 6;

  /**
   * Creates a topic `<prefix>-<n>` of PARTITIONS partitions that fall into at least two bundles of a
   * namespace nobody owns yet, and has the two brokers claim those bundles alternately (by opening a
   * producer on the broker itself). Returns the topic and each partition's owner.
   */
  async function spreadOverBothBrokers(prefix: string) {
    const topic = Array.from({ length: 50 }, (_, i) => `${prefix}-${i}`).find(
      (t) => new Set(partitions(t, PARTITIONS).map((p) => cluster.bundleOf(p))).size >= 2,
    ) as string;
    await client.admin.topics.create(topic, { partitions: PARTITIONS });
    const bundles = [...new Set(partitions(topic, PARTITIONS).map((p) => cluster.bundleOf(p)))];
    for (const partition of partitions(topic, PARTITIONS)) {
      const broker = cluster.brokers[bundles.indexOf(cluster.bundleOf(partition)) % 2];
      const raw = new RawBroker(broker?.url as string);
      try {
        await (await raw.openProducer(partition)).end();
      } finally {
        raw.close();
      }
    }
    const owners = await Promise.all(partitions(topic, PARTITIONS).map((p) => cluster.ownerOf(p)));
    expect(new Set(owners.map((o) => o?.id)).size).toBe(2);
    return { topic, owners };
  }

  it('produces to and consumes from partitions on both brokers; stats sum over the owners', async () => {
    const { topic, owners } = await spreadOverBothBrokers('spread');

    const consumer = await client.subscribe({ topic, subscription: 'everything', initialPosition: 'Earliest' });
    const producer = await client.createProducer({ topic });
    const keys = Array.from({ length: 24 }, (_, i) => `key-${i}`);
    const ids = await Promise.all(
      Array.from({ length: 480 }, (_, i) => producer.send({ key: keys[i % keys.length] as string, value: String(i) })),
    );
    ids.forEach((id, i) => {
      expect(id.partition).toBe(keyPartition(keys[i % keys.length] as string, PARTITIONS));
    });
    const messages = await receive(consumer, 480);
    expect(new Set(messages.map((m) => m.value.toString())).size).toBe(480);
    const brokersUsed = new Set(messages.map((m) => owners[parseTopicName(m.topic).partition]?.id ?? 'unknown'));
    expect(brokersUsed.size).toBe(2);
    await producer.close();

    const stats = await client.admin.topics.stats(topic);
    expect(stats).toMatchObject({ topic: `public/default/${topic}`, partitions: PARTITIONS, messageCount: 480 });
    expect(stats.subscriptions).toEqual([
      expect.objectContaining({ name: 'everything', backlog: 0, consumerCount: 0 }),
    ]);
    // The consumer closed when its loop ended; per partition the counts add up to the whole.
    const parts = await Promise.all(partitions(topic, PARTITIONS).map((p) => client.admin.topics.stats(p)));
    expect(parts.reduce((sum, p) => sum + p.messageCount, 0)).toBe(480);
  });

  describe('deleting it', () => {
    /** A namespace of its own, so that no bundle of it is owned before the test spreads a topic over it. */
    const freshNamespace = async (namespace: string) => {
      await client.admin.namespaces.create(namespace);
      return namespace;
    };
    /** What partitions left in the namespace's metadata: ledger lists, cursors, de-duplication state. */
    const leftInMetadata = async (namespace: string) => {
      const keys = [];
      for (const prefix of ['/brook/managed-ledgers/', '/brook/cursors/', '/brook/dedup/']) {
        keys.push(...(await cluster.metadata.list(`${prefix}${namespace}/`)).map((kv) => kv.key));
      }
      return keys;
    };

    it('is refused with TOPIC_BUSY while clients are connected, then deletes each partition at its owner', async () => {
      const namespace = await freshNamespace('public/doomed');
      const { topic } = await spreadOverBothBrokers(`${namespace}/t`);
      const producer = await client.createProducer({ topic });
      await Promise.all(Array.from({ length: 60 }, (_, i) => producer.send({ key: `key-${i}`, value: String(i) })));
      const consumer = await client.subscribe({ topic, subscription: 'holder', initialPosition: 'Earliest' });

      await expect(client.admin.topics.delete(topic)).rejects.toMatchObject({ code: ErrorCode.TopicBusy });
      // Refused before anything was deleted.
      expect(await client.admin.topics.list(namespace)).toEqual([{ topic, partitions: PARTITIONS }]);
      expect((await client.admin.topics.stats(topic)).messageCount).toBe(60);

      await consumer.close();
      await producer.close();
      await client.admin.topics.delete(topic);
      expect(await client.admin.topics.list(namespace)).toEqual([]);
      await expect(client.admin.topics.stats(topic)).rejects.toMatchObject({ code: ErrorCode.TopicNotFound });
      expect(await leftInMetadata(namespace)).toEqual([]);
    });

    it('with force, ends the connected clients and deletes every partition', async () => {
      const namespace = await freshNamespace('public/forced');
      const { topic } = await spreadOverBothBrokers(`${namespace}/t`);
      const producer = await client.createProducer({ topic });
      await Promise.all(Array.from({ length: 60 }, (_, i) => producer.send({ key: `key-${i}`, value: String(i) })));
      const consumer = await client.subscribe({ topic, subscription: 'holder' });

      await client.admin.topics.delete(topic, { force: true });
      expect(await client.admin.topics.list(namespace)).toEqual([]);
      await expect(consumer[Symbol.asyncIterator]().next()).rejects.toMatchObject({ code: ErrorCode.TopicNotFound });
      expect(await leftInMetadata(namespace)).toEqual([]);
      await producer.close().catch(() => {});
    });

    it('of the partitioned record alone is refused while a partition still has data', async () => {
      const namespace = await freshNamespace('public/kept');
      const { topic } = await spreadOverBothBrokers(`${namespace}/t`);
      const raw = new RawBroker(cluster.brokers[0]?.url as string);
      try {
        await expect(raw.deleteTopic({ topic, force: true })).rejects.toMatchObject({ code: ErrorCode.TopicBusy });
      } finally {
        raw.close();
      }
      expect(await client.admin.topics.list(namespace)).toEqual([{ topic, partitions: PARTITIONS }]);
      await client.admin.topics.delete(topic);
      expect(await client.admin.topics.list(namespace)).toEqual([]);
    });
  });
});

function partitions(topic: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => partitionTopicName(parseTopicName(topic), i));
}
