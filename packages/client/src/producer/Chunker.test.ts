import { BrookError, ErrorCode, pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { framedSize } from '../wire/batchPayload.js';
import { splitIntoChunks } from './Chunker.js';

describe('splitIntoChunks', () => {
  it('cuts a value into chunks whose batches each fit the max message size, carrying the metadata', () => {
    const value = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 256));
    const max = 1024;
    const chunks = splitIntoChunks({ value, key: 'k', properties: { a: 'b' }, eventTime: 5 }, max);
    const singles = chunks.map((c) => pb.SingleMessage.decode(c.bytes));
    expect(chunks.every((c) => c.chunk && framedSize(c.size) <= max)).toBe(true);
    expect(new Set(singles.map((s) => s.uuid)).size).toBe(1);
    expect(singles.map((s) => s.chunkId)).toEqual(singles.map((_, i) => i));
    expect(singles.every((s) => s.numChunks === chunks.length && s.totalSize === value.length)).toBe(true);
    expect(singles.every((s) => s.key === 'k' && s.properties.a === 'b' && s.eventTime === 5)).toBe(true);
    expect(Buffer.concat(singles.map((s) => s.value)).equals(value)).toBe(true);
    // Every chunk but the last is full.
    expect(singles.slice(0, -1).every((s) => max - framedSize(pb.SingleMessage.encode(s).finish().length) < 24)).toBe(
      true,
    );
  });

  it('refuses a message whose metadata alone leaves no room for a chunk', () => {
    const properties = { big: 'x'.repeat(2000) };
    try {
      splitIntoChunks({ value: Buffer.alloc(5000), properties }, 1024);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as BrookError).code).toBe(ErrorCode.MessageTooLarge);
      expect(error).toBeInstanceOf(BrookError);
    }
  });
});
