import { BrookError, ErrorCode, LedgerFencedError, toBrookError } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import type { Logger } from 'pino';
import type { AddEntryRequest } from './BookieClient.js';
import type { BookiePool } from './BookiePool.js';
import { isBookieFault } from './bookieAnswers.js';
import { crc32cCombine } from './crc32cCombine.js';
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
  /**
   * Records an ensemble change for a failed bookie and resolves with its replacement; a rejection
   * fails the pipeline with that error. Called for one failure at a time. Without it a failed
   * bookie fails the pipeline (recovery adds).
   */
  replaceBookie?: (failure: BookieFailure) => Promise<string>;
  logger: Logger;
}

/** A bookie of the ensemble that failed an add, and the first entry its replacement takes over. */
export interface BookieFailure {
  readonly index: number;
  readonly bookieId: string;
  /** The first unconfirmed entry: the new fragment starts here. */
  readonly firstEntryId: number;
}

interface PendingAdd {
  readonly entryId: number;
  readonly data: readonly Uint8Array[];
  readonly crc32c: number;
  readonly bytes: number;
  /** Ensemble indexes whose current bookie acknowledged the add. */
  readonly acked: Set<number>;
  readonly promise: Promise<number>;
  readonly resolve: (entryId: number) => void;
  readonly reject: (error: BrookError) => void;
}

/**
 * The adds of one writer in flight: each goes to its write set at once (no waiting per add) and
 * completes once ackQuorum bookies acknowledged it and every earlier add completed, so completions
 * come in entry order. The first unrecoverable error fails the pipeline: every pending and later add
 * rejects with it.
 *
 * A bookie that fails an add (see isBookieFault) is replaced, when `replaceBookie` is given, by an
 * ensemble change: from the failure on, completions are held (the new fragment starts at the first
 * unconfirmed entry, so that entry must not move), sends to the failed index wait, and its acks no
 * longer count. Once the replacement is recorded it takes the failed bookie's index and receives
 * every pending add of that index's write sets, with the old bookie's acks dropped: those entries
 * now belong to the new fragment. Several failures are replaced one after another before
 * completions resume. Acks and errors are matched to the bookie an add was sent to, so late
 * answers of a replaced bookie are ignored.
 */
export class AddPipeline {
  private readonly pending = new Map<number, PendingAdd>();
  private readonly ensemble: string[];
  /** Failed ensemble indexes waiting for their replacement, in failure order. */
  private readonly failedIndexes: number[] = [];
  /** The ensemble changes under way, one after another; undefined when none is. */
  private changing: Promise<void> | undefined;
  private nextEntryId: number;
  private pushedLength: number;
  private confirmed: number;
  private confirmedLength: number;
  private failure: BrookError | undefined;
  private closing: Promise<void> | undefined;
  /** Set once closed: nothing is pending and later bookie errors are no longer acted on. */
  private sealed = false;

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

