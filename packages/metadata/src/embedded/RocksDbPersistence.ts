import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { BrookError, ErrorCode } from '@brook/protocol';
import {
  decodeRevision,
  decodeStoredRecord,
  encodeRevision,
  encodeStoredRecord,
  type KeyChange,
  type StoredRecord,
} from './StoredRecord.js';

type Callback = (error?: Error | null) => void;
type BatchOperation = { type: 'put'; key: string; value: Buffer } | { type: 'del'; key: string };

/** The part of the `rocksdb` package (leveldown API, CommonJS, no type declarations) used here. */
interface RocksDb {
  open(options: { createIfMissing: boolean }, callback: Callback): void;
  close(callback: Callback): void;
  batch(operations: BatchOperation[], options: { sync: boolean }, callback: Callback): void;
  iterator(options: { keyAsBuffer: false; valueAsBuffer: true }): RocksDbIterator;
}

interface RocksDbIterator {
  next(callback: (error: Error | null | undefined, key?: string, value?: Buffer) => void): void;
  end(callback: Callback): void;
}

const openRocksDb = createRequire(import.meta.url)('rocksdb') as (location: string) => RocksDb;

const REVISION_KEY = 'meta:revision';
const KEY_PREFIX = 'key:';

export interface PersistedKeyspace {
  revision: number;
  records: Map<string, StoredRecord>;
}

/**
 * The RocksDB database behind an embedded metadata store. Layout: `meta:revision` holds the store
 * revision (u64 BE); `key:<key>` holds each key's record (see encodeStoredRecord). Each write is one
 * batch, written with sync, that also stores the new revision, so revisions never go back after a
 * restart even when the keys that carried them are gone.
 */
export class RocksDbPersistence {
  readonly #db: RocksDb;

  private constructor(db: RocksDb) {
    this.#db = db;
  }

  static async open(path: string): Promise<RocksDbPersistence> {
    await mkdir(path, { recursive: true });
    const db = openRocksDb(path);
    await call('open', (callback) => db.open({ createIfMissing: true }, callback));
    return new RocksDbPersistence(db);
  }

  async load(): Promise<PersistedKeyspace> {
    const loaded: PersistedKeyspace = { revision: 0, records: new Map() };
    const iterator = this.#db.iterator({ keyAsBuffer: false, valueAsBuffer: true });
    try {
      for (;;) {
        const entry = await nextEntry(iterator);
        if (entry === undefined) return loaded;
        const [key, value] = entry;
        if (key === REVISION_KEY) loaded.revision = decodeRevision(value);
        else if (key.startsWith(KEY_PREFIX))
          loaded.records.set(key.slice(KEY_PREFIX.length), decodeStoredRecord(value));
      }
    } finally {
      await call('iterator end', (callback) => iterator.end(callback));
    }
  }

  async write(revision: number, changes: readonly KeyChange[]): Promise<void> {
    const operations: BatchOperation[] = changes.map(({ key, record }) =>
      record === undefined
        ? { type: 'del', key: KEY_PREFIX + key }
        : { type: 'put', key: KEY_PREFIX + key, value: encodeStoredRecord(record) },
    );
    operations.push({ type: 'put', key: REVISION_KEY, value: encodeRevision(revision) });
    await call('write', (callback) => this.#db.batch(operations, { sync: true }, callback));
  }

  async close(): Promise<void> {
    await call('close', (callback) => this.#db.close(callback));
  }
}

function nextEntry(iterator: RocksDbIterator): Promise<[string, Buffer] | undefined> {
  return new Promise((resolve, reject) => {
    iterator.next((error, key, value) => {
      if (error) reject(rocksDbError('read', error));
      else resolve(key === undefined || value === undefined ? undefined : [key, value]);
    });
  });
}

function call(operation: string, start: (callback: Callback) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    start((error) => (error ? reject(rocksDbError(operation, error)) : resolve()));
  });
}

function rocksDbError(operation: string, cause: Error): BrookError {
  return new BrookError(ErrorCode.Internal, `metadata RocksDB ${operation} failed: ${cause.message}`, { cause });
}
