import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { type Logger, pino } from 'pino';
import { compareMarks, type JournalMark } from '../journal/JournalRecord.js';
import type { BookieMetrics } from '../metrics.js';
import { EntryLocationIndex } from './EntryLocationIndex.js';
import { EntryLogger, readSpans, type ScannedFrame } from './EntryLogger.js';
import type { KeyValueOp, KeyValueStorage } from './KeyValueStorage.js';
import { CHECKPOINT_KEY, readU64, u64Value } from './keys.js';
import { LedgerMetadataIndex, type LedgerState } from './LedgerMetadataIndex.js';
import { RocksDbKeyValueStorage } from './RocksDbKeyValueStorage.js';
import { SEGMENT_BYTES, SegmentPool } from './SegmentPool.js';
import { WriteCache } from './WriteCache.js';

export interface LedgerStorageOptions {
  /** Holds `index/` (RocksDB) and `entrylogs/`. */
  ledgerDir: string;
  entryLogSizeLimit: number;
  /** `needsFlush` turns true past this many cached bytes; adds wait while a full cache is flushing. */
  writeCacheMaxBytes: number;
  logger?: Logger;
  metrics?: Pick<BookieMetrics, 'writeCacheBytes' | 'flushSeconds'>;
}

/** An entry as it arrives: its chunks (not kept: the write cache copies them), size and CRC32C. */
export interface IncomingEntry {
  data: readonly Uint8Array[];
  size: number;
  crc32c: number;
}

/** An entry as storage returns it: data and the CRC32C stored with it (not yet verified). */
export interface StorageEntry {
  ledgerId: number;
  entryId: number;
  data: Buffer;
  crc32c: number;
}

/** Most entries one index read looks up. */
const MAX_READ_RUN_ENTRIES = 256;

/** Entries a flush appends before it lets waiting I/O callbacks (journal acks, reads) run. */
const FLUSH_SLICE_ENTRIES = 256;

/**
 * Entries and per-ledger state of one bookie: write cache → entry logs + RocksDB index. Rules:
 * - every change applied here was journaled first and carries that record's journal mark;
 * - `addEntry` is synchronous and costs no I/O; the entry is readable at once (write cache);
 * - `flush()` (serialized) swaps the write cache, appends it to the entry log, fdatasyncs, then
 *   writes index locations + dirty ledger state + the journal checkpoint in one synced RocksDB
 *   batch, and resolves with that checkpoint: journal records up to it need no replay;
 * - on a failed flush the swapped entries and state go back and the next flush retries them.
 */
export class LedgerStorage {
  private readonly logger: Logger;
  private readonly kv: KeyValueStorage;
  private readonly entryLog: EntryLogger;
  private readonly locations: EntryLocationIndex;
  private ledgers = new LedgerMetadataIndex();
  private readonly segments: SegmentPool;
  private active: WriteCache;
  private flushing: WriteCache | undefined;
  /** Mark of the newest journal record applied since the last flush swap. */
  private pendingMark: JournalMark | undefined;
  private flushChain: Promise<unknown> = Promise.resolve();
  private flushDone: Promise<unknown> | undefined;

  constructor(private readonly options: LedgerStorageOptions) {
    this.logger = options.logger ?? pino({ level: 'silent' });
    // Room for the active cache and the one being flushed, each up to writeCacheMaxBytes.
    this.segments = new SegmentPool(2 * Math.ceil(options.writeCacheMaxBytes / SEGMENT_BYTES) + 2);
    this.active = new WriteCache(this.segments);
    this.kv = new RocksDbKeyValueStorage(join(options.ledgerDir, 'index'));
    this.entryLog = new EntryLogger({
      dir: join(options.ledgerDir, 'entrylogs'),
      sizeLimit: options.entryLogSizeLimit,
      logger: this.logger,
    });
    this.locations = new EntryLocationIndex(this.kv);
  }

  /** Opens the index and entry logs; resolves with the last checkpoint (replay starts there). */
  async start(): Promise<JournalMark | undefined> {
    await mkdir(this.options.ledgerDir, { recursive: true });
    await this.kv.open();
    this.ledgers = await LedgerMetadataIndex.load(this.kv);
    await this.entryLog.start();
    const value = await this.kv.get(CHECKPOINT_KEY);
    const checkpoint = value ? { fileId: readU64(value, 0), offset: readU64(value, 8) } : undefined;
    this.logger.info({ ledgers: this.ledgers.size, checkpoint }, 'ledger storage started');
    return checkpoint;
  }

  ledger(ledgerId: number): LedgerState | undefined {
    return this.ledgers.get(ledgerId);
  }

