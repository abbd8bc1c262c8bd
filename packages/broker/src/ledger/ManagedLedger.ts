import type { LedgerClient, LedgerOptions, LedgerReader, LedgerWriter } from '@brook/bookie';
import { BrookError, type DecodedEntry, decodeEntry, encodeEntryHeader, ErrorCode, type pb } from '@brook/protocol';
import type { Logger } from 'pino';
import type { EntryCache } from './EntryCache.js';
import type { LedgerInfo, ManagedLedgerInfo, ManagedLedgerMetadata } from './ManagedLedgerMetadata.js';
import { comparePositions, type Position } from './Position.js';
import { ReadAhead } from './ReadAhead.js';
import type { ReadEntry } from './ReadEntry.js';
import { type RolloverPolicy, shouldRollOver } from './RolloverPolicy.js';

/** What ReadAhead fetches at a time for a log's active subscriptions: about this many bytes, at most this many entries. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;
const MAX_READ_AHEAD_ENTRIES = 1000;

/** A producer's batch as the broker appends it; the broker adds offset, publish time and sizes. */
export interface AppendBatch {
  codec: pb.Codec;
  messageCount: number;
  sequenceId: number;
  producerName: string;
  uncompressedSize: number;
  payloadCrc32c: number;
  payload: Buffer;
  /** The key every message of the batch shares, if they do. */
  key?: string | undefined;
  /** Deliver no earlier than this, ms since the epoch; 0 = at once. */
  deliverAt?: number;
  /**
   * The caller checked payloadCrc32c against the payload: the ledger frame's checksum is then
   * extended over the payload from it instead of by reading the payload again.
   */
  payloadCrc32cVerified?: boolean;
}

export interface AppendResult {
  ledgerId: number;
  entryId: number;
  baseOffset: number;
}

export interface ManagedLedgerOptions {
  ledgers: LedgerClient;
  metadata: ManagedLedgerMetadata;
  persistence: Omit<LedgerOptions, 'properties'>;
  rollover: RolloverPolicy;
  /** The broker-wide cache of recent entries (ledger ids are unique, so topics share it). */
  cache: EntryCache;
  logger: Logger;
}

interface QueuedAppend {
  batch: AppendBatch;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * A topic's log: a list of ledgers, of which only the last is open for writes. It assigns every
 * message a continuous offset, in append order, and keeps appends in order across rollovers.
 *
 * Rules: one writer per topic (the owner); the ledger list changes only by compare-and-set; after
 * any write failure the ledger is failed for good and must be reopened, which recovers the true tail.
 */
export class ManagedLedger {
  private readonly readers = new Map<number, Promise<LedgerReader>>();
  private readonly appendListeners = new Set<() => void>();
  /** Where each active reader (a subscription with consumers) reads next; see readerAt. */
  private readonly activeReaders = new Map<object, Position>();
  /** Ledgers of this log that may have entries in the cache, ascending. */
  private readonly cachedLedgers: number[] = [];
  private readonly readAhead: ReadAhead;
  private queued: QueuedAppend[] = [];
  private rolling: Promise<void> | undefined;
  private failure: BrookError | undefined;
  private closing: Promise<void> | undefined;
  private appendedEntries = 0;
  private appendedBytes = 0;
  private openedAt = Date.now();
  /** Set by setPersistence; until then the persistence the log was opened with. */
  private persistence: ManagedLedgerOptions['persistence'] | undefined;
  /** Writes of the ledger list, one at a time (rollover, trim, close), each on the version the last one left. */
  private metadataWrites: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly topic: string,
    private readonly options: ManagedLedgerOptions,
    private info: ManagedLedgerInfo,
    private version: number,
    private writer: LedgerWriter,
    private offset: number,
  ) {
    this.readAhead = new ReadAhead(
      options.cache,
      (ledgerId, first, last) => this.fetch(ledgerId, first, last),
      (entries) => {
        if (this.activeReaders.size > 0) for (const entry of entries) this.cacheEntry(entry);
      },
    );
  }

  private get cache(): EntryCache {
    return this.options.cache;
  }

