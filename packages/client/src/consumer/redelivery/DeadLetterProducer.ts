import { BrookError, ErrorCode, toBrookError } from '@brook/protocol';
import type { Message, ProducerMessage } from '../../Message.js';
import type { ProducerApi } from '../../producer/ProducerApi.js';
import { type DeadLetterPolicy, defaultDeadLetterTopic } from './RedeliveryConfig.js';

/** Opens a producer of a topic through the client, so the client closes it too. */
export type OpenProducer = (topic: string) => Promise<ProducerApi>;

/** Properties a dead-lettered message carries, as Pulsar names them. */
export const REAL_TOPIC = 'REAL_TOPIC';
export const ORIGIN_MESSAGE_ID = 'ORIGIN_MESSAGE_ID';

/**
 * Publishes messages redelivered too often to the subscription's dead-letter topic. The producer is
 * created on first use and closed with the consumer; when creating it fails, the next message tries
 * again. A message is published with its key, value, properties and event time, plus REAL_TOPIC and
 * ORIGIN_MESSAGE_ID; `stored` runs once the publish is durable (then the consumer acknowledges the
 * original), `failed` otherwise (the original is redelivered later and tried again).
 */
export class DeadLetterProducer {
  private producer: Promise<ProducerApi> | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private closing: Promise<void> | undefined;
  /** Where dead letters go. */
  readonly topic: string;

  constructor(
    private readonly policy: DeadLetterPolicy,
    /** The consumer's topic and subscription, which name the default dead-letter topic. */
    sourceTopic: string,
    subscription: string,
    private readonly openProducer: OpenProducer,
  ) {
    this.topic = policy.topic ?? defaultDeadLetterTopic(sourceTopic, subscription);
  }

  /** Whether a message arriving with this count goes to the dead-letter topic instead of the application. */
  isDue(message: Message): boolean {
    return message.redeliveryCount >= this.policy.maxRedeliverCount;
  }

  publish(message: Message, stored: () => void, failed: (error: BrookError) => void): void {
    const published = this.send(message).then(stored, (error: unknown) => failed(toBrookError(error)));
    this.inFlight.add(published);
    void published.finally(() => this.inFlight.delete(published));
  }

  /** Waits for the publishes in flight (their originals get acknowledged), then closes the producer. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.inFlight]);
      const producer = await this.producer?.catch(() => undefined);
      await producer?.close();
    })();
    return this.closing;
  }

  private async send(message: Message): Promise<void> {
    if (this.closing) throw new BrookError(ErrorCode.AlreadyClosed, 'the consumer is closing');
    const producer = await this.open();
    const out: ProducerMessage = {
      value: message.value,
      properties: { ...message.properties, [REAL_TOPIC]: message.topic, [ORIGIN_MESSAGE_ID]: message.id.toString() },
    };
    if (message.key !== undefined) out.key = message.key;
    if (message.eventTime !== undefined) out.eventTime = message.eventTime;
    await producer.send(out);
  }

  private open(): Promise<ProducerApi> {
    if (!this.producer) {
      const opening = this.openProducer(this.topic);
      this.producer = opening;
      opening.catch(() => {
        if (this.producer === opening) this.producer = undefined;
      });
    }
    return this.producer;
  }
}
