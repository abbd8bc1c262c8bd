import { parseTopicName, type TopicName } from '@brook/protocol';
import { MessageId } from '../MessageId.js';
import { integer, invalidConfig, objectInput, topicString } from '../util/validate.js';

export interface ReaderOptions {
  topic: string;
  /**
   * Where the reader starts: the oldest stored message, the end of the topic (it reads what is
   * published from now on), or a message. A partitioned topic's reader starts at Earliest or Latest.
   */
  startMessageId: 'Earliest' | 'Latest' | MessageId;
  /** Whether the startMessageId message is itself read; default false, as in Pulsar. */
  startInclusive?: boolean;
  /** Messages buffered ahead of the application, at most (per partition); default 1000. */
  receiverQueueSize?: number;
}

export interface ReaderConfig {
  readonly topic: TopicName;
  readonly start: 'Earliest' | 'Latest' | MessageId;
  readonly startInclusive: boolean;
  readonly receiverQueueSize: number;
}

export function parseReaderConfig(input: unknown): ReaderConfig {
  const o = objectInput(input, 'reader options');
  const start = o.startMessageId;
  if (start !== 'Earliest' && start !== 'Latest' && !(start instanceof MessageId)) {
    throw invalidConfig('startMessageId', "expected 'Earliest', 'Latest' or a MessageId");
  }
  if (start instanceof MessageId && !start.hasPosition) {
    throw invalidConfig('startMessageId', `message id ${start} has no position`);
  }
  if (o.startInclusive !== undefined && typeof o.startInclusive !== 'boolean') {
    throw invalidConfig('startInclusive', 'expected a boolean');
  }
  return {
    topic: parseTopicName(topicString(o.topic, 'topic')),
    start,
    startInclusive: o.startInclusive === true,
    receiverQueueSize: integer(o.receiverQueueSize, 'receiverQueueSize', 1000, 1),
  };
}
