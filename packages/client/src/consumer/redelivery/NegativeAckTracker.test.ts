import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessageId } from '../../MessageId.js';
import { entryOf, NegativeAckTracker } from './NegativeAckTracker.js';

/** Message `index` of the entry starting at `base`. */
const id = (base: number, index = 0) => new MessageId(-1, 1, base, index, base + index);

describe('NegativeAckTracker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('redelivers after the delay, never before, with nacks of one tick in one request', () => {
    const requests: number[][] = [];
    const tracker = new NegativeAckTracker(300, (ids) => requests.push(ids.map(entryOf)));
    tracker.add(id(0));
    vi.advanceTimersByTime(40);
    tracker.add(id(10));
    tracker.add(id(20));
    vi.advanceTimersByTime(259);
    expect(requests).toEqual([]);
    vi.advanceTimersByTime(1);
    // The tick is min(100, delay / 3) ms: 0 is due at +300, 10 and 20 at +340, one tick later.
    expect(requests).toEqual([[0]]);
    vi.advanceTimersByTime(100);
    expect(requests).toEqual([[0], [10, 20]]);
    expect(tracker.size).toBe(0);
  });

  it('redelivers an entry once however many of its messages were nacked', () => {
    const requests: number[][] = [];
    const tracker = new NegativeAckTracker(50, (ids) => requests.push(ids.map(entryOf)));
    tracker.add(id(5, 0));
    tracker.add(id(5, 2));
    tracker.add(id(5, 1));
    expect(tracker.size).toBe(1);
    vi.advanceTimersByTime(100);
    expect(requests).toEqual([[5]]);
    // Nacked again after it went out: tracked again.
    tracker.add(id(5, 1));
    vi.advanceTimersByTime(100);
    expect(requests).toEqual([[5], [5]]);
  });

  it('clear forgets everything and stops its timer', () => {
    const requests: number[][] = [];
    const tracker = new NegativeAckTracker(50, (ids) => requests.push(ids.map(entryOf)));
    tracker.add(id(1));
    tracker.clear();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(requests).toEqual([]);
  });

  it('a zero delay redelivers on the next tick', () => {
    const requests: number[][] = [];
    const tracker = new NegativeAckTracker(0, (ids) => requests.push(ids.map(entryOf)));
    tracker.add(id(1));
    vi.advanceTimersByTime(1);
    expect(requests).toEqual([[1]]);
  });

  it('one timer at a time, however many nacks wait', () => {
    const tracker = new NegativeAckTracker(60_000, () => {});
    for (let i = 0; i < 1000; i++) tracker.add(id(i));
    expect(vi.getTimerCount()).toBe(1);
    expect(tracker.size).toBe(1000);
  });
});
