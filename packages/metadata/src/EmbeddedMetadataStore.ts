import { BrookError, ErrorCode } from '@brook/protocol';
import { EmbeddedSession } from './embedded/EmbeddedSession.js';
import { RocksDbPersistence } from './embedded/RocksDbPersistence.js';
import { SortedKeyspace } from './embedded/SortedKeyspace.js';
import { StagedWrite } from './embedded/StagedWrite.js';
import type { StoredRecord } from './embedded/StoredRecord.js';
import {
  requireKey,
  requirePrefix,
  requireTtl,
  requireValidTransaction,
  requireValue,
  requireVersion,
} from './validation.js';
import { WatchRegistry } from './embedded/WatchRegistry.js';
import type {
  KeyValue,
  MetadataStore,
  PutOptions,
  Session,
  Transaction,
  TxnOp,
  TxnResult,
  WatchEvent,
} from './MetadataStore.js';

export interface EmbeddedMetadataStoreOptions {
  /** Directory of the RocksDB database; without it the store lives in memory only. */
  path?: string | undefined;
}

/**
 * The MetadataStore of standalone Brook: one process, the whole keyspace in memory, written
 * through to RocksDB when opened with a `path` (memory-only otherwise, with the same behaviour).
 * - Writes run one at a time. Each is one RocksDB batch written with sync, holding its records and
 *   the new store revision; only then does it change memory, notify watches and resolve. A write
 *   acknowledged to its caller therefore survives kill -9, and revisions keep rising after a restart.
 * - Reads are served from memory and see every acknowledged write.
 * - Sessions last until closed or until the store closes; `ttlMs` is validated and otherwise
 *   ignored, since the only client of a session is this process. On open, the keys of sessions of
 *   the previous process are deleted in one write: that process died, so its sessions ended.
 * - A transaction branch writes each key at most once (as etcd). A delete event carries the
 *   revision of the delete.
 * - `close()` is idempotent: it ends sessions (aborting their signals, deleting their keys), ends
 *   watches, then closes RocksDB. Every later call fails with ALREADY_CLOSED.
 */
export class EmbeddedMetadataStore implements MetadataStore {
  readonly #keyspace: SortedKeyspace;
  readonly #disk: RocksDbPersistence | undefined;
  readonly #watches = new WatchRegistry();
  readonly #sessions = new Map<string, EmbeddedSession>();
  #revision: number;
  #writeQueue: Promise<unknown> = Promise.resolve();
  #closing: Promise<void> | undefined;

  private constructor(keyspace: SortedKeyspace, revision: number, disk: RocksDbPersistence | undefined) {
    this.#keyspace = keyspace;
    this.#revision = revision;
    this.#disk = disk;
  }

  static async open(options: EmbeddedMetadataStoreOptions = {}): Promise<EmbeddedMetadataStore> {
    if (options.path === undefined) return new EmbeddedMetadataStore(new SortedKeyspace(), 0, undefined);
    if (options.path === '') throw new BrookError(ErrorCode.InvalidArgument, 'the metadata path must not be empty');
    const disk = await RocksDbPersistence.open(options.path);
    try {
      const { revision, records } = await disk.load();
      const keyspace = new SortedKeyspace();
      for (const [key, record] of records) keyspace.set(key, record);
      const store = new EmbeddedMetadataStore(keyspace, revision, disk);
      await store.#enqueue(() => store.#deleteSessionKeys(() => true));
      return store;
    } catch (error) {
      await disk.close();
      throw error;
    }
  }

