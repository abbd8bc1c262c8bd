import { BrookError, ErrorCode, type pb, toBrookError } from '@brook/protocol';
import type { Connection } from '../connection/Connection.js';
import type { DuplexSession } from '../connection/DuplexSession.js';
import type { Message } from '../Message.js';
import { MessageId } from '../MessageId.js';
import { Deque } from '../util/Deque.js';
import { once } from '../util/once.js';
import { decodeEntryPayload } from '../wire/entryPayload.js';
import { AckGrouper } from './AckGrouper.js';
import type { ConsumerConfig } from './ConsumerConfig.js';
import { ReceiverQueue } from './ReceiverQueue.js';
import { toMessage } from './toMessage.js';

type Session = DuplexSession<pb.ConsumeRequest.$Properties, pb.ConsumeResponse>;

interface Waiter {
  readonly resolve: (result: IteratorResult<Message>) => void;
  readonly reject: (error: BrookError) => void;
}

const DONE: IteratorResult<Message> = { done: true, value: undefined };

/**
 * A consumer of one subscription: `for await (const msg of consumer)`. Leaving the loop (break,
 * return, throw in the body) closes the consumer. A stream error ends iteration with that
 * BrookError; an entry that fails its checksum surfaces as one CHECKSUM_MISMATCH in its place and
 * a new loop over the consumer carries on after it.
 */
export class Consumer implements AsyncIterable<Message> {
  readonly topic: string;
  readonly subscription: string;
  readonly name: string;
  private readonly partition: number;
  private readonly queue: ReceiverQueue;
  private readonly acks: AckGrouper;
  private readonly waiters = new Deque<Waiter>();
  private failure: BrookError | undefined;
  private closed = false;

  private constructor(
    private readonly session: Session,
    subscribed: pb.Subscribed,
    config: ConsumerConfig,
    private readonly operationTimeoutMs: number,
    private readonly onClosed: (consumer: Consumer) => void,
  ) {
    this.topic = subscribed.topic || config.topic.full;
    this.subscription = config.subscription;
    this.name = subscribed.consumerName;
    this.partition = subscribed.partition;
    this.queue = new ReceiverQueue(config.receiverQueueSize, (permits) => {
      if (this.session.isOpen) this.session.write({ flow: { permits } });
    });
    this.acks = new AckGrouper((ack, written) => {
      if (this.failure) throw this.failure;
      if (!this.session.isOpen) throw new BrookError(ErrorCode.AlreadyClosed, `consumer ${this.name} is closed`);
      this.session.write({ ack }, written);
    });
    session.attach({
      onMessage: (reply) => {
        if (reply.deliveries) this.onDeliveries(reply.deliveries.entries as pb.DeliveredEntry[]);
      },
      onEnd: (error) => this.fail(error),
    });
    this.queue.start();
  }

  /** @internal Subscribes on the topic's broker; rejects with the broker's error. */
  static async open(
    connection: Connection,
    config: ConsumerConfig,
    operationTimeoutMs: number,
    onClosed: (consumer: Consumer) => void,
  ): Promise<Consumer> {
    const session: Session = connection.session(() => connection.broker.consume());
    const subscribe: pb.Subscribe.$Properties = {
      topic: config.topic.full,
      subscription: config.subscription,
      type: config.type,
      initialPosition: config.initialPosition,
      consumerName: config.name,
    };
    const subscribed = await session.handshake(
      { subscribe },
      operationTimeoutMs,
      (reply) => reply.subscribed ?? undefined,
      `subscribing ${config.subscription} to ${config.topic.full}`,
    );
    return new Consumer(session, subscribed as pb.Subscribed, config, operationTimeoutMs, onClosed);
  }

  [Symbol.asyncIterator](): AsyncIterator<Message> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.close();
        return DONE;
      },
    };
  }

  /**
   * Acknowledges one message. The id joins the current ack group (written at 1,000 ids, after
   * 10 ms, before a cumulative ack and on close); the promise resolves once it is queued, so
   * `await consumer.ack(msg)` in a loop is not held up by the group delay. Rejects when closed or failed.
   */
  ack(message: Message | MessageId): Promise<void> {
    const refused = this.refusal();
    if (refused) return refused;
    return this.acks.add(idOf(message).toWire());
  }

  /** Acknowledges every message up to and including this one; resolves once written to the stream. */
  ackCumulative(message: Message | MessageId): Promise<void> {
    const refused = this.refusal();
    if (refused) return refused;
    return this.acks.cumulative(idOf(message).toWire());
  }

  /** Writes pending acks, ends the stream, ends iteration. Idempotent. */
  readonly close: () => Promise<void> = once(async () => {
    this.closed = true;
    if (!this.failure) await this.acks.flush().catch(() => undefined);
    this.acks.fail(new BrookError(ErrorCode.AlreadyClosed, `consumer ${this.name} is closed`));
    this.queue.clear();
    for (const waiter of this.waiters.drain()) waiter.resolve(DONE);
    await this.session.close(this.operationTimeoutMs);
    this.onClosed(this);
  });

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  private next(): Promise<IteratorResult<Message>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve(DONE);
    const item = this.queue.take();
    if (item === undefined) return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
    return item instanceof BrookError ? Promise.reject(item) : Promise.resolve({ done: false, value: item });
  }

  private onDeliveries(entries: pb.DeliveredEntry[]): void {
    if (this.closed) return;
    for (const entry of entries) {
      let singles: pb.SingleMessage[];
      try {
        singles = decodeEntryPayload(entry);
      } catch (error) {
        this.queue.pushError(toBrookError(error), entry.messageCount);
        continue;
      }
      const acked = entry.ackedIndexes.length > 0 ? new Set(entry.ackedIndexes) : undefined;
      const messages: Message[] = [];
      for (let i = 0; i < singles.length; i++) {
        if (acked?.has(i)) continue;
        messages.push(toMessage(this.topic, this.partition, entry, singles[i] as pb.SingleMessage, i));
      }
      this.queue.pushEntry(messages, singles.length - messages.length);
    }
    this.handOut();
  }

  private handOut(): void {
    while (this.waiters.length > 0 && this.queue.length > 0) {
      const waiter = this.waiters.shift() as Waiter;
      const item = this.queue.take() as Message | BrookError;
      if (item instanceof BrookError) waiter.reject(item);
      else waiter.resolve({ done: false, value: item });
    }
  }

  private refusal(): Promise<never> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new BrookError(ErrorCode.AlreadyClosed, `consumer ${this.name} is closed`));
    return undefined;
  }

  private fail(error: BrookError): void {
    if (this.failure || this.closed) return;
    this.failure = error;
    this.acks.fail(error);
    this.queue.clear();
    for (const waiter of this.waiters.drain()) waiter.reject(error);
  }
}

function idOf(message: Message | MessageId): MessageId {
  return message instanceof MessageId ? message : message.id;
}
