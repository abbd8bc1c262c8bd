import { BrookError, ErrorCode, LedgerFencedError } from '@brook/protocol';
import type { MetadataStore } from '@brook/metadata';
import { crc32c } from '@node-rs/crc32';
import { type Logger, pino } from 'pino';
import type { Registry } from 'prom-client';
import type { AddEntryRequest, LedgerTail, ReadEntriesRequest, StoredEntry } from './client/BookieClient.js';
import type { BookieConfig } from './config.js';
import { Journal } from './journal/Journal.js';
import type { JournalMark, JournalRecord } from './journal/JournalRecord.js';
import { type BookieMetrics, createBookieMetrics } from './metrics.js';
import { type GarbageCollectionResult, GarbageCollector } from './storage/GarbageCollector.js';
import { LedgerStorage } from './storage/LedgerStorage.js';
import { SyncThread } from './storage/SyncThread.js';

export interface BookieOptions {
  config: Omit<BookieConfig, 'grpc'>;
  logger?: Logger;
  /** Where metrics are registered; default the prom-client global registry. */
  registry?: Registry;
  /**
   * The metadata store holding ledger metadata. With it the bookie garbage-collects ledgers whose
   * metadata was deleted and compacts its entry logs (every `gcIntervalMs`, and on `gc()`).
   */
  metadata?: Pick<MetadataStore, 'get'>;
}

/** Longest master key accepted (the journal and index store its length in 16 bits). */
export const MAX_MASTER_KEY_BYTES = 1024;

/**
 * One bookie: journal + ledger storage. Rules (BookKeeper's):
 * - an add is acknowledged only once its journal record is durable (fdatasync, group commit);
 * - the entry's CRC32C is verified before anything is stored, and again on every read;
 * - the first add (or fence) of a ledger records its master key; later ones must match it;
 * - a fenced ledger rejects adds unless they are recovery adds; fencing is journaled, so it
 *   survives a restart, and a fence answers only after every add accepted before it is durable;
 * - on start the journal is replayed from the last checkpoint into storage.
 * Every method rejects with a BrookError.
 */
export class Bookie {
  private readonly logger: Logger;
  private readonly metrics: BookieMetrics;
  private readonly addsOk: { inc(): void };
  private readonly journal: Journal;
  private readonly storage: LedgerStorage;
  private readonly syncThread: SyncThread;
  private readonly gcThread: GarbageCollector | undefined;
  private running = false;
  private readonly opened: Array<() => Promise<void>> = [];
  private starting: Promise<void> | undefined;
  private closing: Promise<void> | undefined;

  constructor(options: BookieOptions) {
    const { config } = options;
    this.logger = options.logger ?? pino({ level: 'silent' });
    this.metrics = createBookieMetrics(options.registry);
    this.addsOk = this.metrics.addsTotal.labels('OK');
    this.journal = new Journal({
      dir: config.journalDir,
      ...config.journal,
      logger: this.logger.child({ component: 'journal' }),
      metrics: this.metrics,
    });
    this.storage = new LedgerStorage({
      ledgerDir: config.ledgerDir,
      entryLogSizeLimit: config.entryLogSizeLimit,
      writeCacheMaxBytes: config.writeCacheMaxBytes,
      logger: this.logger.child({ component: 'storage' }),
      metrics: this.metrics,
    });
    this.syncThread = new SyncThread({
      storage: this.storage,
      checkpoint: (mark) => this.journal.checkpoint(mark),
      intervalMs: config.flushIntervalMs,
      logger: this.logger.child({ component: 'sync' }),
    });
    if (options.metadata) {
      this.gcThread = new GarbageCollector({
        storage: this.storage,
        metadata: options.metadata,
        checkpoint: () => this.syncThread.flush(),
        intervalMs: config.gcIntervalMs,
        compactionThreshold: config.compactionThreshold,
        logger: this.logger.child({ component: 'gc' }),
        metrics: this.metrics,
      });
    }
  }

  start(): Promise<void> {
    this.starting ??= this.doStart();
    return this.starting;
  }

