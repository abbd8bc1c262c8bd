import { describe, expect, it } from 'vitest';
import { OffsetRanges } from './OffsetRanges.js';

describe('OffsetRanges', () => {
  it('merges overlapping and adjacent ranges', () => {
    const ranges = new OffsetRanges();
    ranges.add(10, 12);
    ranges.add(0, 2);
    ranges.add(2, 4);
    ranges.add(11, 15);
    ranges.add(20, 21);
    expect(ranges.toArray()).toEqual([
      [0, 4],
      [10, 15],
      [20, 21],
    ]);
  });

  it('answers membership at range edges', () => {
    const ranges = OffsetRanges.from([[5, 8]]);
    expect([4, 5, 7, 8].map((o) => ranges.has(o))).toEqual([false, true, true, false]);
  });

  it('lists acknowledged batch indexes of an entry', () => {
    const ranges = OffsetRanges.from([
      [0, 2],
      [5, 6],
      [9, 20],
    ]);
    expect(ranges.indexesIn(4, 6)).toEqual([1, 5]);
  });

  it('trims below an offset and counts what remains', () => {
    const ranges = OffsetRanges.from([
      [0, 5],
      [8, 10],
    ]);
    ranges.trimBelow(3);
    expect(ranges.toArray()).toEqual([
      [3, 5],
      [8, 10],
    ]);
    expect(ranges.countFrom(4)).toBe(3);
  });

  it('keeps only the newest ranges when bounded', () => {
    const ranges = OffsetRanges.from([
      [0, 1],
      [5, 6],
      [9, 10],
    ]);
    ranges.keepNewest(2);
    expect(ranges.toArray()).toEqual([
      [5, 6],
      [9, 10],
    ]);
  });
  it('extends a range in place for in-order adds, and still merges into the next range', () => {
    const set = new OffsetRanges();
    for (let o = 0; o < 5; o++) set.add(o, o + 1);
    set.add(10, 15);
    expect(set.toArray()).toEqual([
      [0, 5],
      [10, 15],
    ]);
    set.add(3, 4);
    set.add(5, 8);
    expect(set.toArray()).toEqual([
      [0, 8],
      [10, 15],
    ]);
    set.add(8, 10);
    expect(set.toArray()).toEqual([[0, 15]]);
  });
});