  /** Opens a topic's log: closes (recovering) any ledger a previous owner left open, then starts a new ledger. */
  static async open(topic: string, options: ManagedLedgerOptions): Promise<ManagedLedger> {
    const stored = await options.metadata.read(topic);
    const info: ManagedLedgerInfo = stored?.info ?? { ledgers: [] };
    for (const ledger of info.ledgers) {
      if (ledger.entries >= 0) continue;
      await options.ledgers.open(ledger.ledgerId, { recover: true });
      const closed = await options.ledgers.getMetadata(ledger.ledgerId);
      ledger.entries = closed.lastEntryId + 1;
      ledger.size = closed.length;
      ledger.closedAt = Date.now();
      options.logger.info({ topic, ledgerId: ledger.ledgerId, entries: ledger.entries }, 'recovered ledger');
    }
    const nextOffset = await ManagedLedger.findNextOffset(info, options.ledgers);
    const writer = await options.ledgers.create({ ...options.persistence, properties: { topic } });
    info.ledgers.push({ ledgerId: writer.ledgerId, firstOffset: nextOffset, entries: -1, size: 0 });
    const version = await options.metadata.write(topic, info, stored?.version ?? 0);
    return new ManagedLedger(topic, options, info, version, writer, nextOffset);
  }

  private static async findNextOffset(info: ManagedLedgerInfo, ledgers: LedgerClient): Promise<number> {
    for (let i = info.ledgers.length - 1; i >= 0; i--) {
      const ledger = info.ledgers[i] as LedgerInfo;
      if (ledger.entries <= 0) continue;
      const reader = await ledgers.open(ledger.ledgerId, { recover: false });
      const [last] = await reader.read(ledger.entries - 1, ledger.entries - 1);
      if (!last) throw new BrookError(ErrorCode.EntryNotFound, `last entry of ledger ${ledger.ledgerId} is missing`);
      const header = decodeEntry(last.data);
      return header.baseOffset + header.messageCount;
    }
    return info.ledgers[0]?.firstOffset ?? 0;
  }

  /** Offset the next appended message will get. */
  get nextOffset(): number {
    return this.offset;
  }

  /** Position of the oldest stored entry (it may not exist yet). */
  get firstPosition(): Position {
    const first = this.info.ledgers[0] as LedgerInfo;
    return { ledgerId: first.ledgerId, entryId: 0 };
  }

  get firstOffset(): number {
    return (this.info.ledgers[0] as LedgerInfo).firstOffset;
  }

  /** Position the next entry will be written at (once the pending appends completed). */
  get endPosition(): Position {
    return { ledgerId: this.writer.ledgerId, entryId: this.writer.lastAddConfirmed + 1 };
  }

  get storageSize(): number {
    return this.info.ledgers.reduce((sum, l) => sum + l.size, 0) + this.writer.length;
  }

  get ledgerCount(): number {
    return this.info.ledgers.length;
  }

  /** The ledgers, oldest first; the last is the current (open) one. */
  get ledgers(): readonly Readonly<LedgerInfo>[] {
    return this.info.ledgers;
  }

  /**
   * Removes the oldest `count` ledgers from the log — never the current one — by compare-and-set,
   * then deletes them through the ledger client (their bookies reclaim the space). A crash between
   * the two leaves unlisted ledgers behind, never a list naming deleted ones. Positions in removed
   * ledgers read from the next ledger on. Resolves with the ids removed.
   */
  async trim(count: number): Promise<number[]> {
    const removed = await this.writeMetadata(async () => {
      const removable = Math.min(count, this.info.ledgers.length - 1);
      if (removable <= 0 || this.failure || this.closing) return [];
      const next: ManagedLedgerInfo = { ...this.info, ledgers: this.info.ledgers.slice(removable) };
      try {
        this.version = await this.options.metadata.write(this.topic, next, this.version);
      } catch (error) {
        throw this.fail(error);
      }
      // A rollover may have appended a ledger meanwhile; the removed ones are still the head.
      return this.info.ledgers.splice(0, removable).map((l) => l.ledgerId);
    });
    for (const ledgerId of removed) {
      this.readers.delete(ledgerId);
      this.cache.evictLedger(ledgerId);
      await this.options.ledgers.delete(ledgerId).catch((err: unknown) => {
        if (err instanceof BrookError && err.code === ErrorCode.LedgerNotFound) return;
        this.options.logger.warn({ topic: this.topic, ledgerId, err }, 'trimmed ledger not deleted; it stays unlisted');
      });
    }
    if (removed.length > 0) this.options.logger.info({ topic: this.topic, ledgers: removed }, 'ledgers trimmed');
    return removed;
  }

