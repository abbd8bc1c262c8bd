import type { Logger } from 'pino';
import type { Position } from '../../ledger/Position.js';
import type { ReadEntry } from '../../ledger/ReadEntry.js';
import { BrookError, ErrorCode, OffsetRanges } from '@brook/protocol';
import type { CursorState, CursorStore } from './CursorStore.js';
import { RecoveredRedeliveryCounts, redeliveryCountsToPersist } from './RedeliveryCounts.js';

/** An entry read for a subscription and not yet fully acknowledged. */
export interface OutstandingEntry {
  readonly position: Position;
  readonly baseOffset: number;
  readonly count: number;
  /** The key every message of the entry shares, if they do (Key_Shared dispatch hashes it). */
  readonly key?: string | undefined;
  /** Batch indexes acknowledged so far. */
  readonly acked: Set<number>;
  /** The consumer holding it, or undefined while it waits for redelivery. */
  holder: object | undefined;
  redeliveryCount: number;
}

export interface CursorOptions {
  topic: string;
  subscription: string;
  /** Where the state is written: the metadata store, or memory for a reader's non-durable cursor. */
  store: Pick<CursorStore, 'write'>;
  persistIntervalMs: number;
  maxPersistedAckRanges: number;
  logger: Logger;
}

/**
 * A subscription's position in its topic: the next entry to read, the entries read and not yet
 * fully acknowledged (kept in offset order), and acknowledgements recovered from storage for
 * entries not yet re-read. The durable state is derived from these and written at most once per
 * persist interval, by compare-and-set; until then an acknowledgement may be redelivered after a
 * crash (at-least-once), never lost.
 */
export class Cursor {
  private readonly outstanding = new Map<number, OutstandingEntry>();
  /** Offsets acknowledged before a restart, for entries at or after the read position. */
  private readonly recoveredAcks: OffsetRanges;
  /** Entries acknowledged in full while an older entry is still outstanding. */
  private readonly completedAcks = new OffsetRanges();
  /** Redelivery counts persisted before a restart, for entries not yet re-read. */
  private readonly recoveredRedeliveries: RecoveredRedeliveryCounts;
  private readPosition: Position;
  /** Offset of the first message at readPosition. */
  private readOffset: number;
  private persistedState: CursorState;
  /** How many times the subscription was moved; carried through every persist. */
  readonly resetGeneration: number;
  /** Offsets below the mark-delete loaded at startup were acknowledged before it. */
  private readonly recoveredFloor: number;
  private persistTimer: NodeJS.Timeout | undefined;
  private persisting: Promise<void> | undefined;
  private dirty = false;
  private closed = false;

  constructor(
    private readonly options: CursorOptions,
    state: CursorState,
    private version: number,
  ) {
    this.readPosition = { ledgerId: state.markDelete.ledgerId, entryId: state.markDelete.entryId };
    this.readOffset = state.markDelete.offset;
    this.recoveredAcks = OffsetRanges.from(state.ackedRanges);
    this.recoveredRedeliveries = new RecoveredRedeliveryCounts(state.redeliveryCounts);
    this.persistedState = state;
    this.resetGeneration = state.resetGeneration ?? 0;
    this.recoveredFloor = state.markDelete.offset;
  }

  get position(): Position {
    return this.readPosition;
  }

  /** The first unacknowledged offset (everything below it is acknowledged). */
  get markDeleteOffset(): number {
    return this.markDelete().offset;
  }

  get persistedMarkDeleteOffset(): number {
    return this.persistedState.markDelete.offset;
  }

  /** Messages not yet acknowledged, given the topic's next offset. */
  backlog(nextOffset: number): number {
    let unacked = Math.max(0, nextOffset - this.readOffset) - this.recoveredAcks.countFrom(this.readOffset);
    for (const entry of this.outstanding.values()) unacked += entry.count - entry.acked.size;
    return Math.max(0, unacked);
  }

  /**
   * Takes entries just read at the read position: advances past them and returns those that hold
   * unacknowledged messages, registered as outstanding with no holder yet.
   */
  admit(entries: readonly ReadEntry[]): OutstandingEntry[] {
    const admitted: OutstandingEntry[] = [];
    for (const { ledgerId, entryId, entry } of entries) {
      this.readPosition = { ledgerId, entryId: entryId + 1 };
      const { baseOffset, messageCount } = entry;
      this.readOffset = baseOffset + messageCount;
      const acked = new Set(this.recoveredAcks.indexesIn(baseOffset, messageCount));
      for (let i = 0; i < messageCount && baseOffset + i < this.recoveredFloor; i++) acked.add(i);
      this.recoveredAcks.trimBelow(this.readOffset);
      if (acked.size === messageCount) continue;
      const position = { ledgerId, entryId };
      const redeliveryCount = this.recoveredRedeliveries.take(baseOffset);
      const outstanding: OutstandingEntry = {
        position,
        baseOffset,
        count: messageCount,
        key: entry.key,
        acked,
        holder: undefined,
        redeliveryCount,
      };
      this.outstanding.set(baseOffset, outstanding);
      admitted.push(outstanding);
    }
    return admitted;
  }

