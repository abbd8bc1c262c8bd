import { describe, expect, it } from 'vitest';
import { offsetAfterSkipping } from './CursorReset.js';

const state = (markDelete: number, ackedRanges: [number, number][]) => ({
  markDelete: { ledgerId: 1, entryId: 0, offset: markDelete },
  ackedRanges,
});

describe('offsetAfterSkipping', () => {
  it('skips unacknowledged messages only, stepping over acknowledged ranges', () => {
    // Unacked: 10, 11, [12,15) acked, 15, [16,20) acked, 20...
    const s = state(10, [
      [12, 15],
      [16, 20],
    ]);
    expect(offsetAfterSkipping(s, 0)).toBe(10);
    expect(offsetAfterSkipping(s, 1)).toBe(11);
    expect(offsetAfterSkipping(s, 2)).toBe(12);
    expect(offsetAfterSkipping(s, 3)).toBe(16);
    expect(offsetAfterSkipping(s, 4)).toBe(21);
    expect(offsetAfterSkipping(s, 10)).toBe(27);
  });

  it('ignores ranges below the mark-delete point', () => {
    expect(offsetAfterSkipping(state(10, [[2, 8]]), 3)).toBe(13);
  });
});
