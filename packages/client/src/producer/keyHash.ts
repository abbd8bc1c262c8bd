import murmurhash from 'murmurhash';

/**
 * The partition of a key, exactly as Pulsar's clients compute it (Murmur3_32Hash + signSafeMod):
 * Murmur3 x86 32-bit of the key's UTF-8 bytes with seed 0, masked to a non-negative int, modulo the
 * partition count. A key therefore lands on the same partition number as a Pulsar producer puts it.
 */
export function keyPartition(key: string, partitions: number): number {
  return (murmurhash.v3(Buffer.from(key, 'utf8'), 0) & 0x7fffffff) % partitions;
}
