import { crc32c } from '@node-rs/crc32';
import { BrookError, ErrorCode } from '@brook/protocol';
import type { StoredEntry } from './BookieClient.js';

/**
 * Every entry the ledger client stores on bookies starts with an 8-byte header: the ledger's length
 * in bytes (payloads only) up to and including this entry, as a big-endian uint64. BookKeeper keeps
 * the same number in its per-entry digest header, so that recovery can close a ledger with its
 * exact length by reading one entry instead of the whole ledger. Readers strip it (no copy).
 */
export const FRAME_HEADER_BYTES = 8;

export function frameHeader(lengthThroughEntry: number): Buffer {
  const header = Buffer.allocUnsafe(FRAME_HEADER_BYTES);
  header.writeBigUInt64BE(BigInt(lengthThroughEntry));
  return header;
}

export interface UnframedEntry {
  entryId: number;
  /** The ledger's payload length through this entry. */
  lengthThroughEntry: number;
  payload: Buffer;
}

/** Checks the entry's CRC32C and strips its frame header; CHECKSUM_MISMATCH when either is wrong. */
export function unframe(ledgerId: number, entry: StoredEntry): UnframedEntry {
  if (crc32c(entry.data) !== entry.crc32c >>> 0 || entry.data.length < FRAME_HEADER_BYTES) {
    throw new BrookError(ErrorCode.ChecksumMismatch, `entry ${ledgerId}:${entry.entryId} failed its checksum`);
  }
  return {
    entryId: entry.entryId,
    lengthThroughEntry: Number(entry.data.readBigUInt64BE(0)),
    payload: entry.data.subarray(FRAME_HEADER_BYTES),
  };
}

/** CRC32C over the concatenation of the chunks, computed incrementally (no copy). */
export function checksumOf(chunks: readonly Uint8Array[]): number {
  let crc = 0;
  for (const chunk of chunks) crc = crc32c(chunk, crc);
  return crc;
}
