import { BrookError, ErrorCode, type pb } from '@brook/protocol';
import type { Logger } from 'pino';
import type { ManagedLedger } from '../ledger/ManagedLedger.js';
import type { ReadEntry } from '../ledger/ReadEntry.js';
import { type ConsumerSelector, exclusiveSelector, sharedSelector } from './ConsumerSelector.js';
import type { Cursor, OutstandingEntry } from './Cursor.js';
import type { ServerConsumer } from './ServerConsumer.js';

export type SubscriptionType = 'Exclusive' | 'Shared' | 'Failover' | 'KeyShared';

export interface SubscriptionOptions {
  name: string;
  cursor: Cursor;
  ledger: ManagedLedger;
  maxUnackedMessages: number;
  dispatchBatchEntries: number;
  logger: Logger;
}

interface Delivery {
  entry: OutstandingEntry;
  /** The entry's bytes when just read; undefined for a redelivery, which is read again. */
  data: ReadEntry | undefined;
}

/**
 * Delivers a topic's entries to a subscription's consumers. Reads only as much as consumers have
 * permits for; entries read but not yet delivered, and entries taken back from a consumer that
 * left, wait in `queue` in offset order and go out before anything newer. Dispatch pauses while
 * `maxUnackedMessages` messages are delivered and unacknowledged, which bounds the memory the
 * cursor's ack holes can take.
 */
export class Subscription {
  readonly consumers: ServerConsumer[] = [];
  private queue: Delivery[] = [];
  private unacked = 0;
  private dispatching = false;
  private dispatchScheduled = false;
  private closed = false;
  private messagesPerEntry = 1;
  private readonly stopListening: () => void;
  /** Set by the first consumer; may change only while the subscription has no consumers. */
  private currentType: SubscriptionType | undefined;
  private selector: ConsumerSelector = exclusiveSelector;

  constructor(private readonly options: SubscriptionOptions) {
    this.stopListening = options.ledger.onAppend(() => this.scheduleDispatch());
  }

  get name(): string {
    return this.options.name;
  }

  get type(): SubscriptionType | undefined {
    return this.currentType;
  }

  get cursor(): Cursor {
    return this.options.cursor;
  }

  addConsumer(consumer: ServerConsumer, type: SubscriptionType): void {
    if (this.consumers.length === 0) {
      this.selector = selectorFor(type);
      this.currentType = type;
    } else if (type !== this.currentType) {
      throw new BrookError(ErrorCode.ConsumerBusy, `subscription ${this.name} is ${this.currentType}, not ${type}`);
    }
    if (!this.selector.admits(this.consumers.length)) {
      throw new BrookError(ErrorCode.ConsumerBusy, `exclusive subscription ${this.name} already has a consumer`);
    }
    this.consumers.push(consumer);
  }

  /** Takes back everything the consumer held unacknowledged, for redelivery to the others. */
  removeConsumer(consumer: ServerConsumer): void {
    const index = this.consumers.indexOf(consumer);
    if (index < 0) return;
    this.consumers.splice(index, 1);
    const taken: Delivery[] = [];
    for (const entry of this.options.cursor.entries()) {
      if (entry.holder !== consumer) continue;
      entry.holder = undefined;
      entry.redeliveryCount++;
      this.unacked -= entry.count - entry.acked.size;
      taken.push({ entry, data: undefined });
    }
    this.queue = mergeByOffset(this.queue, taken);
    this.scheduleDispatch();
  }

  flow(consumer: ServerConsumer, permits: number): void {
    consumer.permits += permits;
    this.scheduleDispatch();
  }

  ack(consumer: ServerConsumer, ids: readonly pb.IMessageIdData[], cumulative: boolean): void {
    if (cumulative && this.currentType !== 'Exclusive' && this.currentType !== 'Failover') {
      throw new BrookError(
        ErrorCode.InvalidArgument,
        `cumulative ack is not allowed on ${this.currentType} subscriptions`,
      );
    }
    const cursor = this.options.cursor;
    for (const id of ids) {
      const offset = id.offset ?? 0;
      const batchIndex = id.batchIndex ?? 0;
      if (!cumulative) {
        // Only what this consumer holds: an ack for anything else would skip an undelivered message.
        const entry = cursor.find(offset, batchIndex);
        if (entry?.holder === consumer) this.ackOne(entry, batchIndex);
        continue;
      }
      for (const entry of [...cursor.entries()]) {
        if (entry.baseOffset > offset) break;
        if (entry.holder !== consumer) continue;
        const last = Math.min(entry.count - 1, offset - entry.baseOffset);
        for (let i = 0; i <= last; i++) this.ackOne(entry, i);
      }
    }
    if (this.unacked < this.options.maxUnackedMessages) this.scheduleDispatch();
  }

