import { BrookError, ErrorCode, OffsetRanges, type pb, type TopicName, toBrookError } from '@brook/protocol';
import type { ClientEvent } from '../ClientEvent.js';
import type { Connection } from '../connection/Connection.js';
import type { ConnectionPool } from '../connection/ConnectionPool.js';
import type { DuplexSession } from '../connection/DuplexSession.js';
import { type Opened, Reconnector, type ReconnectorConfig } from '../connection/Reconnector.js';
import type { Message } from '../Message.js';
import { MessageId } from '../MessageId.js';
import { Deque } from '../util/Deque.js';
import { EventChannel } from '../util/EventChannel.js';
import { once } from '../util/once.js';
import { decodeEntryPayload } from '../wire/entryPayload.js';
import { AckGrouper } from './AckGrouper.js';
import type { ConsumerConfig } from './ConsumerConfig.js';
import { ReceiverQueue } from './ReceiverQueue.js';
import { toMessage } from './toMessage.js';

type Session = DuplexSession<pb.ConsumeRequest.$Properties, pb.ConsumeResponse>;

interface Subscription {
  readonly session: Session;
  readonly subscribed: pb.Subscribed;
}

interface Waiter {
  readonly resolve: (result: IteratorResult<Message>) => void;
  readonly reject: (error: BrookError) => void;
}

const DONE: IteratorResult<Message> = { done: true, value: undefined };

/**
 * A consumer of one subscription: `for await (const msg of consumer)`. Leaving the loop (break,
 * return, throw in the body) closes the consumer. A non-retriable stream error ends iteration with
 * that BrookError; an entry that fails its checksum surfaces as one CHECKSUM_MISMATCH in its place
 * and a new loop over the consumer carries on after it.
 *
 * Failover: when the stream ends with a retriable error, iteration pauses and the consumer
 * resubscribes (same subscription, type and consumer name, the broker-assigned one when none was
 * given) on the broker a new lookup names, after a jittered backoff. Messages queued but not yet
 * handed out are dropped (the broker redelivers everything unacknowledged) and the new stream gets
 * the full receiverQueueSize in permits. Individual acks still grouped when the stream broke, or
 * made while disconnected, are dropped (those messages come again: at-least-once); ackCumulative
 * while disconnected rejects with the disconnect's error. Acks after the reconnect are sent, also
 * for messages of the old stream.
 *
 * The consumer remembers the offsets the application acknowledged (as ranges, so in-order acks take
 * one), and a redelivered message it already acknowledged is acknowledged again instead of being
 * handed out: across a broker failover each message is processed once by a consumer that lives on.
 */
/** Acks are remembered as offset ranges (one for in-order acking); a Shared consumer may need many. */
const MAX_REMEMBERED_ACK_RANGES = 10_000;

export class Consumer implements AsyncIterable<Message> {
  readonly topic: string;
  readonly subscription: string;
  readonly name: string;
  private readonly partition: number;
  private readonly queue: ReceiverQueue;
  private readonly acks: AckGrouper;
  /** Offsets the application acknowledged; at most MAX_REMEMBERED_ACK_RANGES ranges, newest kept. */
  private readonly ackedOffsets = new OffsetRanges();
  private readonly waiters = new Deque<Waiter>();
  private failure: BrookError | undefined;
  private closed = false;
  /** The open stream; undefined while reconnecting. */
  private session: Session | undefined;
  /** The last stream, kept so close() can wait for it to end. */
  private lastSession: Session;
  /** Why the stream is down, while reconnecting. */
  private disconnected: BrookError | undefined;
  private readonly statusEvents = new EventChannel<ClientEvent>();

  private constructor(
    private readonly config: ConsumerConfig,
    { session, subscribed }: Subscription,
    private readonly reconnector: Reconnector,
    private readonly operationTimeoutMs: number,
    private readonly onClosed: (consumer: Consumer) => void,
  ) {
    this.topic = subscribed.topic || config.topic.full;
    this.subscription = config.subscription;
    this.name = subscribed.consumerName;
    this.partition = subscribed.partition;
    this.queue = new ReceiverQueue(config.receiverQueueSize, (permits) => {
      if (this.session?.isOpen) this.session.write({ flow: { permits } });
    });
    this.acks = new AckGrouper((ack, written) => {
      if (this.failure) throw this.failure;
      if (!this.session?.isOpen) {
        throw this.disconnected ?? new BrookError(ErrorCode.AlreadyClosed, `consumer ${this.name} is closed`);
      }
      this.session.write({ ack }, written);
    });
    this.session = this.lastSession = session;
    this.attach(session);
    this.queue.start();
  }

