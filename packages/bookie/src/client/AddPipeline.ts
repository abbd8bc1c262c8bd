import { type BrookError, ErrorCode, LedgerFencedError, toBrookError } from '@brook/protocol';
import type { Logger } from 'pino';
import type { AddEntryRequest } from './BookieClient.js';
import type { BookiePool } from './BookiePool.js';
import { checksumOf, frameHeader } from './EntryFrame.js';
import { writeSet } from './WriteSet.js';

export interface AddPipelineOptions {
  ledgerId: number;
  masterKey: Buffer;
  ensembleSize: number;
  writeQuorum: number;
  ackQuorum: number;
  /** Bookies of the fragment that receives new entries, by ensemble index. */
  ensemble: readonly string[];
  bookies: BookiePool;
  /** The last entry already confirmed (-1 = none); the first add gets the id after it. */
  lastAddConfirmed: number;
  /** Payload bytes of the ledger through lastAddConfirmed. */
  length: number;
  /** Send recovery adds, which fenced bookies accept. */
  recovery: boolean;
  logger: Logger;
}

interface PendingAdd {
  readonly entryId: number;
  readonly data: readonly Uint8Array[];
  readonly crc32c: number;
  readonly bytes: number;
  /** Ensemble indexes that acknowledged the add. */
  readonly acked: Set<number>;
  readonly promise: Promise<number>;
  readonly resolve: (entryId: number) => void;
  readonly reject: (error: BrookError) => void;
}

/**
 * The adds of one writer in flight: each goes to its write set at once (no waiting per add) and
 * completes once ackQuorum bookies acknowledged it and every earlier add completed, so completions
 * come in entry order. Acks are kept per ensemble index, not per bookie, so that an ensemble change
 * can put a replacement at the failed bookie's index and resend it the adds it has not acked.
 * The first unrecoverable error fails the pipeline: every pending and later add rejects with it.
 */
export class AddPipeline {
  private readonly pending = new Map<number, PendingAdd>();
  private readonly ensemble: string[];
  private nextEntryId: number;
  private pushedLength: number;
  private confirmed: number;
  private confirmedLength: number;
  private failure: BrookError | undefined;

  constructor(private readonly options: AddPipelineOptions) {
    this.ensemble = [...options.ensemble];
    this.confirmed = options.lastAddConfirmed;
    this.nextEntryId = options.lastAddConfirmed + 1;
    this.confirmedLength = options.length;
    this.pushedLength = options.length;
  }

  /** Highest entry id whose add completed, with every one before it; -1 = none. */
  get lastAddConfirmed(): number {
    return this.confirmed;
  }

  /** Payload bytes of the ledger through lastAddConfirmed. */
  get length(): number {
    return this.confirmedLength;
  }

  /** The error that failed the pipeline, if one did. */
  get failed(): BrookError | undefined {
    return this.failure;
  }

  /** Sends the next entry; resolves with its id once it and every earlier entry completed. */
  add(payload: readonly Uint8Array[]): Promise<number> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    let bytes = 0;
    for (const chunk of payload) bytes += chunk.byteLength;
    this.pushedLength += bytes;
    const data = [frameHeader(this.pushedLength), ...payload];
    const add = pendingAdd(this.nextEntryId++, data, checksumOf(data), bytes);
    this.pending.set(add.entryId, add);
    const { ensembleSize, writeQuorum } = this.options;
    for (const index of writeSet(add.entryId, ensembleSize, writeQuorum)) this.send(add, index);
    return add.promise;
  }

  /** Resolves once no add is pending (each completed or failed). */
  async drain(): Promise<void> {
    await this.pending.get(this.nextEntryId - 1)?.promise.catch(() => undefined);
  }

  private send(add: PendingAdd, index: number): void {
    const bookieId = this.ensemble[index]!;
    const { ledgerId, masterKey, recovery } = this.options;
    const request: AddEntryRequest = {
      ledgerId,
      entryId: add.entryId,
      masterKey,
      lac: this.confirmed,
      data: add.data,
      crc32c: add.crc32c,
      recovery,
    };
    this.addTo(bookieId, request).then(
      () => this.onAck(add, index),
      (error: unknown) => this.onBookieError(index, bookieId, add.entryId, toBrookError(error)),
    );
  }

  private async addTo(bookieId: string, request: AddEntryRequest): Promise<void> {
    await this.options.bookies.client(bookieId).add(request);
  }

  private onAck(add: PendingAdd, index: number): void {
    if (this.pending.get(add.entryId) !== add) return;
    add.acked.add(index);
    for (;;) {
      const head = this.pending.get(this.confirmed + 1);
      if (head === undefined || head.acked.size < this.options.ackQuorum) return;
      this.pending.delete(head.entryId);
      this.confirmed = head.entryId;
      this.confirmedLength += head.bytes;
      head.resolve(head.entryId);
    }
  }

  /** An add failed on one bookie; also after the entry completed, since that bookie now lags. */
  private onBookieError(index: number, bookieId: string, entryId: number, error: BrookError): void {
    if (this.failure !== undefined) return;
    const { ledgerId, logger } = this.options;
    if (error.code === ErrorCode.LedgerFenced) {
      logger.warn({ ledgerId, entryId, bookieId }, 'ledger fenced, writer stops');
      this.fail(new LedgerFencedError(ledgerId));
      return;
    }
    this.onBookieFailure(index, bookieId, entryId, error);
  }

  /**
   * A bookie of the ensemble failed (UNAVAILABLE, TIMEOUT, ...). Replacing it (ensemble change) is
   * the next milestone; until then the writer fails.
   */
  private onBookieFailure(index: number, bookieId: string, entryId: number, error: BrookError): void {
    this.options.logger.warn(
      { ledgerId: this.options.ledgerId, entryId, bookieId, index, code: error.code },
      'bookie failed, writer stops',
    );
    this.fail(error);
  }

  private fail(error: BrookError): void {
    this.failure = error;
    const adds = [...this.pending.values()];
    this.pending.clear();
    for (const add of adds) add.reject(error);
  }
}

function pendingAdd(entryId: number, data: readonly Uint8Array[], crc32c: number, bytes: number): PendingAdd {
  let resolve!: (entryId: number) => void;
  let reject!: (error: BrookError) => void;
  const promise = new Promise<number>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { entryId, data, crc32c, bytes, acked: new Set(), promise, resolve, reject };
}
