import { BrookError, ErrorCode, parseTopicName, toBrookError } from '@brook/protocol';
import type { ClientEvent } from '../../ClientEvent.js';
import type { Message } from '../../Message.js';
import { MessageId } from '../../MessageId.js';
import { Deque } from '../../util/Deque.js';
import { EventChannel } from '../../util/EventChannel.js';
import { once } from '../../util/once.js';
import { Periodic } from '../../util/Periodic.js';
import type { ConsumerApi } from '../ConsumerApi.js';
import type { SeekTarget } from '../SeekTarget.js';
import type { DiscoverTopics } from './TopicDiscovery.js';
import { closingIterator, DONE } from '../../util/closingIterator.js';

/** A consumer of one topic or partition, as MultiTopicConsumer composes them. */
export type ChildConsumer = Omit<ConsumerApi, 'reconsumeLater'>;

/**
 * Opens the consumer of one topic or partition, by its full name. `discovered`: the topic or
 * partition appeared after the consumer subscribed (the default factory then starts a new
 * subscription at Earliest, so nothing published before it was noticed is missed). Readers plug
 * their own factory here.
 */
export type OpenChild = (topic: string, options: { readonly discovered: boolean }) => Promise<ChildConsumer>;

/** Republishes a message for later; reconsumeLater acks the original after it resolves. */
export interface Reconsumer {
  reconsume(message: Message, delayMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface MultiTopicConsumerDeps {
  /** What `topic` reports: the topic, the topics joined by commas, or the pattern. */
  readonly description: string;
  readonly subscription: string;
  readonly name: string;
  readonly openChild: OpenChild;
  readonly discover: DiscoverTopics;
  readonly discoveryIntervalMs: number;
  /** Pattern subscriptions: topics that are no longer listed (deleted) are dropped. */
  readonly dropMissing: boolean;
  readonly reconsumer?: Reconsumer;
  readonly onClosed: (consumer: MultiTopicConsumer) => void;
}

interface Child {
  readonly topic: string;
  readonly partition: number;
  readonly consumer: ChildConsumer;
  /** The batch taken from the child; ready[readyAt] is handed out next. */
  ready: Message[];
  readyAt: number;
  /** An error to surface in the child's place once its ready messages are handed out. */
  failed: BrookError | undefined;
  pulling: boolean;
  removed: boolean;
}

/** A next() (batch 0) or receiveBatch(batch) waiting for messages. */
interface Waiter {
  readonly batch: number;
  readonly resolve: (result: IteratorResult<Message> | Message[]) => void;
  readonly reject: (error: BrookError) => void;
}

const NONE: Message[] = [];

/**
 * One subscription over several topics or partitions: a child consumer per topic (each with its own
 * bounded receiver queue and failover), merged into one `for await` (or receiveBatch). Memory stays
 * bounded: at most one batch per child (what its queue held) waits here besides the children's
 * queues. Merging is fair: children with messages ready are served round-robin, so a busy topic
 * cannot starve a quiet one. Order is kept per topic or partition (so per key on a key-routed
 * partitioned topic), not across them.
 *
 * ack, ackCumulative and nack go to the child that delivered the message, found by `message.topic`
 * (a MessageId alone is accepted when its partition names one child). A child that fails for good
 * fails the whole consumer, except that a pattern subscription drops a topic that was deleted.
 *
 * Every discoveryIntervalMs the topic set is read again: added partitions, and for a pattern new
 * matching topics, get a child; with dropMissing, topics no longer listed are closed.
 */
export class MultiTopicConsumer implements ConsumerApi {
  readonly topic: string;
  readonly subscription: string;
  readonly name: string;
  private readonly children: Child[] = [];
  private readonly byTopic = new Map<string, Child>();
  private readonly opening = new Set<string>();
  private readonly waiters = new Deque<Waiter>();
  private readonly statusEvents = new EventChannel<ClientEvent>();
  private readonly discovery: Periodic;
  /** Where the round-robin over children resumes. */
  private cursor = 0;
  private failure: BrookError | undefined;
  private closed = false;

  private constructor(
    private readonly deps: MultiTopicConsumerDeps,
    children: ChildConsumer[],
  ) {
    this.topic = deps.description;
    this.subscription = deps.subscription;
    this.name = deps.name || (children[0]?.name ?? '');
    for (const child of children) this.adopt(child);
    this.discovery = new Periodic(deps.discoveryIntervalMs, () => this.reconcile());
    this.discovery.start();
  }

  /** Discovers the topics and subscribes to each; if any subscription fails, closes the others and rejects. */
  static async open(deps: MultiTopicConsumerDeps): Promise<MultiTopicConsumer> {
    const topics = await deps.discover();
    const results = await Promise.allSettled(topics.map((t) => deps.openChild(t, { discovered: false })));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) {
      await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
      throw toBrookError(failed.reason);
    }
    return new MultiTopicConsumer(
      deps,
      results.map((r) => (r as PromiseFulfilledResult<ChildConsumer>).value),
    );
  }

  /** The topics and partitions consumed now. */
  get topics(): string[] {
    return this.children.map((c) => c.topic);
  }

  [Symbol.asyncIterator](): AsyncIterator<Message> {
    return closingIterator(
      () => this.next(),
      () => this.close(),
    );
  }

  events(): AsyncIterableIterator<ClientEvent> {
    return this.statusEvents.subscribe();
  }

  ack(message: Message | MessageId): Promise<void> {
    return this.route(message, (child) => child.consumer.ack(message));
  }

  ackCumulative(message: Message | MessageId): Promise<void> {
    return this.route(message, (child) => child.consumer.ackCumulative(message));
  }

  /** Negative acknowledgement, through the child that delivered the message. */
  nack(message: Message | MessageId): void {
    const child = this.childOf(message);
    if (child instanceof BrookError) throw child;
    child.consumer.nack(message);
  }

  async reconsumeLater(message: Message, delayMs: number): Promise<void> {
    const reconsumer = this.deps.reconsumer;
    if (!reconsumer) {
      throw new BrookError(ErrorCode.InvalidArgument, 'reconsumeLater needs a consumer subscribed with `retry`');
    }
    if (!Number.isInteger(delayMs) || delayMs < 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `delayMs must be a non-negative integer, got ${delayMs}`);
    }
    const child = this.childOf(message);
    if (child instanceof BrookError) throw child;
    await reconsumer.reconsume(message, delayMs);
    await child.consumer.ack(message);
  }

