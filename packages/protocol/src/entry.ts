import { crc32c } from '@node-rs/crc32';
import { BrookError, ErrorCode } from './errors.js';
import type { pb } from './wire.js';

/**
 * The bytes a bookie stores for one entry: a header written by the broker, then the producer's
 * batch payload exactly as the producer compressed it. Layout (big-endian), format version 2:
 *
 *   0  u16 magic 0xB70E     2  u8 version           3  u8 codec
 *   4  u64 base offset      12 u32 message count    16 u64 publish time (ms)
 *   24 u64 first sequence id                        32 u32 uncompressed size
 *   36 u32 payload size     40 u32 payload CRC32C   44 u16 producer name length
 *   46 u64 deliver-at (ms, 0 = now)                 54 u16 key length + 1 (0 = no key)
 *   56 producer name (UTF-8), key (UTF-8), then the payload.
 *
 * Version 1 (still read) ends its fixed part at 46, without deliver-at and key. The key is the one
 * key every message of the batch shares (Key_Shared dispatch hashes it); a batch of mixed keys has none.
 * u64 fields hold integers up to Number.MAX_SAFE_INTEGER.
 */
export interface EntryHeader {
  codec: pb.Codec;
  baseOffset: number;
  messageCount: number;
  publishTime: number;
  sequenceId: number;
  uncompressedSize: number;
  payloadSize: number;
  payloadCrc32c: number;
  producerName: string;
  /** When the messages may be delivered, ms since the epoch; 0 = at once. */
  deliverAt?: number;
  /** The key all of the batch's messages share, if they do. */
  key?: string | undefined;
}

export interface DecodedEntry extends EntryHeader {
  /** A view into the stored bytes, not a copy. */
  payload: Buffer;
}

const MAGIC = 0xb70e;
const VERSION = 2;
const FIXED_SIZE_V1 = 46;
const FIXED_SIZE = 56;
const NO_KEY = 0;
const TWO_32 = 2 ** 32;

export function encodeEntryHeader(header: EntryHeader): Buffer {
  const name = Buffer.from(header.producerName, 'utf8');
  const key = header.key === undefined ? undefined : Buffer.from(header.key, 'utf8');
  if (key && key.length >= 0xffff)
    throw new BrookError(ErrorCode.InvalidArgument, 'a message key is at most 65534 bytes');
  const out = Buffer.allocUnsafe(FIXED_SIZE + name.length + (key?.length ?? 0));
  out.writeUInt16BE(MAGIC, 0);
  out.writeUInt8(VERSION, 2);
  out.writeUInt8(header.codec, 3);
  writeU64(out, 4, header.baseOffset);
  out.writeUInt32BE(header.messageCount, 12);
  writeU64(out, 16, header.publishTime);
  writeU64(out, 24, header.sequenceId);
  out.writeUInt32BE(header.uncompressedSize, 32);
  out.writeUInt32BE(header.payloadSize, 36);
  out.writeUInt32BE(header.payloadCrc32c, 40);
  out.writeUInt16BE(name.length, 44);
  writeU64(out, 46, header.deliverAt ?? 0);
  out.writeUInt16BE(key ? key.length + 1 : NO_KEY, 54);
  name.copy(out, FIXED_SIZE);
  key?.copy(out, FIXED_SIZE + name.length);
  return out;
}

/** Parses a stored entry; the payload is a view of `data`. Throws CHECKSUM_MISMATCH on damage. */
export function decodeEntry(data: Buffer, options: { verifyPayload?: boolean } = {}): DecodedEntry {
  if (data.length < FIXED_SIZE_V1 || data.readUInt16BE(0) !== MAGIC) throw damaged('bad magic or short entry');
  const version = data.readUInt8(2);
  if (version !== 1 && version !== VERSION) throw damaged(`unknown entry format version ${version}`);
  const fixedSize = version === 1 ? FIXED_SIZE_V1 : FIXED_SIZE;
  if (data.length < fixedSize) throw damaged('short entry');
  const nameLength = data.readUInt16BE(44);
  const keyField = version === 1 ? NO_KEY : data.readUInt16BE(54);
  const keyStart = fixedSize + nameLength;
  const payloadStart = keyStart + (keyField === NO_KEY ? 0 : keyField - 1);
  const payloadSize = data.readUInt32BE(36);
  if (payloadStart + payloadSize !== data.length) throw damaged('entry length does not match its header');
  const payload = data.subarray(payloadStart);
  const payloadCrc32c = data.readUInt32BE(40);
  if (options.verifyPayload && crc32c(payload) !== payloadCrc32c) throw damaged('payload CRC32C mismatch');
  return {
    codec: data.readUInt8(3) as pb.Codec,
    baseOffset: readU64(data, 4),
    messageCount: data.readUInt32BE(12),
    publishTime: readU64(data, 16),
    sequenceId: readU64(data, 24),
    uncompressedSize: data.readUInt32BE(32),
    payloadSize,
    payloadCrc32c,
    producerName: data.toString('utf8', fixedSize, keyStart),
    deliverAt: version === 1 ? 0 : readU64(data, 46),
    key: keyField === NO_KEY ? undefined : data.toString('utf8', keyStart, payloadStart),
    payload,
  };
}

function writeU64(out: Buffer, at: number, value: number): void {
  out.writeUInt32BE(Math.floor(value / TWO_32), at);
  out.writeUInt32BE(value >>> 0, at + 4);
}

function readU64(data: Buffer, at: number): number {
  return data.readUInt32BE(at) * TWO_32 + data.readUInt32BE(at + 4);
}

function damaged(why: string): BrookError {
  return new BrookError(ErrorCode.ChecksumMismatch, `corrupt entry: ${why}`);
}
