import murmurhash from 'murmurhash';

/** Key_Shared hashes keys onto this many slots, as Pulsar does. */
export const HASH_RANGE_SIZE = 65_536;

/**
 * The slot of a Key_Shared key: Murmur3-32 (seed 0) of its UTF-8 bytes, modulo HASH_RANGE_SIZE,
 * as Pulsar's Murmur3_32Hash. An entry without a key hashes the empty key.
 */
export function stickyKeySlot(key: string | undefined): number {
  return murmurhash.v3(Buffer.from(key ?? '', 'utf8'), 0) % HASH_RANGE_SIZE;
}
