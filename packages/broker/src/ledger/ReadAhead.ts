import type { EntryCache } from './EntryCache.js';
import type { ReadEntry } from './ReadEntry.js';

/** Windows fetched at once: one fetch's bookie round trip overlaps the other's transfer. */
const MAX_FETCHES = 2;

interface Fetch {
  readonly ledgerId: number;
  readonly first: number;
  readonly last: number;
  readonly done: Promise<void>;
}

/**
 * Keeps the entry cache ahead of a log's active subscriptions, so a catch-up read finds its entries
 * in memory instead of waiting for a bookie round trip per dispatch: while less than MAX_FETCHES
 * windows of entries past a read are fetched, the next window is fetched in the background. Up to
 * MAX_FETCHES fetches run at once, and their entries are stored in entry order. A read that needs
 * what a fetch in flight covers waits for it instead of reading it again.
 */
export class ReadAhead {
  private inFlight: Fetch[] = [];
  /** Where the next fetch starts: entries before it (in this ledger) are fetched, in flight or cached. */
  private end = { ledgerId: -1, entryId: 0 };

  constructor(
    private readonly cache: EntryCache,
    /** Reads [first, last] of a ledger from its bookies. */
    private readonly fetch: (ledgerId: number, first: number, last: number) => Promise<ReadEntry[]>,
    /** Puts fetched entries into the cache. */
    private readonly store: (entries: ReadEntry[]) => void,
  ) {}

  /** The fetch in flight that will cache this entry, if any. */
  covering(ledgerId: number, entryId: number): Promise<void> | undefined {
    return this.inFlight.find((f) => f.ledgerId === ledgerId && entryId >= f.first && entryId <= f.last)?.done;
  }

  /** A reader will read from `next` on; fetches windows of `window` entries if it runs short. */
  after(ledgerId: number, next: number, lastReadable: number, window: number): void {
    while (this.inFlight.length < MAX_FETCHES) {
      let first = this.end.ledgerId === ledgerId ? Math.max(this.end.entryId, next) : next;
      // Entries the cache has (appended while subscriptions tail the log) need no fetch.
      const ahead = window * MAX_FETCHES;
      while (first <= lastReadable && first - next < ahead && this.cache.get(ledgerId, first)) first++;
      this.end = { ledgerId, entryId: first };
      if (first > lastReadable || first - next >= ahead) return;
      this.start(ledgerId, first, Math.min(lastReadable, first + window - 1));
    }
  }

  private start(ledgerId: number, first: number, last: number): void {
    const previous = this.inFlight.at(-1)?.done;
    const done = Promise.all([this.fetch(ledgerId, first, last), previous]).then(
      ([entries]) => this.store(entries),
      () => {
        // Fetched again by a later call; a reader that misses meanwhile reads for itself.
        if (this.end.ledgerId === ledgerId && this.end.entryId > first) this.end = { ledgerId, entryId: first };
      },
    );
    const fetch: Fetch = {
      ledgerId,
      first,
      last,
      done: done.finally(() => {
        this.inFlight = this.inFlight.filter((f) => f !== fetch);
      }),
    };
    this.inFlight.push(fetch);
    this.end = { ledgerId, entryId: last + 1 };
  }
}
