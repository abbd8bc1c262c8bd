import type { ClientEvent } from '../ClientEvent.js';
import type { Message } from '../Message.js';
import type { MessageId } from '../MessageId.js';
import type { SeekTarget } from './SeekTarget.js';

/**
 * What an application holds as a consumer (exported as `Consumer`): the consumer of one topic
 * (Consumer), or of several topics, the partitions of a partitioned topic, a pattern's topics or a
 * topic plus its retry topic (MultiTopicConsumer). `for await (const msg of consumer)`; leaving the
 * loop closes it. Acknowledge through the consumer that delivered the message.
 */
export interface ConsumerApi extends AsyncIterable<Message>, AsyncDisposable {
  /** The topic subscribed to; for several topics or a pattern, a description of them. */
  readonly topic: string;
  readonly subscription: string;
  readonly name: string;
  /**
   * The messages ready now, at most `maxMessages`, waiting for at least one: a cheaper way to receive
   * a backlog than one `for await` step per message (acknowledge each as usual). An unreadable entry
   * (CHECKSUM_MISMATCH) rejects in its place, after the messages before it; a closed consumer
   * resolves with an empty array. Default `maxMessages`: the receiver queue size (1,000 for several
   * topics). Mixing it with a `for await` loop on the same consumer hands each message out once.
   */
  receiveBatch(maxMessages?: number): Promise<Message[]>;
  /** Status changes: `disconnected`, `reconnected` (of any topic or partition). */
  events(): AsyncIterableIterator<ClientEvent>;
  ack(message: Message | MessageId): Promise<void>;
  /** Acknowledges every message up to this one, of the message's own topic or partition. */
  ackCumulative(message: Message | MessageId): Promise<void>;
  /**
   * Negative acknowledgement: the message comes again after `nackRedeliveryDelayMs`, its redelivery
   * count one higher (the whole entry, for a message of a batch).
   */
  nack(message: Message | MessageId): void;
  /**
   * Publishes a copy of the message to the subscription's retry topic, delivered again after
   * `delayMs` (or to its dead-letter topic once reconsumed `maxReconsumeTimes` times), then
   * acknowledges the original. Only on consumers subscribed with `retry`.
   */
  reconsumeLater(message: Message, delayMs: number): Promise<void>;
  /**
   * Moves the subscription (forward or backward) to `target` (see SeekTarget): every message from
   * there on is delivered again, acknowledged or not. Every consumer of the subscription drops what
   * it had queued and resubscribes; resolves once this one has. For several topics or partitions a
   * MessageId moves its own; other targets move all of them.
   */
  seek(target: SeekTarget): Promise<void>;
  close(): Promise<void>;
}
