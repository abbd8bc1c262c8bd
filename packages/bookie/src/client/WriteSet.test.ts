import { describe, expect, it } from 'vitest';
import type { LedgerMetadata } from './LedgerMetadata.js';
import { fragmentOf, runLength, splitByFragment, writeSet } from './WriteSet.js';

describe('WriteSet', () => {
  it('stripes entry e over writeQuorum bookies from index e % ensembleSize, wrapping', () => {
    expect([0, 1, 2, 3].map((e) => writeSet(e, 3, 2))).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
      [0, 1],
    ]);
    expect(writeSet(4, 5, 3)).toEqual([4, 0, 1]);
  });

  it('the bookie at position j of a write set holds the next j + 1 entries', () => {
    expect(runLength(1, 0, 3, 2)).toBe(2);
    expect(runLength(0, 0, 3, 2)).toBe(1);
    expect(runLength(2, 0, 3, 2)).toBe(0);
    expect(runLength(0, 7, 3, 3)).toBe(Number.POSITIVE_INFINITY);
  });

  it('splits a range at fragment boundaries', () => {
    const metadata = {
      ledgerId: 1,
      ensembles: [
        { firstEntryId: 0, bookies: ['a'] },
        { firstEntryId: 10, bookies: ['b'] },
        { firstEntryId: 20, bookies: ['c'] },
      ],
    } as unknown as LedgerMetadata;
    expect(splitByFragment(metadata, 5, 25).map((r) => [r.fragment.bookies[0], r.firstEntryId, r.lastEntryId])).toEqual(
      [
        ['a', 5, 9],
        ['b', 10, 19],
        ['c', 20, 25],
      ],
    );
    expect(fragmentOf(metadata, 19).bookies).toEqual(['b']);
  });
});
