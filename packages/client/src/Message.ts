import type { MessageId } from './MessageId.js';

/** What an application publishes. */
export interface ProducerMessage {
  key?: string;
  /** A string is sent as its UTF-8 bytes. */
  value: Buffer | Uint8Array | string;
  properties?: Record<string, string>;
  /** Milliseconds since the epoch, set by the application. */
  eventTime?: number;
  /**
   * Delayed delivery: not before this time (ms since the epoch), or this long after the send. Shared
   * and Key_Shared subscriptions hold the message until then; Exclusive and Failover deliver it at once.
   * A delayed message travels as a batch of its own.
   */
  deliverAt?: number;
  deliverAfterMs?: number;
}

/** A message as a consumer receives it. */
export interface Message {
  readonly topic: string;
  readonly key?: string | undefined;
  readonly value: Buffer;
  readonly properties: Readonly<Record<string, string>>;
  readonly eventTime?: number | undefined;
  /** Set by the broker when it stored the message, milliseconds since the epoch. */
  readonly publishTime: number;
  readonly producerName: string;
  readonly sequenceId: number;
  /** Continuous per-partition index assigned by the broker. */
  readonly offset: number;
  /** How many times this message was delivered before. */
  readonly redeliveryCount: number;
  readonly id: MessageId;
}
