import { parseTopicName, type pb, type TopicName, validateSubscriptionName } from '@brook/protocol';
import { integer, objectInput, oneOf, optionalString, requiredString, topicString } from '../util/validate.js';
import { INITIAL_POSITIONS, type InitialPosition, SUBSCRIPTION_TYPES, type SubscriptionType } from '../wire/enums.js';
import { type ChunkingConfig, type ChunkingOptions, parseChunkingConfig } from './chunking/ChunkingConfig.js';
import { parseRedeliveryConfig, type RedeliveryConfig, type RedeliveryOptions } from './redelivery/RedeliveryConfig.js';
import type { RetryOptions } from './redelivery/RetryLetters.js';
import type { TopicSelectionOptions } from './multi/TopicSelection.js';

export type { InitialPosition, SubscriptionType };

/** Where a reader's non-durable subscription starts, asked at every (re)subscribe. */
export interface ReaderStart {
  /** undefined: the consumer's initial position. */
  startAt(): { readonly messageId: pb.MessageIdData.$Properties; readonly inclusive: boolean } | undefined;
}

export interface ConsumerOptions extends TopicSelectionOptions, RedeliveryOptions, ChunkingOptions {
  /** Reconsume later through a retry topic (see ConsumerApi.reconsumeLater); Shared or KeyShared only. */
  retry?: RetryOptions | boolean;
  subscription: string;
  /** Default Exclusive. */
  type?: SubscriptionType;
  /** Failover: the active consumer has the lowest level (default 0), then the lowest name. */
  priorityLevel?: number;
  /** Where a new subscription starts; default Latest. */
  initialPosition?: InitialPosition;
  /** Messages buffered ahead of the application, at most; also the flow permits granted. */
  receiverQueueSize?: number;
  name?: string;
}

export interface ConsumerConfig {
  readonly topic: TopicName;
  readonly subscription: string;
  readonly type: pb.SubscriptionType;
  readonly initialPosition: pb.InitialPosition;
  readonly receiverQueueSize: number;
  readonly name: string;
  /** Set for a reader's consumer: its subscription is non-durable and (re)starts where this says. */
  readonly reader?: ReaderStart;
  readonly priorityLevel: number;
  /** Negative acks, ack timeout, dead letters. */
  readonly redelivery: RedeliveryConfig;
  /** Reassembly of chunked messages. */
  readonly chunking: ChunkingConfig;
}

export const CONSUMER_DEFAULTS = { type: 'Exclusive', initialPosition: 'Latest', receiverQueueSize: 1000 } as const;

export function parseConsumerConfig(input: unknown): ConsumerConfig {
  const o = objectInput(input, 'consumer options');
  const type = oneOf(o.type, 'type', Object.keys(SUBSCRIPTION_TYPES) as SubscriptionType[], CONSUMER_DEFAULTS.type);
  const position = oneOf(
    o.initialPosition,
    'initialPosition',
    Object.keys(INITIAL_POSITIONS) as InitialPosition[],
    CONSUMER_DEFAULTS.initialPosition,
  );
  return {
    topic: parseTopicName(topicString(o.topic, 'topic')),
    subscription: validateSubscriptionName(requiredString(o.subscription, 'subscription')),
    type: SUBSCRIPTION_TYPES[type],
    initialPosition: INITIAL_POSITIONS[position],
    receiverQueueSize: integer(o.receiverQueueSize, 'receiverQueueSize', CONSUMER_DEFAULTS.receiverQueueSize, 1),
    name: optionalString(o.name, 'name') ?? '',
    priorityLevel: integer(o.priorityLevel, 'priorityLevel', 0, 0, 2 ** 31 - 1),
    redelivery: parseRedeliveryConfig(o),
    chunking: parseChunkingConfig(o),
  };
}
