import { describe, expect, it } from 'vitest';
import { RateSchedule } from './RateSchedule.js';

describe('RateSchedule', () => {
  it('message i is due at start + i / rate', () => {
    const schedule = new RateSchedule(1000, 4);
    expect([0, 1, 2, 3, 4].map((i) => schedule.intendedAt(i))).toEqual([1000, 1250, 1500, 1750, 2000]);
  });

  it('keeps sub-millisecond intervals exact at high rates, without drift', () => {
    const schedule = new RateSchedule(0, 50_000);
    expect(schedule.intendedAt(1)).toBeCloseTo(0.02, 12);
    expect(schedule.intendedAt(50_000)).toBeCloseTo(1000, 9);
    expect(schedule.intendedAt(3_600 * 50_000)).toBeCloseTo(3_600_000, 6);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => new RateSchedule(0, 0)).toThrow(RangeError);
    expect(() => new RateSchedule(0, -5)).toThrow(RangeError);
  });
});
