import type { TopicName } from '@brook/protocol';
import type { ConnectionPool } from './ConnectionPool.js';

/** How many partitions `topic` has, as any broker reads it from metadata: 0 = not partitioned. */
export function partitionCount(pool: ConnectionPool, topic: TopicName, timeoutMs: number): Promise<number> {
  return pool.anyBroker(async (c) => {
    const reply = await c.unary(c.broker.getPartitionedMetadata, c.broker, { topic: topic.full }, timeoutMs);
    return reply.partitions;
  });
}
