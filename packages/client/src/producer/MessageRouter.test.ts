import { describe, expect, it } from 'vitest';
import { keyPartition } from './keyHash.js';
import { createRouter } from './MessageRouter.js';

/**
 * Murmur3 x86 32-bit written out from the reference algorithm (SMHasher's MurmurHash3_x86_32), as
 * Pulsar's Murmur3_32Hash computes it over a key's UTF-8 bytes with seed 0. The production code uses
 * the murmurhash package; this is the independent check.
 */
function referenceMurmur3(bytes: Uint8Array, seed = 0): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed >>> 0;
  const blocks = bytes.length >>> 2;
  for (let i = 0; i < blocks; i++) {
    const o = i * 4;
    let k =
      (bytes[o] as number) |
      ((bytes[o + 1] as number) << 8) |
      ((bytes[o + 2] as number) << 16) |
      ((bytes[o + 3] as number) << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  const tail = blocks * 4;
  const rest = bytes.length & 3;
  if (rest >= 3) k ^= (bytes[tail + 2] as number) << 16;
  if (rest >= 2) k ^= (bytes[tail + 1] as number) << 8;
  if (rest >= 1) {
    k ^= bytes[tail] as number;
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Pulsar: signSafeMod(Murmur3_32Hash.makeHash(key) & Integer.MAX_VALUE, partitions). */
const pulsarPartition = (key: string, partitions: number) =>
  (referenceMurmur3(Buffer.from(key, 'utf8')) & 0x7fffffff) % partitions;

describe('key hash', () => {
  it('matches published Murmur3 x86_32 vectors (seed 0)', () => {
    expect(referenceMurmur3(Buffer.from(''))).toBe(0);
    expect(referenceMurmur3(Buffer.from('hello'))).toBe(0x248bfa47);
    expect(referenceMurmur3(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x2e4ff723);
  });

  it('puts keys on the partition a Pulsar client picks, non-ASCII keys by their UTF-8 bytes', () => {
    // Worked by hand from the reference: Murmur3("hello") = 0x248bfa47 = 613153351, positive already;
    // 613153351 % 4 = 3, % 7 = 613153351 - 7 * 87593335 = 6.
    expect(keyPartition('hello', 4)).toBe(3);
    expect(keyPartition('hello', 7)).toBe(6);
    // The quick brown fox: 0x2e4ff723 = 776992547; % 4 = 3, % 10 = 7.
    expect(keyPartition('The quick brown fox jumps over the lazy dog', 4)).toBe(3);
    expect(keyPartition('The quick brown fox jumps over the lazy dog', 10)).toBe(7);
    expect(keyPartition('', 5)).toBe(0);
    for (const key of ['ключ', 'clé', '键-42', '🔑', 'order-1', 'a', 'ab', 'abc', 'abcd', 'abcde']) {
      for (const partitions of [1, 2, 3, 4, 16, 100]) {
        expect(keyPartition(key, partitions)).toBe(pulsarPartition(key, partitions));
      }
    }
  });

  it('masks the sign bit rather than taking an absolute value', () => {
    // A key whose hash has the top bit set: masking and Math.abs would disagree.
    const key = Array.from({ length: 200 }, (_, i) => `k${i}`).find(
      (k) => referenceMurmur3(Buffer.from(k)) >= 0x80000000,
    ) as string;
    const hash = referenceMurmur3(Buffer.from(key));
    expect(keyPartition(key, 1_000_003)).toBe((hash & 0x7fffffff) % 1_000_003);
    expect(keyPartition(key, 1_000_003)).not.toBe(Math.abs(hash | 0) % 1_000_003);
  });
});

describe('MessageRouter', () => {
  it('RoundRobin without batching: one message per partition in turn; keyed messages by hash', () => {
    const router = createRouter('RoundRobin', { batching: false, batchingMaxDelayMs: 0, random: () => 5 });
    const chosen = Array.from({ length: 8 }, () => router.choose({ value: 'v' }, 4));
    expect(chosen).toEqual([2, 3, 0, 1, 2, 3, 0, 1]);
    expect(router.choose({ key: 'hello', value: 'v' }, 4)).toBe(3);
    expect(router.choose({ value: 'v' }, 4)).toBe(2);
  });

  it('RoundRobin with batching: one partition per batching window, then the next', () => {
    let now = 1_000;
    const router = createRouter('RoundRobin', {
      batching: true,
      batchingMaxDelayMs: 10,
      now: () => now,
      random: () => 0,
    });
    const first = router.choose({ value: 'v' }, 3);
    expect(router.choose({ value: 'v' }, 3)).toBe(first);
    now += 10;
    expect(router.choose({ value: 'v' }, 3)).toBe((first + 1) % 3);
    now += 10;
    expect(router.choose({ value: 'v' }, 3)).toBe((first + 2) % 3);
    expect(router.choose({ key: 'hello', value: 'v' }, 3)).toBe(keyPartition('hello', 3));
  });

  it('Single: every unkeyed message to one random partition; keyed ones by hash', () => {
    const router = createRouter('Single', { batching: true, batchingMaxDelayMs: 1, random: () => 6 });
    expect(new Set(Array.from({ length: 50 }, () => router.choose({ value: 'v' }, 4)))).toEqual(new Set([2]));
    expect(router.choose({ key: 'hello', value: 'v' }, 4)).toBe(3);
    // Grown to 5 partitions: still the same single partition index, modulo the new count.
    expect(router.choose({ value: 'v' }, 5)).toBe(1);
  });

  it('a custom router decides alone, keyed messages included', () => {
    const router = createRouter(
      (message, partitions) => (message.properties?.p ? Number(message.properties.p) : partitions - 1),
      {
        batching: true,
        batchingMaxDelayMs: 1,
      },
    );
    expect(router.choose({ value: 'v', properties: { p: '1' } }, 4)).toBe(1);
    expect(router.choose({ key: 'hello', value: 'v' }, 4)).toBe(3);
    expect(router.choose({ key: 'hello', value: 'v' }, 6)).toBe(5);
  });
});
