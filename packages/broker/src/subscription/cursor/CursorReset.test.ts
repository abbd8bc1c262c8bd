import { ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { type CursorTarget, offsetAfterSkipping, validateTarget } from './CursorReset.js';

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

describe('validateTarget', () => {
  it('accepts counts, offsets, times and message ids that are non-negative safe integers', () => {
    const good: CursorTarget[] = [
      { kind: 'skip', count: 0 },
      { kind: 'skip', count: Number.MAX_SAFE_INTEGER },
      { kind: 'offset', offset: 7 },
      { kind: 'publishTime', publishTime: Date.now() },
      { kind: 'messageId', id: { ledgerId: 3, entryId: 0, offset: 12 } },
      { kind: 'earliest' },
      { kind: 'latest' },
      { kind: 'clearBacklog' },
    ];
    for (const target of good) expect(() => validateTarget(target)).not.toThrow();
  });

  it('refuses anything else with INVALID_ARGUMENT', () => {
    const bad: CursorTarget[] = [
      { kind: 'skip', count: -1 },
      { kind: 'skip', count: 2 ** 60 },
      { kind: 'skip', count: 1.5 },
      { kind: 'skip', count: Number.NaN },
      { kind: 'offset', offset: Number.MAX_SAFE_INTEGER + 2 },
      { kind: 'publishTime', publishTime: Number.POSITIVE_INFINITY },
      { kind: 'messageId', id: { ledgerId: 2 ** 64, entryId: 0, offset: 0 } },
      { kind: 'messageId', id: { ledgerId: 1, entryId: -1, offset: 0 } },
    ];
    for (const target of bad) {
      expect(() => validateTarget(target), JSON.stringify(target)).toThrow(
        expect.objectContaining({ code: ErrorCode.InvalidArgument }),
      );
    }
  });
});
