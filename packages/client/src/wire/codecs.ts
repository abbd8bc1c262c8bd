import { promisify } from 'node:util';
import { deflate, deflateSync, inflate, inflateSync } from 'node:zlib';
import { BrookError, ErrorCode, pb } from '@brook/protocol';
import * as zstd from '@mongodb-js/zstd';
import * as lz4 from 'lz4-napi';
import * as snappy from 'snappy';

/**
 * Batch payload compression. Brook's clients are on both ends, so the formats are the libraries'
 * own, stated here because they are part of the wire format:
 * - lz4: an LZ4 block prefixed with the uncompressed length as a u32 little-endian (lz4_flex's
 *   size-prepended block). Not Pulsar-wire-compatible: Pulsar sends the bare block.
 * - zstd: one standard zstd frame, level 3.
 * - snappy: the raw (unframed) snappy block format, as Pulsar uses.
 * - zlib: a zlib stream (RFC 1950: deflate with header and Adler-32), as Pulsar's ZLIB uses.
 * Small payloads are (de)compressed on the calling thread; larger ones on the libuv pool, so a
 * caller that needs order keeps it itself (zstd is always asynchronous).
 */
export type CompressionType = 'none' | 'lz4' | 'zstd' | 'snappy' | 'zlib';

export const COMPRESSION_TYPES: Record<CompressionType, pb.Codec> = {
  none: pb.Codec.CODEC_NONE,
  lz4: pb.Codec.CODEC_LZ4,
  zstd: pb.Codec.CODEC_ZSTD,
  snappy: pb.Codec.CODEC_SNAPPY,
  zlib: pb.Codec.CODEC_ZLIB,
};

/** Payloads up to this size are (de)compressed synchronously: a thread-pool hop costs more than the work. */
const SYNC_LIMIT_BYTES = 64 * 1024;
const ZSTD_LEVEL = 3;
const deflateAsync = promisify(deflate);
const inflateAsync = promisify(inflate);

/** Compresses data with codec; a Promise only for large payloads and for zstd. */
export function compress(codec: pb.Codec, data: Buffer): Buffer | Promise<Buffer> {
  const sync = data.length <= SYNC_LIMIT_BYTES;
  switch (codec) {
    case pb.Codec.CODEC_NONE:
      return data;
    case pb.Codec.CODEC_LZ4:
      return sync ? lz4.compressSync(data) : lz4.compress(data);
    case pb.Codec.CODEC_ZSTD:
      return zstd.compress(data, ZSTD_LEVEL);
    case pb.Codec.CODEC_SNAPPY:
      return sync ? snappy.compressSync(data) : snappy.compress(data);
    case pb.Codec.CODEC_ZLIB:
      return sync ? deflateSync(data) : deflateAsync(data);
    default:
      throw unknownCodec(codec);
  }
}

/**
 * Decompresses data and checks that it is uncompressedSize bytes long. Whatever goes wrong (unknown
 * codec, corrupt data, wrong size) is one CHECKSUM_MISMATCH; a Promise only for large payloads and zstd.
 */
export function decompress(codec: pb.Codec, data: Buffer, uncompressedSize: number): Buffer | Promise<Buffer> {
  try {
    const out = decompressUnchecked(codec, data, uncompressedSize);
    if (out instanceof Promise) {
      return out.then(
        (bytes) => checkSize(codec, bytes, uncompressedSize),
        (error: unknown) => Promise.reject(corrupt(codec, error)),
      );
    }
    return checkSize(codec, out, uncompressedSize);
  } catch (error) {
    if (error instanceof BrookError) throw error;
    throw corrupt(codec, error);
  }
}

function decompressUnchecked(codec: pb.Codec, data: Buffer, size: number): Buffer | Promise<Buffer> {
  const sync = size <= SYNC_LIMIT_BYTES;
  switch (codec) {
    case pb.Codec.CODEC_NONE:
      return data;
    case pb.Codec.CODEC_LZ4:
      // The block's own length prefix sizes the output buffer: check it before trusting it.
      if (data.length < 4 || data.readUInt32LE(0) !== size)
        throw wrongSize(codec, data.length < 4 ? 0 : data.readUInt32LE(0), size);
      return sync ? lz4.uncompressSync(data) : lz4.uncompress(data);
    case pb.Codec.CODEC_ZSTD:
      return zstd.decompress(data);
    case pb.Codec.CODEC_SNAPPY:
      return sync
        ? (snappy.uncompressSync(data, { asBuffer: true }) as Buffer)
        : (snappy.uncompress(data, { asBuffer: true }) as Promise<Buffer>);
    case pb.Codec.CODEC_ZLIB: {
      // One byte over the expected size is enough to tell a wrong size, and bounds the output.
      const options = { maxOutputLength: size + 1 };
      return sync ? inflateSync(data, options) : inflateAsync(data, options);
    }
    default:
      throw unknownCodec(codec);
  }
}

function checkSize(codec: pb.Codec, bytes: Buffer, expected: number): Buffer {
  if (bytes.length !== expected) throw wrongSize(codec, bytes.length, expected);
  return bytes;
}

function wrongSize(codec: pb.Codec, actual: number, expected: number): BrookError {
  return new BrookError(
    ErrorCode.ChecksumMismatch,
    `${codecName(codec)} payload decompresses to ${actual} bytes, the batch says ${expected}`,
  );
}

function corrupt(codec: pb.Codec, error: unknown): BrookError {
  const why = error instanceof Error ? error.message : String(error);
  return new BrookError(ErrorCode.ChecksumMismatch, `${codecName(codec)} payload does not decompress: ${why}`);
}

function unknownCodec(codec: pb.Codec): BrookError {
  return new BrookError(ErrorCode.ChecksumMismatch, `unknown compression codec ${codec}`);
}

function codecName(codec: pb.Codec): string {
  return pb.Codec[codec] ?? `codec ${codec}`;
}
