import type { FileHandle } from 'node:fs/promises';
import { BrookError, ErrorCode } from '@brook/protocol';
import { type Logger, pino } from 'pino';
import type { BookieMetrics } from '../metrics.js';
import { createJournalFile, deleteJournalFile, JOURNAL_FILE_HEADER, listJournalFiles } from './JournalFiles.js';
import { type EncodedRecord, encodeRecord, type JournalMark, type JournalRecord } from './JournalRecord.js';
import { type RecordVisitor, replayJournal } from './JournalReplayer.js';

export interface JournalOptions {
  dir: string;
  /** Most bytes per synchronized write; a single larger record is written alone. */
  maxGroupBytes: number;
  /** Appends beyond this many queued, not yet durable bytes wait for room (FIFO). */
  maxQueuedBytes: number;
  /** A file rolls before a group would take it past this size. */
  fileSizeLimit: number;
  logger?: Logger;
  metrics?: Pick<
    BookieMetrics,
    'journalSyncSeconds' | 'journalSyncs' | 'journalAppends' | 'journalGroupRecords' | 'journalGroupBytes'
  >;
}

interface Pending {
  encoded: EncodedRecord;
  resolve: (mark: JournalMark) => void;
  reject: (error: BrookError) => void;
}

/**
 * The bookie's write-ahead log. Rules:
 * - `append` resolves with the record's mark only after the synchronized write that covers it; records
 *   become durable, and promises resolve, in append order.
 * - group commit: one writev to the O_DSYNC file (durable on return, as write + fdatasync) covers
 *   everything queued while the previous one was in flight, up to `maxGroupBytes` per group. Small buffers are copied into one group
 *   buffer (many tiny iovecs cost more than the copy); large entry chunks are written in place.
 * - bounded: past `maxQueuedBytes` of queued bytes, appends wait for room in FIFO order.
 * - `replay` (before `start`) delivers records after a checkpoint; `start` then always writes a
 *   new file, so a file is never appended to after a restart.
 * - after a failed write or sync the journal is failed: every pending and later append rejects.
 */
