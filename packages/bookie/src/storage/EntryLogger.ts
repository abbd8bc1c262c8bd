import { type FileHandle, mkdir, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BrookError, ErrorCode } from '@brook/protocol';
import { type Logger, pino } from 'pino';
import { readU64, writeU64 } from '../journal/bytes.js';
import { removeGradually, syncDirectory } from '../journal/JournalFiles.js';

export interface EntryLoggerOptions {
  dir: string;
  /** A log rolls before an entry would take it past this size; at most 2^32 - 1. */
  sizeLimit: number;
  logger?: Logger;
}

/** A frame found by scanning a sealed log: where it is and what it holds, not its data. */
export interface ScannedFrame {
  ledgerId: number;
  entryId: number;
  location: number;
  /** Frame header plus data. */
  bytes: number;
}

export interface LoggedEntry {
  ledgerId: number;
  entryId: number;
  data: Buffer;
  crc32c: number;
}

/**
 * Entries of many ledgers appended sequentially to few log files. Rules:
 * - a location is logId * 2^32 + offset (a JS number; logId < 2^21), pointing at the entry's frame
 *   [u32 BE dataLength][u32 BE crc32c][u64 BE ledgerId][u64 BE entryId][data], so logs can be scanned;
 * - files are `<logId as 8 hex digits>.log`, starting with an 8-byte header `BRKL` + u32 BE version;
 * - `append` returns the entry's location at once and keeps its chunks by reference (small ones are
 *   copied into a slab); the caller must not change them. The bytes are durable only after the next
 *   `flush()` resolves, and nobody may read a location before that;
 * - after a restart a new log is started; unflushed tails of older logs are never referenced;
 * - only logs before the current one are sealed: they never change again and may be scanned or
 *   removed (garbage collection); the current log is never removed.
 */
export class EntryLogger {
  private readonly logger: Logger;
  private readonly readers = new Map<number, FileHandle>();
  /** Sealed logs being removed: a read of one fails (and is looked up again) instead of reopening it. */
  private readonly removing = new Set<number>();
  private logId = 0;
  private offset = 0;
  /** Holds frame headers and small chunks; large chunks are written from where they are. */
  private slab: Buffer = EMPTY;
  private readonly spareBuffers: Buffer[] = [];
  /** Bytes of the slab in use, and how many of them the queued iovecs already cover. */
  private used = 0;
  private covered = 0;
  /** The next write: slab ranges and large chunks, in log order, and their total size. */
  private iovecs: Uint8Array[] = [];
  private unitBytes = 0;
  /** A write goes out, and is fdatasynced, once it holds this many bytes (flush and roll write the rest). */
  private writeUnitBytes = MAX_WRITE_UNIT_BYTES;
  /** Writes of sealed buffers and log rolls, in order; flush awaits it. */
  private writes: Promise<void> = Promise.resolve();
  private writeError: unknown;
  private dirty = new Set<number>();

  constructor(private readonly options: EntryLoggerOptions) {
    this.logger = options.logger ?? pino({ level: 'silent' });
  }

  async start(): Promise<void> {
    await mkdir(this.options.dir, { recursive: true });
    let last = 0;
    for (const name of await readdir(this.options.dir)) {
      const id = name.endsWith('.log') ? Number.parseInt(name.slice(0, -4), 16) : Number.NaN;
      if (Number.isSafeInteger(id)) last = Math.max(last, id);
    }
    await this.createLog(last + 1);
    this.logId = last + 1;
    this.offset = HEADER.length;
  }

  append(ledgerId: number, entryId: number, data: readonly Uint8Array[], size: number, crc: number): number {
    const frameSize = FRAME_BYTES + size;
    if (this.offset > HEADER.length && this.offset + frameSize > this.options.sizeLimit) this.roll();
    let slabBytes = FRAME_BYTES;
    for (const chunk of data) if (chunk.byteLength < ZERO_COPY_BYTES) slabBytes += chunk.byteLength;
    if (this.used + slabBytes > this.slab.length) this.sealSlab(Math.max(WRITE_BUFFER_BYTES, slabBytes));
    const location = this.logId * TWO_32 + this.offset;
    const slab = this.slab;
    let at = this.used;
    slab.writeUInt32BE(size, at);
    slab.writeUInt32BE(crc >>> 0, at + 4);
    writeU64(slab, ledgerId, at + 8);
    writeU64(slab, entryId, at + 16);
    at += FRAME_BYTES;
    for (const chunk of data) {
      if (chunk.byteLength < ZERO_COPY_BYTES) {
        slab.set(chunk, at);
        at += chunk.byteLength;
      } else {
        this.used = at;
        this.cover();
        this.iovecs.push(chunk);
      }
    }
    this.used = at;
    this.offset += frameSize;
    this.unitBytes += frameSize;
    if (this.unitBytes >= this.writeUnitBytes) this.queueWrite();
    return location;
  }

