import { SEGMENT_BYTES, type SegmentPool } from './SegmentPool.js';

/** One cached entry: its bytes (a view of a segment of the cache), their size and CRC32C. */
export interface CachedEntry {
  readonly data: Buffer;
  readonly crc32c: number;
}

/** Bigger entries are copied into a buffer of their own rather than into a shared segment. */
const OWN_BUFFER_BYTES = SEGMENT_BYTES / 4;

/**
 * Entries added since the last flush, by ledger then entry, served to reads until the flush that
 * moves them to an entry log and the index completes. Rules:
 * - `put` copies the entry into the cache's segments (see SegmentPool); the caller's buffers are
 *   not kept;
 * - what `get` and `entries` return views those segments: valid until `release()`, which hands the
 *   segments back for reuse, so anything kept longer must be copied;
 * - a later put of the same entry replaces the earlier one; entries are listed per ledger in
 *   insertion order.
 */
export class WriteCache {
  private readonly ledgers = new Map<number, Map<number, CachedEntry>>();
  private readonly segments: Buffer[] = [];
  private segment: Buffer | undefined;
  private used = 0;
  private totalBytes = 0;
  private totalCount = 0;

  constructor(private readonly pool: SegmentPool) {}

  get bytes(): number {
    return this.totalBytes;
  }

  get count(): number {
    return this.totalCount;
  }

  put(ledgerId: number, entryId: number, chunks: readonly Uint8Array[], size: number, crc32c: number): void {
    const data = this.copy(chunks, size);
    let entries = this.ledgers.get(ledgerId);
    if (!entries) this.ledgers.set(ledgerId, (entries = new Map()));
    const previous = entries.get(entryId);
    if (previous) {
      this.totalBytes -= previous.data.length;
      this.totalCount--;
    }
    entries.set(entryId, { data, crc32c });
    this.totalBytes += size;
    this.totalCount++;
  }

  get(ledgerId: number, entryId: number): CachedEntry | undefined {
    return this.ledgers.get(ledgerId)?.get(entryId);
  }

  deleteLedger(ledgerId: number): void {
    const entries = this.ledgers.get(ledgerId);
    if (!entries) return;
    for (const entry of entries.values()) this.totalBytes -= entry.data.length;
    this.totalCount -= entries.size;
    this.ledgers.delete(ledgerId);
  }

  /** Every entry, ledgers in ascending id order (sequential-ish entry logs per ledger). */
  *entries(): Generator<[ledgerId: number, entryId: number, entry: CachedEntry]> {
    for (const ledgerId of [...this.ledgers.keys()].sort((a, b) => a - b)) {
      for (const [entryId, entry] of this.ledgers.get(ledgerId)!) yield [ledgerId, entryId, entry];
    }
  }

  /** Gives the segments back to the pool; the cache and every view it handed out are dead after. */
  release(): void {
    this.pool.give(this.segments);
    this.segments.length = 0;
    this.segment = undefined;
    this.ledgers.clear();
    this.totalBytes = 0;
    this.totalCount = 0;
  }

  private copy(chunks: readonly Uint8Array[], size: number): Buffer {
    let target: Buffer;
    if (size > OWN_BUFFER_BYTES) {
      target = Buffer.allocUnsafeSlow(size);
    } else {
      if (!this.segment || this.used + size > this.segment.length) {
        this.segment = this.pool.take();
        this.segments.push(this.segment);
        this.used = 0;
      }
      target = this.segment.subarray(this.used, this.used + size);
      this.used += size;
    }
    let at = 0;
    for (const chunk of chunks) {
      target.set(chunk, at);
      at += chunk.byteLength;
    }
    return target;
  }
}