  private ackOne(entry: OutstandingEntry, batchIndex: number): void {
    const holder = entry.holder as ServerConsumer | undefined;
    if (!this.options.cursor.ack(entry, batchIndex) || !holder) return;
    holder.unacked--;
    this.unacked--;
  }

  get unackedMessages(): number {
    return this.unacked;
  }

  scheduleDispatch(): void {
    if (this.dispatchScheduled || this.closed) return;
    this.dispatchScheduled = true;
    setImmediate(() => {
      this.dispatchScheduled = false;
      this.dispatch().catch((err: unknown) => {
        this.options.logger.warn({ err, subscription: this.name }, 'dispatch failed; retrying');
        setTimeout(() => this.scheduleDispatch(), 100).unref();
      });
    });
  }

  private async dispatch(): Promise<void> {
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      while (!this.closed && this.unacked < this.options.maxUnackedMessages) {
        if (!this.consumers.some((c) => c.ready)) return;
        if (this.queue.length === 0 && !(await this.readMore())) return;
        await this.deliverQueued();
      }
    } finally {
      this.dispatching = false;
    }
  }

  /** Reads new entries into the queue; false at the end of the topic. */
  private async readMore(): Promise<boolean> {
    const permits = this.consumers.reduce((sum, c) => sum + Math.max(0, c.permits), 0);
    const wanted = Math.ceil(permits / this.messagesPerEntry);
    const count = Math.max(1, Math.min(this.options.dispatchBatchEntries, wanted));
    const cursor = this.options.cursor;
    const entries = await this.options.ledger.read(cursor.position, count);
    if (entries.length === 0) return false;
    const messages = entries.reduce((sum, e) => sum + e.entry.messageCount, 0);
    this.messagesPerEntry = 0.8 * this.messagesPerEntry + (0.2 * messages) / entries.length;
    const byOffset = new Map(entries.map((e) => [e.entry.baseOffset, e]));
    for (const entry of cursor.admit(entries)) this.queue.push({ entry, data: byOffset.get(entry.baseOffset) });
    return true;
  }

  private async deliverQueued(): Promise<void> {
    const batches = new Map<ServerConsumer, pb.IDeliveredEntry[]>();
    while (this.queue.length > 0 && this.unacked < this.options.maxUnackedMessages) {
      const next = this.queue.shift() as Delivery;
      const { entry } = next;
      if (entry.acked.size === entry.count || entry.holder) continue;
      const consumer = this.selector.pick(this.consumers);
      if (!consumer) {
        this.queue.unshift(next);
        break;
      }
      const data = next.data ?? (await this.options.ledger.read(entry.position, 1))[0];
      if (!data) {
        this.options.logger.error({ subscription: this.name, ...entry.position }, 'outstanding entry not readable');
        continue;
      }
      // The consumer may have left, or filled up, while the entry was read: queue it again.
      if (!this.consumers.includes(consumer) || !consumer.ready) {
        this.queue = mergeByOffset(this.queue, [{ entry, data }]);
        continue;
      }
      const messages = entry.count - entry.acked.size;
      entry.holder = consumer;
      consumer.permits -= messages;
      consumer.unacked += messages;
      this.unacked += messages;
      let batch = batches.get(consumer);
      if (!batch) batches.set(consumer, (batch = []));
      batch.push(toDelivered(data, entry));
    }
    for (const [consumer, entries] of batches) {
      // A consumer that left during a read already had these entries taken back for redelivery.
      if (this.consumers.includes(consumer)) consumer.deliver(entries, () => this.scheduleDispatch());
    }
  }

  /** Stops dispatching and, if `persist`, flushes the cursor. */
  async close(options: { persist: boolean } = { persist: true }): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    await this.options.cursor.close(options);
  }
}

function selectorFor(type: SubscriptionType): ConsumerSelector {
  if (type === 'Exclusive') return exclusiveSelector;
  if (type === 'Shared') return sharedSelector();
  throw new BrookError(ErrorCode.InvalidArgument, `subscription type ${type} is not supported by this broker`);
}

function toDelivered(data: ReadEntry, entry: OutstandingEntry): pb.IDeliveredEntry {
  const e = data.entry;
  return {
    ledgerId: data.ledgerId,
    entryId: data.entryId,
    baseOffset: e.baseOffset,
    messageCount: e.messageCount,
    publishTime: e.publishTime,
    producerName: e.producerName,
    sequenceId: e.sequenceId,
    codec: e.codec,
    uncompressedSize: e.uncompressedSize,
    payloadCrc32c: e.payloadCrc32c,
    payload: e.payload,
    redeliveryCount: entry.redeliveryCount,
    ackedIndexes: entry.acked.size > 0 ? [...entry.acked] : [],
  };
}

function mergeByOffset(a: Delivery[], b: Delivery[]): Delivery[] {
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => x.entry.baseOffset - y.entry.baseOffset);
}
