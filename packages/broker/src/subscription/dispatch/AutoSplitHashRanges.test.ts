import { describe, expect, it } from 'vitest';
import { AutoSplitHashRanges } from './AutoSplitHashRanges.js';

const layout = (ranges: AutoSplitHashRanges<string>) => ranges.list().map((r) => `${r.consumer}:${r.start}-${r.end}`);

describe('AutoSplitHashRanges', () => {
  it('gives the first consumer every slot and lets each new one take the lower half of the largest range', () => {
    const ranges = new AutoSplitHashRanges<string>();
    expect(ranges.owner(0)).toBeUndefined();
    ranges.add('a');
    expect(layout(ranges)).toEqual(['a:0-65535']);
    ranges.add('b');
    expect(layout(ranges)).toEqual(['b:0-32767', 'a:32768-65535']);
    ranges.add('c');
    expect(layout(ranges)).toEqual(['c:0-16383', 'b:16384-32767', 'a:32768-65535']);
    ranges.add('d');
    expect(layout(ranges)).toEqual(['c:0-16383', 'b:16384-32767', 'd:32768-49151', 'a:49152-65535']);
  });

  it('finds the owner of any slot', () => {
    const ranges = new AutoSplitHashRanges<string>();
    for (const c of ['a', 'b', 'c']) ranges.add(c);
    expect([0, 16383, 16384, 32767, 32768, 65535].map((slot) => ranges.owner(slot))).toEqual([
      'c',
      'c',
      'b',
      'b',
      'a',
      'a',
    ]);
  });

  it('hands a leaving consumer slots to the range above it, or below for the topmost range', () => {
    const ranges = new AutoSplitHashRanges<string>();
    for (const c of ['a', 'b', 'c']) ranges.add(c);
    ranges.remove('c');
    expect(layout(ranges)).toEqual(['b:0-32767', 'a:32768-65535']);
    ranges.remove('a');
    expect(layout(ranges)).toEqual(['b:0-65535']);
    ranges.remove('x');
    ranges.remove('b');
    expect(layout(ranges)).toEqual([]);
    ranges.add('d');
    expect(layout(ranges)).toEqual(['d:0-65535']);
  });

  it('keeps every slot owned by exactly one consumer through many joins and leaves', () => {
    const ranges = new AutoSplitHashRanges<number>();
    const present = new Set<number>();
    for (let step = 0; step < 500; step++) {
      const id = (step * 7919) % 37;
      if (present.has(id)) {
        ranges.remove(id);
        present.delete(id);
      } else {
        ranges.add(id);
        present.add(id);
      }
      const list = ranges.list();
      expect(new Set(list.map((r) => r.consumer))).toEqual(present);
      if (list.length === 0) continue;
      expect(list[0]?.start).toBe(0);
      expect(list.at(-1)?.end).toBe(65535);
      for (let i = 1; i < list.length; i++) expect(list[i]?.start).toBe((list[i - 1]?.end ?? 0) + 1);
    }
  });
});
