import { HASH_RANGE_SIZE } from './stickyKeyHash.js';

interface Range<C> {
  /** Last slot of the range, inclusive; the range starts after the previous range's end. */
  end: number;
  consumer: C;
}

/**
 * Pulsar's auto-split hash ranges for Key_Shared. Slots 0..HASH_RANGE_SIZE-1 are cut into
 * contiguous ranges, one per consumer. The first consumer owns every slot; each consumer that
 * joins takes the lower half of the largest range (the first one on a tie); a consumer that
 * leaves hands its slots to the range above it, or, for the topmost range, to the one below.
 * So a join moves keys from one consumer only, and a leave moves keys to one consumer only.
 * With 2^k consumers the ranges are equal; otherwise some are twice the size of others.
 */
export class AutoSplitHashRanges<C> {
  /** In slot order; the last one ends at HASH_RANGE_SIZE - 1. */
  private ranges: Range<C>[] = [];

  get size(): number {
    return this.ranges.length;
  }

  add(consumer: C): void {
    if (this.ranges.length === 0) {
      this.ranges.push({ end: HASH_RANGE_SIZE - 1, consumer });
      return;
    }
    let biggest = 0;
    let biggestSize = -1;
    for (let i = 0; i < this.ranges.length; i++) {
      const size = this.sizeOf(i);
      if (size > biggestSize) {
        biggest = i;
        biggestSize = size;
      }
    }
    const start = this.startOf(biggest);
    const end = (this.ranges[biggest] as Range<C>).end;
    if (start === end) throw new Error('no hash range left to split');
    const middle = start + Math.floor((end - start) / 2);
    this.ranges.splice(biggest, 0, { end: middle, consumer });
  }

  remove(consumer: C): void {
    const index = this.ranges.findIndex((r) => r.consumer === consumer);
    if (index < 0) return;
    const last = this.ranges.length - 1;
    if (index === last && last > 0) {
      // The topmost range merges into the one below, which now ends at the top.
      const below = this.ranges[index - 1] as Range<C>;
      below.end = (this.ranges[index] as Range<C>).end;
    }
    this.ranges.splice(index, 1);
  }

  /** The consumer owning `slot`, or undefined with no consumers. */
  owner(slot: number): C | undefined {
    let low = 0;
    let high = this.ranges.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.ranges[mid] as Range<C>).end < slot) low = mid + 1;
      else high = mid;
    }
    return this.ranges[low]?.consumer;
  }

  /** Every range as [start, end] (inclusive) with its consumer, in slot order. */
  list(): { start: number; end: number; consumer: C }[] {
    return this.ranges.map((r, i) => ({ start: this.startOf(i), end: r.end, consumer: r.consumer }));
  }

  private startOf(index: number): number {
    return index === 0 ? 0 : (this.ranges[index - 1] as Range<C>).end + 1;
  }

  private sizeOf(index: number): number {
    return (this.ranges[index] as Range<C>).end - this.startOf(index) + 1;
  }
}
