import type { Policies } from '../namespace/Policies.js';

/** A ledger as the retention decision sees it. */
export interface TrimCandidate {
  readonly ledgerId: number;
  readonly firstOffset: number;
  /** Bytes stored. */
  readonly size: number;
  /** When its last message was published, at the latest (ms since the epoch). */
  readonly closedAt: number;
}

const MB = 1024 * 1024;
const MINUTE = 60_000;

/**
 * How many of a topic's oldest ledgers retention deletes now (Pulsar's trimming rules):
 * - only closed ledgers every subscription has consumed: `consumedBelow` is the lowest mark-delete
 *   offset of the subscriptions (every message below it is acknowledged by all; +Infinity when the
 *   topic has none), and a ledger is consumed once it is at or above the next ledger's first offset;
 * - of those, oldest first, while the ledger is outside retention: closed longer ago than
 *   `timeMinutes`, or the consumed ledgers kept would add up to more than `sizeMb`. -1 on an axis
 *   means no limit on it; 0 deletes once consumed; -1 on both keeps everything;
 * - the current (last, open) ledger is never deleted.
 *
 * `ledgers` is the whole list, oldest first, the current ledger last; `closedAt` is only read for
 * the closed ones.
 */
export function ledgersToTrim(
  ledgers: readonly TrimCandidate[],
  consumedBelow: number,
  retention: Policies['retention'],
  now: number,
): number {
  const { timeMinutes, sizeMb } = retention;
  if (timeMinutes < 0 && sizeMb < 0) return 0;
  let consumed = 0;
  while (consumed < ledgers.length - 1 && consumedBelow >= (ledgers[consumed + 1] as TrimCandidate).firstOffset) {
    consumed++;
  }
  let keptBytes = 0;
  for (let i = 0; i < consumed; i++) keptBytes += (ledgers[i] as TrimCandidate).size;
  let trimmed = 0;
  for (; trimmed < consumed; trimmed++) {
    const ledger = ledgers[trimmed] as TrimCandidate;
    const expired = timeMinutes >= 0 && now - ledger.closedAt >= timeMinutes * MINUTE;
    const overSize = sizeMb >= 0 && keptBytes > sizeMb * MB;
    if (!expired && !overSize) break;
    keptBytes -= ledger.size;
  }
  return trimmed;
}