  async get(key: string): Promise<KeyValue | undefined> {
    this.#requireOpen();
    requireKey(key);
    return toKeyValue(key, this.#keyspace.get(key));
  }

  async list(prefix: string): Promise<KeyValue[]> {
    this.#requireOpen();
    requirePrefix(prefix);
    return Array.from(this.#keyspace.withPrefix(prefix), ([key, record]) => keyValueOf(key, record));
  }

  async put(key: string, value: Uint8Array, options: PutOptions = {}): Promise<number> {
    requireKey(key);
    requireValue(value);
    if (options.expectedVersion !== undefined) requireVersion(options.expectedVersion, 'expectedVersion');
    const copy = Buffer.from(value);
    return this.#write((staged) => {
      requireExpectedVersion(staged, key, options.expectedVersion);
      staged.put(key, copy, this.#liveSessionId(options.session));
      return staged.revision;
    });
  }

  async delete(key: string, options: { expectedVersion?: number } = {}): Promise<boolean> {
    requireKey(key);
    if (options.expectedVersion !== undefined) requireVersion(options.expectedVersion, 'expectedVersion');
    return this.#write((staged) => {
      requireExpectedVersion(staged, key, options.expectedVersion);
      return staged.delete(key);
    });
  }

  async deletePrefix(prefix: string): Promise<number> {
    requirePrefix(prefix);
    return this.#write((staged) => {
      let deleted = 0;
      for (const [key] of this.#keyspace.withPrefix(prefix)) if (staged.delete(key)) deleted++;
      return deleted;
    });
  }

  async txn(txn: Transaction): Promise<TxnResult> {
    requireValidTransaction(txn);
    const compares = txn.if.map((compare) => ({ ...compare }));
    const then = txn.then.map(copyOp);
    const otherwise = (txn.else ?? []).map(copyOp);
    return this.#write((staged) => {
      const succeeded = compares.every((compare) => staged.versionOf(compare.key) === compare.version);
      const results = (succeeded ? then : otherwise).map((op) => this.#applyTxnOp(staged, op));
      return { succeeded, revision: staged.revisionAfterCommit, results };
    });
  }

  watch(prefix: string, options: { signal?: AbortSignal } = {}): AsyncIterable<WatchEvent> {
    this.#requireOpen();
    requirePrefix(prefix);
    return this.#watches.open(prefix, options.signal);
  }

  async createSession(options: { ttlMs?: number } = {}): Promise<Session> {
    this.#requireOpen();
    requireTtl(options.ttlMs);
    const session = new EmbeddedSession((ended) => this.#endSession(ended));
    this.#sessions.set(session.id, session);
    return session;
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #shutdown(): Promise<void> {
    for (const session of this.#sessions.values()) session.end('ended: its store closed');
    this.#sessions.clear();
    try {
      await this.#enqueue(() => this.#deleteSessionKeys(() => true));
    } finally {
      this.#watches.endAll();
      await this.#disk?.close();
    }
  }

  async #endSession(session: EmbeddedSession): Promise<void> {
    if (!this.#sessions.delete(session.id)) return;
    await this.#enqueue(() => this.#deleteSessionKeys((sessionId) => sessionId === session.id));
  }

  async #deleteSessionKeys(ended: (sessionId: string) => boolean): Promise<void> {
    const staged = new StagedWrite(this.#keyspace, this.#revision);
    for (const [key, record] of this.#keyspace.withPrefix('')) {
      if (record.sessionId !== undefined && ended(record.sessionId)) staged.delete(key);
    }
    await this.#commit(staged);
  }

  #applyTxnOp(staged: StagedWrite, op: TxnOp): KeyValue | undefined {
    if (op.type === 'get') return toKeyValue(op.key, staged.get(op.key));
    if (op.type === 'put') staged.put(op.key, Buffer.from(op.value), this.#liveSessionId(op.session));
    else staged.delete(op.key);
    return undefined;
  }

  #liveSessionId(session: Session | undefined): string | undefined {
    if (session === undefined) return undefined;
    if (!this.#sessions.has(session.id)) {
      throw new BrookError(ErrorCode.SessionExpired, `session ${session.id} is not live in this store`);
    }
    return session.id;
  }

  /** Runs `apply` against the next revision, after every earlier write, and commits what it staged. */
  #write<T>(apply: (staged: StagedWrite) => T): Promise<T> {
    this.#requireOpen();
    return this.#enqueue(async () => {
      const staged = new StagedWrite(this.#keyspace, this.#revision);
      const result = apply(staged);
      await this.#commit(staged);
      return result;
    });
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#writeQueue.then(task);
    this.#writeQueue = run.catch(() => undefined);
    return run;
  }

  async #commit(staged: StagedWrite): Promise<void> {
    const changes = staged.changes;
    if (changes.length === 0) return;
    await this.#disk?.write(staged.revision, changes);
    for (const { key, record } of changes) {
      if (record === undefined) this.#keyspace.delete(key);
      else this.#keyspace.set(key, record);
    }
    this.#revision = staged.revision;
    this.#watches.publish(staged.revision, changes);
  }

  #requireOpen(): void {
    if (this.#closing !== undefined) throw new BrookError(ErrorCode.AlreadyClosed, 'the metadata store is closed');
  }
}

function requireExpectedVersion(staged: StagedWrite, key: string, expectedVersion: number | undefined): void {
  if (expectedVersion === undefined) return;
  const actual = staged.versionOf(key);
  if (actual !== expectedVersion) {
    throw new BrookError(ErrorCode.BadVersion, `${key} is at version ${actual}, not the expected ${expectedVersion}`);
  }
}

/** A copy taken when the call is made, so a caller that reuses its buffers cannot change a queued write. */
function copyOp(op: TxnOp): TxnOp {
  return op.type === 'put' ? { ...op, value: Buffer.from(op.value) } : { ...op };
}

function toKeyValue(key: string, record: StoredRecord | undefined): KeyValue | undefined {
  return record === undefined ? undefined : keyValueOf(key, record);
}

function keyValueOf(key: string, record: StoredRecord): KeyValue {
  return { key, value: Buffer.from(record.value), version: record.version, createVersion: record.createVersion };
}
