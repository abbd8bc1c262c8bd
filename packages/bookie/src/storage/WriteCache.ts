/** One cached entry: the chunks as they arrived (not copied), their total size and CRC32C. */
export interface CachedEntry {
  readonly data: readonly Uint8Array[];
  readonly size: number;
  readonly crc32c: number;
}

/**
 * Entries added since the last flush, by ledger then entry, served to reads until the flush that
 * moves them to an entry log and the index completes. Rules: a later put of the same entry
 * replaces the earlier one; entries are listed per ledger in insertion order.
 */
export class WriteCache {
  private readonly ledgers = new Map<number, Map<number, CachedEntry>>();
  private totalBytes = 0;
  private totalCount = 0;

  get bytes(): number {
    return this.totalBytes;
  }

  get count(): number {
    return this.totalCount;
  }

  put(ledgerId: number, entryId: number, entry: CachedEntry): void {
    let entries = this.ledgers.get(ledgerId);
    if (!entries) this.ledgers.set(ledgerId, (entries = new Map()));
    const previous = entries.get(entryId);
    if (previous) {
      this.totalBytes -= previous.size;
      this.totalCount--;
    }
    entries.set(entryId, entry);
    this.totalBytes += entry.size;
    this.totalCount++;
  }

  get(ledgerId: number, entryId: number): CachedEntry | undefined {
    return this.ledgers.get(ledgerId)?.get(entryId);
  }

  deleteLedger(ledgerId: number): void {
    const entries = this.ledgers.get(ledgerId);
    if (!entries) return;
    for (const entry of entries.values()) this.totalBytes -= entry.size;
    this.totalCount -= entries.size;
    this.ledgers.delete(ledgerId);
  }

  /** Every entry, ledgers in ascending id order (sequential-ish entry logs per ledger). */
  *entries(): Generator<[ledgerId: number, entryId: number, entry: CachedEntry]> {
    for (const ledgerId of [...this.ledgers.keys()].sort((a, b) => a - b)) {
      for (const [entryId, entry] of this.ledgers.get(ledgerId)!) yield [ledgerId, entryId, entry];
    }
  }
}
