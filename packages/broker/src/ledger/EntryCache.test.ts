import { describe, expect, it } from 'vitest';
import { testEntry } from '../testing/subscriptionTestbed.js';
import { EntryCache } from './EntryCache.js';
import type { ReadEntry } from './ReadEntry.js';

function entry(ledgerId: number, entryId: number, size = 100): ReadEntry {
  return { ...testEntry({ entryId, ledgerId }), size };
}

function ids(cache: EntryCache, ledgerId: number, upTo = 10): number[] {
  return Array.from({ length: upTo }, (_, i) => i).filter((i) => cache.get(ledgerId, i));
}

describe('EntryCache', () => {
  it('evicts below an entry id within one ledger and counts the bytes', () => {
    const cache = new EntryCache(10_000);
    for (let i = 0; i < 5; i++) cache.put(entry(7, i));
    cache.put(entry(8, 0));
    cache.evictBefore(7, 3);
    expect(ids(cache, 7)).toEqual([3, 4]);
    expect(ids(cache, 8)).toEqual([0]);
    expect(cache.size).toBe(300);
    cache.evictLedger(7);
    expect(cache.size).toBe(100);
    cache.put(entry(8, 0, 60));
    expect(cache.size).toBe(60);
  });

  it('past its byte bound drops the oldest entries of the ledger cached longest', () => {
    const cache = new EntryCache(450);
    cache.put(entry(1, 0));
    cache.put(entry(2, 0));
    cache.put(entry(1, 1));
    cache.put(entry(2, 1));
    cache.put(entry(2, 2));
    expect(ids(cache, 1)).toEqual([1]);
    expect(ids(cache, 2)).toEqual([0, 1, 2]);
    expect(cache.size).toBe(400);
  });

  it('keeps nothing when its bound is 0 or the entry alone is over it', () => {
    const off = new EntryCache(0);
    off.put(entry(1, 0));
    expect(off.get(1, 0)).toBeUndefined();
    const small = new EntryCache(50);
    small.put(entry(1, 0));
    expect(small.size).toBe(0);
  });
});
