import { parseTopicName, type pb, type TopicName } from '@brook/protocol';
import type { Message, ProducerMessage } from '../../Message.js';
import type { ProducerApi } from '../../producer/ProducerApi.js';
import { integer, invalidConfig, objectInput, optionalString } from '../../util/validate.js';
import { SUBSCRIPTION_TYPES } from '../../wire/enums.js';
import type { Reconsumer } from '../multi/MultiTopicConsumer.js';

export interface RetryOptions {
  /** Reconsumes before a message goes to the dead-letter topic instead; default 16 (Pulsar's). */
  maxReconsumeTimes?: number;
  /** Default `<topic>-<subscription>-RETRY`. */
  topic?: string;
  /** Default `<topic>-<subscription>-DLQ`. */
  deadLetterTopic?: string;
}

export interface RetryConfig {
  readonly maxReconsumeTimes: number;
  readonly topic: TopicName;
  readonly deadLetterTopic: TopicName;
}

/** The properties Pulsar's reconsumeLater sets, by the same names. */
export const RETRY_PROPERTIES = {
  reconsumeTimes: 'RECONSUMETIMES',
  delayTime: 'DELAY_TIME',
  realTopic: 'REAL_TOPIC',
  originMessageId: 'ORIGIN_MESSAGE_ID',
} as const;

export const RETRY_DEFAULTS = { maxReconsumeTimes: 16 } as const;

/**
 * `retry` of the consumer options, or undefined. The retry topic is consumed on the same
 * subscription, and delayed delivery only applies to Shared and Key_Shared subscriptions, so those
 * are the types retry accepts. Default names need a single `topic`.
 */
export function parseRetryConfig(
  input: unknown,
  topic: TopicName | undefined,
  subscription: string,
  type: pb.SubscriptionType,
): RetryConfig | undefined {
  if (input === undefined || input === false) return undefined;
  const o = objectInput(input === true ? {} : input, 'retry');
  if (type !== SUBSCRIPTION_TYPES.Shared && type !== SUBSCRIPTION_TYPES.KeyShared) {
    throw invalidConfig(
      'retry',
      'reconsuming later needs a Shared or KeyShared subscription (delays apply to those only)',
    );
  }
  const named = (field: 'topic' | 'deadLetterTopic', suffix: string): TopicName => {
    const given = optionalString(o[field], `retry.${field}`);
    if (given !== undefined) return parseTopicName(given);
    if (!topic) throw invalidConfig(`retry.${field}`, 'name it when subscribing to several topics or a pattern');
    return parseTopicName(`${topic.full}-${subscription}-${suffix}`);
  };
  return {
    maxReconsumeTimes: integer(o.maxReconsumeTimes, 'retry.maxReconsumeTimes', RETRY_DEFAULTS.maxReconsumeTimes, 0),
    topic: named('topic', 'RETRY'),
    deadLetterTopic: named('deadLetterTopic', 'DLQ'),
  };
}

/**
 * Publishes the copies reconsumeLater makes, as Pulsar does: RECONSUMETIMES counts up from 1 and
 * DELAY_TIME records the delay; REAL_TOPIC and ORIGIN_MESSAGE_ID name where the message first came
 * from. Up to maxReconsumeTimes the copy goes to the retry topic, delivered after the delay; past it,
 * to the dead-letter topic at once. Producers are opened on first use and closed with the consumer.
 */
export class RetryLetters implements Reconsumer {
  private retry: Promise<ProducerApi> | undefined;
  private deadLetter: Promise<ProducerApi> | undefined;
  private closed = false;

  constructor(
    private readonly config: RetryConfig,
    private readonly openProducer: (topic: string) => Promise<ProducerApi>,
  ) {}

  async reconsume(message: Message, delayMs: number): Promise<void> {
    const properties: Record<string, string> = { ...message.properties };
    const times = (Number.parseInt(properties[RETRY_PROPERTIES.reconsumeTimes] ?? '0', 10) || 0) + 1;
    properties[RETRY_PROPERTIES.reconsumeTimes] = String(times);
    properties[RETRY_PROPERTIES.delayTime] = String(delayMs);
    properties[RETRY_PROPERTIES.realTopic] ??= message.topic;
    properties[RETRY_PROPERTIES.originMessageId] ??= message.id.toString();
    const copy: ProducerMessage = { value: message.value, properties };
    if (message.key !== undefined) copy.key = message.key;
    if (message.eventTime !== undefined) copy.eventTime = message.eventTime;
    if (times > this.config.maxReconsumeTimes) {
      this.deadLetter ??= this.open(this.config.deadLetterTopic, () => {
        this.deadLetter = undefined;
      });
      await (await this.deadLetter).send(copy);
    } else {
      this.retry ??= this.open(this.config.topic, () => {
        this.retry = undefined;
      });
      if (delayMs > 0) copy.deliverAfterMs = delayMs;
      await (await this.retry).send(copy);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const producers = await Promise.allSettled([this.retry, this.deadLetter]);
    await Promise.all(producers.map((p) => (p.status === 'fulfilled' ? p.value?.close() : undefined)));
  }

  /** Opens a producer; `forget` runs if that fails, so the next reconsume tries again. */
  private open(topic: TopicName, forget: () => void): Promise<ProducerApi> {
    const opening = this.openProducer(topic.full);
    // A producer that opens after close() is closed at once.
    opening.then((p) => (this.closed ? p.close() : undefined), forget).catch(() => {});
    return opening;
  }
}
