import { InvalidArgumentError } from 'commander';

const SIZE = /^(\d+(?:\.\d+)?)([KMGT]?)B?$/i;
const SIZE_FACTORS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** `512`, `10K`, `10M`, `1.5G`, `2T` (powers of 1024, as pulsar-admin) → bytes; `-1` stays -1 (no limit). */
export function parseSize(value: string): number {
  if (value === '-1') return -1;
  const match = SIZE.exec(value.trim());
  const bytes = match ? Number(match[1]) * (SIZE_FACTORS[(match[2] ?? '').toUpperCase()] ?? Number.NaN) : Number.NaN;
  if (!Number.isSafeInteger(Math.round(bytes))) {
    throw new InvalidArgumentError('expected a size such as 512, 10K, 10M, 1G, or -1 for no limit');
  }
  return Math.round(bytes);
}

const TIME = /^(\d+)([smhdw]?)$/;
const TIME_FACTORS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `30s`, `10m`, `3h`, `2d`, `1w` (a bare number is seconds) → seconds; `-1` stays -1 (no limit). */
export function parseTime(value: string): number {
  if (value === '-1') return -1;
  const match = TIME.exec(value.trim());
  const seconds = match ? Number(match[1]) * (TIME_FACTORS[match[2] ?? ''] ?? Number.NaN) : Number.NaN;
  if (!Number.isSafeInteger(seconds)) {
    throw new InvalidArgumentError('expected a time such as 30s, 10m, 3h, 2d, or -1 for no limit');
  }
  return seconds;
}

/** A non-negative integer option. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError('must be a non-negative integer');
  }
  return n;
}
