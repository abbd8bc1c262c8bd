import { BrookError, ErrorCode, LedgerFencedError } from '@brook/protocol';
import type { Logger } from 'pino';
import { AddPipeline, type BookieFailure } from './AddPipeline.js';
import type { BookiePool } from './BookiePool.js';
import { EnsembleChange } from './EnsembleChange.js';
import type { LedgerEntry, LedgerWriter } from './Ledger.js';
import { LedgerHandleReader } from './LedgerHandleReader.js';
import type { LedgerMetadata } from './LedgerMetadata.js';
import type { LedgerMetadataStore, VersionedLedgerMetadata } from './LedgerMetadataStore.js';
import { lastFragment } from './WriteSet.js';

export interface LedgerHandleWriterOptions {
  /** The metadata of the ledger as created (OPEN, one fragment). */
  created: VersionedLedgerMetadata;
  masterKey: Buffer;
  ledgers: LedgerMetadataStore;
  bookies: BookiePool;
  logger: Logger;
}

/**
 * The writer of one ledger: appends through an AddPipeline, replaces failed bookies through
 * EnsembleChange, and closes by waiting for the pipeline to drain (and any ensemble change to end)
 * and recording CLOSED with the last confirmed entry and length by compare-and-set. Ensemble
 * changes and close write the metadata one after another from `current`, the version this writer
 * wrote last. It never overwrites a recovery: if another client fenced the ledger, an ensemble
 * change fails the writer with LEDGER_FENCED, and close rejects with it unless that recovery closed
 * the ledger exactly where this writer stopped.
 */
export class LedgerHandleWriter implements LedgerWriter {
  readonly ledgerId: number;
  private readonly pipeline: AddPipeline;
  private readonly ensembleChange: EnsembleChange;
  private current: VersionedLedgerMetadata;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: LedgerHandleWriterOptions) {
    const { metadata } = options.created;
    this.ledgerId = metadata.ledgerId;
    this.current = options.created;
    const { ledgers, bookies, logger } = options;
    this.ensembleChange = new EnsembleChange({ ledgers, bookies, logger });
    this.pipeline = new AddPipeline({
      ledgerId: metadata.ledgerId,
      masterKey: options.masterKey,
      ensembleSize: metadata.ensembleSize,
      writeQuorum: metadata.writeQuorum,
      ackQuorum: metadata.ackQuorum,
      ensemble: lastFragment(metadata).bookies,
      bookies: options.bookies,
      lastAddConfirmed: -1,
      length: 0,
      recovery: false,
      replaceBookie: (failure) => this.replaceBookie(failure),
      logger: options.logger,
    });
  }

  get lastAddConfirmed(): number {
    return this.pipeline.lastAddConfirmed;
  }

  get length(): number {
    return this.pipeline.length;
  }

  read(firstEntryId: number, lastEntryId: number): Promise<LedgerEntry[]> {
    const { bookies, logger } = this.options;
    const reader = new LedgerHandleReader({
      metadata: this.current.metadata,
      lastEntryId: this.lastAddConfirmed,
      bookies,
      logger,
    });
    return reader.read(firstEntryId, lastEntryId);
  }

  append(data: readonly Uint8Array[], knownCrc32c?: readonly (number | undefined)[]): Promise<number> {
    const failure = this.pipeline.failed;
    if (failure !== undefined) return Promise.reject(failure);
    if (this.closing !== undefined) {
      return Promise.reject(new BrookError(ErrorCode.LedgerClosed, `ledger ${this.ledgerId} is closed`));
    }
    return this.pipeline.add(data, knownCrc32c);
  }

  close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    await this.pipeline.close();
    const lastEntryId = this.pipeline.lastAddConfirmed;
    const length = this.pipeline.length;
    this.current = await this.options.ledgers.update(this.current, (metadata) =>
      closedAt(metadata, lastEntryId, length),
    );
    this.options.logger.info({ ledgerId: this.ledgerId, lastEntryId, length }, 'ledger closed');
  }

  /** The pipeline runs one change at a time and closes only after the last, so `current` moves in order. */
  private async replaceBookie(failure: BookieFailure): Promise<string> {
    const { updated, replacement } = await this.ensembleChange.replace(this.current, failure);
    this.current = updated;
    return replacement;
  }
}

function closedAt(metadata: LedgerMetadata, lastEntryId: number, length: number): LedgerMetadata | undefined {
  if (metadata.state === 'OPEN') return { ...metadata, state: 'CLOSED', lastEntryId, length };
  if (metadata.state === 'CLOSED' && metadata.lastEntryId === lastEntryId && metadata.length === length) {
    return undefined;
  }
  throw new LedgerFencedError(metadata.ledgerId);
}
