import { BrookError, ErrorCode, type TopicName } from '@brook/protocol';
import type { Consumer } from '../consumer/Consumer.js';
import type { ReaderStart } from '../consumer/ConsumerConfig.js';
import type { SeekTarget } from '../consumer/SeekTarget.js';
import type { Message } from '../Message.js';

/** The offsets a topic's readable messages span, as its owner reports them. */
export interface TopicOffsets {
  readonly firstOffset: number;
  /** Offset the next readable message will have: the last one is nextOffset - 1. */
  readonly nextOffset: number;
}

/**
 * A reader's progress on one topic or partition: the offset it hands out next. Its consumer
 * (re)subscribes there, so after a failover the reader resumes right after the last message it
 * handed out; hasMessageAvailable compares it with the topic's end. Readers acknowledge nothing the
 * application sees: every `ackEvery` messages a cumulative ack keeps the broker's memory of what is
 * outstanding bounded.
 */
export class ReaderPart implements ReaderStart {
  private consumerOf: Consumer | undefined;
  private sinceAck = 0;

  constructor(
    readonly topic: TopicName,
    /** undefined: the oldest stored message (Earliest, nothing read yet). */
    private nextOffset: number | undefined,
    private readonly ackEvery: number,
  ) {}

  get consumer(): Consumer {
    if (!this.consumerOf) throw new BrookError(ErrorCode.Internal, `reader of ${this.topic.full} has no consumer yet`);
    return this.consumerOf;
  }

  set consumer(consumer: Consumer) {
    this.consumerOf = consumer;
  }

  startAt(): ReturnType<ReaderStart['startAt']> {
    if (this.nextOffset === undefined) return undefined;
    return { messageId: { partition: this.topic.partition, offset: this.nextOffset }, inclusive: true };
  }

  /** The application took `message`. */
  handedOut(message: Message): void {
    this.nextOffset = message.offset + 1;
    if (++this.sinceAck < this.ackEvery) return;
    this.sinceAck = 0;
    this.consumer.ackCumulative(message).catch(() => undefined);
  }

  /** Whether a message after the last one handed out is stored. */
  hasMore(offsets: TopicOffsets): boolean {
    return offsets.nextOffset > (this.nextOffset ?? offsets.firstOffset);
  }

  async seek(target: SeekTarget): Promise<void> {
    this.nextOffset = await this.consumer.seekTo(target);
    this.sinceAck = 0;
  }
}
