import type { ReadEntry } from './ReadEntry.js';

const never = () => false;

/**
 * Recently appended entries of every topic of a broker (ledger ids are unique, so topics share it),
 * so tailing consumers are served from memory. Entries hold views of the producer's payload, never
 * copies. The managed ledgers evict what their readers have passed (see ManagedLedger.readerAt);
 * the byte bound is the backstop for readers that fall behind: past it, the ledger cached longest
 * loses its oldest entries first.
 */
export class EntryCache {
  /** Per ledger, entries in append (entry id) order; ledgers in the order they were first cached. */
  private readonly ledgers = new Map<number, Map<number, ReadEntry>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  put(entry: ReadEntry): void {
    if (this.maxBytes === 0 || entry.size > this.maxBytes) return;
    let entries = this.ledgers.get(entry.ledgerId);
    if (!entries) this.ledgers.set(entry.ledgerId, (entries = new Map()));
    this.bytes += entry.size - (entries.get(entry.entryId)?.size ?? 0);
    entries.set(entry.entryId, entry);
    for (const ledgerId of this.ledgers.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.evictBefore(ledgerId, Number.POSITIVE_INFINITY, () => this.bytes <= this.maxBytes);
    }
  }

  get(ledgerId: number, entryId: number): ReadEntry | undefined {
    return this.ledgers.get(ledgerId)?.get(entryId);
  }

  /** Drops the ledger's entries below `entryId`, oldest first, until `enough()` says to stop. */
  evictBefore(ledgerId: number, entryId: number, enough: () => boolean = never): void {
    const entries = this.ledgers.get(ledgerId);
    if (!entries) return;
    for (const [id, entry] of entries) {
      if (id >= entryId || enough()) break;
      entries.delete(id);
      this.bytes -= entry.size;
    }
    if (entries.size === 0) this.ledgers.delete(ledgerId);
  }

  /** Drops every entry of a ledger (its readers passed it, its topic closed, or it was deleted). */
  evictLedger(ledgerId: number): void {
    this.evictBefore(ledgerId, Number.POSITIVE_INFINITY);
  }

  get size(): number {
    return this.bytes;
  }

  clear(): void {
    this.ledgers.clear();
    this.bytes = 0;
  }
}
