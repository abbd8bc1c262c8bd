/**
 * An ordered, durable byte-key store (one per bookie, under the ledger dir). Rules: keys sort
 * bytewise; `write` applies a batch atomically, and with `sync: true` it is durable (WAL synced)
 * when it resolves; scans see a consistent snapshot.
 */
export interface KeyValueStorage {
  open(): Promise<void>;
  get(key: Buffer): Promise<Buffer | undefined>;
  /** The values of `keys`, in order; undefined where a key is absent. One read of the store. */
  getMany(keys: Buffer[]): Promise<(Buffer | undefined)[]>;
  write(batch: readonly KeyValueOp[], options: { sync: boolean }): Promise<void>;
  /** Entries with gte <= key < lt, ascending (descending with `reverse`), at most `limit`. */
  scan(range: KeyRange & { reverse?: boolean; limit?: number }): AsyncIterable<[Buffer, Buffer]>;
  deleteRange(range: KeyRange): Promise<void>;
  close(): Promise<void>;
}

export interface KeyRange {
  gte: Buffer;
  lt: Buffer;
}

export type KeyValueOp = { type: 'put'; key: Buffer; value: Buffer } | { type: 'del'; key: Buffer };