  private async doStart(): Promise<void> {
    const checkpoint = await this.storage.start();
    this.opened.push(() => this.storage.close());
    await this.journal.replay(checkpoint, (record, mark) => this.replayRecord(record, mark));
    await this.journal.start();
    this.opened.push(() => this.journal.close());
    this.syncThread.start();
    this.opened.push(() => this.syncThread.close());
    const gcThread = this.gcThread;
    if (gcThread) {
      gcThread.start();
      this.opened.push(() => gcThread.close());
    }
    this.metrics.entryLogBytes.set(await this.storage.entryLogBytes());
    if (this.closing) return;
    this.running = true;
    this.logger.info('bookie started');
  }

  async addEntry(request: AddEntryRequest): Promise<void> {
    try {
      await this.doAddEntry(request);
      this.addsOk.inc();
    } catch (error) {
      if (error instanceof BrookError) this.metrics.addsTotal.inc({ result: error.code });
      throw error;
    }
  }

  private async doAddEntry(request: AddEntryRequest): Promise<void> {
    const { ledgerId, entryId, lac } = request;
    this.checkRunning();
    checkId('ledgerId', ledgerId);
    checkId('entryId', entryId);
    if (!Number.isSafeInteger(lac) || lac < -1) invalid(`lac must be an integer >= -1, got ${lac}`);
    const masterKey = asBuffer(request.masterKey);
    if (masterKey.length > MAX_MASTER_KEY_BYTES) invalid(`masterKey longer than ${MAX_MASTER_KEY_BYTES} bytes`);
    let crc = 0;
    let size = 0;
    for (const chunk of request.data) {
      crc = crc32c(chunk, crc);
      size += chunk.byteLength;
    }
    if (crc !== request.crc32c >>> 0) {
      throw new BrookError(ErrorCode.ChecksumMismatch, `entry ${ledgerId}:${entryId} does not match its CRC32C`);
    }
    const room = this.storage.room();
    if (room) {
      await room;
      this.checkRunning();
    }
    // From here to journal.append nothing awaits: checks and journal order stay in step with fence().
    const state = this.storage.ledger(ledgerId);
    if (state) {
      if (!state.masterKey.equals(masterKey)) throw unauthorized(ledgerId);
      if (state.fenced && !request.recovery) throw new LedgerFencedError(ledgerId);
    } else {
      this.storage.openLedger(ledgerId, masterKey);
    }
    const data = request.data;
    const mark = await this.journal.append({ kind: 'add', ledgerId, entryId, masterKey, lac, data, crc32c: crc });
    this.storage.addEntry(ledgerId, entryId, masterKey, lac, { data, size, crc32c: crc }, mark);
    if (this.storage.needsFlush) this.syncThread.requestFlush();
  }

  async read(request: ReadEntriesRequest): Promise<StoredEntry[]> {
    try {
      const entries = await this.doRead(request);
      this.metrics.readsTotal.inc({ result: 'OK' }, entries.length);
      return entries;
    } catch (error) {
      if (error instanceof BrookError) this.metrics.readsTotal.inc({ result: error.code });
      throw error;
    }
  }

  private async doRead({ ledgerId, firstEntryId, lastEntryId, maxBytes }: ReadEntriesRequest): Promise<StoredEntry[]> {
    this.checkRunning();
    checkId('ledgerId', ledgerId);
    checkId('firstEntryId', firstEntryId);
    checkId('lastEntryId', lastEntryId);
    if (lastEntryId < firstEntryId) invalid(`lastEntryId ${lastEntryId} is before firstEntryId ${firstEntryId}`);
    if (!this.storage.ledger(ledgerId)) throw notFound(ledgerId);
    const stored = await this.storage.getEntries(ledgerId, firstEntryId, lastEntryId, maxBytes || Infinity);
    if (stored.length === 0) {
      throw new BrookError(ErrorCode.EntryNotFound, `entry ${ledgerId}:${firstEntryId} not found`);
    }
    return stored.map((entry, i) => {
      const entryId = firstEntryId + i;
      if (entry.ledgerId !== ledgerId || entry.entryId !== entryId || crc32c(entry.data) !== entry.crc32c) {
        this.logger.error({ ledgerId, entryId }, 'stored entry failed its checksum');
        throw new BrookError(ErrorCode.ChecksumMismatch, `stored entry ${ledgerId}:${entryId} is corrupt`);
      }
      return { entryId, data: entry.data, crc32c: entry.crc32c };
    });
  }

