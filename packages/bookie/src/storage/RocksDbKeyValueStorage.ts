import { createRequire } from 'node:module';
import type { KeyRange, KeyValueOp, KeyValueStorage } from './KeyValueStorage.js';

type Callback<T = void> = (error: Error | undefined | null, value?: T) => void;

/** The part of the rocksdb (leveldown API) binding used here; the package ships no types. */
interface RocksDb {
  open(options: { createIfMissing: boolean }, callback: Callback): void;
  getMany(
    keys: Buffer[],
    options: { asBuffer: true; fillCache: boolean },
    callback: Callback<(Buffer | undefined)[]>,
  ): void;
  batch(ops: readonly KeyValueOp[], options: { sync: boolean }, callback: Callback): void;
  clear(options: KeyRange, callback: Callback): void;
  iterator(options: Record<string, unknown>): RocksIterator;
  close(callback: Callback): void;
}

interface RocksIterator {
  next(callback: (error: Error | undefined | null, key?: Buffer, value?: Buffer) => void): void;
  end(callback: Callback): void;
}

const rocksdb = createRequire(import.meta.url)('rocksdb') as (location: string) => RocksDb;

function call<T = void>(fn: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((error, value) => (error ? reject(error) : resolve(value as T))));
}

/** KeyValueStorage on RocksDB through the `rocksdb` binding. */
export class RocksDbKeyValueStorage implements KeyValueStorage {
  private readonly db: RocksDb;

  constructor(readonly location: string) {
    this.db = rocksdb(location);
  }

  open(): Promise<void> {
    return call((cb) => this.db.open({ createIfMissing: true }, cb));
  }

  async get(key: Buffer): Promise<Buffer | undefined> {
    return (await this.getMany([key]))[0];
  }

  getMany(keys: Buffer[]): Promise<(Buffer | undefined)[]> {
    return call((cb) => this.db.getMany(keys, { asBuffer: true, fillCache: true }, cb));
  }

  write(batch: readonly KeyValueOp[], options: { sync: boolean }): Promise<void> {
    if (batch.length === 0) return Promise.resolve();
    return call((cb) => this.db.batch(batch, options, cb));
  }

  async *scan(range: KeyRange & { reverse?: boolean; limit?: number }): AsyncIterable<[Buffer, Buffer]> {
    const iterator = this.db.iterator({
      gte: range.gte,
      lt: range.lt,
      reverse: range.reverse ?? false,
      limit: range.limit ?? -1,
      keyAsBuffer: true,
      valueAsBuffer: true,
    });
    try {
      for (;;) {
        const next = await new Promise<[Buffer, Buffer] | undefined>((resolve, reject) =>
          iterator.next((error, key, value) => {
            if (error) reject(error);
            else resolve(key && value ? [key, value] : undefined);
          }),
        );
        if (!next) return;
        yield next;
      }
    } finally {
      await call((cb) => iterator.end(cb));
    }
  }

  deleteRange(range: KeyRange): Promise<void> {
    return call((cb) => this.db.clear(range, cb));
  }

  close(): Promise<void> {
    return call((cb) => this.db.close(cb));
  }
}
