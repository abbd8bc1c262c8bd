import type { EntryCache } from './EntryCache.js';

interface Fetch {
  readonly ledgerId: number;
  readonly first: number;
  readonly last: number;
  readonly done: Promise<void>;
}

/**
 * Keeps the entry cache ahead of a log's active subscriptions, so a catch-up read finds its entries
 * in memory instead of waiting for a bookie round trip per dispatch: while less than a window of
 * entries past a read is fetched, the next window is fetched in the background. One fetch at a
 * time; a read that needs what a fetch in flight covers waits for it instead of reading it again.
 */
export class ReadAhead {
  private inFlight: Fetch | undefined;
  /** Where the next fetch starts: entries before it (in this ledger) are fetched or cached. */
  private end = { ledgerId: -1, entryId: 0 };

  constructor(
    private readonly cache: EntryCache,
    /** Reads [first, last] of a ledger from its bookies into the cache. */
    private readonly fetchInto: (ledgerId: number, first: number, last: number) => Promise<void>,
  ) {}

  /** The fetch in flight that will cache this entry, if any. */
  covering(ledgerId: number, entryId: number): Promise<void> | undefined {
    const f = this.inFlight;
    return f && f.ledgerId === ledgerId && entryId >= f.first && entryId <= f.last ? f.done : undefined;
  }

  /** A reader will read from `next` on; starts a fetch of up to `window` entries if it runs short. */
  after(ledgerId: number, next: number, lastReadable: number, window: number): void {
    if (this.inFlight) return;
    let first = this.end.ledgerId === ledgerId ? Math.max(this.end.entryId, next) : next;
    // Entries the cache has (appended while subscriptions tail the log) need no fetch.
    while (first <= lastReadable && first - next < window && this.cache.get(ledgerId, first)) first++;
    this.end = { ledgerId, entryId: first };
    if (first > lastReadable || first - next >= window) return;
    const last = Math.min(lastReadable, first + window - 1);
    const done = this.fetchInto(ledgerId, first, last).then(
      () => {
        this.end = { ledgerId, entryId: last + 1 };
      },
      () => {}, // the reader then misses and reads for itself, which reports the error
    );
    this.inFlight = { ledgerId, first, last, done: done.finally(() => (this.inFlight = undefined)) };
  }
}