  /** Seeks every child; given a MessageId, only the one it names. */
  async seek(target: SeekTarget): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed) throw this.closedError();
    if (target instanceof MessageId) {
      const child = this.childOf(target);
      if (child instanceof BrookError) throw child;
      return child.consumer.seek(target);
    }
    await Promise.all(this.children.map((child) => child.consumer.seek(target)));
  }

  /** Looks for added (and, for a pattern, removed) topics now instead of at the next tick. */
  refreshTopics(): Promise<void> {
    return this.discovery.runNow();
  }

  readonly close: () => Promise<void> = once(async () => {
    this.closed = true;
    await this.discovery.stop();
    for (const waiter of this.waiters.drain()) waiter.resolve(waiter.batch > 0 ? [] : DONE);
    const children = this.children.splice(0);
    this.byTopic.clear();
    for (const child of children) child.removed = true;
    await Promise.all(children.map((c) => c.consumer.close()));
    await this.deps.reconsumer?.close();
    this.statusEvents.end();
    this.deps.onClosed(this);
  });

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** Messages ready now, of any topics, at most `maxMessages` (default 1,000), waiting for at least one. */
  receiveBatch(maxMessages = 1000): Promise<Message[]> {
    if (!Number.isInteger(maxMessages) || maxMessages < 1) {
      return Promise.reject(
        new BrookError(ErrorCode.InvalidArgument, `maxMessages must be a positive integer, got ${maxMessages}`),
      );
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve([]);
    const items = this.takeBatch(maxMessages);
    if (items === undefined) {
      return new Promise((resolve, reject) =>
        this.waiters.push({ batch: maxMessages, resolve: resolve as Waiter['resolve'], reject }),
      );
    }
    return items instanceof BrookError ? Promise.reject(items) : Promise.resolve(items);
  }

  private next(): Promise<IteratorResult<Message>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve(DONE);
    const item = this.takeReady();
    if (item === undefined) {
      return new Promise((resolve, reject) =>
        this.waiters.push({ batch: 0, resolve: resolve as Waiter['resolve'], reject }),
      );
    }
    return item instanceof BrookError ? Promise.reject(item) : Promise.resolve({ done: false, value: item });
  }

  /** The next ready item, round-robin from the cursor; a child whose batch ran out is pulled again. */
  private takeReady(): Message | BrookError | undefined {
    const count = this.children.length;
    for (let i = 0; i < count; i++) {
      const index = (this.cursor + i) % count;
      const child = this.children[index] as Child;
      let item: Message | BrookError | undefined;
      if (child.readyAt < child.ready.length) item = child.ready[child.readyAt++] as Message;
      else if (child.failed) {
        item = child.failed;
        child.failed = undefined;
      } else continue;
      this.cursor = index + 1;
      this.pullIfDrained(child);
      return item;
    }
    return undefined;
  }

  /**
   * Up to `max` ready messages, round-robin over the children from the cursor (a child's ready
   * messages in a row); the error a child surfaces when no message comes before it; undefined when
   * nothing is ready.
   */
  private takeBatch(max: number): Message[] | BrookError | undefined {
    const count = this.children.length;
    const messages: Message[] = [];
    for (let i = 0; i < count && messages.length < max; i++) {
      const index = (this.cursor + i) % count;
      const child = this.children[index] as Child;
      if (child.readyAt < child.ready.length) {
        const end = Math.min(child.ready.length, child.readyAt + max - messages.length);
        for (let at = child.readyAt; at < end; at++) messages.push(child.ready[at] as Message);
        child.readyAt = end;
      } else if (child.failed && messages.length === 0) {
        const error = child.failed;
        child.failed = undefined;
        this.cursor = index + 1;
        this.pullIfDrained(child);
        return error;
      } else continue;
      this.cursor = index + 1;
      this.pullIfDrained(child);
    }
    return messages.length > 0 ? messages : undefined;
  }

  private pullIfDrained(child: Child): void {
    if (child.readyAt < child.ready.length || child.failed) return;
    child.ready = NONE;
    child.readyAt = 0;
    this.pull(child);
  }

  private handOut(): void {
    while (this.waiters.length > 0) {
      const waiter = this.waiters.peek() as Waiter;
      const item = waiter.batch > 0 ? this.takeBatch(waiter.batch) : this.takeReady();
      if (item === undefined) return;
      this.waiters.shift();
      if (item instanceof BrookError) waiter.reject(item);
      else if (Array.isArray(item)) waiter.resolve(item);
      else waiter.resolve({ done: false, value: item });
    }
  }

  private adopt(consumer: ChildConsumer): void {
    const topic = parseTopicName(consumer.topic);
    const child: Child = {
      topic: topic.full,
      partition: topic.partition,
      consumer,
      ready: NONE,
      readyAt: 0,
      failed: undefined,
      pulling: false,
      removed: false,
    };
    this.children.push(child);
    this.byTopic.set(child.topic, child);
    void (async () => {
      for await (const event of consumer.events()) this.statusEvents.emit(event);
    })();
    this.pull(child);
  }

  private pull(child: Child): void {
    if (child.pulling || child.removed || child.readyAt < child.ready.length || child.failed || this.closed) return;
    child.pulling = true;
    child.consumer.receiveBatch().then(
      (batch) => {
        child.pulling = false;
        if (child.removed || this.closed) return;
        if (batch.length === 0) {
          // Closed under us (not by this consumer): it has nothing more to give.
          void this.remove(child);
          return;
        }
        child.ready = batch;
        child.readyAt = 0;
        this.handOut();
      },
      (thrown: unknown) => {
        child.pulling = false;
        if (child.removed || this.closed) return;
        this.onChildError(child, toBrookError(thrown));
      },
    );
  }

  private onChildError(child: Child, error: BrookError): void {
    if (error.code === ErrorCode.ChecksumMismatch) {
      // An unreadable entry surfaces in its place; the child carries on after it.
      child.failed = error;
      this.handOut();
    } else if (this.deps.dropMissing && error.code === ErrorCode.TopicNotFound) {
      void this.remove(child);
    } else {
      this.fail(error);
    }
  }

  private async remove(child: Child): Promise<void> {
    if (child.removed) return;
    child.removed = true;
    const index = this.children.indexOf(child);
    if (index >= 0) this.children.splice(index, 1);
    if (this.byTopic.get(child.topic) === child) this.byTopic.delete(child.topic);
    await child.consumer.close().catch(() => {});
  }

  /** Opens children for topics that appeared; with dropMissing, closes those that are gone. */
  private async reconcile(): Promise<void> {
    if (this.closed || this.failure) return;
    const wanted = new Set(await this.deps.discover());
    if (this.closed || this.failure) return;
    if (this.deps.dropMissing) {
      await Promise.all(this.children.filter((c) => !wanted.has(c.topic)).map((c) => this.remove(c)));
    }
    const added = [...wanted].filter((t) => !this.byTopic.has(t) && !this.opening.has(t));
    await Promise.all(
      added.map(async (topic) => {
        this.opening.add(topic);
        try {
          const consumer = await this.deps.openChild(topic, { discovered: true });
          if (this.closed || this.failure) await consumer.close();
          else this.adopt(consumer);
        } catch {
          // Tried again at the next tick.
        } finally {
          this.opening.delete(topic);
        }
      }),
    );
  }

  private route(message: Message | MessageId, act: (child: Child) => Promise<void>): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(this.closedError());
    const child = this.childOf(message);
    return child instanceof BrookError ? Promise.reject(child) : act(child);
  }

  private childOf(message: Message | MessageId): Child | BrookError {
    if (!(message instanceof MessageId)) {
      return (
        this.byTopic.get(message.topic) ??
        new BrookError(ErrorCode.InvalidArgument, `${message.topic} is not consumed by ${this.topic} (any more)`)
      );
    }
    const matches = this.children.filter((c) => c.partition === message.partition);
    if (matches.length === 1) return matches[0] as Child;
    return new BrookError(
      ErrorCode.InvalidArgument,
      `message id ${message} does not name one of the topics of ${this.topic}: acknowledge the Message instead`,
    );
  }

  private closedError(): BrookError {
    return new BrookError(ErrorCode.AlreadyClosed, `consumer ${this.name} of ${this.topic} is closed`);
  }

  private fail(error: BrookError): void {
    if (this.failure || this.closed) return;
    this.failure = error;
    void this.discovery.stop();
    for (const waiter of this.waiters.drain()) waiter.reject(error);
    const children = this.children.splice(0);
    this.byTopic.clear();
    for (const child of children) {
      child.removed = true;
      void child.consumer.close().catch(() => {});
    }
    void this.deps.reconsumer?.close();
    this.statusEvents.end();
  }
}