  /** The ledger's state, created with `masterKey` if new (made durable by the caller's journal record). */
  openLedger(ledgerId: number, masterKey: Buffer): LedgerState {
    return this.ledgers.getOrCreate(ledgerId, masterKey);
  }

  /** Fences at once (so adds checked after this are refused); `applied` the fence record's mark later. */
  setFenced(ledgerId: number, masterKey: Buffer): LedgerState {
    return this.ledgers.setFenced(ledgerId, masterKey);
  }

  /** A journal record with this mark is now reflected here; the next flush checkpoints past it. */
  applied(mark: JournalMark): void {
    if (!this.pendingMark || compareMarks(mark, this.pendingMark) > 0) this.pendingMark = mark;
  }

  addEntry(
    ledgerId: number,
    entryId: number,
    masterKey: Buffer,
    lac: number,
    entry: IncomingEntry,
    mark: JournalMark,
  ): void {
    this.applied(mark);
    this.active.put(ledgerId, entryId, entry.data, entry.size, entry.crc32c);
    this.ledgers.recordEntry(ledgerId, masterKey, entryId, lac);
    this.options.metrics?.writeCacheBytes.set(this.cachedBytes);
  }

  /**
   * Entries first..last of a ledger, in order, up to the first one this bookie does not have, and
   * none that would take the total past `maxBytes` (the first entry always comes). Cached entries
   * are copied (the cache's segments are reused after its flush); stored ones come from one index
   * read and one pread per span of the entry log.
   */
  async getEntries(ledgerId: number, first: number, last: number, maxBytes = Infinity): Promise<StorageEntry[]> {
    const entries: StorageEntry[] = [];
    let bytes = 0;
    const take = (entry: StorageEntry): boolean => {
      if (entries.length > 0 && bytes + entry.data.length > maxBytes) return false;
      entries.push(entry);
      bytes += entry.data.length;
      return true;
    };
    for (let entryId = first; entryId <= last; ) {
      const cached = this.cached(ledgerId, entryId);
      if (cached) {
        if (!take({ ledgerId, entryId, data: Buffer.from(cached.data), crc32c: cached.crc32c })) break;
        entryId++;
        continue;
      }
      let runEnd = entryId;
      while (runEnd < last && runEnd - entryId < MAX_READ_RUN_ENTRIES - 1 && !this.cached(ledgerId, runEnd + 1))
        runEnd++;
      const stored = await this.readStored(ledgerId, entryId, runEnd);
      if (!stored.every(take) || stored.length <= runEnd - entryId) break;
      entryId = runEnd + 1;
    }
    return entries;
  }

  private cached(ledgerId: number, entryId: number) {
    return this.active.get(ledgerId, entryId) ?? this.flushing?.get(ledgerId, entryId);
  }

  /** Entries first..last from the entry logs, up to the first one not indexed. */
  private async readStored(ledgerId: number, first: number, last: number): Promise<StorageEntry[]> {
    const locations = await this.locations.getLocations(ledgerId, first, last);
    const missing = locations.indexOf(undefined);
    const indexed = (missing < 0 ? locations : locations.slice(0, missing)) as number[];
    const entries: StorageEntry[] = [];
    for (const span of readSpans(indexed)) {
      try {
        for (const entry of await this.entryLog.readSpan(span)) entries.push(entry);
      } catch {
        // Compaction may have moved entries and removed their old log since the lookup: look again.
        for (let entryId = first + entries.length, end = entryId + span.length; entryId < end; entryId++) {
          const moved = await this.locations.getLocation(ledgerId, entryId);
          if (moved === undefined) return entries;
          entries.push(await this.entryLog.read(moved));
        }
      }
    }
    return entries;
  }

  /** Ids of every ledger stored here. */
  ledgerIds(): number[] {
    return this.ledgers.ids();
  }

  /** Ids of the entry logs that no longer take writes (everything but the current log), ascending. */
  sealedLogs(): Promise<number[]> {
    return this.serialize(() => this.entryLog.sealedLogIds());
  }

  /** The frames of a sealed log (see EntryLogger.scan). */
  scanLog(logId: number): AsyncGenerator<ScannedFrame> {
    return this.entryLog.scan(logId);
  }

  logBytes(logId: number): Promise<number> {
    return this.entryLog.logBytes(logId);
  }

  /** Bytes of all entry log files. */
  entryLogBytes(): Promise<number> {
    return this.entryLog.totalBytes();
  }

