/**
 * A set of offsets as sorted, disjoint, non-adjacent half-open ranges [from, to): the acknowledged
 * messages of a cursor (broker) or a consumer (client).
 * Holes between ranges are messages still awaiting acknowledgement.
 */
export class OffsetRanges {
  private ranges: [number, number][] = [];

  static from(ranges: readonly (readonly [number, number])[]): OffsetRanges {
    const set = new OffsetRanges();
    for (const [from, to] of ranges) set.add(from, to);
    return set;
  }

  get count(): number {
    return this.ranges.length;
  }

  /** Adds [from, to), merging with neighbours. */
  add(from: number, to: number): void {
    if (to <= from) return;
    const i = this.lowerBound(from);
    // Common case (in-order acks): the range found absorbs [from, to) and does not reach the next one.
    const found = this.ranges[i];
    if (found !== undefined && found[0] <= to) {
      const end = Math.max(to, found[1]);
      const next = this.ranges[i + 1];
      if (next === undefined || next[0] > end) {
        found[0] = Math.min(from, found[0]);
        found[1] = end;
        return;
      }
    }
    let start = from;
    let end = to;
    while (i < this.ranges.length) {
      const [rangeFrom, rangeTo] = this.ranges[i] as [number, number];
      if (rangeFrom > end) break;
      start = Math.min(start, rangeFrom);
      end = Math.max(end, rangeTo);
      this.ranges.splice(i, 1);
    }
    this.ranges.splice(i, 0, [start, end]);
  }

  has(offset: number): boolean {
    const range = this.ranges[this.lowerBound(offset)];
    return range !== undefined && range[0] <= offset && offset < range[1];
  }

  /** Indexes i in [0, count) with base + i acknowledged. */
  indexesIn(base: number, count: number): number[] {
    const indexes: number[] = [];
    for (let i = this.lowerBound(base); i < this.ranges.length; i++) {
      const [from, to] = this.ranges[i] as [number, number];
      if (from >= base + count) break;
      for (let o = Math.max(from, base); o < Math.min(to, base + count); o++) indexes.push(o - base);
    }
    return indexes;
  }

  /** Forgets offsets below `offset`. */
  trimBelow(offset: number): void {
    while (this.ranges.length > 0) {
      const first = this.ranges[0] as [number, number];
      if (first[1] > offset) {
        first[0] = Math.max(first[0], offset);
        return;
      }
      this.ranges.shift();
    }
  }

  /** Total offsets acknowledged at or above `offset`. */
  countFrom(offset: number): number {
    let total = 0;
    for (const [from, to] of this.ranges) if (to > offset) total += to - Math.max(from, offset);
    return total;
  }

  /** Keeps only the `max` highest ranges: a bound on memory that forgets the oldest offsets first. */
  keepNewest(max: number): void {
    if (this.ranges.length > max) this.ranges.splice(0, this.ranges.length - max);
  }

  toArray(limit = Number.POSITIVE_INFINITY): [number, number][] {
    return this.ranges.slice(0, limit).map(([from, to]) => [from, to]);
  }

  /** Index of the first range whose end is above `offset` (it may contain offset). */
  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ranges[mid] as [number, number])[1] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
