import { parseTopicName } from '@brook/protocol';
import type { ClientConfig } from '../ClientConfig.js';
import type { ConnectionPool } from '../connection/ConnectionPool.js';
import { partitionCount } from '../connection/partitionCount.js';
import { createRouter } from './MessageRouter.js';
import { PartitionedProducer } from './PartitionedProducer.js';
import { parsePartitioningConfig } from './PartitioningConfig.js';
import { Producer } from './Producer.js';
import type { ProducerApi } from './ProducerApi.js';
import { type ProducerOptions, parseProducerConfig } from './ProducerConfig.js';

/**
 * A producer of `options.topic`: a single-topic Producer, or, when metadata says the topic is
 * partitioned, a PartitionedProducer over a Producer per partition.
 */
export async function openProducer(
  pool: ConnectionPool,
  options: ProducerOptions,
  client: ClientConfig,
  onClosed: (producer: ProducerApi) => void,
): Promise<ProducerApi> {
  const config = parseProducerConfig(options);
  const partitioning = parsePartitioningConfig(options);
  const count = () => partitionCount(pool, config.topic, client.operationTimeoutMs, client.reconnect);
  const partitions = await count();
  if (partitions === 0) return Producer.open(pool, config, client, onClosed);
  const router = createRouter(partitioning.routing, {
    batching: config.batching.maxMessages > 1,
    batchingMaxDelayMs: config.batching.maxDelayMs,
  });
  return PartitionedProducer.open(
    {
      topic: config.topic,
      name: config.name,
      router,
      openPartition: (topic) => Producer.open(pool, { ...config, topic: parseTopicName(topic) }, client, () => {}),
      countPartitions: count,
      discoveryIntervalMs: partitioning.partitionsAutoDiscoveryIntervalMs,
      onClosed,
    },
    partitions,
  );
}
