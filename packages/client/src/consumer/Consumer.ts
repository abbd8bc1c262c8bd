import { BrookError, ErrorCode, OffsetRanges, type pb, type TopicName, toBrookError } from '@brook/protocol';
import type { ClientEvent } from '../ClientEvent.js';
import type { Connection } from '../connection/Connection.js';
import type { ConnectionPool } from '../connection/ConnectionPool.js';
import type { DuplexSession } from '../connection/DuplexSession.js';
import { type Opened, Reconnector, type ReconnectorConfig } from '../connection/Reconnector.js';
import type { Message } from '../Message.js';
import { ChunkedMessageId, MessageId } from '../MessageId.js';
import { Deque } from '../util/Deque.js';
import { EventChannel } from '../util/EventChannel.js';
import { once } from '../util/once.js';
import { startingWith } from '../util/startingWith.js';
import { AckGrouper } from './AckGrouper.js';
import { ChunkAssembler } from './chunking/ChunkAssembler.js';
import type { ConsumerConfig } from './ConsumerConfig.js';
import { type DecodedEntry, EntryDecoder } from './EntryDecoder.js';
import { DeadLetterProducer, type OpenProducer } from './redelivery/DeadLetterProducer.js';
import { entryOf } from './redelivery/NegativeAckTracker.js';
import { Redeliveries } from './redelivery/Redeliveries.js';
import { ReceiverQueue } from './ReceiverQueue.js';
import { ChunkPart, toDelivered } from './toMessage.js';
import { PendingSeek } from './PendingSeek.js';
import { type SeekTarget, seekRequest } from './SeekTarget.js';
import { closingIterator, DONE } from '../util/closingIterator.js';

type Session = DuplexSession<pb.ConsumeRequest.$Properties, pb.ConsumeResponse>;

interface Subscription {
  readonly session: Session;
  readonly subscribed: pb.Subscribed;
}

