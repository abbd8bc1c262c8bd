import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DelayedDeliveryTracker, holdsDelayedEntries } from './DelayedDeliveryTracker.js';

const entry = (baseOffset: number) => ({ baseOffset });

describe('DelayedDeliveryTracker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('releases entries once their time came, earliest first, ties by offset, in one call per firing', () => {
    const released: number[][] = [];
    const tracker = new DelayedDeliveryTracker({
      maxEntries: 10,
      onDue: (due) => released.push(due.map((e) => e.baseOffset)),
    });
    const now = Date.now();
    tracker.add(entry(5), now + 300);
    tracker.add(entry(1), now + 100);
    tracker.add(entry(9), now + 100);
    tracker.add(entry(3), now + 100);
    tracker.add(entry(7), now + 200);
    expect(tracker.nextDeliverAt).toBe(now + 100);

    vi.advanceTimersByTime(99);
    expect(released).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(released).toEqual([[1, 3, 9]]);
    vi.advanceTimersByTime(250);
    expect(released).toEqual([[1, 3, 9], [7], [5]]);
    expect(tracker.size).toBe(0);
  });

  it('arms one timer for the earliest entry and moves it when an earlier one arrives', () => {
    const released: number[] = [];
    const tracker = new DelayedDeliveryTracker({
      maxEntries: 10,
      onDue: (due) => released.push(...due.map((e) => e.baseOffset)),
    });
    const now = Date.now();
    tracker.add(entry(2), now + 1000);
    tracker.add(entry(3), now + 2000);
    expect(vi.getTimerCount()).toBe(1);
    tracker.add(entry(1), now + 10);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(10);
    expect(released).toEqual([1]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(released).toEqual([1, 2, 3]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never releases an entry before the wall clock reaches its time, even if the timer fires early', () => {
    let clock = 5_000;
    const released: number[] = [];
    const tracker = new DelayedDeliveryTracker({
      maxEntries: 10,
      now: () => clock,
      onDue: (due) => released.push(...due.map((e) => e.baseOffset)),
    });
    tracker.add(entry(1), 5_100);
    clock = 5_099; // the timer fires while the clock is one ms short
    vi.advanceTimersByTime(100);
    expect(released).toEqual([]);
    clock = 5_100;
    vi.advanceTimersByTime(1);
    expect(released).toEqual([1]);
  });

  it('is full at maxEntries and reports the room left', () => {
    const tracker = new DelayedDeliveryTracker({ maxEntries: 2, onDue: () => {} });
    expect(tracker.room).toBe(2);
    tracker.add(entry(1), Date.now() + 100);
    expect(tracker.full).toBe(false);
    tracker.add(entry(2), Date.now() + 100);
    expect(tracker.full).toBe(true);
    expect(tracker.room).toBe(0);
    vi.advanceTimersByTime(100);
    expect(tracker.full).toBe(false);
  });

  it('clear and close drop held entries and the timer', () => {
    const released: number[] = [];
    const tracker = new DelayedDeliveryTracker({
      maxEntries: 10,
      onDue: (due) => released.push(...due.map((e) => e.baseOffset)),
    });
    tracker.add(entry(1), Date.now() + 100);
    tracker.clear();
    expect(tracker.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    tracker.add(entry(2), Date.now() + 100);
    tracker.close();
    tracker.add(entry(3), Date.now() + 100);
    vi.advanceTimersByTime(1000);
    expect(released).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps heap order over many random entries', () => {
    const released: number[] = [];
    const tracker = new DelayedDeliveryTracker({
      maxEntries: 10_000,
      onDue: (due) => released.push(...due.map((e) => e.baseOffset)),
    });
    const now = Date.now();
    const times = Array.from({ length: 1000 }, (_, i) => ({ offset: i, at: now + 1 + ((i * 7919) % 997) }));
    for (const t of times) tracker.add(entry(t.offset), t.at);
    vi.advanceTimersByTime(2000);
    const expected = [...times].sort((a, b) => a.at - b.at || a.offset - b.offset).map((t) => t.offset);
    expect(released).toEqual(expected);
  });

  it('only Shared and Key_Shared subscriptions hold delayed entries', () => {
    expect(holdsDelayedEntries('Shared')).toBe(true);
    expect(holdsDelayedEntries('KeyShared')).toBe(true);
    expect(holdsDelayedEntries('Exclusive')).toBe(false);
    expect(holdsDelayedEntries('Failover')).toBe(false);
    expect(holdsDelayedEntries(undefined)).toBe(false);
  });
});
