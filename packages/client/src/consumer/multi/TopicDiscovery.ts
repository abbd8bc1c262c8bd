import { parseTopicName, partitionTopicName, type TopicName } from '@brook/protocol';
import type { ConnectionPool } from '../../connection/ConnectionPool.js';
import { partitionCount } from '../../connection/partitionCount.js';
import type { TopicPattern } from './TopicSelection.js';

/** The topics a multi-topic consumer should consume now: partition names for partitioned topics. */
export type DiscoverTopics = () => Promise<readonly string[]>;

/** Each topic, or each of its partitions when it is partitioned (counts read from metadata each time). */
export function discoverTopics(pool: ConnectionPool, topics: readonly TopicName[], timeoutMs: number): DiscoverTopics {
  return async () => {
    const counts = await Promise.all(topics.map((t) => partitionCount(pool, t, timeoutMs)));
    return topics.flatMap((topic, i) => expand(topic, counts[i] ?? 0));
  };
}

/** Every topic of the pattern's namespace whose name matches, each expanded into its partitions. */
export function discoverPattern(pool: ConnectionPool, pattern: TopicPattern, timeoutMs: number): DiscoverTopics {
  return async () => {
    const listed = await pool.anyBroker(async (c) => {
      const reply = await c.unary(c.admin.listTopics, c.admin, { namespace: pattern.namespace }, timeoutMs);
      return reply.topics;
    });
    return listed.flatMap((listing) => {
      const topic = parseTopicName(listing.topic ?? '');
      return pattern.regex.test(topic.local) ? expand(topic, listing.partitions ?? 0) : [];
    });
  };
}

function expand(topic: TopicName, partitions: number): string[] {
  return partitions > 0 ? Array.from({ length: partitions }, (_, i) => partitionTopicName(topic, i)) : [topic.full];
}
