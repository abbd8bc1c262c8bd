import { BrookError, ErrorCode } from '@brook/protocol';
import type { ConsumerApi } from '../consumer/ConsumerApi.js';
import type { SeekTarget } from '../consumer/SeekTarget.js';
import type { Message } from '../Message.js';
import { MessageId } from '../MessageId.js';
import { once } from '../util/once.js';
import type { ReaderPart, TopicOffsets } from './ReaderPart.js';
import { closingIterator } from '../util/closingIterator.js';

/**
 * Reads a topic from a chosen position without a durable subscription: `for await (const msg of
 * reader)` or `readNext()`, in offset order (per partition for a partitioned topic). It stores
 * nothing in the metadata store: each topic or partition is read through a non-durable subscription
 * (`reader-<random>`) that the broker forgets when the reader leaves. Messages need no
 * acknowledgement. After a failover the reader continues right after the last message it handed out.
 * Leaving a `for await` loop closes it.
 */
export class Reader implements AsyncIterable<Message>, AsyncDisposable {
  readonly topic: string;
  private readonly source: AsyncIterator<Message>;

  /** @internal */
  constructor(
    private readonly consumer: ConsumerApi,
    /** Per topic or partition, by full name; a partitioned topic's map grows as partitions are added. */
    private readonly parts: ReadonlyMap<string, ReaderPart>,
    private readonly offsetsOf: (part: ReaderPart) => Promise<TopicOffsets>,
    private readonly onClosed: (reader: Reader) => void,
  ) {
    this.topic = consumer.topic;
    this.source = consumer[Symbol.asyncIterator]();
  }

  [Symbol.asyncIterator](): AsyncIterator<Message> {
    return closingIterator(
      () => this.next(),
      () => this.close(),
    );
  }

  /** The next message; rejects with ALREADY_CLOSED once the reader is closed. */
  async readNext(): Promise<Message> {
    const result = await this.next();
    if (result.done) throw new BrookError(ErrorCode.AlreadyClosed, `reader of ${this.topic} is closed`);
    return result.value;
  }

  /**
   * Whether a message after the last one read is stored now (asks each partition's broker), so
   * `while (await reader.hasMessageAvailable()) await reader.readNext()` reads up to the end as it is now.
   */
  async hasMessageAvailable(): Promise<boolean> {
    const parts = [...this.parts.values()];
    const answers = await Promise.all(parts.map(async (part) => part.hasMore(await this.offsetsOf(part))));
    return answers.some(Boolean);
  }

  /**
   * Moves the reader: the next message read is the target (see SeekTarget). A MessageId moves only
   * its own partition; other targets move every partition. Messages buffered before are dropped.
   */
  async seek(target: SeekTarget): Promise<void> {
    const parts = [...this.parts.values()].filter(
      (part) => !(target instanceof MessageId) || part.topic.partition === target.partition,
    );
    if (parts.length === 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `message id ${String(target)} is not of ${this.topic}`);
    }
    await Promise.all(parts.map((part) => part.seek(target)));
  }

  /** Ends the reader's subscriptions (the broker forgets them). Idempotent. */
  readonly close: () => Promise<void> = once(async () => {
    await this.consumer.close();
    this.onClosed(this);
  });

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  private async next(): Promise<IteratorResult<Message>> {
    const result = await this.source.next();
    if (!result.done) this.parts.get(result.value.topic)?.handedOut(result.value);
    return result;
  }
}