  /**
   * Sends the next entry; resolves with its id once it and every earlier entry completed.
   * `knownCrc32c[i]` is the verified CRC32C of `payload[i]`, if the caller has one (see LedgerWriter).
   */
  add(payload: readonly Uint8Array[], knownCrc32c?: readonly (number | undefined)[]): Promise<number> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.closing !== undefined) {
      return Promise.reject(new BrookError(ErrorCode.LedgerClosed, `ledger ${this.options.ledgerId} is closed`));
    }
    let bytes = 0;
    for (const chunk of payload) bytes += chunk.byteLength;
    this.pushedLength += bytes;
    const data = [frameHeader(this.pushedLength), ...payload];
    const crc = knownCrc32c === undefined ? checksumOf(data) : extendedChecksum(data, knownCrc32c);
    const add = pendingAdd(this.nextEntryId++, data, crc, bytes);
    this.pending.set(add.entryId, add);
    for (const index of this.writeSetOf(add)) this.send(add, index);
    return add.promise;
  }

  /**
   * Takes no more adds, waits until none is pending and no ensemble change is under way, then stops
   * acting on bookie errors (the caller records the ledger's end next). Idempotent.
   */
  close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    for (;;) {
      const last = this.pending.get(this.nextEntryId - 1);
      if (last !== undefined) await last.promise.catch(() => undefined);
      else if (this.changing !== undefined) await this.changing;
      else break;
    }
    this.sealed = true;
  }

  private writeSetOf(add: PendingAdd): number[] {
    return writeSet(add.entryId, this.options.ensembleSize, this.options.writeQuorum);
  }

  private send(add: PendingAdd, index: number): void {
    // A failed index gets the add once its replacement is recorded.
    if (this.failedIndexes.includes(index)) return;
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
      () => this.onAck(add, index, bookieId),
      (error: unknown) => this.onBookieError(index, bookieId, add.entryId, toBrookError(error)),
    );
  }

  private async addTo(bookieId: string, request: AddEntryRequest): Promise<void> {
    await this.options.bookies.client(bookieId).add(request);
  }

  /** Whether `bookieId` still serves `index`: answers of a replaced or failed bookie are ignored. */
  private serves(index: number, bookieId: string): boolean {
    return this.ensemble[index] === bookieId && !this.failedIndexes.includes(index);
  }

  private onAck(add: PendingAdd, index: number, bookieId: string): void {
    if (this.pending.get(add.entryId) !== add || !this.serves(index, bookieId)) return;
    add.acked.add(index);
    this.completeReady();
  }

  /** Completes the adds at the head that reached ackQuorum, in order; none while the ensemble changes. */
  private completeReady(): void {
    if (this.changing !== undefined) return;
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
    if (this.failure !== undefined || this.sealed || !this.serves(index, bookieId)) return;
    const { ledgerId, logger } = this.options;
    if (error.code === ErrorCode.LedgerFenced) {
      logger.warn({ ledgerId, entryId, bookieId }, 'ledger fenced, writer stops');
      this.fail(new LedgerFencedError(ledgerId));
      return;
    }
    if (!isBookieFault(error) || this.options.replaceBookie === undefined) {
      logger.warn({ ledgerId, entryId, bookieId, index, code: error.code }, 'add failed, writer stops');
      this.fail(error);
      return;
    }
    logger.warn({ ledgerId, entryId, bookieId, index, code: error.code }, 'bookie failed, replacing it');
    this.failedIndexes.push(index);
    this.changing ??= this.changeEnsemble(this.options.replaceBookie);
  }

  /** Replaces the failed indexes one after another, then lets completions resume. */
  private async changeEnsemble(replaceBookie: (failure: BookieFailure) => Promise<string>): Promise<void> {
    try {
      for (let index = this.failedIndexes[0]; index !== undefined; index = this.failedIndexes[0]) {
        const bookieId = this.ensemble[index]!;
        const replacement = await replaceBookie({ index, bookieId, firstEntryId: this.confirmed + 1 });
        if (this.failure !== undefined) return;
        this.failedIndexes.shift();
        this.replaceBookie(index, replacement);
      }
    } catch (changeError) {
      this.fail(toBrookError(changeError));
    } finally {
      this.changing = undefined;
    }
    this.completeReady();
  }

  /** Puts `bookieId` at `index` and sends it every pending add of that index, dropping old acks. */
  private replaceBookie(index: number, bookieId: string): void {
    this.ensemble[index] = bookieId;
    for (const add of this.pending.values()) {
      if (!this.writeSetOf(add).includes(index)) continue;
      add.acked.delete(index);
      this.send(add, index);
    }
  }

  private fail(error: BrookError): void {
    this.failure = error;
    this.failedIndexes.length = 0;
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

/**
 * CRC32C of the frame (`data` = frame header, then the payload chunks), reading only the chunks whose
 * checksum is not known: a known one (knownCrc32c[i] for data[i + 1]) is combined in arithmetically.
 */
function extendedChecksum(data: readonly Uint8Array[], knownCrc32c: readonly (number | undefined)[]): number {
  let crc = 0;
  for (let i = 0; i < data.length; i++) {
    const chunk = data[i] as Uint8Array;
    const known = i === 0 ? undefined : knownCrc32c[i - 1];
    crc = known === undefined ? crc32c(chunk, crc) : crc32cCombine(crc, known, chunk.byteLength);
  }
  return crc;
}
