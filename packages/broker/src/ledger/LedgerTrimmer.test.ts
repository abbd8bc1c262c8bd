import { describe, expect, it } from 'vitest';
import { ledgersToTrim, type TrimCandidate } from './LedgerTrimmer.js';

const MB = 1024 * 1024;
const NOW = 10 * 60 * 60_000;
const minutesAgo = (m: number) => NOW - m * 60_000;

/** Ledgers of 100 messages and 1 MB each, closed 50, 40, 30, ... minutes ago; the last is current. */
function log(count: number): TrimCandidate[] {
  return Array.from({ length: count }, (_, i) => ({
    ledgerId: 10 + i,
    firstOffset: i * 100,
    size: i === count - 1 ? 0 : MB,
    closedAt: minutesAgo(50 - i * 10),
  }));
}

describe('ledgersToTrim (which ledgers retention deletes)', () => {
  it('with retention 0 deletes every consumed closed ledger, and never the current one', () => {
    expect(ledgersToTrim(log(5), 400, { timeMinutes: 0, sizeMb: 0 }, NOW)).toBe(4);
    expect(ledgersToTrim(log(5), Number.POSITIVE_INFINITY, { timeMinutes: 0, sizeMb: 0 }, NOW)).toBe(4);
    expect(ledgersToTrim(log(1), Number.POSITIVE_INFINITY, { timeMinutes: 0, sizeMb: 0 }, NOW)).toBe(0);
  });

  it('stops at the slowest subscription: a ledger goes only once its last message is acknowledged', () => {
    const retention = { timeMinutes: 0, sizeMb: 0 };
    expect(ledgersToTrim(log(5), 0, retention, NOW)).toBe(0);
    expect(ledgersToTrim(log(5), 199, retention, NOW)).toBe(1);
    expect(ledgersToTrim(log(5), 200, retention, NOW)).toBe(2);
    expect(ledgersToTrim(log(5), 399, retention, NOW)).toBe(3);
  });

  it('keeps everything with -1 on both axes (infinite retention)', () => {
    expect(ledgersToTrim(log(5), 400, { timeMinutes: -1, sizeMb: -1 }, NOW)).toBe(0);
  });

  it('by time: deletes consumed ledgers closed longer ago than timeMinutes, oldest first', () => {
    // Closed 50, 40, 30, 20 minutes ago.
    expect(ledgersToTrim(log(5), 400, { timeMinutes: 35, sizeMb: -1 }, NOW)).toBe(2);
    expect(ledgersToTrim(log(5), 400, { timeMinutes: 60, sizeMb: -1 }, NOW)).toBe(0);
    expect(ledgersToTrim(log(5), 400, { timeMinutes: 10, sizeMb: -1 }, NOW)).toBe(4);
  });

  it('by size: keeps the newest consumed ledgers that fit in sizeMb', () => {
    expect(ledgersToTrim(log(5), 400, { timeMinutes: -1, sizeMb: 2 }, NOW)).toBe(2);
    expect(ledgersToTrim(log(5), 400, { timeMinutes: -1, sizeMb: 4 }, NOW)).toBe(0);
    expect(ledgersToTrim(log(5), 400, { timeMinutes: -1, sizeMb: 0 }, NOW)).toBe(4);
    // Only consumed ledgers count: with two consumed (2 MB) a 1 MB limit deletes one.
    expect(ledgersToTrim(log(5), 200, { timeMinutes: -1, sizeMb: 1 }, NOW)).toBe(1);
  });

  it('with both limits, a ledger goes once it is outside either', () => {
    // Time keeps nothing older than 45 minutes (1 ledger); size keeps 3 MB (deletes 1): both say 1.
    expect(ledgersToTrim(log(5), 400, { timeMinutes: 45, sizeMb: 3 }, NOW)).toBe(1);
    // Time alone would delete 3; size (1 MB) would delete 3.
    expect(ledgersToTrim(log(5), 400, { timeMinutes: 25, sizeMb: 10 }, NOW)).toBe(3);
    expect(ledgersToTrim(log(5), 400, { timeMinutes: 100, sizeMb: 1 }, NOW)).toBe(3);
  });

  it('treats empty closed ledgers as consumed', () => {
    const ledgers = log(3);
    ledgers.splice(1, 0, { ledgerId: 99, firstOffset: 100, size: 0, closedAt: minutesAgo(45) });
    // [0,100) [100,100) empty [100,200) current: consumed below 100 → the first two go.
    expect(ledgersToTrim(ledgers, 100, { timeMinutes: 0, sizeMb: 0 }, NOW)).toBe(2);
  });
});
