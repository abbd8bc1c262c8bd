import { crc32c } from '@node-rs/crc32';
import { BrookError, ErrorCode } from './errors.js';
import type { pb } from './wire.js';

/**
 * The bytes a bookie stores for one entry: a header written by the broker, then the producer's
 * batch payload exactly as the producer compressed it. Layout (big-endian), format version 1:
 *
 *   0  u16 magic 0xB70E     2  u8 version           3  u8 codec
 *   4  u64 base offset      12 u32 message count    16 u64 publish time (ms)
 *   24 u64 first sequence id                        32 u32 uncompressed size
 *   36 u32 payload size     40 u32 payload CRC32C   44 u16 producer name length
 *   46 producer name (UTF-8), then the payload.
 *
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
}

export interface DecodedEntry extends EntryHeader {
  /** A view into the stored bytes, not a copy. */
  payload: Buffer;
}

const MAGIC = 0xb70e;
const VERSION = 1;
const FIXED_SIZE = 46;
const TWO_32 = 2 ** 32;

export function encodeEntryHeader(header: EntryHeader): Buffer {
  const name = Buffer.from(header.producerName, 'utf8');
  const out = Buffer.allocUnsafe(FIXED_SIZE + name.length);
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
  name.copy(out, FIXED_SIZE);
  return out;
}

/** Parses a stored entry; the payload is a view of `data`. Throws CHECKSUM_MISMATCH on damage. */
export function decodeEntry(data: Buffer, options: { verifyPayload?: boolean } = {}): DecodedEntry {
  if (data.length < FIXED_SIZE || data.readUInt16BE(0) !== MAGIC) throw damaged('bad magic or short entry');
  if (data.readUInt8(2) !== VERSION) throw damaged(`unknown entry format version ${data.readUInt8(2)}`);
  const nameLength = data.readUInt16BE(44);
  const payloadSize = data.readUInt32BE(36);
  const payloadStart = FIXED_SIZE + nameLength;
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
    producerName: data.toString('utf8', FIXED_SIZE, payloadStart),
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