  /** @internal Looks the topic up and subscribes on its broker; rejects with the broker's error. */
  static async open(
    pool: ConnectionPool,
    config: ConsumerConfig,
    client: ReconnectorConfig,
    onClosed: (consumer: Consumer) => void,
  ): Promise<Consumer> {
    const reconnector = new Reconnector(pool, config.topic, client);
    const { stream } = await reconnector.open((connection, signal, timeoutMs) =>
      subscribeOn(connection, config, config.name, timeoutMs, signal),
    );
    return new Consumer(config, stream, reconnector, client.operationTimeoutMs, onClosed);
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
   * Status changes from now on: `disconnected` when the stream broke and a reconnect began,
   * `reconnected` once subscribed again. Ends when the consumer closes or fails. Each call is its own
   * listener with a bounded buffer (the oldest unread events are dropped).
   */
  events(): AsyncIterableIterator<ClientEvent> {
    return this.statusEvents.subscribe();
  }

  /**
   * Acknowledges one message. The id joins the current ack group (written at 1,000 ids, after
   * 10 ms, before a cumulative ack and on close); the promise resolves once it is queued, so
   * `await consumer.ack(msg)` in a loop is not held up by the group delay. Rejects when closed or failed.
   */
  ack(message: Message | MessageId): Promise<void> {
    const refused = this.refusal();
    if (refused) return refused;
    const id = idOf(message);
    if (id.hasPosition) this.remember(id.offset, id.offset + 1);
    return this.acks.add(id.toWire());
  }

  /** Acknowledges every message up to and including this one; resolves once written to the stream. */
  ackCumulative(message: Message | MessageId): Promise<void> {
    const refused = this.refusal();
    if (refused) return refused;
    const id = idOf(message);
    return this.acks.cumulative(id.toWire()).then(() => {
      if (id.hasPosition) this.remember(0, id.offset + 1);
    });
  }

  /** Writes pending acks, ends the stream (or stops reconnecting), ends iteration. Idempotent. */
  readonly close: () => Promise<void> = once(async () => {
    this.closed = true;
    this.reconnector.cancel();
    if (!this.failure && this.session) await this.acks.flush().catch(() => undefined);
    this.acks.fail(new BrookError(ErrorCode.AlreadyClosed, `consumer ${this.name} is closed`));
    this.queue.clear();
    for (const waiter of this.waiters.drain()) waiter.resolve(DONE);
    this.statusEvents.end();
    await this.lastSession.close(this.operationTimeoutMs);
    this.onClosed(this);
  });

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** Records acknowledged offsets; past the bound the oldest are forgotten (they may come again). */
  private remember(from: number, to: number): void {
    this.ackedOffsets.add(from, to);
    this.ackedOffsets.keepNewest(MAX_REMEMBERED_ACK_RANGES);
  }

  private next(): Promise<IteratorResult<Message>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve(DONE);
    const item = this.queue.take();
    if (item === undefined) return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
    return item instanceof BrookError ? Promise.reject(item) : Promise.resolve({ done: false, value: item });
  }

  private attach(session: Session): void {
    session.attach({
      onMessage: (reply) => {
        if (reply.deliveries && session === this.session) {
          this.onDeliveries(reply.deliveries.entries as pb.DeliveredEntry[]);
        }
      },
      onEnd: (error) => this.onStreamEnd(session, error),
    });
  }

  /** A retriable end starts a resubscribe; anything else ends the consumer. */
  private onStreamEnd(session: Session, error: BrookError): void {
    if (session !== this.session || this.failure || this.closed) return;
    if (!error.retriable) {
      this.fail(error);
      return;
    }
    this.session = undefined;
    this.disconnected = error;
    this.acks.fail(error);
    this.queue.reset();
    this.statusEvents.emit({ type: 'disconnected', error });
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    let opened: Opened<Subscription>;
    try {
      opened = await this.reconnector.reopen((connection, signal, timeoutMs) =>
        subscribeOn(connection, this.config, this.name, timeoutMs, signal),
      );
    } catch (error) {
      this.fail(toBrookError(error));
      return;
    }
    const { session } = opened.stream;
    if (this.failure || this.closed) {
      void session.close(this.operationTimeoutMs);
      return;
    }
    this.session = this.lastSession = session;
    this.disconnected = undefined;
    this.attach(session);
    this.queue.start();
    this.statusEvents.emit({ type: 'reconnected', brokerUrl: opened.brokerUrl });
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
        const message = toMessage(this.topic, this.partition, entry, singles[i] as pb.SingleMessage, i);
        if (this.ackedOffsets.has(message.offset)) void this.acks.add(message.id.toWire());
        else messages.push(message);
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
    this.reconnector.cancel();
    this.acks.fail(error);
    this.queue.clear();
    for (const waiter of this.waiters.drain()) waiter.reject(error);
    this.statusEvents.end();
  }
}

/** Opens a Consume stream on connection and subscribes as consumerName. */
async function subscribeOn(
  connection: Connection,
  config: ConsumerConfig,
  consumerName: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Subscription> {
  const session: Session = connection.session(() => connection.broker.consume());
  const topic: TopicName = config.topic;
  const subscribe: pb.Subscribe.$Properties = {
    topic: topic.full,
    subscription: config.subscription,
    type: config.type,
    initialPosition: config.initialPosition,
    consumerName,
  };
  const subscribed = await session.handshake(
    { subscribe },
    timeoutMs,
    (reply) => reply.subscribed ?? undefined,
    `subscribing ${config.subscription} to ${topic.full}`,
    signal,
  );
  return { session, subscribed: subscribed as pb.Subscribed };
}

function idOf(message: Message | MessageId): MessageId {
  return message instanceof MessageId ? message : message.id;
}
