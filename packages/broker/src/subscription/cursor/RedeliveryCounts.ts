/** Per-entry redelivery counts as a cursor persists them: [entry base offset, count], by offset. */
export type PersistedRedeliveryCounts = [number, number][];

/**
 * Redelivery counts loaded with a cursor, for entries not read again yet. The dispatcher reads in
 * offset order, so counts are taken in that order: one pointer walks the sorted list, and counts of
 * entries that are no longer outstanding (acknowledged before the restart) are passed over.
 */
export class RecoveredRedeliveryCounts {
  private readonly counts: PersistedRedeliveryCounts;
  private next = 0;

  constructor(persisted: unknown) {
    this.counts = Array.isArray(persisted)
      ? persisted
          .filter(
            (pair): pair is [number, number] =>
              Array.isArray(pair) && Number.isSafeInteger(pair[0]) && Number.isSafeInteger(pair[1]) && pair[1] > 0,
          )
          .sort((a, b) => a[0] - b[0])
      : [];
  }

  /** The count persisted for the entry at `baseOffset`, 0 if none; forgets the counts below it. */
  take(baseOffset: number): number {
    const counts = this.counts;
    while (this.next < counts.length && (counts[this.next] as [number, number])[0] < baseOffset) this.next++;
    const pair = counts[this.next];
    if (pair?.[0] !== baseOffset) return 0;
    this.next++;
    return pair[1];
  }

  /** Counts not taken yet, at or above `from`: they still belong in the persisted state. */
  *remaining(from: number): Generator<[number, number]> {
    for (let i = this.next; i < this.counts.length; i++) {
      const pair = this.counts[i] as [number, number];
      if (pair[0] >= from) yield pair;
    }
  }
}

/**
 * The counts to persist: outstanding entries redelivered at least once, then recovered counts of
 * entries not read again yet, at most `max` of them, lowest offsets first (those are the entries
 * redelivered first after a restart; beyond the bound an entry restarts its count at 0).
 */
export function redeliveryCountsToPersist(
  outstanding: Iterable<{ readonly baseOffset: number; readonly redeliveryCount: number }>,
  recovered: RecoveredRedeliveryCounts,
  from: number,
  max: number,
): PersistedRedeliveryCounts {
  const counts: PersistedRedeliveryCounts = [];
  for (const entry of outstanding) {
    if (counts.length >= max) return counts;
    if (entry.redeliveryCount > 0) counts.push([entry.baseOffset, entry.redeliveryCount]);
  }
  for (const pair of recovered.remaining(from)) {
    if (counts.length >= max) break;
    counts.push([pair[0], pair[1]]);
  }
  return counts;
}