  /**
   * Sizes the write units for a flush of about `bytes`: a UNITS_PER_FLUSH-th of it, within
   * MIN_WRITE_UNIT_BYTES..MAX_WRITE_UNIT_BYTES. Each whole unit is fdatasynced as soon as it is
   * written (as BookKeeper's flushEntrylogBytes) rather than all at the flush's end. Why: one
   * fdatasync of a whole flush sends tens of megabytes to the disk at once, and the journal's
   * synchronous writes on the same disk queue behind the burst (60–100 ms at 50 MB/s here). Small
   * pieces keep that wait short; large ones keep the disk's sequential throughput at high rates,
   * where flushes are large and throughput is what counts.
   */
  expectFlush(bytes: number): void {
    this.writeUnitBytes = Math.min(
      MAX_WRITE_UNIT_BYTES,
      Math.max(MIN_WRITE_UNIT_BYTES, Math.ceil(bytes / UNITS_PER_FLUSH)),
    );
  }

  /** Writes everything appended so far and fdatasyncs every log written since the last flush. */
  async flush(): Promise<void> {
    this.sealSlab(0);
    const dirty = this.dirty;
    this.dirty = new Set();
    await this.writes;
    if (this.writeError) throw this.writeError;
    for (const logId of dirty) await (await this.reader(logId)).datasync();
  }

  /** The log appends go to now. */
  get currentLogId(): number {
    return this.logId;
  }

  /**
   * Ids of the sealed logs on disk (every log before the current one), ascending. Call it while no
   * flush runs, so that a log the last flush rolled away from is fully written and synced.
   */
  async sealedLogIds(): Promise<number[]> {
    const ids: number[] = [];
    for (const name of await readdir(this.options.dir)) {
      const id = name.endsWith('.log') ? Number.parseInt(name.slice(0, -4), 16) : Number.NaN;
      if (Number.isSafeInteger(id) && id < this.logId) ids.push(id);
    }
    return ids.sort((a, b) => a - b);
  }

  /** Size of a log file in bytes (0 if it is gone). */
  async logBytes(logId: number): Promise<number> {
    return (await stat(this.path(logId)).catch(() => undefined))?.size ?? 0;
  }

  /** Bytes of every log file, the current one included. */
  async totalBytes(): Promise<number> {
    let total = 0;
    for (const name of await readdir(this.options.dir)) {
      if (name.endsWith('.log')) total += (await stat(join(this.options.dir, name)).catch(() => undefined))?.size ?? 0;
    }
    return total;
  }

  /** Every frame of a sealed log, in order; stops at a torn tail (a crash during its last write). */
  async *scan(logId: number): AsyncGenerator<ScannedFrame> {
    if (logId >= this.logId) throw new BrookError(ErrorCode.Internal, `entry log ${logId} is not sealed`);
    const handle = await open(this.path(logId), 'r');
    try {
      const fileSize = (await handle.stat()).size;
      const window = Buffer.allocUnsafe(SCAN_WINDOW_BYTES);
      const head = await handle.read(window, 0, HEADER.length, 0);
      if (head.bytesRead < HEADER.length || !window.subarray(0, HEADER.length).equals(HEADER)) return;
      let windowStart = 0;
      let windowLength = 0;
      let offset = HEADER.length;
      while (offset + FRAME_BYTES <= fileSize) {
        if (offset < windowStart || offset + FRAME_BYTES > windowStart + windowLength) {
          const { bytesRead } = await handle.read(window, 0, window.length, offset);
          windowStart = offset;
          windowLength = bytesRead;
          if (bytesRead < FRAME_BYTES) return;
        }
        const at = offset - windowStart;
        const size = window.readUInt32BE(at);
        const ledgerId = readU64(window, at + 8);
        if (offset + FRAME_BYTES + size > fileSize || (size === 0 && ledgerId === 0)) return;
        yield {
          ledgerId,
          entryId: readU64(window, at + 16),
          location: logId * TWO_32 + offset,
          bytes: FRAME_BYTES + size,
        };
        offset += FRAME_BYTES + size;
      }
    } finally {
      await handle.close();
    }
  }