export class Journal {
  private readonly logger: Logger;
  private queue: Pending[] = [];
  private waiting: Pending[] = [];
  private queuedBytes = 0;
  private writing = false;
  private drained: (() => void) | undefined;
  private handle: FileHandle | undefined;
  private fileId = 0;
  private fileSize = 0;
  private lastFileId = 0;
  private replayed = false;
  private failure: BrookError | undefined;
  private starting: Promise<void> | undefined;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: JournalOptions) {
    this.logger = options.logger ?? pino({ level: 'silent' });
  }

  /** Delivers the records after `from` (all records if undefined), in order. Only before `start`. */
  async replay(from: JournalMark | undefined, visit: RecordVisitor): Promise<number> {
    if (this.starting) throw new BrookError(ErrorCode.Internal, 'journal replay after start');
    const { lastFileId, records } = await replayJournal(this.options.dir, from, visit, this.logger);
    this.lastFileId = lastFileId;
    this.replayed = true;
    this.logger.info({ from, records, lastFileId }, 'journal replayed');
    return records;
  }

  start(): Promise<void> {
    this.starting ??= this.openFirstFile();
    return this.starting;
  }

  private async openFirstFile(): Promise<void> {
    if (!this.replayed) this.lastFileId = (await listJournalFiles(this.options.dir)).at(-1) ?? 0;
    await this.openFile(this.lastFileId + 1);
  }

  private async openFile(fileId: number): Promise<void> {
    this.handle = await createJournalFile(this.options.dir, fileId);
    this.fileId = fileId;
    this.fileSize = JOURNAL_FILE_HEADER.length;
  }

  append(record: JournalRecord): Promise<JournalMark> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new BrookError(ErrorCode.AlreadyClosed, 'journal is closed'));
    if (!this.handle) return Promise.reject(new BrookError(ErrorCode.Unavailable, 'journal is not started'));
    const encoded = encodeRecord(record);
    return new Promise<JournalMark>((resolve, reject) => {
      const pending = { encoded, resolve, reject };
      if (this.waiting.length > 0 || !this.hasRoom(encoded.bytes)) this.waiting.push(pending);
      else this.enqueue(pending);
    });
  }

  /** Journal files wholly before `mark` are no longer needed for replay: delete them. */
  async checkpoint(mark: JournalMark): Promise<void> {
    for (const fileId of await listJournalFiles(this.options.dir)) {
      if (fileId >= mark.fileId || fileId >= this.fileId) break;
      await deleteJournalFile(this.options.dir, fileId);
      this.logger.debug({ fileId }, 'journal file deleted after checkpoint');
    }
  }

  /** Waits for queued appends to become durable, then closes the file; later appends reject. */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private async doClose(): Promise<void> {
    await this.starting?.catch(() => undefined);
    if (this.writing || this.waiting.length > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    await this.handle?.close();
    this.handle = undefined;
  }

  private hasRoom(bytes: number): boolean {
    return this.queuedBytes === 0 || this.queuedBytes + bytes <= this.options.maxQueuedBytes;
  }

  private enqueue(pending: Pending): void {
    this.queue.push(pending);
    this.queuedBytes += pending.encoded.bytes;
    if (!this.writing) {
      this.writing = true;
      queueMicrotask(() => void this.writeLoop());
    }
  }

  private async writeLoop(): Promise<void> {
    while (this.queue.length > 0) {
      const group = this.takeGroup();
      try {
        await this.writeGroup(group);
      } catch (error) {
        this.fail(error, group);
        break;
      }
      this.release(group);
    }
    this.writing = false;
    if (this.waiting.length === 0) this.drained?.();
  }

  private takeGroup(): Pending[] {
    let bytes = 0;
    let count = 0;
    for (const pending of this.queue) {
      if (count > 0 && bytes + pending.encoded.bytes > this.options.maxGroupBytes) break;
      bytes += pending.encoded.bytes;
      count++;
    }
    const group = this.queue.slice(0, count);
    this.queue = this.queue.slice(count);
    return group;
  }

  private async writeGroup(group: Pending[]): Promise<void> {
    let bytes = 0;
    for (const pending of group) bytes += pending.encoded.bytes;
    if (this.fileSize > JOURNAL_FILE_HEADER.length && this.fileSize + bytes > this.options.fileSizeLimit) {
      const old = this.handle;
      await this.openFile(this.fileId + 1);
      await old?.close();
      this.logger.info({ fileId: this.fileId }, 'journal rolled');
    }
    const handle = this.handle!;
    const buffers = gather(group);
    const started = performance.now();
    // The file is O_DSYNC (see createJournalFile): the write returns once it is as durable as after
    // an fdatasync, so there is no separate sync call to wait for.
    const { bytesWritten } = await handle.writev(buffers, this.fileSize);
    if (bytesWritten !== bytes) throw new Error(`short journal write: ${bytesWritten} of ${bytes} bytes`);
    const metrics = this.options.metrics;
    metrics?.journalSyncSeconds.observe((performance.now() - started) / 1000);
    metrics?.journalSyncs.inc();
    metrics?.journalAppends.inc(group.length);
    metrics?.journalGroupRecords.observe(group.length);
    metrics?.journalGroupBytes.observe(bytes);
    let offset = this.fileSize;
    this.fileSize += bytes;
    for (const pending of group) {
      offset += pending.encoded.bytes;
      pending.resolve({ fileId: this.fileId, offset });
    }
  }

  private release(group: Pending[]): void {
    for (const pending of group) this.queuedBytes -= pending.encoded.bytes;
    while (this.waiting.length > 0 && this.hasRoom(this.waiting[0]!.encoded.bytes)) this.enqueue(this.waiting.shift()!);
  }

  private fail(error: unknown, group: Pending[]): void {
    this.failure = new BrookError(ErrorCode.Unavailable, `journal write failed: ${(error as Error).message}`, {
      cause: error,
    });
    this.logger.error({ err: error, fileId: this.fileId }, 'journal write failed; journal is now failed');
    for (const pending of [...group, ...this.queue, ...this.waiting]) pending.reject(this.failure);
    this.queue = [];
    this.waiting = [];
    this.queuedBytes = 0;
  }
}

/** Chunks at least this big go to writev as they are; smaller ones are copied into a group buffer. */
const ZERO_COPY_BYTES = 16 * 1024;

function gather(group: readonly Pending[]): Uint8Array[] {
  // The slab holds only the small chunks: sizing it to the whole group allocated (and soon
  // garbage-collected) as many bytes again as the payloads written in place.
  let small = 0;
  for (const pending of group) {
    for (const buffer of pending.encoded.buffers) if (buffer.byteLength < ZERO_COPY_BYTES) small += buffer.byteLength;
  }
  const iovecs: Uint8Array[] = [];
  const slab = Buffer.allocUnsafe(small);
  let start = 0;
  let used = 0;
  for (const pending of group) {
    for (const buffer of pending.encoded.buffers) {
      if (buffer.byteLength < ZERO_COPY_BYTES) {
        slab.set(buffer, used);
        used += buffer.byteLength;
        continue;
      }
      if (used > start) iovecs.push(slab.subarray(start, used));
      iovecs.push(buffer);
      start = used;
    }
  }
  if (used > start) iovecs.push(slab.subarray(start, used));
  return iovecs;
}
