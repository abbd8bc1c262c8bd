import { randomBytes } from 'node:crypto';
import { BrookError, ErrorCode, pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { COMPRESSION_TYPES, type CompressionType, compress, decompress } from './codecs.js';

const CODECS = Object.keys(COMPRESSION_TYPES).filter((name) => name !== 'none') as CompressionType[];

/** JSON-like text: compresses well. */
function jsonLike(bytes: number): Buffer {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < bytes; i++) {
    const part = JSON.stringify({ id: i, user: `user-${i % 97}`, event: 'page_view', path: `/items/${i % 13}` });
    parts.push(part);
    length += part.length + 1;
  }
  return Buffer.from(parts.join(',')).subarray(0, bytes);
}

async function roundTrip(codec: pb.Codec, data: Buffer): Promise<{ compressed: Buffer; back: Buffer }> {
  const compressed = await compress(codec, data);
  const back = await decompress(codec, compressed, data.length);
  return { compressed, back };
}

async function failure(run: () => unknown): Promise<BrookError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(BrookError);
    return error as BrookError;
  }
  throw new Error('expected a failure');
}

describe.each(CODECS)('codec %s', (name) => {
  const codec = COMPRESSION_TYPES[name];

  it('round-trips compressible data smaller than it was, on both the sync and the async path', async () => {
    for (const size of [1000, 200_000]) {
      const data = jsonLike(size);
      const { compressed, back } = await roundTrip(codec, data);
      expect(back.equals(data)).toBe(true);
      expect(compressed.length).toBeLessThan(data.length / 2);
    }
  });

  it('round-trips incompressible and empty payloads', async () => {
    for (const data of [randomBytes(5000), randomBytes(100_000), Buffer.alloc(0), Buffer.from([7])]) {
      const { back } = await roundTrip(codec, data);
      expect(back.equals(data)).toBe(true);
    }
  });

  it('reports a corrupt payload as CHECKSUM_MISMATCH', async () => {
    const data = jsonLike(5000);
    const compressed = Buffer.from(await compress(codec, data));
    // Garbage after the first bytes (the lz4 size prefix stays right, so the block itself is judged).
    randomBytes(compressed.length - 8).copy(compressed, 8);
    const error = await failure(() => decompress(codec, compressed, data.length));
    expect(error.code).toBe(ErrorCode.ChecksumMismatch);
  });

  it('reports a payload of another size than the batch says as CHECKSUM_MISMATCH', async () => {
    const data = jsonLike(5000);
    const compressed = await compress(codec, data);
    for (const claimed of [data.length - 1, data.length + 1]) {
      const error = await failure(() => decompress(codec, compressed, claimed));
      expect(error.code).toBe(ErrorCode.ChecksumMismatch);
    }
  });
});

describe('codecs', () => {
  it('leave a payload untouched with CODEC_NONE', () => {
    const data = Buffer.from('as is');
    expect(compress(pb.Codec.CODEC_NONE, data)).toBe(data);
    expect(decompress(pb.Codec.CODEC_NONE, data, data.length)).toBe(data);
  });

  it('refuse an unknown codec with a typed error', async () => {
    const error = await failure(() => decompress(99 as pb.Codec, Buffer.from('x'), 1));
    expect(error.code).toBe(ErrorCode.ChecksumMismatch);
  });

  it('use the documented lz4 format: a block after its uncompressed length as u32 little-endian', async () => {
    const data = jsonLike(3000);
    const compressed = await compress(pb.Codec.CODEC_LZ4, data);
    expect(compressed.readUInt32LE(0)).toBe(3000);
  });
});
