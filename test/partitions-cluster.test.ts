import { BrookClient, keyPartition } from '@brook/client';
import { partitionTopicName, parseTopicName } from '@brook/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receive } from './harness/collect.js';
import { Cluster } from './harness/Cluster.js';
import { RawBroker } from './harness/rawGrpc.js';

/**
 * A partitioned topic whose partitions are owned by two different brokers (etcd, 3 bookies, 2
 * brokers as real processes): the client's producer and consumer reach each partition's owner,
 * and admin stats are gathered per partition from the owners and summed in the client.
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

  it('produces to and consumes from partitions on both brokers; stats sum over the owners', async () => {
    const PARTITIONS = 6;
    // A name whose partitions fall into at least two bundles, so they can have different owners.
    const topic = Array.from({ length: 50 }, (_, i) => `spread-${i}`).find(
      (t) => new Set(partitions(t, PARTITIONS).map((p) => cluster.bundleOf(p))).size >= 2,
    ) as string;
    await client.admin.topics.create(topic, { partitions: PARTITIONS });

    // Claim the bundles alternately on each broker, by opening a producer on the broker itself.
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
});

function partitions(topic: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => partitionTopicName(parseTopicName(topic), i));
}