  private writeMetadata<T>(step: () => Promise<T>): Promise<T> {
    const result = this.metadataWrites.then(step, step);
    this.metadataWrites = result.catch(() => undefined);
    return result;
  }

  /** Writes the ledger list as it is in memory now, after any write in progress. */
  private writeInfo(): Promise<void> {
    return this.writeMetadata(async () => {
      this.version = await this.options.metadata.write(this.topic, this.info, this.version);
    });
  }

  /** Replication of the ledgers created from now on (the namespace's persistence policy changed). */
  setPersistence(persistence: ManagedLedgerOptions['persistence']): void {
    this.persistence = { ...persistence };
  }

  get failed(): BrookError | undefined {
    return this.failure;
  }

  /** Calls `listener` after entries were appended; returns an unsubscribe function. */
  onAppend(listener: () => void): () => void {
    this.appendListeners.add(listener);
    return () => this.appendListeners.delete(listener);
  }

  append(batch: AppendBatch): Promise<AppendResult> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new BrookError(ErrorCode.AlreadyClosed, `topic ${this.topic} is closing`));
    if (this.rolling || this.queued.length > 0) return this.enqueue(batch);
    const usage = { entries: this.appendedEntries, bytes: this.appendedBytes, openedAt: this.openedAt };
    if (this.appendedEntries > 0 && shouldRollOver(this.options.rollover, usage, Date.now())) {
      const queued = this.enqueue(batch);
      this.rolling = this.rollOver();
      return queued;
    }
    return this.appendToWriter(batch);
  }

  private enqueue(batch: AppendBatch): Promise<AppendResult> {
    return new Promise((resolve, reject) => this.queued.push({ batch, resolve, reject }));
  }

  private appendToWriter(batch: AppendBatch): Promise<AppendResult> {
    const baseOffset = this.offset;
    this.offset += batch.messageCount;
    // Built field by field in decodeEntry's order, so appended and read entries share one hidden
    // class: spreading the batch gave every entry a map of its own once V8's clone IC went
    // megamorphic, and those maps filled the old generation.
    const entry: DecodedEntry = {
      codec: batch.codec,
      baseOffset,
      messageCount: batch.messageCount,
      publishTime: Date.now(),
      sequenceId: batch.sequenceId,
      uncompressedSize: batch.uncompressedSize,
      payloadSize: batch.payload.length,
      payloadCrc32c: batch.payloadCrc32c,
      producerName: batch.producerName,
      deliverAt: batch.deliverAt ?? 0,
      key: batch.key,
      payload: batch.payload,
    };
    const header = encodeEntryHeader(entry);
    const size = header.length + entry.payloadSize;
    this.appendedEntries++;
    this.appendedBytes += size;
    const writer = this.writer;
    const known = batch.payloadCrc32cVerified ? [undefined, batch.payloadCrc32c] : undefined;
    return writer.append([header, batch.payload], known).then(
      (entryId) => {
        this.cacheEntry({ ledgerId: writer.ledgerId, entryId, entry, size });
        for (const listener of this.appendListeners) listener();
        return { ledgerId: writer.ledgerId, entryId, baseOffset };
      },
      (error: unknown) => {
        throw this.fail(error);
      },
    );
  }

  private async rollOver(): Promise<void> {
    let created: LedgerWriter | undefined;
    let listed = false;
    try {
      const next = await this.options.ledgers.create({
        ...(this.persistence ?? this.options.persistence),
        properties: { topic: this.topic },
      });
      created = next;
      const previous = this.writer;
      await previous.close();
      const current = this.info.ledgers.at(-1) as LedgerInfo;
      current.entries = previous.lastAddConfirmed + 1;
      current.size = previous.length;
      current.closedAt = Date.now();
      this.info.ledgers.push({ ledgerId: next.ledgerId, firstOffset: this.offset, entries: -1, size: 0 });
      this.writer = next;
      await this.writeInfo();
      listed = true;
      this.appendedEntries = 0;
      this.appendedBytes = 0;
      this.openedAt = Date.now();
      this.options.logger.info({ topic: this.topic, ledgerId: next.ledgerId }, 'rolled over to a new ledger');
    } catch (error) {
      this.fail(error);
      // A ledger missing from the stored list would be recovered or deleted by nobody.
      if (created && !listed) void this.options.ledgers.delete(created.ledgerId).catch(() => {});
    }
    this.rolling = undefined;
    const queued = this.queued;
    this.queued = [];
    // Back through append(): the new ledger's limits apply, and order is kept if it rolls again.
    for (const { batch, resolve, reject } of queued) this.append(batch).then(resolve, reject);
  }

  private fail(error: unknown): BrookError {
    if (!this.failure) {
      this.failure = error instanceof BrookError ? error : new BrookError(ErrorCode.Internal, String(error));
      this.options.logger.error({ topic: this.topic, err: this.failure }, 'managed ledger failed');
    }
    return this.failure;
  }

  /** Moves a position past the end of closed ledgers, to the next ledger's first entry. */
  normalize(position: Position): Position {
    const ledgers = this.info.ledgers;
    let index = ledgers.findIndex((l) => l.ledgerId >= position.ledgerId);
    if (index < 0) return this.endPosition;
    let entryId = (ledgers[index] as LedgerInfo).ledgerId === position.ledgerId ? position.entryId : 0;
    for (;;) {
      const ledger = ledgers[index] as LedgerInfo;
      const isCurrent = index === ledgers.length - 1;
      if (isCurrent || entryId < ledger.entries) return { ledgerId: ledger.ledgerId, entryId };
      index++;
      entryId = 0;
    }
  }

  /**
   * `reader` (a subscription with consumers) reads on from `position`. As Pulsar does behind its
   * slowest active cursor, entries every active reader has passed leave the cache: a tailing
   * reader's payloads then live only while in flight, young enough for V8 to reclaim cheaply,
   * instead of being promoted while they wait for the byte bound. Entries no active reader has
   * read yet (none is connected) stay, up to the byte bound, for the first one to come.
   */
  readerAt(reader: object, position: Position): void {
    this.activeReaders.set(reader, position);
    this.evictRead();
  }

  /** `reader` has no consumers any more (or closed): it no longer keeps entries in the cache. */
  readerGone(reader: object): void {
    if (this.activeReaders.delete(reader)) this.evictRead();
  }

  private cacheEntry(entry: ReadEntry): void {
    const ledgers = this.cachedLedgers;
    if (!ledgers.includes(entry.ledgerId)) {
      ledgers.push(entry.ledgerId);
      ledgers.sort((a, b) => a - b);
    }
    this.cache.put(entry);
  }

  private evictRead(): void {
    let slowest: Position | undefined;
    for (const position of this.activeReaders.values()) {
      if (!slowest || comparePositions(position, slowest) < 0) slowest = position;
    }
    if (!slowest) return;
    while (this.cachedLedgers.length > 0) {
      const ledgerId = this.cachedLedgers[0] as number;
      if (ledgerId === slowest.ledgerId) {
        this.cache.evictBefore(ledgerId, slowest.entryId);
        return;
      }
      if (ledgerId > slowest.ledgerId) return;
      this.cache.evictLedger(ledgerId);
      this.cachedLedgers.shift();
    }
  }

  /** Up to maxEntries entries from `from` (normalized), all of one ledger; [] at the end of the log. */
  async read(from: Position, maxEntries: number): Promise<ReadEntry[]> {
    const start = this.normalize(from);
    const ledger = this.info.ledgers.find((l) => l.ledgerId === start.ledgerId) as LedgerInfo;
    const isCurrent = ledger.ledgerId === this.writer.ledgerId;
    const lastReadable = isCurrent ? this.writer.lastAddConfirmed : ledger.entries - 1;
    const last = Math.min(lastReadable, start.entryId + maxEntries - 1);
    const entries: ReadEntry[] = [];
    let next = this.takeCached(ledger.ledgerId, start.entryId, last, entries);
    const fetching = next <= last ? this.readAhead.covering(ledger.ledgerId, next) : undefined;
    if (fetching) {
      await fetching;
      next = this.takeCached(ledger.ledgerId, next, last, entries);
    }
    if (next <= last) for (const entry of await this.fetch(ledger.ledgerId, next, last)) entries.push(entry);
    if (this.activeReaders.size > 0) {
      this.readAhead.after(ledger.ledgerId, last + 1, lastReadable, this.readAheadEntries(ledger, isCurrent));
    }
    return entries;
  }

  /** Moves the cached entries from `first` up to `last` into `into`; returns the first one not cached. */
  private takeCached(ledgerId: number, first: number, last: number, into: ReadEntry[]): number {
    let entryId = first;
    for (; entryId <= last; entryId++) {
      const cached = this.cache.get(ledgerId, entryId);
      if (!cached) break;
      into.push(cached);
    }
    return entryId;
  }

  /** Entries first..last of one of this log's ledgers, from its bookies. */
  private async fetch(ledgerId: number, first: number, last: number): Promise<ReadEntry[]> {
    const reader = ledgerId === this.writer.ledgerId ? this.writer : await this.reader(ledgerId);
    return (await reader.read(first, last)).map((stored) => ({
      ledgerId,
      entryId: stored.entryId,
      entry: decodeEntry(stored.data),
      size: stored.data.length,
    }));
  }

  /** How many entries make about READ_AHEAD_BYTES, judging by the ledger's mean entry size. */
  private readAheadEntries(ledger: LedgerInfo, isCurrent: boolean): number {
    const [bytes, count] = isCurrent ? [this.appendedBytes, this.appendedEntries] : [ledger.size, ledger.entries];
    const meanEntryBytes = count > 0 ? bytes / count : READ_AHEAD_BYTES;
    return Math.max(1, Math.min(MAX_READ_AHEAD_ENTRIES, Math.floor(READ_AHEAD_BYTES / meanEntryBytes)));
  }

  private reader(ledgerId: number): Promise<LedgerReader> {
    let reader = this.readers.get(ledgerId);
    if (!reader) {
      reader = this.options.ledgers.open(ledgerId, { recover: false });
      reader.catch(() => this.readers.delete(ledgerId));
      this.readers.set(ledgerId, reader);
    }
    return reader;
  }

  /** Waits for pending appends, closes the current ledger and records it. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.closeLedger();
    return this.closing;
  }

  /**
   * Stops using the log without writing anything: another broker owns it now and recovers it
   * (fencing this writer); a close here would only race that owner.
   */
  abandon(): void {
    this.closing ??= Promise.resolve();
    this.fail(new BrookError(ErrorCode.NotOwner, `topic ${this.topic} is owned elsewhere now`));
    this.appendListeners.clear();
    this.readers.clear();
    for (const ledger of this.info.ledgers) this.cache.evictLedger(ledger.ledgerId);
  }

  private async closeLedger(): Promise<void> {
    await this.rolling;
    this.appendListeners.clear();
    this.readers.clear();
    for (const ledger of this.info.ledgers) this.cache.evictLedger(ledger.ledgerId);
    if (this.failure) return;
    await this.writer.close();
    const current = this.info.ledgers.at(-1) as LedgerInfo;
    current.entries = this.writer.lastAddConfirmed + 1;
    current.size = this.writer.length;
    current.closedAt = Date.now();
    await this.writeInfo();
  }

  /** Closes the log and deletes its ledgers and metadata. */
  async delete(): Promise<void> {
    await this.close().catch(() => {});
    for (const ledger of this.info.ledgers) await this.options.ledgers.delete(ledger.ledgerId);
    await this.options.metadata.delete(this.topic);
  }
}
