import { type Position, positionKey } from './Position.js';
import type { ReadEntry } from './ReadEntry.js';

/**
 * Recently appended entries of every topic of a broker (ledger ids are unique, so positions do not
 * collide), so tailing consumers are served from memory. Bounded by
 * bytes; the oldest entries are evicted first (a Map iterates in insertion order, which is append
 * order). Entries hold views of the producer's payload, never copies.
 */
export class EntryCache {
  private readonly entries = new Map<string, ReadEntry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  put(entry: ReadEntry): void {
    if (this.maxBytes === 0 || entry.size > this.maxBytes) return;
    this.entries.set(positionKey(entry), entry);
    this.bytes += entry.size;
    for (const [key, oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= oldest.size;
    }
  }

  get(position: Position): ReadEntry | undefined {
    return this.entries.get(positionKey(position));
  }

  /** Drops every entry of a ledger (its topic closed, or the ledger was deleted). */
  evictLedger(ledgerId: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.ledgerId !== ledgerId) continue;
      this.entries.delete(key);
      this.bytes -= entry.size;
    }
  }

  get size(): number {
    return this.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}