  async readLac(ledgerId: number): Promise<LedgerTail> {
    this.checkRunning();
    const state = this.storage.ledger(ledgerId);
    if (!state) throw notFound(ledgerId);
    return { lac: state.lac, lastEntryId: state.lastEntryId };
  }

  /** Fences the ledger (creating it with this master key if unknown) and answers its tail here. */
  async fence(ledgerId: number, masterKey: Buffer): Promise<LedgerTail> {
    this.checkRunning();
    checkId('ledgerId', ledgerId);
    const key = asBuffer(masterKey);
    if (key.length > MAX_MASTER_KEY_BYTES) invalid(`masterKey longer than ${MAX_MASTER_KEY_BYTES} bytes`);
    const known = this.storage.ledger(ledgerId);
    if (known && !known.masterKey.equals(key)) throw unauthorized(ledgerId);
    this.storage.setFenced(ledgerId, key);
    const mark = await this.journal.append({ kind: 'fence', ledgerId, masterKey: key });
    this.storage.applied(mark);
    this.logger.info({ ledgerId }, 'ledger fenced');
    const state = this.storage.ledger(ledgerId);
    return { lac: state?.lac ?? -1, lastEntryId: state?.lastEntryId ?? -1 };
  }

  /** Removes the ledger's state and index entries; deleting an unknown ledger succeeds. */
  async deleteLedger(ledgerId: number): Promise<void> {
    this.checkRunning();
    checkId('ledgerId', ledgerId);
    // Checkpoint first so that a restart does not replay the ledger's journal records back in.
    await this.syncThread.flush();
    await this.storage.deleteLedger(ledgerId);
    this.logger.info({ ledgerId }, 'ledger deleted');
  }

  /**
   * Garbage-collects now: deletes ledgers whose metadata is gone and compacts entry logs (joins a
   * run in progress). Needs the `metadata` option.
   */
  gc(): Promise<GarbageCollectionResult> {
    this.checkRunning();
    if (!this.gcThread) {
      return Promise.reject(new BrookError(ErrorCode.InvalidConfig, 'garbage collection needs the metadata store'));
    }
    return this.gcThread.run();
  }

  /** Bytes of the entry log files (what garbage collection shrinks). */
  entryLogBytes(): Promise<number> {
    return this.storage.entryLogBytes();
  }

  /** Flushes the write cache to entry logs + index and trims the journal. */
  flush(): Promise<void> {
    this.checkRunning();
    return this.syncThread.flush();
  }

  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private async doClose(): Promise<void> {
    this.running = false;
    await this.starting?.catch(() => undefined);
    // Reverse start order: stop flushing (one last flush), drain the journal, close storage.
    // The sync thread's last flush may miss adds still in the journal; replay brings them back.
    for (const close of this.opened.reverse()) {
      try {
        await close();
      } catch (error) {
        this.logger.error({ err: error }, 'error while closing bookie component');
      }
    }
    this.logger.info('bookie closed');
  }

  private async replayRecord(record: JournalRecord, mark: JournalMark): Promise<void> {
    if (record.kind === 'fence') {
      this.storage.setFenced(record.ledgerId, record.masterKey);
      this.storage.applied(mark);
    } else {
      const { ledgerId, entryId, masterKey, lac, data, crc32c } = record;
      const size = data.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      this.storage.addEntry(ledgerId, entryId, masterKey, lac, { data, size, crc32c }, mark);
    }
    if (this.storage.needsFlush) await this.storage.flush();
  }

  private checkRunning(): void {
    if (this.running) return;
    if (this.closing) throw new BrookError(ErrorCode.AlreadyClosed, 'bookie is closed');
    throw new BrookError(ErrorCode.Unavailable, 'bookie is not started');
  }
}

function checkId(field: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) invalid(`${field} must be a non-negative integer, got ${value}`);
}

function invalid(message: string): never {
  throw new BrookError(ErrorCode.InvalidArgument, message);
}

function notFound(ledgerId: number): BrookError {
  return new BrookError(ErrorCode.LedgerNotFound, `ledger ${ledgerId} not found on this bookie`);
}

function unauthorized(ledgerId: number): BrookError {
  return new BrookError(ErrorCode.Unauthorized, `master key mismatch for ledger ${ledgerId}`);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
