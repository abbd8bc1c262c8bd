import type { StoredRecord } from './StoredRecord.js';

/**
 * The whole keyspace in memory, ordered as etcd and RocksDB order keys: by their UTF-8 bytes.
 * The keys under a prefix are contiguous in that order, so a prefix scan is one binary search
 * plus a walk.
 */
export class SortedKeyspace {
  readonly #records = new Map<string, StoredRecord>();
  readonly #sortedKeys: string[] = [];

  get(key: string): StoredRecord | undefined {
    return this.#records.get(key);
  }

  set(key: string, record: StoredRecord): void {
    if (!this.#records.has(key)) this.#sortedKeys.splice(this.#lowerBound(key), 0, key);
    this.#records.set(key, record);
  }

  delete(key: string): void {
    if (!this.#records.delete(key)) return;
    this.#sortedKeys.splice(this.#lowerBound(key), 1);
  }

  /** The keys that start with `prefix` (a plain string prefix), in key order. */
  *withPrefix(prefix: string): Generator<[key: string, record: StoredRecord]> {
    for (let index = this.#lowerBound(prefix); index < this.#sortedKeys.length; index++) {
      const key = this.#sortedKeys[index]!;
      if (!key.startsWith(prefix)) return;
      yield [key, this.#records.get(key)!];
    }
  }

  #lowerBound(key: string): number {
    let low = 0;
    let high = this.#sortedKeys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareUtf8(this.#sortedKeys[middle]!, key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * Compares strings by their UTF-8 bytes (= by code points). Plain `<` compares UTF-16 code units,
 * which puts surrogate pairs (U+10000 and above) before U+E000..U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const unitA = a.charCodeAt(index);
    const unitB = b.charCodeAt(index);
    if (unitA !== unitB) return codePointRank(unitA) - codePointRank(unitB);
  }
  return a.length - b.length;
}

function codePointRank(codeUnit: number): number {
  if (codeUnit >= 0xd800 && codeUnit <= 0xdfff) return codeUnit + 0x2000;
  if (codeUnit >= 0xe000) return codeUnit - 0x800;
  return codeUnit;
}
