import { BrookError, ErrorCode, LedgerFencedError } from '@brook/protocol';
import type { Logger } from 'pino';
import type { BookieFailure } from './AddPipeline.js';
import type { BookiePool } from './BookiePool.js';
import { chooseBookies } from './EnsemblePlacement.js';
import type { LedgerMetadata } from './LedgerMetadata.js';
import type { LedgerMetadataStore, VersionedLedgerMetadata } from './LedgerMetadataStore.js';
import { lastFragment } from './WriteSet.js';

export interface EnsembleChangeOptions {
  ledgers: LedgerMetadataStore;
  bookies: BookiePool;
  logger: Logger;
}

/**
 * The ensemble changes of one ledger writer (BookKeeper semantics). A failed bookie is replaced by a
 * writable bookie that is neither in the ensemble nor failed earlier in this ledger, in a new
 * fragment starting at the first unconfirmed entry, written by compare-and-set while the ledger is
 * still OPEN. Entries before that fragment stay where they were confirmed. Two changes before any
 * new confirmation start at the same entry: the second rewrites the last fragment instead of
 * appending an empty one. The caller runs one change at a time and holds completions meanwhile.
 */
export class EnsembleChange {
  /** Bookies that failed in this ledger: never chosen again, even once they are back. */
  private readonly failed = new Set<string>();
  private changes = 0;

  constructor(private readonly options: EnsembleChangeOptions) {}

  /**
   * Replaces the failed bookie in `current`; resolves with the metadata written and the replacement.
   * NOT_ENOUGH_BOOKIES when no bookie can take its place; LEDGER_FENCED when the ledger is no longer
   * OPEN (another client recovers or closed it).
   */
  async replace(
    current: VersionedLedgerMetadata,
    failure: BookieFailure,
  ): Promise<{ updated: VersionedLedgerMetadata; replacement: string }> {
    const { ledgers, bookies, logger } = this.options;
    const { ledgerId } = current.metadata;
    this.failed.add(failure.bookieId);
    const exclude = new Set([...lastFragment(current.metadata).bookies, ...this.failed]);
    const [replacement] = await chooseBookies(bookies, 1, exclude);
    const updated = await ledgers.update(current, (metadata) => withReplacement(metadata, failure, replacement!));
    this.changes++;
    logger.info(
      {
        ledgerId,
        failedBookie: failure.bookieId,
        replacement,
        index: failure.index,
        firstEntryId: failure.firstEntryId,
        ensembleChanges: this.changes,
      },
      'ensemble changed',
    );
    return { updated, replacement: replacement! };
  }
}

/** The metadata with the failed bookie replaced from `failure.firstEntryId` on. */
export function withReplacement(metadata: LedgerMetadata, failure: BookieFailure, replacement: string): LedgerMetadata {
  const { ledgerId } = metadata;
  const last = lastFragment(metadata);
  // Only recovery changes an OPEN ledger's metadata besides its writer: the writer lost the ledger.
  if (metadata.state !== 'OPEN' || last.bookies[failure.index] !== failure.bookieId) {
    throw new LedgerFencedError(ledgerId);
  }
  if (failure.firstEntryId < last.firstEntryId) {
    throw new BrookError(
      ErrorCode.Internal,
      `ledger ${ledgerId}: ensemble change at entry ${failure.firstEntryId} before the last fragment (${last.firstEntryId})`,
    );
  }
  const fragment = { firstEntryId: failure.firstEntryId, bookies: last.bookies.with(failure.index, replacement) };
  const kept = last.firstEntryId === failure.firstEntryId ? metadata.ensembles.slice(0, -1) : metadata.ensembles;
  return { ...metadata, ensembles: [...kept, fragment] };
}
