import { BrookError, ErrorCode, type pb } from '@brook/protocol';
import type { Logger } from 'pino';
import type { ManagedLedger } from '../ledger/ManagedLedger.js';
import type { Position } from '../ledger/Position.js';
import type { ReadEntry } from '../ledger/ReadEntry.js';
import { type ConsumerSelector, exclusiveSelector, sharedSelector } from './dispatch/ConsumerSelector.js';
import type { Cursor, OutstandingEntry } from './cursor/Cursor.js';
import { FailoverSelector } from './dispatch/FailoverSelector.js';
import { KeySharedSelector } from './dispatch/KeySharedSelector.js';
import { DelayedDeliveryTracker, holdsDelayedEntries } from './DelayedDeliveryTracker.js';
import type { ServerConsumer } from './ServerConsumer.js';

/** What a subscription needs of its topic's log. */
export type SubscriptionLog = Pick<ManagedLedger, 'read' | 'onAppend' | 'readerAt' | 'readerGone'>;

export type SubscriptionType = 'Exclusive' | 'Shared' | 'Failover' | 'KeyShared';

export interface SubscriptionOptions {
  name: string;
  cursor: Cursor;
  ledger: SubscriptionLog;
  maxUnackedMessages: number;
  dispatchBatchEntries: number;
  /** The topic's partition index (Failover spreads partitions over consumers); -1 or absent: not partitioned. */
  partition?: number;
  /** Entries held for delayed delivery at most (Shared, Key_Shared); reading pauses while full. */
  maxDelayedDeliveryEntries?: number;
  logger: Logger;
}

interface Delivery {
  entry: OutstandingEntry;
  /** The entry's bytes when just read; undefined for a redelivery, which is read again. */
  data: ReadEntry | undefined;
}

/** An entry a dispatch pass gave to a consumer, on its way out. */
interface Picked extends Delivery {
  consumer: ServerConsumer;
}

