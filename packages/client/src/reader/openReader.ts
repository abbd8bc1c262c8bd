import { randomBytes } from 'node:crypto';
import { BrookError, ErrorCode, parseTopicName, pb, type TopicName } from '@brook/protocol';
import type { ClientConfig } from '../ClientConfig.js';
import type { ConnectionPool } from '../connection/ConnectionPool.js';
import { partitionCount } from '../connection/partitionCount.js';
import { Consumer } from '../consumer/Consumer.js';
import { type ConsumerConfig, parseConsumerConfig } from '../consumer/ConsumerConfig.js';
import { MultiTopicConsumer } from '../consumer/multi/MultiTopicConsumer.js';
import { discoverTopics } from '../consumer/multi/TopicDiscovery.js';
import { Reader } from './Reader.js';
import { parseReaderConfig, type ReaderConfig, type ReaderOptions } from './ReaderConfig.js';
import { ReaderPart, type TopicOffsets } from './ReaderPart.js';

/** How often a reader of a partitioned topic looks for added partitions (each is read from its start). */
const PARTITION_DISCOVERY_MS = 60_000;

/**
 * Opens a reader: one non-durable Exclusive consumer per topic or partition, under one random
 * subscription name. A partitioned topic is read through a MultiTopicConsumer whose children are
 * these consumers. Latest is resolved to an offset before subscribing, so hasMessageAvailable knows
 * where the reader started.
 */
export async function openReader(
  pool: ConnectionPool,
  options: ReaderOptions,
  client: ClientConfig,
  onClosed: (reader: Reader) => void,
): Promise<Reader> {
  const config = parseReaderConfig(options);
  const subscription = `reader-${randomBytes(5).toString('hex')}`;
  const timeoutMs = client.operationTimeoutMs;
  const parts = new Map<string, ReaderPart>();
  const offsetsOf = (part: ReaderPart) => topicOffsets(pool, part.topic, timeoutMs);
  const ackEvery = Math.max(1, Math.floor(config.receiverQueueSize / 2));

  const openPart = async (topic: TopicName, start: ReaderConfig['start']): Promise<Consumer> => {
    const part = new ReaderPart(
      topic,
      await firstOffset(start, config.startInclusive, () => topicOffsets(pool, topic, timeoutMs)),
      ackEvery,
    );
    const consumerConfig: ConsumerConfig = {
      ...parseConsumerConfig({
        topic: topic.full,
        subscription,
        type: 'Exclusive',
        initialPosition: start === 'Latest' ? 'Latest' : 'Earliest',
        receiverQueueSize: config.receiverQueueSize,
      }),
      reader: part,
    };
    const consumer = await Consumer.open(pool, consumerConfig, client, () => {});
    part.consumer = consumer;
    parts.set(parseTopicName(consumer.topic).full, part);
    return consumer;
  };

  const partitions = await partitionCount(pool, config.topic, timeoutMs, client.reconnect);
  if (partitions === 0) {
    return new Reader(await openPart(config.topic, config.start), parts, offsetsOf, onClosed);
  }
  if (config.start !== 'Earliest' && config.start !== 'Latest') {
    throw new BrookError(
      ErrorCode.InvalidConfig,
      'startMessageId: a reader of a partitioned topic starts at Earliest or Latest',
    );
  }
  const start = config.start;
  const consumer = await MultiTopicConsumer.open({
    description: config.topic.full,
    subscription,
    name: '',
    // A partition added later is read from its start, so nothing published to it is missed.
    openChild: (topic, { discovered }) => openPart(parseTopicName(topic), discovered ? 'Earliest' : start),
    discover: discoverTopics(pool, [config.topic], timeoutMs),
    discoveryIntervalMs: PARTITION_DISCOVERY_MS,
    dropMissing: false,
    onClosed: () => {},
  });
  return new Reader(consumer, parts, offsetsOf, onClosed);
}

/** The offset a reader starts at; undefined: the oldest stored message. */
async function firstOffset(
  start: ReaderConfig['start'],
  inclusive: boolean,
  offsets: () => Promise<TopicOffsets>,
): Promise<number | undefined> {
  if (start === 'Earliest') return undefined;
  if (start === 'Latest') return (await offsets()).nextOffset;
  return inclusive ? start.offset : start.offset + 1;
}

/** What the topic's owner reports as its first and next offsets. */
async function topicOffsets(pool: ConnectionPool, topic: TopicName, timeoutMs: number): Promise<TopicOffsets> {
  const c = await pool.lookup(topic, { timeoutMs });
  const reply = await c.unary(
    c.broker.getTopicOffsets,
    c.broker,
    pb.TopicOffsetsRequest.create({ topic: topic.full }),
    timeoutMs,
  );
  return { firstOffset: reply.firstOffset, nextOffset: reply.nextOffset };
}