  /**
   * Deletes a sealed log file. The caller guarantees that no index location points into it any more;
   * a read that looked its location up before and reaches the file after fails, and is retried by
   * looking the location up again.
   */
  async removeLog(logId: number): Promise<void> {
    if (logId >= this.logId) throw new BrookError(ErrorCode.Internal, `entry log ${logId} is not sealed`);
    this.removing.add(logId);
    try {
      const handle = this.readers.get(logId);
      this.readers.delete(logId);
      await handle?.close().catch(() => undefined);
      await removeGradually(this.path(logId));
      await syncDirectory(this.options.dir);
    } finally {
      this.removing.delete(logId);
    }
  }

  async read(location: number): Promise<LoggedEntry> {
    const logId = Math.floor(location / TWO_32);
    const offset = location % TWO_32;
    const handle = await this.reader(logId);
    const head = Buffer.allocUnsafe(FRAME_BYTES + SPECULATIVE_READ_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, offset);
    if (bytesRead < FRAME_BYTES) throw missing(location, 'short frame');
    const size = head.readUInt32BE(0);
    let data: Buffer;
    if (FRAME_BYTES + size <= bytesRead) {
      data = head.subarray(FRAME_BYTES, FRAME_BYTES + size);
    } else {
      data = Buffer.allocUnsafe(size);
      const rest = await handle.read(data, 0, size, offset + FRAME_BYTES);
      if (rest.bytesRead < size) throw missing(location, 'short entry');
    }
    return { ledgerId: readU64(head, 8), entryId: readU64(head, 16), data, crc32c: head.readUInt32BE(4) };
  }

  /**
   * The entries at `locations` — ascending, all in one log, within MAX_SPAN_BYTES of the first (see
   * readSpans) — read with one pread of the span they cover; a frame running past the span's end
   * is completed by a read of its own.
   */
  async readSpan(locations: readonly number[]): Promise<LoggedEntry[]> {
    const first = locations[0] as number;
    const start = first % TWO_32;
    const end = ((locations.at(-1) as number) % TWO_32) + FRAME_BYTES + SPECULATIVE_READ_BYTES;
    const handle = await this.reader(Math.floor(first / TWO_32));
    const span = Buffer.allocUnsafe(end - start);
    const { bytesRead } = await handle.read(span, 0, span.length, start);
    const entries: LoggedEntry[] = [];
    for (const location of locations) {
      const at = (location % TWO_32) - start;
      if (at + FRAME_BYTES > bytesRead) throw missing(location, 'short frame');
      const dataEnd = at + FRAME_BYTES + span.readUInt32BE(at);
      if (dataEnd > bytesRead) {
        entries.push(await this.read(location));
        continue;
      }
      entries.push({
        ledgerId: readU64(span, at + 8),
        entryId: readU64(span, at + 16),
        data: span.subarray(at + FRAME_BYTES, dataEnd),
        crc32c: span.readUInt32BE(at + 4),
      });
    }
    return entries;
  }

  async close(): Promise<void> {
    await this.writes.catch(() => undefined);
    for (const handle of this.readers.values()) await handle.close();
    this.readers.clear();
  }

  /** Adds the slab bytes written since the last iovec to the next write. */
  private cover(): void {
    if (this.used > this.covered) this.iovecs.push(this.slab.subarray(this.covered, this.used));
    this.covered = this.used;
  }

  /**
   * Queues the next write: one writev of the slab ranges and the large chunks (kept by reference;
   * the write cache holds them until the flush that this write belongs to completes).
   */
  private queueWrite(): void {
    this.cover();
    if (this.unitBytes === 0) return;
    const iovecs = this.iovecs;
    const bytes = this.unitBytes;
    const logId = this.logId;
    const position = this.offset - bytes;
    this.iovecs = [];
    this.unitBytes = 0;
    this.dirty.add(logId);
    this.chain(async () => {
      const handle = await this.reader(logId);
      const { bytesWritten } = await handle.writev(iovecs, position);
      if (bytesWritten !== bytes) throw new Error(`short entry log write to log ${logId}`);
      if (bytes >= this.writeUnitBytes) await handle.datasync();
    });
  }

