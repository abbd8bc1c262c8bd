/**
 * A consistent key-value store for everything that must outlive a broker. The rules follow etcd,
 * so the embedded store (standalone) and the etcd store behave alike:
 * - Keys are '/'-separated paths such as `/brook/topics/public/default/orders`; values are bytes.
 * - Every write gets a store-wide revision, strictly increasing and never reused (also across
 *   restarts). A key's `version` is the revision of its last write (etcd mod_revision);
 *   `createVersion` is the revision that created it.
 * - Conditional writes compare a key's version; `0` means "the key is absent".
 * - `list` and `watch` take a prefix and match keys that start with it, sorted by key.
 * - A watch delivers every change under its prefix after it started, in revision order.
 * - A session is a liveness lease. Keys put with a session are deleted when it ends: closed,
 *   expired (its TTL passed without keep-alive), or its process died. Its `signal` aborts the
 *   moment the store knows the session is lost.
 */
export interface MetadataStore {
  get(key: string): Promise<KeyValue | undefined>;
  list(prefix: string): Promise<KeyValue[]>;
  /** Returns the new version. Throws BAD_VERSION when `expectedVersion` does not match. */
  put(key: string, value: Uint8Array, options?: PutOptions): Promise<number>;
  /** Returns false when the key was absent. Throws BAD_VERSION when `expectedVersion` does not match. */
  delete(key: string, options?: { expectedVersion?: number }): Promise<boolean>;
  /** Deletes every key under the prefix; returns how many. */
  deletePrefix(prefix: string): Promise<number>;
  /** All of `if` hold → apply `then`, else apply `else`; atomically either way. */
  txn(txn: Transaction): Promise<TxnResult>;
  watch(prefix: string, options?: { signal?: AbortSignal }): AsyncIterable<WatchEvent>;
  createSession(options?: { ttlMs?: number }): Promise<Session>;
  close(): Promise<void>;
}

export interface KeyValue {
  key: string;
  value: Buffer;
  version: number;
  createVersion: number;
}

export interface PutOptions {
  /** Write only if the key's version is this; 0 = only if absent. */
  expectedVersion?: number;
  /** Bind the key to a session: it is deleted when the session ends. */
  session?: Session;
}

export interface Transaction {
  if: TxnCompare[];
  then: TxnOp[];
  else?: TxnOp[];
}

/** Holds when the key's current version equals `version` (0 = absent). */
export interface TxnCompare {
  key: string;
  version: number;
}

export type TxnOp =
  | { type: 'put'; key: string; value: Uint8Array; session?: Session }
  | { type: 'delete'; key: string }
  | { type: 'get'; key: string };

export interface TxnResult {
  succeeded: boolean;
  /** The store revision after the transaction (its writes all carry this version). */
  revision: number;
  /** One slot per op of the branch that ran: the value for a get, undefined otherwise. */
  results: (KeyValue | undefined)[];
}

export type WatchEvent =
  | { type: 'put'; key: string; value: Buffer; version: number }
  | { type: 'delete'; key: string; version: number };

export interface Session {
  readonly id: string;
  /** Aborted, with a SESSION_EXPIRED BrookError as reason, when the session is lost or closed. */
  readonly signal: AbortSignal;
  /** Ends the session and deletes its keys. Idempotent. */
  close(): Promise<void>;
}
