import { BrookError, ErrorCode } from '@brook/protocol';
import type { ManagedLedger } from './ManagedLedger.js';
import type { Position } from './Position.js';
import type { ReadEntry } from './ReadEntry.js';

/** Where a subscription would start: the entry at `position`, from message `offset` on. */
export interface FoundPosition {
  readonly position: Position;
  /** The first message to deliver: the entry's base offset or a message inside it; at the end, the next offset. */
  readonly offset: number;
}

/** A found position as one point (what a cursor's mark-delete and `acknowledgeBelow` take). */
export function pointOf(found: FoundPosition): Position & { offset: number } {
  return { ...found.position, offset: found.offset };
}

/** What the finder needs of a managed ledger: its ledger list, its readable end, and reads. */
export type PositionSource = Pick<ManagedLedger, 'ledgers' | 'endPosition' | 'read'>;

interface Span {
  readonly ledgerId: number;
  readonly firstOffset: number;
  /** Entries readable now: a closed ledger's count, the open ledger's up to its LAC. */
  readonly entries: number;
  /** When the ledger was closed; undefined while open (or for lists written before the field existed). */
  readonly closedAt: number | undefined;
}

/**
 * Turns an offset, a publish time or a message id into a position of a topic's log, with few reads:
 * the ledger list gives each ledger's first offset, and a binary search over entry headers (base
 * offset, message count, publish time) finds the entry, so a lookup reads O(log entries) entries,
 * never the whole log. Targets before the oldest stored message land on it; targets past the end land
 * on the end (the position the next entry will be written at). Seek and reset by time, offset or id
 * use it, and so do message TTL and backlog eviction (by publish time, and by a share of a ledger).
 *
 * Publish times are assumed non-decreasing along the log (each is the owning broker's clock at
 * append), and a ledger's close time no earlier than its last publish time.
 */
export class PositionFinder {
  constructor(private readonly ledger: PositionSource) {}

