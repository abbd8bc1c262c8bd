import { describe, expect, it } from 'vitest';
import { parseCount, parseSize, parseTime } from './units.js';

describe('CLI units', () => {
  it.each([
    ['512', 512],
    ['10K', 10 * 1024],
    ['10M', 10 * 1024 ** 2],
    ['1.5G', 1.5 * 1024 ** 3],
    ['2t', 2 * 1024 ** 4],
    ['64KB', 64 * 1024],
    ['-1', -1],
  ])('size %s is %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each([
    ['30s', 30],
    ['10m', 600],
    ['3h', 10_800],
    ['2d', 172_800],
    ['1w', 604_800],
    ['45', 45],
    ['-1', -1],
  ])('time %s is %d seconds', (text, seconds) => expect(parseTime(text)).toBe(seconds));

  it.each(['', 'ten', '10X', '-2', '1.5h'])('refuses %j as a size or time', (text) => {
    expect(() => parseTime(text)).toThrow(/expected a time/);
    if (text !== '1.5h') expect(() => parseSize(text)).toThrow(/expected a size/);
  });

  it('counts are non-negative integers', () => {
    expect(parseCount('3')).toBe(3);
    expect(() => parseCount('-1')).toThrow();
    expect(() => parseCount('1.5')).toThrow();
  });
});
