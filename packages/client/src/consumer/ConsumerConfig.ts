import { parseTopicName, type pb, type TopicName, validateSubscriptionName } from '@brook/protocol';
import { integer, objectInput, oneOf, optionalString, requiredString, topicString } from '../util/validate.js';
import { INITIAL_POSITIONS, type InitialPosition, SUBSCRIPTION_TYPES, type SubscriptionType } from '../wire/enums.js';

export type { InitialPosition, SubscriptionType };

export interface ConsumerOptions {
  topic: string;
  subscription: string;
  /** Default Exclusive. */
  type?: SubscriptionType;
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
  };
}
