import { crc32c } from '@node-rs/crc32';
import { describe, expect, it } from 'vitest';
import { crc32cCombine } from './crc32cCombine.js';

function bytes(length: number, seed: number): Buffer {
  const buf = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    buf[i] = x >>> 24;
  }
  return buf;
}

describe('crc32cCombine', () => {
  it('equals the CRC32C of the concatenation, for parts of any length', () => {
    for (const [lengthA, lengthB] of [
      [0, 0],
      [0, 5],
      [7, 0],
      [1, 1],
      [56, 131_072],
      [8, 1_000_003],
      [4096, 65_537],
    ] as const) {
      const a = bytes(lengthA, lengthA + 1);
      const b = bytes(lengthB, lengthB + 2);
      expect(crc32cCombine(crc32c(a), crc32c(b), b.length)).toBe(crc32c(Buffer.concat([a, b])));
    }
  });

  it('does not match when the part it stands for was changed', () => {
    const a = bytes(64, 1);
    const b = bytes(10_000, 2);
    const combined = crc32cCombine(crc32c(a), crc32c(b), b.length);
    b[5_000] = (b[5_000] as number) ^ 1;
    expect(crc32c(Buffer.concat([a, b]))).not.toBe(combined);
  });
});