  /** The outstanding entry holding `offset`, given its batch index. */
  find(offset: number, batchIndex: number): OutstandingEntry | undefined {
    return this.outstanding.get(offset - batchIndex);
  }

  /** Records one message as acknowledged; returns true if it was outstanding and not yet acked. */
  ack(entry: OutstandingEntry, batchIndex: number): boolean {
    if (batchIndex >= entry.count || entry.acked.has(batchIndex)) return false;
    entry.acked.add(batchIndex);
    if (entry.acked.size === entry.count) {
      this.outstanding.delete(entry.baseOffset);
      this.completedAcks.add(entry.baseOffset, entry.baseOffset + entry.count);
      this.completedAcks.trimBelow(this.markDeleteOffset);
    }
    this.markDirty();
    return true;
  }

  /** The entry goes back for redelivery: its count rises, and is persisted so it survives a failover. */
  redelivered(entry: OutstandingEntry): void {
    entry.redeliveryCount++;
    this.markDirty();
  }

  /** Outstanding entries in offset order. */
  entries(): IterableIterator<OutstandingEntry> {
    return this.outstanding.values();
  }

  /** The first unacknowledged message and the entry holding it (or the read position, if none is). */
  get markDeletePosition(): Position & { offset: number } {
    return this.markDelete();
  }

  /**
   * Moves the read position forward to `to` (the first message of an entry), acknowledging the
   * unread messages below it: TTL expiry and backlog eviction. Outstanding entries below `to` are
   * the caller's to acknowledge. Returns how many unread, unacknowledged messages were skipped.
   */
  skipTo(to: Position & { offset: number }): number {
    if (to.offset <= this.readOffset) return 0;
    const acked = this.recoveredAcks.countFrom(this.readOffset) - this.recoveredAcks.countFrom(to.offset);
    const skipped = to.offset - this.readOffset - acked;
    this.readPosition = { ledgerId: to.ledgerId, entryId: to.entryId };
    this.readOffset = to.offset;
    this.recoveredAcks.trimBelow(to.offset);
    this.markDirty();
    return skipped;
  }

  private markDelete(): CursorState['markDelete'] {
    for (const entry of this.outstanding.values()) {
      let index = 0;
      while (entry.acked.has(index)) index++;
      return { ...entry.position, offset: entry.baseOffset + index };
    }
    return { ...this.readPosition, offset: this.readOffset };
  }

  private state(): CursorState {
    const markDelete = this.markDelete();
    const ranges = OffsetRanges.from([...this.recoveredAcks.toArray(), ...this.completedAcks.toArray()]);
    for (const entry of this.outstanding.values()) {
      for (const index of entry.acked) ranges.add(entry.baseOffset + index, entry.baseOffset + index + 1);
    }
    ranges.trimBelow(markDelete.offset);
    const state: CursorState = { markDelete, ackedRanges: ranges.toArray(this.options.maxPersistedAckRanges) };
    const max = this.options.maxPersistedAckRanges;
    const counts = redeliveryCountsToPersist(
      this.outstanding.values(),
      this.recoveredRedeliveries,
      this.readOffset,
      max,
    );
    if (counts.length > 0) state.redeliveryCounts = counts;
    if (this.resetGeneration > 0) state.resetGeneration = this.resetGeneration;
    return state;
  }

  private markDirty(): void {
    this.dirty = true;
    if (this.closed) return;
    this.persistTimer ??= setTimeout(() => {
      this.persistTimer = undefined;
      this.flush().catch((err: unknown) => {
        this.options.logger.warn({ err, subscription: this.options.subscription }, 'cursor persist failed');
        // The store was unreachable: try again next interval, even if no ack comes. Another
        // writer (TOPIC_BUSY) means this broker lost the topic, which unloads it: stop there.
        if (!(err instanceof BrookError && err.code === ErrorCode.TopicBusy)) this.markDirty();
      });
    }, this.options.persistIntervalMs);
  }

  /** Writes the current state now if it changed. */
  async flush(): Promise<void> {
    while (this.persisting) await this.persisting;
    if (!this.dirty) return;
    this.dirty = false;
    const state = this.state();
    this.persisting = this.options.store
      .write(this.options.topic, this.options.subscription, state, this.version)
      .then(
        (version) => {
          this.version = version;
          this.persistedState = state;
        },
        (error: unknown) => {
          this.dirty = true;
          throw error;
        },
      )
      .finally(() => {
        this.persisting = undefined;
      });
    await this.persisting;
  }

  /** Stops the persist timer and, if `persist`, writes what changed. */
  async close(options: { persist: boolean } = { persist: true }): Promise<void> {
    this.closed = true;
    clearTimeout(this.persistTimer);
    this.persistTimer = undefined;
    if (options.persist) await this.flush();
  }
}
