import { randomBytes } from 'node:crypto';
import { pb } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { describe, expect, it } from 'vitest';
import { decompress } from '../wire/codecs.js';
import { Batch } from './Batch.js';
import { BatchCompressor } from './BatchCompressor.js';

function request(sequenceId: number, payload: Buffer): pb.PublishBatch.$Properties {
  return {
    sequenceId,
    messageCount: 1,
    codec: pb.Codec.CODEC_NONE,
    uncompressedSize: payload.length,
    payloadCrc32c: crc32c(payload),
    payload,
  };
}

describe('BatchCompressor', () => {
  it('hands batches on in submit order though large ones compress asynchronously, CRC32C over what is sent', async () => {
    const ready: Batch[] = [];
    const compressor = new BatchCompressor(
      pb.Codec.CODEC_LZ4,
      (b) => ready.push(b),
      (e) => {
        throw e;
      },
    );
    // Large (thread pool) and small (inline) payloads alternate: the small ones must wait their turn.
    const payloads = Array.from({ length: 8 }, (_, i) => Buffer.alloc(i % 2 ? 100 : 3_000_000, 0x41 + i));
    const batches = payloads.map((_, i) => new Batch(i, 0));
    for (const [i, p] of payloads.entries()) compressor.submit(batches[i] as Batch, request(i, p));
    expect(batches.some((b) => b.request === undefined)).toBe(true);
    await expect.poll(() => ready.length).toBe(8);
    expect(ready.map((b) => b.sequenceId)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const [i, b] of ready.entries()) {
      const r = b.request as pb.PublishBatch.$Properties;
      expect(r.codec).toBe(pb.Codec.CODEC_LZ4);
      expect(r.payloadCrc32c).toBe(crc32c(r.payload as Buffer));
      expect(
        (await decompress(pb.Codec.CODEC_LZ4, r.payload as Buffer, r.uncompressedSize as number)).equals(
          payloads[i] as Buffer,
        ),
      ).toBe(true);
    }
  });

  it('sends a batch that does not shrink as CODEC_NONE, and drops batches still compressing on clear', async () => {
    const ready: Batch[] = [];
    const compressor = new BatchCompressor(
      pb.Codec.CODEC_ZSTD,
      (b) => ready.push(b),
      (e) => {
        throw e;
      },
    );
    const noise = randomBytes(1000);
    compressor.submit(new Batch(0, 0), request(0, noise));
    await expect.poll(() => ready.length).toBe(1);
    expect(ready[0]?.request).toMatchObject({ codec: pb.Codec.CODEC_NONE, payload: noise });
    compressor.submit(new Batch(1, 0), request(1, Buffer.alloc(1000)));
    compressor.clear();
    compressor.submit(new Batch(2, 0), request(2, Buffer.alloc(1000)));
    await expect.poll(() => ready.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ready.map((b) => b.sequenceId)).toEqual([0, 2]);
  });
});
