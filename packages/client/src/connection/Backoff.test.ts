import { describe, expect, it } from 'vitest';
import { Backoff } from './Backoff.js';

const waits = (backoff: Backoff, count: number) => Array.from({ length: count }, () => backoff.next());

describe('Backoff', () => {
  it('doubles from initialDelayMs up to maxDelayMs', () => {
    const highest = new Backoff({ initialDelayMs: 100, maxDelayMs: 10_000 }, () => 1);
    expect(waits(highest, 10)).toEqual([100, 200, 400, 800, 1600, 3200, 6400, 10_000, 10_000, 10_000]);
  });

  it('jitters each wait within [ceiling / 2, ceiling]', () => {
    const lowest = new Backoff({ initialDelayMs: 100, maxDelayMs: 10_000 }, () => 0);
    expect(waits(lowest, 9)).toEqual([50, 100, 200, 400, 800, 1600, 3200, 5000, 5000]);
    const random = new Backoff({ initialDelayMs: 100, maxDelayMs: 10_000 });
    const samples = waits(random, 200).slice(8);
    for (const wait of samples) expect(wait).toBeGreaterThanOrEqual(5000);
    for (const wait of samples) expect(wait).toBeLessThanOrEqual(10_000);
    expect(new Set(samples).size).toBeGreaterThan(50);
  });

  it('starts over from initialDelayMs after reset()', () => {
    const backoff = new Backoff({ initialDelayMs: 10, maxDelayMs: 1000 }, () => 1);
    expect(waits(backoff, 3)).toEqual([10, 20, 40]);
    backoff.reset();
    expect(backoff.next()).toBe(10);
  });
});