/** Key_Shared reads at most this many dispatch batches past entries that wait for a slow consumer. */
const READ_AHEAD_BATCHES = 10;

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
  /** Entries whose deliver-at time is still ahead: held here, not in `queue`, and not counted as unacked. */
  private readonly delayed: DelayedDeliveryTracker<OutstandingEntry>;

  constructor(private readonly options: SubscriptionOptions) {
    this.stopListening = options.ledger.onAppend(() => this.scheduleDispatch());
    this.delayed = new DelayedDeliveryTracker({
      maxEntries: options.maxDelayedDeliveryEntries ?? 100_000,
      onDue: (due) => {
        this.queue = mergeByOffset(
          this.queue,
          due.map((entry) => ({ entry, data: undefined })),
        );
        this.scheduleDispatch();
      },
    });
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

  /**
   * Throws SUBSCRIPTION_RESET (retriable) once the subscription is closed — reset, deleted or its
   * topic unloaded — so the consumer subscribes again and finds the current one.
   */
  addConsumer(consumer: ServerConsumer, type: SubscriptionType): void {
    if (this.closed) {
      throw new BrookError(ErrorCode.SubscriptionReset, `subscription ${this.name} was closed; subscribe again`);
    }
    if (this.consumers.length === 0) {
      this.selector = selectorFor(type, this.options.partition ?? -1);
      this.currentType = type;
    } else if (type !== this.currentType) {
      throw new BrookError(ErrorCode.ConsumerBusy, `subscription ${this.name} is ${this.currentType}, not ${type}`);
    }
    if (!this.selector.admits(this.consumers.length)) {
      throw new BrookError(ErrorCode.ConsumerBusy, `exclusive subscription ${this.name} already has a consumer`);
    }
    this.consumers.push(consumer);
    this.consumersChanged();
  }

  /** Takes back everything the consumer held unacknowledged, for redelivery to the others. */
  removeConsumer(consumer: ServerConsumer): void {
    const index = this.consumers.indexOf(consumer);
    if (index < 0) return;
    this.consumers.splice(index, 1);
    this.takeBack(consumer, this.options.cursor.entries(), { redelivery: false });
    this.consumersChanged();
  }

  /** Tells the selector (a Failover consumer that stopped being active gives back what it holds) and the log. */
  private consumersChanged(): void {
    this.reportReadPosition();
    for (const demoted of this.selector.consumersChanged(this.consumers)) {
      this.takeBack(demoted, this.options.cursor.entries(), { redelivery: false });
    }
  }

  /**
   * A consumer's Redeliver (negative ack, ack timeout): the entries named by `ids` (any message of
   * an entry names it; none = all) that it holds go back for redelivery. Others are ignored.
   */
  redeliver(consumer: ServerConsumer, ids: readonly pb.IMessageIdData[]): void {
    if (!this.consumers.includes(consumer)) return;
    const cursor = this.options.cursor;
    if (ids.length === 0) {
      this.takeBack(consumer, cursor.entries(), { redelivery: true });
      return;
    }
    const named = new Set<OutstandingEntry>();
    for (const id of ids) {
      const entry = cursor.find(id.offset ?? 0, id.batchIndex ?? 0);
      if (entry) named.add(entry);
    }
    this.takeBack(consumer, named, { redelivery: true });
  }

  /**
   * Entries of `candidates` that `consumer` holds go back to the queue, in offset order, ahead of
   * newer ones. Only a `redelivery` the consumer asked for raises their counts, as Pulsar: entries
   * of a consumer that left or stopped being active go out again with their counts unchanged.
   */
  private takeBack(
    consumer: ServerConsumer,
    candidates: Iterable<OutstandingEntry>,
    { redelivery }: { redelivery: boolean },
  ): void {
    const taken: Delivery[] = [];
    for (const entry of candidates) {
      if (entry.holder !== consumer) continue;
      entry.holder = undefined;
      if (redelivery) this.options.cursor.redelivered(entry);
      const messages = entry.count - entry.acked.size;
      consumer.unacked -= messages;
      this.unacked -= messages;
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

  /** Individual acks as offset runs, each inside one entry (AckMessages.ranges). */
  ackRanges(consumer: ServerConsumer, ranges: readonly pb.IAckRange[]): void {
    const cursor = this.options.cursor;
    for (const { baseOffset, from, to } of ranges) {
      const base = baseOffset ?? 0;
      // Only what this consumer holds: an ack for anything else would skip an undelivered message.
      const entry = cursor.find(base, 0);
      if (entry?.holder !== consumer) continue;
      const end = Math.min((to ?? 0) - base, entry.count);
      for (let i = Math.max((from ?? 0) - base, 0); i < end; i++) this.ackOne(entry, i);
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

  /**
   * Acknowledges every message below `to` (the first message of an entry) on the broker's own
   * account — message TTL and backlog eviction — whoever holds it. Returns how many it acknowledged.
   */
  acknowledgeBelow(to: Position & { offset: number }): number {
    const cursor = this.options.cursor;
    let acked = 0;
    for (const entry of [...cursor.entries()]) {
      if (entry.baseOffset >= to.offset) break;
      for (let i = 0; i < entry.count; i++) {
        if (entry.acked.has(i)) continue;
        this.ackOne(entry, i);
        acked++;
      }
    }
    acked += cursor.skipTo(to);
    if (acked > 0) this.scheduleDispatch();
    return acked;
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
        if ((await this.deliverQueued()) > 0) continue;
        // Nothing queued can go out now: read more into an empty queue, or (Key_Shared) past
        // entries waiting for a slow consumer, up to the read-ahead bound.
        if (this.queue.length > 0 && this.queue.length >= this.readAheadEntries) return;
        if (this.delayed.full || !(await this.readMore())) return;
      }
    } finally {
      this.dispatching = false;
    }
  }

  /** Reads new entries into the queue; false at the end of the topic. */
  private async readMore(): Promise<boolean> {
    const permits = this.consumers.reduce((sum, c) => sum + Math.max(0, c.permits), 0);
    const wanted = Math.ceil(permits / this.messagesPerEntry);
    const roomToHold = this.delayed.room;
    const count = Math.max(1, Math.min(this.options.dispatchBatchEntries, wanted, roomToHold));
    const cursor = this.options.cursor;
    const from = cursor.position;
    const entries = await this.options.ledger.read(from, count);
    // The cursor moved during the read (expiry, eviction, seek): what was read is stale; read again.
    if (cursor.position !== from) return true;
    if (entries.length === 0) return false;
    const messages = entries.reduce((sum, e) => sum + e.entry.messageCount, 0);
    this.messagesPerEntry = 0.8 * this.messagesPerEntry + (0.2 * messages) / entries.length;
    const byOffset = new Map(entries.map((e) => [e.entry.baseOffset, e]));
    const holdDelayed = holdsDelayedEntries(this.currentType);
    for (const entry of cursor.admit(entries)) {
      const data = byOffset.get(entry.baseOffset);
      const deliverAt = data?.entry.deliverAt ?? 0;
      if (holdDelayed && deliverAt > Date.now()) this.delayed.add(entry, deliverAt);
      else this.queue.push({ entry, data });
    }
    this.reportReadPosition();
    return true;
  }

  /**
   * While it has consumers, a subscription is an active reader of its log: entries before where it
   * reads next may leave the entry cache once every active reader is past them (ManagedLedger.readerAt).
   */
  private reportReadPosition(): void {
    if (this.consumers.length > 0) this.options.ledger.readerAt(this, this.options.cursor.position);
    else this.options.ledger.readerGone(this);
  }

  private get readAheadEntries(): number {
    return this.selector.readsPastBlocked ? this.options.dispatchBatchEntries * READ_AHEAD_BATCHES : 0;
  }

  /**
   * One pass over the queue in offset order: every entry the selector picks a consumer for goes
   * to it; the others stay queued, in order (Key_Shared lets entries of other keys pass them).
   * Entries given back without their bytes are read again. Returns how many entries went out.
   */
  private async deliverQueued(): Promise<number> {
    const pass = this.selector.startPass(this.consumers);
    const queue = this.queue;
    const waiting: Delivery[] = [];
    const picked: Picked[] = [];
    let i = 0;
    for (; i < queue.length; i++) {
      if (this.unacked >= this.options.maxUnackedMessages || !this.consumers.some((c) => c.ready)) break;
      const next = queue[i] as Delivery;
      const { entry } = next;
      if (entry.acked.size === entry.count || entry.holder) continue;
      const consumer = pass.pick(entry);
      if (!consumer) {
        waiting.push(next);
        continue;
      }
      this.hold(entry, consumer);
      picked.push({ entry, data: next.data, consumer });
    }
    // Decided synchronously, so what is taken back or falls due during the reads below merges in.
    this.queue = i < queue.length ? waiting.concat(queue.slice(i)) : waiting;
    if (picked.length > 0) await this.send(picked);
    return picked.length;
  }

  private async send(picked: Picked[]): Promise<void> {
    const unread = picked.filter((p) => !p.data);
    if (unread.length > 0) {
      try {
        const reads = await Promise.all(unread.map((p) => this.options.ledger.read(p.entry.position, 1)));
        unread.forEach((p, i) => {
          p.data = reads[i]?.[0];
        });
      } catch (error) {
        // Nothing went out: the picks go back to the queue as they were.
        const back = picked.filter((p) => this.unhold(p));
        this.queue = mergeByOffset(this.queue, back);
        throw error;
      }
    }
    const batches = new Map<ServerConsumer, pb.IDeliveredEntry[]>();
    for (const p of picked) {
      // Given back while its bytes were read (its consumer left, or asked for redelivery): queued again.
      if (p.entry.holder !== p.consumer) continue;
      if (!p.data) {
        this.options.logger.error({ subscription: this.name, ...p.entry.position }, 'outstanding entry not readable');
        this.unhold(p);
        continue;
      }
      let batch = batches.get(p.consumer);
      if (!batch) batches.set(p.consumer, (batch = []));
      batch.push(toDelivered(p.data, p.entry));
    }
    for (const [consumer, entries] of batches) consumer.deliver(entries, () => this.scheduleDispatch());
  }

  private hold(entry: OutstandingEntry, consumer: ServerConsumer): void {
    const messages = entry.count - entry.acked.size;
    entry.holder = consumer;
    consumer.permits -= messages;
    consumer.unacked += messages;
    this.unacked += messages;
  }

  /** Undoes hold() for a pick that never went out; false if the entry was given back meanwhile. */
  private unhold({ entry, consumer }: Picked): boolean {
    if (entry.holder !== consumer) return false;
    const messages = entry.count - entry.acked.size;
    entry.holder = undefined;
    consumer.permits += messages;
    consumer.unacked -= messages;
    this.unacked -= messages;
    return true;
  }

  /** Stops dispatching and, if `persist`, flushes the cursor. */
  async close(options: { persist: boolean } = { persist: true }): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    this.options.ledger.readerGone(this);
    this.delayed.close();
    await this.options.cursor.close(options);
  }
}

function selectorFor(type: SubscriptionType, partition: number): ConsumerSelector {
  if (type === 'Exclusive') return exclusiveSelector;
  if (type === 'Shared') return sharedSelector();
  if (type === 'Failover') return new FailoverSelector(partition);
  return new KeySharedSelector();
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
