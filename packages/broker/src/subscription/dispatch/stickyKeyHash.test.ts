import { describe, expect, it } from 'vitest';
import { HASH_RANGE_SIZE, stickyKeySlot } from './stickyKeyHash.js';

/** MurmurHash3 x86 32-bit over bytes, written from the reference algorithm, to check the library against. */
function murmur3(bytes: Uint8Array, seed = 0): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed >>> 0;
  const blocks = bytes.length & ~3;
  const mix = (k: number) => Math.imul(((Math.imul(k, c1) << 15) | (Math.imul(k, c1) >>> 17)) >>> 0, c2);
  for (let i = 0; i < blocks; i += 4) {
    const k =
      (bytes[i] as number) |
      ((bytes[i + 1] as number) << 8) |
      ((bytes[i + 2] as number) << 16) |
      ((bytes[i + 3] as number) << 24);
    h ^= mix(k);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let tail = 0;
  const rest = bytes.length & 3;
  if (rest >= 3) tail ^= (bytes[blocks + 2] as number) << 16;
  if (rest >= 2) tail ^= (bytes[blocks + 1] as number) << 8;
  if (rest >= 1) {
    tail ^= bytes[blocks] as number;
    h ^= mix(tail);
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

describe('stickyKeySlot', () => {
  it('is Murmur3-32 with seed 0, modulo 65,536', () => {
    // MurmurHash3_x86_32("hello", 0) = 0x248bfa47, the published test vector.
    expect(murmur3(Buffer.from('hello'))).toBe(0x248bfa47);
    expect(stickyKeySlot('hello')).toBe(0x248bfa47 % HASH_RANGE_SIZE);
  });

  it('hashes the UTF-8 bytes of a key, as Pulsar does, also beyond ASCII', () => {
    for (const key of ['orders-17', 'ü', '日本語のキー', 'emoji 🚀 key', 'Ωmega']) {
      expect(stickyKeySlot(key)).toBe(murmur3(Buffer.from(key, 'utf8')) % HASH_RANGE_SIZE);
    }
  });

  it('hashes a missing key as the empty key', () => {
    expect(stickyKeySlot(undefined)).toBe(stickyKeySlot(''));
    expect(stickyKeySlot('')).toBe(0);
  });
});