  /**
   * Copies the frames that are still live — their ledger exists and the index still points at
   * them — into the current entry log, syncs it, then points the index at the copies in one synced
   * batch. Serialized with flushes and ledger deletes, so no newer flush or delete interleaves.
   * Resolves with what was copied; frames no longer live are skipped.
   */
  relocate(frames: readonly ScannedFrame[]): Promise<{ entries: number; bytes: number }> {
    return this.serialize(async () => {
      const ops: KeyValueOp[] = [];
      let bytes = 0;
      for (const frame of frames) {
        if (!this.ledgers.get(frame.ledgerId)) continue;
        if ((await this.locations.getLocation(frame.ledgerId, frame.entryId)) !== frame.location) continue;
        const entry = await this.entryLog.read(frame.location);
        const location = this.entryLog.append(
          entry.ledgerId,
          entry.entryId,
          [entry.data],
          entry.data.length,
          entry.crc32c,
        );
        ops.push(this.locations.putOp(entry.ledgerId, entry.entryId, location));
        bytes += frame.bytes;
      }
      if (ops.length === 0) return { entries: 0, bytes: 0 };
      await this.entryLog.flush();
      await this.kv.write(ops, { sync: true });
      return { entries: ops.length, bytes };
    });
  }

  /** Deletes a sealed entry log that no index location points into any more. */
  removeLog(logId: number): Promise<void> {
    return this.serialize(() => this.entryLog.removeLog(logId));
  }

  get cachedBytes(): number {
    return this.active.bytes + (this.flushing?.bytes ?? 0);
  }

  get needsFlush(): boolean {
    return this.active.bytes >= this.options.writeCacheMaxBytes;
  }

  /** Undefined when an add may go ahead; else resolves once the flush that makes room is done. */
  room(): Promise<unknown> | undefined {
    return this.needsFlush && this.flushing ? this.flushDone : undefined;
  }

  /** Moves the write cache to entry log + index; resolves with the checkpoint now durable. */
  flush(): Promise<JournalMark | undefined> {
    const done = this.serialize(() => this.doFlush());
    this.flushDone = done.catch(() => undefined);
    return done;
  }

  /** Drops the ledger's state, cached entries and index entries (entry log space is reclaimed later). */
  deleteLedger(ledgerId: number): Promise<void> {
    return this.serialize(async () => {
      this.active.deleteLedger(ledgerId);
      await this.kv.write([this.ledgers.delete(ledgerId)], { sync: true });
      await this.locations.deleteLedger(ledgerId);
    });
  }

  async close(): Promise<void> {
    await this.flushChain.catch(() => undefined);
    await this.entryLog.close();
    await this.kv.close();
  }

  private serialize<T>(step: () => Promise<T>): Promise<T> {
    const result = this.flushChain.then(step, step);
    this.flushChain = result.catch(() => undefined);
    return result;
  }

  private async doFlush(): Promise<JournalMark | undefined> {
    const cache = this.active;
    const mark = this.pendingMark;
    if (cache.count === 0 && !mark) return undefined;
    const started = performance.now();
    this.flushing = cache;
    this.active = new WriteCache(this.segments);
    this.pendingMark = undefined;
    const dirty = this.ledgers.takeDirtyOps();
    this.entryLog.expectFlush(cache.bytes);
    try {
      const ops: KeyValueOp[] = [];
      for (const [ledgerId, entryId, entry] of cache.entries()) {
        const location = this.entryLog.append(ledgerId, entryId, [entry.data], entry.data.length, entry.crc32c);
        ops.push(this.locations.putOp(ledgerId, entryId, location));
        // A second's entries take milliseconds to append; adds and reads must not wait for all of them.
        if (ops.length % FLUSH_SLICE_ENTRIES === 0) await yieldToIo();
      }
      await this.entryLog.flush();
      for (const op of dirty.ops) ops.push(op);
      if (mark) ops.push({ type: 'put', key: CHECKPOINT_KEY, value: encodeMark(mark) });
      await this.kv.write(ops, { sync: true });
      this.logger.debug({ entries: cache.count, bytes: cache.bytes, mark }, 'ledger storage flushed');
      this.options.metrics?.flushSeconds.observe((performance.now() - started) / 1000);
      return mark;
    } catch (error) {
      for (const [ledgerId, entryId, entry] of cache.entries()) {
        if (!this.active.get(ledgerId, entryId))
          this.active.put(ledgerId, entryId, [entry.data], entry.data.length, entry.crc32c);
      }
      this.ledgers.restoreDirty(dirty.ledgerIds);
      if (mark) this.applied(mark);
      this.logger.error({ err: error }, 'ledger storage flush failed; will retry');
      throw error;
    } finally {
      // Written and synced (or copied back into the active cache): the segments may be reused.
      cache.release();
      this.flushing = undefined;
      this.options.metrics?.writeCacheBytes.set(this.cachedBytes);
    }
  }
}

function encodeMark(mark: JournalMark): Buffer {
  return Buffer.concat([u64Value(mark.fileId), u64Value(mark.offset)]);
}
