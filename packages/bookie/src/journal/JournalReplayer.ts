import type { FileHandle } from 'node:fs/promises';
import { open, unlink } from 'node:fs/promises';
import { BrookError, ErrorCode } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import type { Logger } from 'pino';
import { JOURNAL_FILE_HEADER, journalFileName, listJournalFiles } from './JournalFiles.js';
import { decodeBody, FRAME_HEADER_BYTES, type JournalMark, type JournalRecord } from './JournalRecord.js';

export type RecordVisitor = (record: JournalRecord, mark: JournalMark) => void | Promise<void>;

/**
 * Replays journal files from a checkpoint, in order. Rules:
 * - only the last file may end badly (a crash mid-write): a short frame header, a length running
 *   past the end of the file, or a CRC mismatch in the file's final record is a torn tail; it is
 *   dropped and the file truncated there.
 * - anything else that does not check out (a CRC mismatch followed by more data, a bad record in
 *   an older file) is corruption: replay stops and rejects with CHECKSUM_MISMATCH naming the file
 *   and offset, and the bookie refuses to start rather than silently lose acknowledged entries.
 * Delivered records view freshly read buffers that are never reused; visitors may keep them.
 */
export async function replayJournal(
  dir: string,
  from: JournalMark | undefined,
  visit: RecordVisitor,
  logger: Logger,
): Promise<{ lastFileId: number; records: number }> {
  const ids = await listJournalFiles(dir);
  let records = 0;
  for (const [index, fileId] of ids.entries()) {
    if (from && fileId < from.fileId) continue;
    const start = from && fileId === from.fileId ? Math.max(from.offset, JOURNAL_FILE_HEADER.length) : 0;
    records += await replayFile(dir, fileId, start, index === ids.length - 1, visit, logger);
  }
  return { lastFileId: ids.at(-1) ?? 0, records };
}

async function replayFile(
  dir: string,
  fileId: number,
  start: number,
  isLast: boolean,
  visit: RecordVisitor,
  logger: Logger,
): Promise<number> {
  const path = journalFileName(dir, fileId);
  const handle = await open(path, 'r+');
  try {
    const size = (await handle.stat()).size;
    const reader = new WindowReader(handle, size);
    const header = size >= JOURNAL_FILE_HEADER.length ? await reader.read(0, JOURNAL_FILE_HEADER.length) : undefined;
    if (!header?.equals(JOURNAL_FILE_HEADER)) {
      if (!isLast) throw corrupt(path, 0, 'bad file header');
      logger.warn({ fileId, size }, 'journal file without a whole header, removed');
      await unlink(path);
      return 0;
    }
    let position = Math.max(start, JOURNAL_FILE_HEADER.length);
    let records = 0;
    let torn: string | undefined;
    while (position < size) {
      if (size - position < FRAME_HEADER_BYTES) {
        torn = 'short frame header';
        break;
      }
      const frame = await reader.read(position, FRAME_HEADER_BYTES);
      const length = frame.readUInt32BE(0);
      const end = position + FRAME_HEADER_BYTES + length;
      if (length === 0 || end > size) {
        torn = 'record runs past the end of the file';
        break;
      }
      const body = await reader.read(position + FRAME_HEADER_BYTES, length);
      if (crc32c(body) !== frame.readUInt32BE(4)) {
        if (end === size) {
          torn = 'CRC32C mismatch in the final record';
          break;
        }
        throw corrupt(path, position, 'CRC32C mismatch');
      }
      let record: JournalRecord;
      try {
        record = decodeBody(body);
      } catch (error) {
        throw corrupt(path, position, (error as Error).message);
      }
      position = end;
      records++;
      await visit(record, { fileId, offset: position });
    }
    if (torn !== undefined) {
      if (!isLast) throw corrupt(path, position, torn);
      logger.warn({ fileId, offset: position, dropped: size - position, reason: torn }, 'journal torn tail truncated');
      await handle.truncate(position);
      await handle.datasync();
    }
    return records;
  } finally {
    await handle.close();
  }
}

function corrupt(path: string, offset: number, reason: string): BrookError {
  return new BrookError(ErrorCode.ChecksumMismatch, `journal ${path} is corrupt at offset ${offset}: ${reason}`);
}

const WINDOW_BYTES = 1024 * 1024;

/** Reads a file through a window that is re-allocated (never overwritten) on each refill. */
class WindowReader {
  private window = Buffer.alloc(0);
  private windowStart = 0;

  constructor(
    private readonly handle: FileHandle,
    private readonly size: number,
  ) {}

  async read(position: number, length: number): Promise<Buffer> {
    const offset = position - this.windowStart;
    if (offset < 0 || offset + length > this.window.length) {
      const want = Math.min(Math.max(length, WINDOW_BYTES), this.size - position);
      const window = Buffer.allocUnsafe(want);
      const { bytesRead } = await this.handle.read(window, 0, want, position);
      this.window = window.subarray(0, bytesRead);
      this.windowStart = position;
      if (bytesRead < length) throw new Error(`short read at ${position}`);
      return this.window.subarray(0, length);
    }
    return this.window.subarray(offset, offset + length);
  }
}
