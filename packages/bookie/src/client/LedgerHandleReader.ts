import { BrookError, ErrorCode, toBrookError } from '@brook/protocol';
import type { Logger } from 'pino';
import type { StoredEntry } from './BookieClient.js';
import type { BookiePool } from './BookiePool.js';
import { type UnframedEntry, unframe } from './EntryFrame.js';
import type { LedgerEntry, LedgerReader } from './Ledger.js';
import type { Fragment, LedgerMetadata } from './LedgerMetadata.js';
import { runLength, splitByFragment, writeSet } from './WriteSet.js';

export interface LedgerHandleReaderOptions {
  metadata: LedgerMetadata;
  /** The last entry readers may see: lastEntryId when CLOSED, the LAC known at open otherwise. */
  lastEntryId: number;
  bookies: BookiePool;
  logger: Logger;
}

/** Consecutive entries read from one bookie in one call. */
interface Run {
  index: number;
  firstEntryId: number;
  lastEntryId: number;
}

/**
 * Reads entries from the bookies of the fragment holding them. Consecutive entries striped to the
 * same bookie travel in one read call (the bookie at position j of an entry's write set holds the
 * next j + 1 entries; with E = Qw every bookie holds the whole fragment), and the calls to different
 * bookies run in parallel. Each entry's CRC32C is checked; on an error, a missing entry or a bad
 * checksum the rest of that call is read from the next bookie of the write set.
 */
export class LedgerHandleReader implements LedgerReader {
  readonly ledgerId: number;
  readonly lastEntryId: number;
  readonly closed: boolean;

  constructor(private readonly options: LedgerHandleReaderOptions) {
    this.ledgerId = options.metadata.ledgerId;
    this.lastEntryId = options.lastEntryId;
    this.closed = options.metadata.state === 'CLOSED';
  }

  async read(firstEntryId: number, lastEntryId: number): Promise<LedgerEntry[]> {
    const entries = await this.readFramed(firstEntryId, lastEntryId);
    return entries.map(({ entryId, payload }) => ({ entryId, data: payload }));
  }

  /** Like read, keeping each entry's frame (the ledger length through it). */
  async readFramed(firstEntryId: number, lastEntryId: number): Promise<UnframedEntry[]> {
    if (!Number.isSafeInteger(firstEntryId) || !Number.isSafeInteger(lastEntryId) || firstEntryId < 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `bad entry range ${firstEntryId}..${lastEntryId}`);
    }
    if (firstEntryId > lastEntryId) {
      throw new BrookError(ErrorCode.InvalidArgument, `entry range ${firstEntryId}..${lastEntryId} is reversed`);
    }
    if (lastEntryId > this.lastEntryId) {
      throw new BrookError(
        ErrorCode.EntryNotFound,
        `entry ${lastEntryId} is past the end of ledger ${this.ledgerId} (${this.lastEntryId})`,
      );
    }
    const ranges = splitByFragment(this.options.metadata, firstEntryId, lastEntryId);
    const parts = await Promise.all(
      ranges.map((range) => this.readRange(range.fragment, range.firstEntryId, range.lastEntryId, new Set())),
    );
    return parts.flat();
  }

  /** Plans runs over first..last avoiding the given ensemble indexes, and reads them in parallel. */
  private async readRange(
    fragment: Fragment,
    firstEntryId: number,
    lastEntryId: number,
    avoid: ReadonlySet<number>,
    lastFault?: BrookError,
  ): Promise<UnframedEntry[]> {
    const runs: Run[] = [];
    for (let entryId = firstEntryId; entryId <= lastEntryId; ) {
      const index = this.pick(entryId, avoid, lastFault);
      const end = Math.min(lastEntryId, entryId + this.runLength(index, entryId) - 1);
      runs.push({ index, firstEntryId: entryId, lastEntryId: end });
      entryId = end + 1;
    }
    const parts = await Promise.all(runs.map((run) => this.readRun(fragment, run, avoid)));
    return parts.flat();
  }

  /** The write-set bookie not avoided that holds the longest run from the entry on. */
  private pick(entryId: number, avoid: ReadonlySet<number>, lastFault: BrookError | undefined): number {
    const { ensembleSize, writeQuorum } = this.options.metadata;
    const candidates = writeSet(entryId, ensembleSize, writeQuorum).filter((index) => !avoid.has(index));
    const best = candidates.at(-1);
    if (best === undefined) {
      throw lastFault ?? new BrookError(ErrorCode.EntryNotFound, `entry ${this.ledgerId}:${entryId} not found`);
    }
    return best;
  }

  private runLength(index: number, entryId: number): number {
    const { ensembleSize, writeQuorum } = this.options.metadata;
    return runLength(index, entryId, ensembleSize, writeQuorum);
  }

  private async readRun(fragment: Fragment, run: Run, avoid: ReadonlySet<number>): Promise<UnframedEntry[]> {
    const bookieId = fragment.bookies[run.index]!;
    const verified: UnframedEntry[] = [];
    let fault: BrookError | undefined;
    try {
      const stored = await this.readFrom(bookieId, run);
      fault = this.verify(stored, run, verified);
    } catch (error) {
      fault = toBrookError(error);
    }
    const next = run.firstEntryId + verified.length;
    if (next > run.lastEntryId) return verified;
    // A bookie that returned good entries and stopped (e.g. at its byte limit) is asked again.
    if (fault !== undefined) {
      this.options.logger.warn(
        { ledgerId: this.ledgerId, entryId: next, bookieId, code: fault.code },
        'read failed, trying the next bookie',
      );
    }
    const nextAvoid = fault === undefined ? avoid : new Set([...avoid, run.index]);
    const rest = await this.readRange(fragment, next, run.lastEntryId, nextAvoid, fault);
    return [...verified, ...rest];
  }

  private async readFrom(bookieId: string, run: Run): Promise<StoredEntry[]> {
    return this.options.bookies.client(bookieId).read({
      ledgerId: this.ledgerId,
      firstEntryId: run.firstEntryId,
      lastEntryId: run.lastEntryId,
    });
  }

  /** Appends the good prefix of `stored` to `verified`; returns why it stopped short, if it did. */
  private verify(stored: readonly StoredEntry[], run: Run, verified: UnframedEntry[]): BrookError | undefined {
    for (const entry of stored) {
      const expected = run.firstEntryId + verified.length;
      if (expected > run.lastEntryId) return undefined;
      if (entry.entryId !== expected) {
        return new BrookError(ErrorCode.Internal, `bookie returned entry ${entry.entryId} for ${expected}`);
      }
      try {
        verified.push(unframe(this.ledgerId, entry));
      } catch (error) {
        return toBrookError(error);
      }
    }
    if (verified.length === 0) {
      return new BrookError(ErrorCode.EntryNotFound, `entry ${this.ledgerId}:${run.firstEntryId} not found`);
    }
    return undefined;
  }
}
