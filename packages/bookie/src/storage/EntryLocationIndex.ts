import type { KeyValueOp, KeyValueStorage } from './KeyValueStorage.js';
import { entryKey, readU64, u64Value } from './keys.js';

/**
 * (ledgerId, entryId) → entry log location, in RocksDB. Rules: locations are only written by a
 * flush, in the same synced batch as the checkpoint, after the entry log bytes are synced; so an
 * indexed location always points at durable bytes.
 */
export class EntryLocationIndex {
  constructor(private readonly kv: KeyValueStorage) {}

  async getLocation(ledgerId: number, entryId: number): Promise<number | undefined> {
    const value = await this.kv.get(entryKey(ledgerId, entryId));
    return value ? readU64(value, 0) : undefined;
  }

  /** Locations of entries first..last, in order; undefined for entries not indexed. */
  async getLocations(ledgerId: number, first: number, last: number): Promise<(number | undefined)[]> {
    const keys: Buffer[] = [];
    for (let entryId = first; entryId <= last; entryId++) keys.push(entryKey(ledgerId, entryId));
    return (await this.kv.getMany(keys)).map((value) => (value ? readU64(value, 0) : undefined));
  }

  putOp(ledgerId: number, entryId: number, location: number): KeyValueOp {
    return { type: 'put', key: entryKey(ledgerId, entryId), value: u64Value(location) };
  }

  deleteLedger(ledgerId: number): Promise<void> {
    return this.kv.deleteRange(this.range(ledgerId));
  }

  private range(ledgerId: number) {
    return { gte: entryKey(ledgerId, 0), lt: entryKey(ledgerId + 1, 0) };
  }
}