  /** The entry holding `offset`, starting at that message. */
  async byOffset(offset: number): Promise<FoundPosition> {
    if (!Number.isSafeInteger(offset) || offset < 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `offset must be a non-negative integer, got ${offset}`);
    }
    const spans = this.spans();
    const first = spans[0];
    if (!first) return this.end(spans);
    if (offset <= first.firstOffset)
      return { position: { ledgerId: first.ledgerId, entryId: 0 }, offset: first.firstOffset };
    // The last ledger starting at or before the offset holds it, unless the offset is past the end.
    const span = spans[await lastIndexWhere(spans.length, (i) => (spans[i] as Span).firstOffset <= offset)] as Span;
    let holder: ReadEntry | undefined;
    const index = await lastIndexWhere(span.entries, async (entryId) => {
      const read = await this.entry(span.ledgerId, entryId);
      if (read.entry.baseOffset > offset) return false;
      holder = read;
      return true;
    });
    const found = holder?.entryId === index ? holder : await this.entry(span.ledgerId, index);
    if (offset < found.entry.baseOffset + found.entry.messageCount) {
      return { position: { ledgerId: span.ledgerId, entryId: index }, offset };
    }
    return this.end(spans);
  }

  /**
   * The first entry published at or after `time` (ms since the epoch); the end if there is none.
   * With `fromOffset`, the search starts at the ledger holding that offset (TTL and backlog eviction
   * only move subscriptions forward from the slowest one): an answer before it lands on its first entry.
   */
  async byPublishTime(time: number, options: { fromOffset?: number } = {}): Promise<FoundPosition> {
    if (!Number.isFinite(time) || time < 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `publish time must be a non-negative number, got ${time}`);
    }
    const all = this.spans();
    const fromOffset = options.fromOffset ?? 0;
    const from = await lastIndexWhere(all.length, (i) => (all[i] as Span).firstOffset <= fromOffset);
    const spans = all.slice(Math.max(0, from));
    // The first ledger whose last entry was published at or after the time holds the answer; one
    // closed before the time cannot, and needs no read.
    const spanIndex = await firstIndexWhere(spans.length, async (i) => {
      const span = spans[i] as Span;
      if (span.closedAt !== undefined && span.closedAt < time) return false;
      return (await this.entry(span.ledgerId, span.entries - 1)).entry.publishTime >= time;
    });
    const span = spans[spanIndex];
    if (!span) return this.end(all);
    const found = new Map<number, ReadEntry>();
    const entryId = await firstIndexWhere(span.entries, async (id) => {
      const read = await this.entry(span.ledgerId, id);
      found.set(id, read);
      return read.entry.publishTime >= time;
    });
    const entry = found.get(entryId) ?? (await this.entry(span.ledgerId, entryId));
    return { position: { ledgerId: span.ledgerId, entryId }, offset: entry.entry.baseOffset };
  }

  /**
   * The message a message id names, starting at it. The entry the id names is read first; if it does
   * not hold the id's offset (an id of another topic, or a ledger since trimmed), the offset decides.
   */
  async byMessageId(id: { ledgerId: number; entryId: number; offset: number }): Promise<FoundPosition> {
    if (!Number.isSafeInteger(id.offset) || id.offset < 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `message id has no position (offset ${id.offset})`);
    }
    const span = this.spans().find((s) => s.ledgerId === id.ledgerId);
    if (span && id.entryId >= 0 && id.entryId < span.entries) {
      const { entry } = await this.entry(id.ledgerId, id.entryId);
      if (entry.baseOffset <= id.offset && id.offset < entry.baseOffset + entry.messageCount) {
        return { position: { ledgerId: id.ledgerId, entryId: id.entryId }, offset: id.offset };
      }
    }
    return this.byOffset(id.offset);
  }

  /** The oldest stored message. */
  earliest(): Promise<FoundPosition> {
    return this.byOffset(0);
  }

  /** After the last readable message: the position the next entry will be written at. */
  latest(): Promise<FoundPosition> {
    return this.end(this.spans());
  }

  /**
   * The entry about `fraction` (0..1) of the way into ledger `ledgerId` by entry count: backlog
   * eviction by size cuts there. Past its last readable entry: the next ledger's first entry, or the end.
   */
  async inLedger(ledgerId: number, fraction: number): Promise<FoundPosition> {
    const ledgers = this.ledger.ledgers;
    const index = ledgers.findIndex((l) => l.ledgerId === ledgerId);
    const ledger = ledgers[index];
    if (!ledger) throw new BrookError(ErrorCode.LedgerNotFound, `ledger ${ledgerId} is not in the log`);
    const count = this.readable(ledger);
    const entryId = Math.min(count, Math.ceil(count * Math.min(1, Math.max(0, fraction))));
    if (entryId < count) {
      const { entry } = await this.entry(ledgerId, entryId);
      return { position: { ledgerId, entryId }, offset: entry.baseOffset };
    }
    const next = ledgers[index + 1];
    if (next) return { position: { ledgerId: next.ledgerId, entryId: 0 }, offset: next.firstOffset };
    return this.latest();
  }

  /** Ledgers with readable entries, oldest first. */
  private spans(): Span[] {
    const spans: Span[] = [];
    for (const ledger of this.ledger.ledgers) {
      const entries = this.readable(ledger);
      if (entries > 0) {
        spans.push({ ledgerId: ledger.ledgerId, firstOffset: ledger.firstOffset, entries, closedAt: ledger.closedAt });
      }
    }
    return spans;
  }

  /** Entries of `ledger` readable now: a closed ledger's count, the open ledger's up to its LAC. */
  private readable(ledger: PositionSource['ledgers'][number]): number {
    const end = this.ledger.endPosition;
    return ledger.ledgerId === end.ledgerId ? end.entryId : Math.max(0, ledger.entries);
  }

  private async end(spans: readonly Span[]): Promise<FoundPosition> {
    const position = this.ledger.endPosition;
    const last = spans.at(-1);
    if (!last) {
      const current = this.ledger.ledgers.find((l) => l.ledgerId === position.ledgerId);
      return { position, offset: current?.firstOffset ?? 0 };
    }
    const { entry } = await this.entry(last.ledgerId, last.entries - 1);
    return { position, offset: entry.baseOffset + entry.messageCount };
  }

  private async entry(ledgerId: number, entryId: number): Promise<ReadEntry> {
    const [read] = await this.ledger.read({ ledgerId, entryId }, 1);
    if (!read || read.ledgerId !== ledgerId || read.entryId !== entryId) {
      throw new BrookError(ErrorCode.EntryNotFound, `entry ${ledgerId}:${entryId} is not readable`);
    }
    return read;
  }
}

/**
 * The last index in [0, n) where `holds` is true, for a predicate true on a prefix; -1 if none. A
 * binary search: `holds` is asked about O(log n) indexes.
 */
async function lastIndexWhere(n: number, holds: (i: number) => boolean | Promise<boolean>): Promise<number> {
  let low = 0;
  let high = n - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (await holds(mid)) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The first index in [0, n) where `holds` is true, for a predicate true on a suffix; n if none. */
async function firstIndexWhere(n: number, holds: (i: number) => Promise<boolean>): Promise<number> {
  return (await lastIndexWhere(n, async (i) => !(await holds(i)))) + 1;
}