  /**
   * Queues what was appended and starts a new slab of `capacity` bytes. Standard-size slabs are
   * reused once the writes that read them are done: allocating megabytes per seal drives full GCs.
   */
  private sealSlab(capacity: number): void {
    this.queueWrite();
    const full = this.slab;
    this.chain(async () => this.release(full));
    this.slab =
      capacity === 0 ? EMPTY : capacity <= WRITE_BUFFER_BYTES ? this.takeBuffer() : Buffer.allocUnsafe(capacity);
    this.used = 0;
    this.covered = 0;
  }

  private takeBuffer(): Buffer {
    return this.spareBuffers.pop() ?? Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  }

  private release(buffer: Buffer): void {
    if (buffer.length === WRITE_BUFFER_BYTES && this.spareBuffers.length < MAX_SPARE_BUFFERS)
      this.spareBuffers.push(buffer);
  }

  private roll(): void {
    this.sealSlab(0);
    const next = this.logId + 1;
    this.chain(() => this.createLog(next));
    this.logger.info({ logId: next }, 'entry log rolled');
    this.logId = next;
    this.offset = HEADER.length;
  }

  private chain(step: () => Promise<void>): void {
    this.writes = this.writes.then(step).catch((error: unknown) => {
      this.writeError ??= error;
      this.logger.error({ err: error }, 'entry log write failed');
    });
  }

  private async createLog(logId: number): Promise<void> {
    const handle = await open(this.path(logId), 'wx+');
    await handle.write(HEADER, 0, HEADER.length, 0);
    await handle.datasync();
    await syncDirectory(this.options.dir);
    this.readers.set(logId, handle);
  }

  private async reader(logId: number): Promise<FileHandle> {
    let handle = this.readers.get(logId);
    if (!handle) {
      if (this.removing.has(logId)) throw beingRemoved(logId);
      handle = await open(this.path(logId), 'r+');
      if (this.removing.has(logId)) {
        await handle.close();
        throw beingRemoved(logId);
      }
      const raced = this.readers.get(logId);
      if (raced) {
        await handle.close();
        return raced;
      }
      this.readers.set(logId, handle);
    }
    return handle;
  }

  private path(logId: number): string {
    return join(this.options.dir, `${logId.toString(16).padStart(8, '0')}.log`);
  }
}

const TWO_32 = 2 ** 32;
/** Most bytes one readSpan covers. */
export const MAX_SPAN_BYTES = 8 * 1024 * 1024;

/**
 * Splits ascending-by-entry locations into the runs readSpan takes: a new run starts where the
 * log changes, a location goes backwards (compaction moved an entry) or the run would span more
 * than MAX_SPAN_BYTES.
 */
export function readSpans(locations: readonly number[]): number[][] {
  const spans: number[][] = [];
  let span: number[] = [];
  for (const location of locations) {
    const first = span[0];
    if (
      first !== undefined &&
      (Math.floor(location / TWO_32) !== Math.floor(first / TWO_32) ||
        location < (span.at(-1) as number) ||
        location - first > MAX_SPAN_BYTES)
    ) {
      spans.push(span);
      span = [];
    }
    span.push(location);
  }
  if (span.length > 0) spans.push(span);
  return spans;
}
const HEADER = Buffer.from([0x42, 0x52, 0x4b, 0x4c, 0, 0, 0, 1]);
const FRAME_BYTES = 24;
const WRITE_BUFFER_BYTES = 4 * 1024 * 1024;
/** Bounds of the write unit (see expectFlush). */
const MIN_WRITE_UNIT_BYTES = 512 * 1024;
const MAX_WRITE_UNIT_BYTES = 4 * 1024 * 1024;
/** A flush goes out in about this many write units. */
const UNITS_PER_FLUSH = 16;
/** Chunks at least this big are written in place; smaller ones are copied into the slab. */
const ZERO_COPY_BYTES = 16 * 1024;
const MAX_SPARE_BUFFERS = 2;
const EMPTY = Buffer.alloc(0);
const SPECULATIVE_READ_BYTES = 4096 - FRAME_BYTES;
const SCAN_WINDOW_BYTES = 1024 * 1024;

function beingRemoved(logId: number): BrookError {
  return new BrookError(ErrorCode.Internal, `entry log ${logId} is being removed`);
}

function missing(location: number, reason: string): BrookError {
  return new BrookError(ErrorCode.Internal, `entry log location ${location} unreadable: ${reason}`);
}
