import { describe, expect, it } from 'vitest';
import { testEntry } from '../testing/subscriptionTestbed.js';
import { EntryCache } from './EntryCache.js';
import { ReadAhead } from './ReadAhead.js';

/** A ReadAhead whose fetches are recorded and finished by hand. */
function readAhead(cache = new EntryCache(1 << 20)) {
  const fetches: Array<{ first: number; last: number; finish: () => void }> = [];
  const ahead = new ReadAhead(
    cache,
    (ledgerId, first, last) =>
      new Promise<void>((resolve) =>
        fetches.push({
          first,
          last,
          finish: () => {
            for (let entryId = first; entryId <= last; entryId++) cache.put(testEntry({ ledgerId, entryId }));
            resolve();
          },
        }),
      ),
  );
  return { ahead, fetches, cache };
}

describe('ReadAhead', () => {
  it('fetches a window past a read, one fetch at a time, and lets reads wait for what it covers', async () => {
    const { ahead, fetches } = readAhead();
    ahead.after(1, 10, 1_000, 50);
    ahead.after(1, 11, 1_000, 50);
    expect(fetches.map((f) => [f.first, f.last])).toEqual([[10, 59]]);
    const covering = ahead.covering(1, 59);
    expect(covering).toBeDefined();
    expect(ahead.covering(1, 60)).toBeUndefined();
    expect(ahead.covering(2, 30)).toBeUndefined();
    fetches[0]!.finish();
    await covering;
    expect(ahead.covering(1, 59)).toBeUndefined();

    // Fetched up to 59: reading on from 9 leaves more than a window ahead; from 31, less.
    ahead.after(1, 9, 1_000, 50);
    expect(fetches).toHaveLength(1);
    ahead.after(1, 31, 1_000, 50);
    expect(fetches.map((f) => [f.first, f.last])).toEqual([
      [10, 59],
      [60, 109],
    ]);
  });

  it('fetches nothing the cache already holds, nor past the last readable entry', () => {
    const { ahead, fetches, cache } = readAhead();
    for (let entryId = 0; entryId < 30; entryId++) cache.put(testEntry({ ledgerId: 1, entryId }));
    ahead.after(1, 5, 29, 50);
    expect(fetches).toHaveLength(0);
    ahead.after(1, 5, 40, 50);
    expect(fetches.map((f) => [f.first, f.last])).toEqual([[30, 40]]);
  });
});
