import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessageId } from '../../MessageId.js';
import { AckTimeoutTracker } from './AckTimeoutTracker.js';

const id = (offset: number) => new MessageId(-1, 1, offset, 0, offset);

describe('AckTimeoutTracker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('redelivers what was not acknowledged within the timeout, grouped, and forgets acked messages', () => {
    const requests: number[][] = [];
    const tracker = new AckTimeoutTracker(1000, (ids) => requests.push(ids.map((i) => i.offset)));
    tracker.handedOut(id(1));
    tracker.handedOut(id(2));
    tracker.handedOut(id(3));
    tracker.settled(id(2));
    vi.advanceTimersByTime(999);
    expect(requests).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(requests).toEqual([[1, 3]]);
    expect(tracker.size).toBe(0);
  });

  it('a message handed out again restarts its timeout', () => {
    const requests: number[][] = [];
    const tracker = new AckTimeoutTracker(1000, (ids) => requests.push(ids.map((i) => i.offset)));
    tracker.handedOut(id(1));
    tracker.handedOut(id(2));
    vi.advanceTimersByTime(500);
    tracker.handedOut(id(1));
    vi.advanceTimersByTime(500);
    expect(requests).toEqual([[2]]);
    vi.advanceTimersByTime(500);
    expect(requests).toEqual([[2], [1]]);
  });

  it('a cumulative ack settles everything up to it', () => {
    const requests: number[][] = [];
    const tracker = new AckTimeoutTracker(1000, (ids) => requests.push(ids.map((i) => i.offset)));
    for (const offset of [1, 2, 3, 4]) tracker.handedOut(id(offset));
    tracker.settledUpTo(id(3));
    vi.advanceTimersByTime(1000);
    expect(requests).toEqual([[4]]);
  });

  it('clear forgets everything', () => {
    const requests: number[][] = [];
    const tracker = new AckTimeoutTracker(1000, (ids) => requests.push(ids.map((i) => i.offset)));
    tracker.handedOut(id(1));
    tracker.clear();
    vi.advanceTimersByTime(5000);
    expect(requests).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
