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

/** What the finder needs of a managed ledger: its ledger list, its readable end, and reads. */
export type PositionSource = Pick<ManagedLedger, 'ledgers' | 'endPosition' | 'read'>;

interface Span {
  readonly ledgerId: number;
  readonly firstOffset: number;
  /** Entries readable now: a closed ledger's count, the open ledger's up to its LAC. */
  readonly entries: number;
}

/**
 * Turns an offset, a publish time or a message id into a position of a topic's log, with few reads:
 * the ledger list gives each ledger's first offset, and a binary search over entry headers (base
 * offset, message count, publish time) finds the entry, so a lookup reads O(log entries) entries,
 * never the whole log. Targets before the oldest stored message land on it; targets past the end land
 * on the end (the position the next entry will be written at).
 *
 * Publish times are assumed non-decreasing along the log (each is the owning broker's clock at append).
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
    const span = spans[lastIndexWhere(spans.length, (i) => (spans[i] as Span).firstOffset <= offset)] as Span;
    let holder: ReadEntry | undefined;
    const index = await lastIndexWhereAsync(span.entries, async (entryId) => {
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

  /** The first entry published at or after `time` (ms since the epoch); the end if there is none. */
  async byPublishTime(time: number): Promise<FoundPosition> {
    if (!Number.isFinite(time) || time < 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `publish time must be a non-negative number, got ${time}`);
    }
    const spans = this.spans();
    // The first ledger whose last entry was published at or after the time holds the answer.
    const spanIndex = await firstIndexWhereAsync(spans.length, async (i) => {
      const span = spans[i] as Span;
      return (await this.entry(span.ledgerId, span.entries - 1)).entry.publishTime >= time;
    });
    const span = spans[spanIndex];
    if (!span) return this.end(spans);
    const found = new Map<number, ReadEntry>();
    const entryId = await firstIndexWhereAsync(span.entries, async (id) => {
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

  /** Ledgers with readable entries, oldest first. */
  private spans(): Span[] {
    const end = this.ledger.endPosition;
    const spans: Span[] = [];
    for (const ledger of this.ledger.ledgers) {
      const entries = ledger.ledgerId === end.ledgerId ? end.entryId : ledger.entries;
      if (entries > 0) spans.push({ ledgerId: ledger.ledgerId, firstOffset: ledger.firstOffset, entries });
    }
    return spans;
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

/** The last index in [0, n) where `holds` is true, for a predicate true on a prefix; -1 if none. */
function lastIndexWhere(n: number, holds: (i: number) => boolean): number {
  let low = 0;
  let high = n - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (holds(mid)) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

async function lastIndexWhereAsync(n: number, holds: (i: number) => Promise<boolean>): Promise<number> {
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
async function firstIndexWhereAsync(n: number, holds: (i: number) => Promise<boolean>): Promise<number> {
  let low = 0;
  let high = n - 1;
  let found = n;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (await holds(mid)) {
      found = mid;
      high = mid - 1;
    } else low = mid + 1;
  }
  return found;
}
