import type { ManagedLedger } from '../ledger/ManagedLedger.js';
import { type FoundPosition, PositionFinder } from '../ledger/PositionFinder.js';
import type { Policies } from '../namespace/Policies.js';
import type { AdvanceableSubscription } from '../subscription/MessageExpiry.js';

/** The part of a managed ledger backlog accounting reads. */
export type BacklogLog = Pick<ManagedLedger, 'ledgers' | 'endPosition' | 'read' | 'nextOffset' | 'storageSize'>;

export interface Backlog {
  /** Estimated bytes from the slowest subscription's mark-delete to the end of the log. */
  bytes: number;
  /** Age of the slowest subscription's oldest unacknowledged message; 0 without backlog. */
  ageMs: number;
  /** The lowest mark-delete offset; the log's next offset without subscriptions. */
  slowestOffset: number;
}

/**
 * Bytes stored from `fromOffset` to the end of the log, estimated from ledger sizes (a ledger cut by
 * `fromOffset` counts by its share of offsets; the current ledger's size is what was written so far).
 */
export function backlogBytes(
  log: Pick<BacklogLog, 'ledgers' | 'nextOffset' | 'storageSize'>,
  fromOffset: number,
): number {
  const ledgers = log.ledgers;
  let closedBytes = 0;
  for (let i = 0; i < ledgers.length - 1; i++) closedBytes += (ledgers[i] as (typeof ledgers)[number]).size;
  let bytes = 0;
  for (let i = 0; i < ledgers.length; i++) {
    const ledger = ledgers[i] as (typeof ledgers)[number];
    const isCurrent = i === ledgers.length - 1;
    const end = isCurrent ? log.nextOffset : (ledgers[i + 1] as (typeof ledgers)[number]).firstOffset;
    const size = isCurrent ? Math.max(0, log.storageSize - closedBytes) : ledger.size;
    if (end <= fromOffset || end <= ledger.firstOffset) continue;
    if (ledger.firstOffset >= fromOffset) bytes += size;
    else bytes += (size * (end - fromOffset)) / (end - ledger.firstOffset);
  }
  return Math.round(bytes);
}

/** Measures the backlog: bytes from memory; the age takes one entry read (cache or bookie). */
export async function measureBacklog(
  log: BacklogLog,
  subscriptions: Iterable<AdvanceableSubscription>,
  now: number,
): Promise<Backlog> {
  let slowest: AdvanceableSubscription | undefined;
  for (const s of subscriptions) {
    if (!slowest || s.cursor.markDeleteOffset < slowest.cursor.markDeleteOffset) slowest = s;
  }
  if (!slowest || slowest.cursor.markDeleteOffset >= log.nextOffset) {
    return { bytes: 0, ageMs: 0, slowestOffset: slowest?.cursor.markDeleteOffset ?? log.nextOffset };
  }
  const slowestOffset = slowest.cursor.markDeleteOffset;
  const [oldest] = await log.read(slowest.cursor.markDeletePosition, 1);
  const ageMs = oldest ? Math.max(0, now - oldest.entry.publishTime) : 0;
  return { bytes: backlogBytes(log, slowestOffset), ageMs, slowestOffset };
}

export function overQuota(quota: Policies['backlogQuota'], backlog: Backlog): boolean {
  return (
    (quota.limitBytes >= 0 && backlog.bytes > quota.limitBytes) ||
    (quota.limitTimeSeconds >= 0 && backlog.ageMs > quota.limitTimeSeconds * 1000)
  );
}

/**
 * consumer_backlog_eviction: where the slowest subscriptions must move to for the backlog to fit
 * the quota — past messages older than the time limit, and past the oldest bytes beyond the size
 * limit (cut at an entry, estimated by entry count within the ledger where the limit falls).
 * Undefined when the backlog already fits.
 */
export async function evictionPoint(
  log: BacklogLog,
  quota: Policies['backlogQuota'],
  backlog: Backlog,
  now: number,
): Promise<FoundPosition | undefined> {
  const finder = new PositionFinder(log);
  let point: FoundPosition | undefined;
  if (quota.limitTimeSeconds >= 0 && backlog.ageMs > quota.limitTimeSeconds * 1000) {
    point = await finder.byPublishTime(now - quota.limitTimeSeconds * 1000, { fromOffset: backlog.slowestOffset });
  }
  if (quota.limitBytes >= 0 && backlogBytes(log, point?.offset ?? backlog.slowestOffset) > quota.limitBytes) {
    const bySize = await sizeCut(log, finder, quota.limitBytes);
    if (!point || bySize.offset > point.offset) point = bySize;
  }
  return point;
}

/** The entry from which on the log holds at most `limitBytes`, by ledger sizes. */
async function sizeCut(log: BacklogLog, finder: PositionFinder, limitBytes: number): Promise<FoundPosition> {
  const ledgers = log.ledgers;
  let newer = 0;
  for (let i = ledgers.length - 1; i >= 0; i--) {
    const ledger = ledgers[i] as (typeof ledgers)[number];
    const start = ledger.firstOffset;
    const size = backlogBytes(log, start) - newer;
    if (newer + size > limitBytes) {
      const keep = Math.max(0, limitBytes - newer);
      return finder.inLedger(ledger.ledgerId, size > 0 ? 1 - keep / size : 1);
    }
    newer += size;
  }
  const first = ledgers[0] as (typeof ledgers)[number];
  return { position: { ledgerId: first.ledgerId, entryId: 0 }, offset: first.firstOffset };
}
