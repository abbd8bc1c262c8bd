import type { ManagedLedger } from './ManagedLedger.js';
import type { Position } from './Position.js';

/** An entry's position and the offset of its first message; at the log's end, where the next entry goes. */
export type LogPoint = Position & { offset: number };

/** The part of a managed ledger the searches read. */
export type SearchableLog = Pick<ManagedLedger, 'ledgers' | 'endPosition' | 'read'>;

/**
 * The first entry published at or after `time`, looking no earlier than the ledger holding
 * `fromOffset`; the log's end when there is none. Publish times grow along the log (the broker
 * stamps them in append order), so closed ledgers closed before `time` are skipped whole and
 * within a ledger the entry is found by binary search: a few single-entry reads per call.
 */
export async function firstEntryPublishedAtOrAfter(
  log: SearchableLog,
  time: number,
  fromOffset: number,
): Promise<LogPoint> {
  const ledgers = log.ledgers;
  for (let i = 0; i < ledgers.length; i++) {
    const ledger = ledgers[i] as (typeof ledgers)[number];
    const next = ledgers[i + 1];
    const isCurrent = next === undefined;
    if (!isCurrent && next.firstOffset <= fromOffset) continue;
    if (!isCurrent && ledger.closedAt !== undefined && ledger.closedAt < time) continue;
    const count = entriesReadable(log, ledger, isCurrent);
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const entry = await readAt(log, ledger.ledgerId, middle);
      if (entry === undefined || entry.entry.publishTime >= time) high = middle;
      else low = middle + 1;
    }
    if (low < count) {
      const found = await readAt(log, ledger.ledgerId, low);
      if (found) return { ledgerId: ledger.ledgerId, entryId: low, offset: found.entry.baseOffset };
    }
    if (isCurrent) return endOf(log, ledger, count);
  }
  const last = ledgers[ledgers.length - 1] as (typeof ledgers)[number];
  return endOf(log, last, entriesReadable(log, last, true));
}

/**
 * The entry at about `fraction` (0..1) of the way into `ledgerId` by entry count, as a LogPoint:
 * backlog eviction by size cuts there. Past its last entry it is the next ledger's first entry.
 */
export async function pointInLedger(log: SearchableLog, ledgerId: number, fraction: number): Promise<LogPoint> {
  const ledgers = log.ledgers;
  const index = ledgers.findIndex((l) => l.ledgerId === ledgerId);
  const ledger = ledgers[index];
  if (ledger === undefined) throw new Error(`ledger ${ledgerId} is not in the log`);
  const next = ledgers[index + 1];
  const count = entriesReadable(log, ledger, next === undefined);
  const entryId = Math.min(count, Math.ceil(count * Math.min(1, Math.max(0, fraction))));
  if (entryId < count) {
    const found = await readAt(log, ledgerId, entryId);
    if (found) return { ledgerId, entryId, offset: found.entry.baseOffset };
  }
  if (next) return { ledgerId: next.ledgerId, entryId: 0, offset: next.firstOffset };
  return endOf(log, ledger, count);
}

function entriesReadable(log: SearchableLog, ledger: SearchableLog['ledgers'][number], isCurrent: boolean): number {
  if (!isCurrent) return Math.max(0, ledger.entries);
  const end = log.endPosition;
  return end.ledgerId === ledger.ledgerId ? end.entryId : 0;
}

async function readAt(log: SearchableLog, ledgerId: number, entryId: number) {
  const [entry] = await log.read({ ledgerId, entryId }, 1);
  return entry?.ledgerId === ledgerId && entry.entryId === entryId ? entry : undefined;
}

/** Just past the last readable entry of the current ledger. */
async function endOf(log: SearchableLog, ledger: SearchableLog['ledgers'][number], count: number): Promise<LogPoint> {
  if (count === 0) return { ledgerId: ledger.ledgerId, entryId: 0, offset: ledger.firstOffset };
  const last = await readAt(log, ledger.ledgerId, count - 1);
  const offset = last ? last.entry.baseOffset + last.entry.messageCount : ledger.firstOffset;
  return { ledgerId: ledger.ledgerId, entryId: count, offset };
}
