import { crc32c } from '@node-rs/crc32';
import { readU64, writeU64 } from './bytes.js';

/**
 * What the journal stores. On disk a record is framed as
 *   [u32 BE bodyLength][u32 BE CRC32C(body)][body]
 * and the body ends with a one-byte kind, so it is parsed from its end:
 *   add:   [data][masterKey][u64 ledgerId][u64 entryId][u64 lac+1][u32 entryCrc][u16 masterKeyLength][u8 1]
 *   fence: [masterKey][u64 ledgerId][u16 masterKeyLength][u8 2]
 * The entry data comes first so that CRC32C(body) = crc32c(trailer, entryCrc): the body checksum
 * extends the entry checksum the bookie already verified, and the data is hashed once.
 */
export type JournalRecord = AddRecord | FenceRecord;

export interface AddRecord {
  kind: 'add';
  ledgerId: number;
  entryId: number;
  masterKey: Buffer;
  lac: number;
  /** The entry as chunks; written as-is, never copied. */
  data: readonly Uint8Array[];
  /** CRC32C of the concatenated data; the caller has verified it. */
  crc32c: number;
}

export interface FenceRecord {
  kind: 'fence';
  ledgerId: number;
  /** Creates the ledger with this key if the bookie had not seen it (recovery fences every bookie). */
  masterKey: Buffer;
}

/** A position in the journal: the end of a record. Replay from a mark delivers the records after it. */
export interface JournalMark {
  fileId: number;
  offset: number;
}

export function compareMarks(a: JournalMark, b: JournalMark): number {
  return a.fileId - b.fileId || a.offset - b.offset;
}

export const FRAME_HEADER_BYTES = 8;
const KIND_ADD = 1;
const KIND_FENCE = 2;
const ADD_TRAILER_FIXED = 8 + 8 + 8 + 4 + 2 + 1;
const FENCE_FIXED = 8 + 2 + 1;

/** The record as buffers for one writev, and their total size. */
export interface EncodedRecord {
  buffers: Uint8Array[];
  bytes: number;
}

export function encodeRecord(record: JournalRecord): EncodedRecord {
  if (record.kind === 'fence') {
    const keyLength = record.masterKey.length;
    const buf = Buffer.allocUnsafe(FRAME_HEADER_BYTES + keyLength + FENCE_FIXED);
    record.masterKey.copy(buf, FRAME_HEADER_BYTES);
    writeU64(buf, record.ledgerId, FRAME_HEADER_BYTES + keyLength);
    buf.writeUInt16BE(keyLength, FRAME_HEADER_BYTES + keyLength + 8);
    buf.writeUInt8(KIND_FENCE, buf.length - 1);
    buf.writeUInt32BE(buf.length - FRAME_HEADER_BYTES, 0);
    buf.writeUInt32BE(crc32c(buf.subarray(8)), 4);
    return { buffers: [buf], bytes: buf.length };
  }
  let dataBytes = 0;
  for (const chunk of record.data) dataBytes += chunk.byteLength;
  const keyLength = record.masterKey.length;
  const header = Buffer.allocUnsafe(FRAME_HEADER_BYTES);
  const trailer = Buffer.allocUnsafe(keyLength + ADD_TRAILER_FIXED);
  record.masterKey.copy(trailer, 0);
  let at = keyLength;
  writeU64(trailer, record.ledgerId, at);
  writeU64(trailer, record.entryId, (at += 8));
  writeU64(trailer, record.lac + 1, (at += 8));
  trailer.writeUInt32BE(record.crc32c >>> 0, (at += 8));
  trailer.writeUInt16BE(keyLength, (at += 4));
  trailer.writeUInt8(KIND_ADD, at + 2);
  const bodyLength = dataBytes + trailer.length;
  header.writeUInt32BE(bodyLength, 0);
  header.writeUInt32BE(crc32c(trailer, record.crc32c >>> 0), 4);
  return { buffers: [header, ...record.data, trailer], bytes: FRAME_HEADER_BYTES + bodyLength };
}

/** Parses a body whose CRC has been checked; copies nothing (the result views `body`). */
export function decodeBody(body: Buffer): JournalRecord {
  const kind = body[body.length - 1];
  if (kind === KIND_FENCE && body.length >= FENCE_FIXED) {
    const keyLength = body.readUInt16BE(body.length - 3);
    if (body.length === keyLength + FENCE_FIXED) {
      return { kind: 'fence', masterKey: body.subarray(0, keyLength), ledgerId: readU64(body, keyLength) };
    }
  }
  if (kind === KIND_ADD && body.length >= ADD_TRAILER_FIXED) {
    const keyLength = body.readUInt16BE(body.length - 3);
    const fixed = body.length - ADD_TRAILER_FIXED;
    const dataEnd = fixed - keyLength;
    if (dataEnd >= 0) {
      return {
        kind: 'add',
        data: [body.subarray(0, dataEnd)],
        masterKey: body.subarray(dataEnd, fixed),
        ledgerId: readU64(body, fixed),
        entryId: readU64(body, fixed + 8),
        lac: readU64(body, fixed + 16) - 1,
        crc32c: body.readUInt32BE(fixed + 24),
      };
    }
  }
  throw new Error(`unknown journal record kind ${kind} (body ${body.length} bytes)`);
}
