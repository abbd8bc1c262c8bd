import { describe, expect, it } from 'vitest';
import { testEntry } from '../testing/subscriptionTestbed.js';
import { EntryCache } from './EntryCache.js';
import { ReadAhead } from './ReadAhead.js';
import type { ReadEntry } from './ReadEntry.js';

/** A ReadAhead whose fetches are recorded and finished by hand, storing into a real cache. */
function readAhead(cache = new EntryCache(1 << 20)) {
  const fetches: Array<{ first: number; last: number; finish: () => void; fail: () => void }> = [];
  const stored: number[] = [];
  const ahead = new ReadAhead(
    cache,
    (ledgerId, first, last) =>
      new Promise<ReadEntry[]>((resolve, reject) =>
        fetches.push({
          first,
          last,
          finish: () =>
            resolve(Array.from({ length: last - first + 1 }, (_, i) => testEntry({ ledgerId, entryId: first + i }))),
          fail: () => reject(new Error('bookie down')),
        }),
      ),
    (entries) => {
      for (const entry of entries) {
        cache.put(entry);
        stored.push(entry.entryId);
      }
    },
  );
  const ranges = () => fetches.map((f) => [f.first, f.last]);
  return { ahead, fetches, ranges, stored, cache };
}

describe('ReadAhead', () => {
  it('fetches two windows past a read, stores them in entry order, and lets reads wait for them', async () => {
    const { ahead, fetches, ranges, stored } = readAhead();
    ahead.after(1, 10, 1_000, 50);
    ahead.after(1, 11, 1_000, 50);
    expect(ranges()).toEqual([
      [10, 59],
      [60, 109],
    ]);
    const second = ahead.covering(1, 60);
    expect(ahead.covering(1, 110)).toBeUndefined();
    expect(ahead.covering(2, 30)).toBeUndefined();

    fetches[1]!.finish();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(stored).toEqual([]);
    fetches[0]!.finish();
    await second;
    expect(stored[0]).toBe(10);
    expect(stored.at(-1)).toBe(109);
    expect(ahead.covering(1, 60)).toBeUndefined();

    // Fetched up to 109: reading on from 9 leaves two windows ahead; from 70, less.
    ahead.after(1, 9, 1_000, 50);
    expect(fetches).toHaveLength(2);
    ahead.after(1, 70, 1_000, 50);
    expect(ranges().slice(2)).toEqual([
      [110, 159],
      [160, 209],
    ]);
  });

  it('fetches nothing the cache already holds, nor past the last readable entry', () => {
    const { ahead, ranges, cache } = readAhead();
    for (let entryId = 0; entryId < 300; entryId++) cache.put(testEntry({ ledgerId: 1, entryId }));
    ahead.after(1, 5, 299, 50);
    expect(ranges()).toEqual([]);
    ahead.after(1, 5, 320, 50);
    expect(ranges()).toEqual([]);
    ahead.after(1, 260, 320, 50);
    expect(ranges()).toEqual([[300, 320]]);
  });

  it('fetches a window again after its fetch failed', async () => {
    const { ahead, fetches, ranges } = readAhead();
    ahead.after(1, 0, 9, 50);
    fetches[0]!.fail();
    await ahead.covering(1, 0);
    ahead.after(1, 0, 9, 50);
    expect(ranges()).toEqual([
      [0, 9],
      [0, 9],
    ]);
  });
});