/** A next() (batch 0) or receiveBatch(batch) waiting for messages. */
interface Waiter {
  readonly batch: number;
  readonly resolve: (result: IteratorResult<Message> | Message[]) => void;
  readonly reject: (error: BrookError) => void;
}

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
 * A move of the subscription (reset, seek, skip, clear backlog) makes it forget them: seen as its
 * stream ending with SUBSCRIPTION_RESET, or, when the move came while it was disconnected, as a new
 * reset generation in the broker's Subscribed reply.
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
  /** The subscription's reset generation when last subscribed: a change means it moved meanwhile. */
  private resetGeneration: number;
  /** Whether the current stream's broker takes acks as offset ranges. */
  private ackRanges: boolean;
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
  /** Failover: whether the broker last said this consumer is the active one; undefined for other types. */
  private active: boolean | undefined;
  /** Decompresses and decodes delivered entries, in delivery order. */
  private readonly decoder = new EntryDecoder<Session, Message | ChunkPart>(
    (decoded, session) => {
      if (session !== this.session) return;
      if (this.active === false) this.dropTakenBack(decoded);
      else this.onDeliveries(decoded);
    },
    (entry, fields, index) => toDelivered(this.topic, this.partition, entry, fields, index),
  );
  /** Holds the chunks of chunked messages until they are whole. */
  private readonly chunks: ChunkAssembler;
  /** Negative acks and ack timeout: entries handed back to the broker, grouped per tick. */
  private readonly redeliveries: Redeliveries;
  /** Set with a `deadLetter` policy: where messages redelivered too often go instead of the application. */
  private readonly deadLetter: DeadLetterProducer | undefined;
  /** The seek in flight, if any; seeks run one after another. */
  private pendingSeek: PendingSeek<Session> | undefined;
  private seeks: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly config: ConsumerConfig,
    { session, subscribed }: Subscription,
    private readonly reconnector: Reconnector,
    private readonly operationTimeoutMs: number,
    private readonly onClosed: (consumer: Consumer) => void,
    openProducer: OpenProducer | undefined,
  ) {
    this.topic = subscribed.topic || config.topic.full;
    this.subscription = config.subscription;
    this.name = subscribed.consumerName;
    this.partition = subscribed.partition;
    this.resetGeneration = subscribed.resetGeneration;
    this.ackRanges = subscribed.ackRanges;
    this.queue = new ReceiverQueue(config.receiverQueueSize, (permits) => {
      if (this.session?.isOpen) this.session.write({ flow: { permits } });
    });
    this.acks = new AckGrouper(
      (ack, written) => {
        if (this.failure) throw this.failure;
        if (!this.session?.isOpen) {
          throw this.disconnected ?? new BrookError(ErrorCode.AlreadyClosed, `consumer ${this.name} is closed`);
        }
        this.session.write({ ack }, written);
      },
      () => this.ackRanges,
    );
    this.session = this.lastSession = session;
    this.redeliveries = new Redeliveries(config.redelivery, (entries, ids) => {
      if (!this.session?.isOpen) return;
      this.session.write({ redeliver: { ids } });
      this.queue.dropWhere((message) => message.id.parts().some((part) => entries.has(entryOf(part))));
    });
    this.chunks = new ChunkAssembler(config.chunking, {
      ack: (ids) => {
        for (const id of ids) this.ack(id).catch(() => undefined);
      },
      giveBack: (ids) => this.redeliveries.giveBack(ids),
    });
    const deadLetter = config.redelivery.deadLetter;
    this.deadLetter =
      deadLetter && openProducer
        ? new DeadLetterProducer(deadLetter, config.topic.full, config.subscription, openProducer)
        : undefined;
    this.attach(session);
    this.queue.start();
  }

  /** @internal Looks the topic up and subscribes on its broker; rejects with the broker's error. */
  static async open(
    pool: ConnectionPool,
    config: ConsumerConfig,
    client: ReconnectorConfig,
    onClosed: (consumer: Consumer) => void,
    /** Opens the dead-letter producer through the client; needed with a `deadLetter` policy. */
    openProducer?: OpenProducer,
  ): Promise<Consumer> {
    if (config.redelivery.deadLetter && !openProducer) {
      throw new BrookError(ErrorCode.InvalidConfig, 'deadLetter: this consumer cannot open producers');
    }
    const reconnector = new Reconnector(pool, config.topic, client);
    const { stream } = await reconnector.open((connection, signal, timeoutMs) =>
      subscribeOn(connection, config, config.name, timeoutMs, signal),
    );
    return new Consumer(config, stream, reconnector, client.operationTimeoutMs, onClosed, openProducer);
  }

  [Symbol.asyncIterator](): AsyncIterator<Message> {
    return closingIterator(
      () => this.next(),
      () => this.close(),
    );
  }

  /**
   * Status changes from now on: `disconnected` when the stream broke and a reconnect began,
   * `reconnected` once subscribed again. Ends when the consumer closes or fails. Each call is its own
   * listener with a bounded buffer (the oldest unread events are dropped).
   */
  events(): AsyncIterableIterator<ClientEvent> {
    const listener = this.statusEvents.subscribe();
    return this.active === undefined ? listener : startingWith(this.activeEvent(this.active), listener);
  }

  /** Failover: the broker's ActiveConsumerChange; the status is reported when it changed. */
  private onActiveChange(active: boolean): void {
    if (this.active === active) return;
    this.active = active;
    // The broker took back what it delivered here, for the new active consumer: what the application
    // has not taken yet is dropped (its permits return) rather than handed out twice.
    if (!active) this.queue.dropWhere(() => true);
    // Chunks held for a partial message went back too: expiring them here would acknowledge them.
    if (!active) this.chunks.reset();
    this.statusEvents.emit(this.activeEvent(active));
  }

  /** Entries delivered before this consumer became inactive and decoded after: the broker took them back. */
  private dropTakenBack(decoded: DecodedEntry<Message | ChunkPart>[]): void {
    for (const { entry } of decoded) this.queue.releaseHandled(entry.messageCount);
  }

  private activeEvent(active: boolean): ClientEvent {
    return { type: active ? 'active' : 'inactive', topic: this.topic };
  }

  /**
   * Acknowledges one message. It joins the current ack group as part of an offset range (written
   * after 10 ms, at 1,000 ranges, before a cumulative ack and on close); the promise resolves once it is queued, so
   * `await consumer.ack(msg)` in a loop is not held up by the group delay. Rejects when closed or failed.
   */
  ack(message: Message | MessageId): Promise<void> {
    const refused = this.refusal();
    if (refused) return refused;
    const id = idOf(message);
    this.redeliveries.acked(id);
    // A chunked message's id names each of its chunks: all of them are acknowledged.
    if (id instanceof ChunkedMessageId) {
      let queued: Promise<void> = Promise.resolve();
      for (const part of id.parts()) queued = this.ackPart(part);
      return queued;
    }
    return this.ackPart(id);
  }

  /** Acknowledges one message or chunk; one without a position (a duplicate send's) has nothing to acknowledge. */
  private ackPart(id: MessageId): Promise<void> {
    if (!id.hasPosition) return Promise.resolve();
    this.remember(id.offset, id.offset + 1);
    return this.acks.add(id.offset, id.batchIndex);
  }

  /**
   * Negative acknowledgement: the message (its whole entry, for a batch) is redelivered after
   * nackRedeliveryDelayMs with its redelivery count one higher. Nacks due in one timer tick go to
   * the broker as one request. Does nothing once the consumer is closed.
   */
  nack(message: Message | MessageId): void {
    if (this.failure || this.closed) return;
    const id = idOf(message);
    if (id.hasPosition) this.redeliveries.nack(id);
  }

  /** Acknowledges every message up to and including this one; resolves once written to the stream. */
  ackCumulative(message: Message | MessageId): Promise<void> {
    const refused = this.refusal();
    if (refused) return refused;
    const id = idOf(message);
    this.redeliveries.ackedUpTo(id);
    return this.acks.cumulative(id.toWire()).then(() => {
      if (id.hasPosition) this.remember(0, id.offset + 1);
    });
  }

  /**
   * Moves the subscription (forward or backward) to `target`; every message from there on is
   * delivered again, acknowledged or not. Every consumer of the subscription drops what it had
   * queued and resubscribes; resolves once this one has. Messages handed out before the seek may
   * still be acknowledged. Rejects when the stream is down (retriable: try again) or the target is bad.
   */
  seek(target: SeekTarget): Promise<void> {
    return this.seekTo(target).then(() => undefined);
  }

  /** @internal seek, resolving with the offset of the message delivered next. */
  seekTo(target: SeekTarget): Promise<number> {
    const refused = this.refusal();
    if (refused) return refused;
    let request: pb.Seek.$Properties;
    try {
      request = seekRequest(target);
      if (target instanceof MessageId && target.partition !== this.partition) {
        throw new BrookError(ErrorCode.InvalidArgument, `message id ${target} is not of ${this.topic}`);
      }
    } catch (error) {
      return Promise.reject(error);
    }
    const run = () => {
      const refusedNow = this.refusal();
      if (refusedNow) return refusedNow;
      const session = this.session;
      if (!session?.isOpen) {
        return Promise.reject(
          this.disconnected ?? new BrookError(ErrorCode.Unavailable, `consumer ${this.name} is reconnecting`),
        );
      }
      const pending = new PendingSeek(session);
      this.pendingSeek = pending;
      session.write({ seek: request });
      return pending.done.finally(() => {
        if (this.pendingSeek === pending) this.pendingSeek = undefined;
      });
    };
    const result = this.seeks.then(run, run);
    this.seeks = result.catch(() => undefined);
    return result;
  }

  /** Needs the retry topic a consumer subscribed with `retry` also consumes (MultiTopicConsumer). */
  reconsumeLater(_message: Message, _delayMs: number): Promise<void> {
    return Promise.reject(
      new BrookError(ErrorCode.InvalidArgument, 'reconsumeLater needs a consumer subscribed with `retry`'),
    );
  }

  /** Writes pending acks, ends the stream (or stops reconnecting), ends iteration. Idempotent. */
  readonly close: () => Promise<void> = once(async () => {
    this.closed = true;
    this.reconnector.cancel();
    this.pendingSeek?.fail(new BrookError(ErrorCode.AlreadyClosed, `consumer ${this.name} is closed`));
    this.redeliveries.clear();
    // Dead letters in flight are acknowledged once stored: wait for them before the last ack flush.
    await this.deadLetter?.close();
    if (!this.failure && this.session) await this.acks.flush().catch(() => undefined);
    this.acks.fail(new BrookError(ErrorCode.AlreadyClosed, `consumer ${this.name} is closed`));
    this.queue.clear();
    this.decoder.reset();
    this.chunks.reset();
    for (const waiter of this.waiters.drain()) waiter.resolve(waiter.batch > 0 ? [] : DONE);
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

  /**
   * The messages queued now, at most `maxMessages` (default: the receiver queue size), waiting for
   * at least one. An entry that failed its checksum rejects in its place (the messages before it come
   * first); resolves with an empty array once the consumer is closed.
   */
  receiveBatch(maxMessages = this.config.receiverQueueSize): Promise<Message[]> {
    if (!Number.isInteger(maxMessages) || maxMessages < 1) {
      return Promise.reject(
        new BrookError(ErrorCode.InvalidArgument, `maxMessages must be a positive integer, got ${maxMessages}`),
      );
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve([]);
    if (this.queue.length === 0) {
      return new Promise((resolve, reject) =>
        this.waiters.push({ batch: maxMessages, resolve: resolve as Waiter['resolve'], reject }),
      );
    }
    const items = this.takeBatch(maxMessages);
    return items instanceof BrookError ? Promise.reject(items) : Promise.resolve(items);
  }

  private next(): Promise<IteratorResult<Message>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve(DONE);
    const item = this.queue.take();
    if (item === undefined) {
      return new Promise((resolve, reject) =>
        this.waiters.push({ batch: 0, resolve: resolve as Waiter['resolve'], reject }),
      );
    }
    if (item instanceof BrookError) return Promise.reject(item);
    this.redeliveries.handedOut(item);
    return Promise.resolve({ done: false, value: item });
  }

  /** Up to `max` queued messages, or the error at the head of the queue; the queue is not empty. */
  private takeBatch(max: number): Message[] | BrookError {
    const items = this.queue.takeBatch(max);
    if (!(items instanceof BrookError)) this.redeliveries.handedOutAll(items);
    return items;
  }

  private attach(session: Session): void {
    session.attach({
      onMessage: (reply) => {
        if (reply.deliveries && session === this.session) {
          this.decoder.push(reply.deliveries.entries as pb.DeliveredEntry[], session);
        } else if (reply.activeChange && session === this.session) {
          this.onActiveChange(reply.activeChange.active === true);
        } else if (reply.seekCompleted) {
          this.pendingSeek?.completed(session, reply.seekCompleted.offset ?? 0);
        }
      },
      onEnd: (error) => this.onStreamEnd(session, error),
    });
  }

  /** A retriable end starts a resubscribe; anything else ends the consumer. */
  private onStreamEnd(session: Session, error: BrookError): void {
    if (session !== this.session || this.failure || this.closed) return;
    this.pendingSeek?.streamEnded(session, error);
    // The subscription moved: what was acknowledged before comes again and must be handed out.
    if (error.code === ErrorCode.SubscriptionReset) this.ackedOffsets.keepNewest(0);
    if (!error.retriable) {
      this.fail(error);
      return;
    }
    this.session = undefined;
    this.disconnected = error;
    this.acks.fail(error);
    this.queue.reset();
    this.decoder.reset();
    this.chunks.reset();
    this.redeliveries.clear();
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
    const { session, subscribed } = opened.stream;
    if (this.failure || this.closed) {
      void session.close(this.operationTimeoutMs);
      return;
    }
    // Moved while this consumer was away (its stream broke before the reset ended it): what it
    // acknowledged before comes again and must be handed out.
    if (subscribed.resetGeneration !== this.resetGeneration) this.ackedOffsets.keepNewest(0);
    this.resetGeneration = subscribed.resetGeneration;
    this.ackRanges = subscribed.ackRanges;
    this.session = this.lastSession = session;
    this.disconnected = undefined;
    this.attach(session);
    this.queue.start();
    this.pendingSeek?.resubscribed();
    this.statusEvents.emit({ type: 'reconnected', brokerUrl: opened.brokerUrl });
  }

  private onDeliveries(decoded: DecodedEntry<Message | ChunkPart>[]): void {
    if (this.closed) return;
    for (const { entry, singles } of decoded) {
      if (singles instanceof BrookError) {
        this.queue.pushError(singles, entry.messageCount);
        continue;
      }
      const acked = entry.ackedIndexes.length > 0 ? new Set(entry.ackedIndexes) : undefined;
      const messages: Message[] = [];
      let deadLettered = 0;
      for (let i = 0; i < singles.length; i++) {
        if (acked?.has(i)) continue;
        const item = singles[i] as Message | ChunkPart;
        // A chunk is held (its permit returns) until its message is whole.
        const message = item instanceof ChunkPart ? this.chunks.accept(item.message, item.fields) : item;
        if (message === undefined) continue;
        if (this.ackedOffsets.has(message.offset)) void this.ack(message.id).catch(() => undefined);
        else if (this.deadLetter?.isDue(message)) {
          deadLettered++;
          this.sendToDeadLetter(message);
        } else messages.push(message);
      }
      // A dead-lettered message keeps its permit until its publish settles, so dead letters in flight stay bounded.
      this.queue.pushEntry(messages, singles.length - messages.length - deadLettered);
    }
    this.handOut();
  }

  private handOut(): void {
    while (this.waiters.length > 0 && this.queue.length > 0) {
      const waiter = this.waiters.shift() as Waiter;
      const item = waiter.batch > 0 ? this.takeBatch(waiter.batch) : (this.queue.take() as Message | BrookError);
      if (item instanceof BrookError) waiter.reject(item);
      else if (Array.isArray(item)) waiter.resolve(item);
      else {
        this.redeliveries.handedOut(item);
        waiter.resolve({ done: false, value: item });
      }
    }
  }

  /** Publishes to the dead-letter topic; acknowledges the original once that is durable, else nacks it. */
  private sendToDeadLetter(message: Message): void {
    const session = this.session;
    const settled = () => {
      if (session === this.session) this.queue.releaseHandled(1);
    };
    (this.deadLetter as DeadLetterProducer).publish(
      message,
      () => {
        settled();
        if (this.failure) return;
        for (const part of message.id.parts()) void this.ackPart(part);
      },
      () => {
        settled();
        this.redeliveries.nack(message.id);
      },
    );
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
    this.pendingSeek?.fail(error);
    this.acks.fail(error);
    this.queue.clear();
    this.decoder.reset();
    this.chunks.reset();
    this.redeliveries.clear();
    void this.deadLetter?.close();
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
    priorityLevel: config.priorityLevel,
    ...readerFields(config),
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

/** A reader's subscribe: non-durable, starting where the reader says. */
function readerFields(config: ConsumerConfig): Partial<pb.Subscribe.$Properties> {
  if (!config.reader) return {};
  const start = config.reader.startAt();
  return start
    ? { nonDurable: true, startMessageId: start.messageId, startInclusive: start.inclusive }
    : { nonDurable: true };
}

function idOf(message: Message | MessageId): MessageId {
  return message instanceof MessageId ? message : message.id;
}
