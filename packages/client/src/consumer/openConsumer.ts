import type { ClientConfig } from '../ClientConfig.js';
import type { ConnectionPool } from '../connection/ConnectionPool.js';
import { partitionCount } from '../connection/partitionCount.js';
import type { ProducerApi } from '../producer/ProducerApi.js';
import { Consumer } from './Consumer.js';
import type { ConsumerApi } from './ConsumerApi.js';
import { type ConsumerOptions, parseConsumerConfig } from './ConsumerConfig.js';
import { MultiTopicConsumer, type OpenChild } from './multi/MultiTopicConsumer.js';
import { withDeadLetterTopic } from './redelivery/RedeliveryConfig.js';
import { parseRetryConfig, RetryLetters } from './redelivery/RetryLetters.js';
import { type DiscoverTopics, discoverPattern, discoverTopics } from './multi/TopicDiscovery.js';
import { parseTopicSelection } from './multi/TopicSelection.js';

/**
 * The consumer `options` ask for: a single-topic Consumer for one non-partitioned topic without
 * retry; otherwise a MultiTopicConsumer over the partitions, topics or pattern matches (plus the
 * retry topic), each consumed by a single-topic Consumer of the same subscription.
 */
export async function openConsumer(
  pool: ConnectionPool,
  options: ConsumerOptions,
  client: ClientConfig,
  openProducer: (topic: string) => Promise<ProducerApi>,
  onClosed: (consumer: ConsumerApi) => void,
): Promise<ConsumerApi> {
  const selection = parseTopicSelection(options);
  const single = selection.kind === 'topics' && selection.topics.length === 1 ? selection.topics[0] : undefined;
  const placeholder =
    selection.kind === 'pattern' ? `${selection.pattern.namespace}/pattern` : selection.topics[0]?.full;
  // The default dead-letter topic is named after the topic given, not after each of its partitions (as Pulsar).
  const config = withDeadLetterTopic(parseConsumerConfig({ ...options, topic: placeholder }), single);
  const retry = parseRetryConfig(options.retry, single, config.subscription, config.type);
  const timeoutMs = client.operationTimeoutMs;
  if (single && !retry && (await partitionCount(pool, single, timeoutMs, client.reconnect)) === 0) {
    return Consumer.open(pool, { ...config, topic: single }, client, onClosed, openProducer);
  }

  const base: DiscoverTopics =
    selection.kind === 'pattern'
      ? discoverPattern(pool, selection.pattern, timeoutMs)
      : discoverTopics(pool, selection.topics, timeoutMs);
  const retryTopics = retry ? discoverTopics(pool, [retry.topic], timeoutMs) : undefined;
  const discover: DiscoverTopics = async () => {
    const [topics, retries] = await Promise.all([base(), retryTopics?.() ?? []]);
    return [...new Set([...topics, ...retries])];
  };
  // Each child's options are parsed on their own, so whatever derives from the topic name is its own.
  const openChild: OpenChild = (topic, { discovered }) =>
    Consumer.open(
      pool,
      parseConsumerConfig({
        ...options,
        topic,
        topics: undefined,
        topicsPattern: undefined,
        // Appeared after subscribing: read from its start, so what was sent before it was noticed is not missed.
        ...(discovered ? { initialPosition: 'Earliest' } : {}),
      }),
      client,
      () => {},
      openProducer,
    );
  return MultiTopicConsumer.open({
    description:
      selection.kind === 'pattern' ? selection.pattern.source : selection.topics.map((t) => t.full).join(','),
    subscription: config.subscription,
    name: config.name,
    openChild,
    discover,
    discoveryIntervalMs: selection.discoveryIntervalMs,
    dropMissing: selection.kind === 'pattern',
    ...(retry ? { reconsumer: new RetryLetters(retry, openProducer) } : {}),
    onClosed,
  });
}
