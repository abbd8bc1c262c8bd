import { BrookError, ErrorCode } from '@brook/protocol';
import { Etcd3, type IRequestOp, type IResponseHeader, type IResponseOp } from 'etcd3';
import { EtcdKeyspace } from './etcd/EtcdKeyspace.js';
import { EtcdSession } from './etcd/EtcdSession.js';
import { EtcdWatches } from './etcd/EtcdWatches.js';
import {
  type EtcdMetadataStoreConfig,
  type EtcdMetadataStoreOptions,
  parseEtcdMetadataStoreOptions,
} from './etcd/config.js';
import { toMetadataError } from './etcd/etcdErrors.js';
import { endpointBreaker, reconnectBackoff, sendOnce } from './etcd/faultHandling.js';
import { foundKeyValue, requestOp, versionIs } from './etcd/requests.js';
import type {
  KeyValue,
  MetadataStore,
  PutOptions,
  Session,
  Transaction,
  TxnResult,
  WatchEvent,
} from './MetadataStore.js';
import {
  requireKey,
  requirePrefix,
  requireTtl,
  requireValidTransaction,
  requireValue,
  requireVersion,
} from './validation.js';

export type { EtcdMetadataStoreOptions } from './etcd/config.js';

const DEFAULT_SESSION_TTL_MS = 10_000;
const WATCH_CANCEL_WAIT_MS = 1_000;

/**
 * The MetadataStore of a Brook cluster, on etcd 3.4+ through the etcd3 client. The contract maps
 * onto etcd one to one:
 * - A store key is an etcd key under the configured prefix; `version` is mod_revision and
 *   `createVersion` create_revision; list, deletePrefix and watch use the key range of the prefix.
 * - A conditional write is an etcd transaction comparing mod_revision (create_revision == 0 for
 *   "absent"); when the compare fails nothing changed and the call throws BAD_VERSION.
 * - A session is a lease, and a key put with a session is attached to it (see EtcdSession).
 * - A watch asks etcd for every change after the newest revision this client has seen in any
 *   answer (every store answer carries the revision; connect asks for it). Every write made after
 *   `watch()` returned is newer, so the watch has started when `watch()` returns even though etcd
 *   acknowledges it later. The catch: changes made by other clients after that revision was seen
 *   but before `watch()` was called are delivered too. Listing then watching gets exactly the
 *   changes after the list.
 * - Each request is sent once, with a deadline (TIMEOUT past it). A write that fails with
 *   UNAVAILABLE or TIMEOUT may or may not have been applied. gRPC reconnects by itself, so after an
 *   etcd outage the store serves again without being reopened; watches resume where they were.
 * - `close()` is idempotent: it ends watches, revokes the leases of its sessions (their keys go),
 *   and closes the client. Every later call fails with ALREADY_CLOSED.
 */
export class EtcdMetadataStore implements MetadataStore {
  readonly #client: Etcd3;
  readonly #keyspace: EtcdKeyspace;
  readonly #watches: EtcdWatches;
  readonly #sessions = new Map<string, EtcdSession>();
  #revision: number;
  #closing: Promise<void> | undefined;

  private constructor(client: Etcd3, keyspace: EtcdKeyspace, revision: number) {
    this.#client = client;
    this.#keyspace = keyspace;
    this.#revision = revision;
    this.#watches = new EtcdWatches(client, keyspace);
  }

  /** Connects to etcd and waits, up to `dialTimeoutMs`, for its first answer. */
  static async connect(options: EtcdMetadataStoreOptions): Promise<EtcdMetadataStore> {
    const config = parseEtcdMetadataStoreOptions(options);
    const client = new Etcd3({
      hosts: config.endpoints,
      defaultCallOptions: (call) => (call.isStream ? {} : { deadline: Date.now() + config.requestTimeoutMs }),
      faultHandling: {
        global: sendOnce(),
        host: (endpoint) => endpointBreaker(endpoint),
        watchBackoff: reconnectBackoff(),
      },
      grpcOptions: { 'grpc.initial_reconnect_backoff_ms': 100, 'grpc.max_reconnect_backoff_ms': 2_000 },
    });
    try {
      const revision = await firstAnswer(client, config);
      return new EtcdMetadataStore(client, new EtcdKeyspace(config.prefix), revision);
    } catch (error) {
      client.close();
      throw error;
    }
  }

  async get(key: string): Promise<KeyValue | undefined> {
    this.#requireOpen();
    requireKey(key);
    const { kvs } = await this.#call(`reading ${key}`, () => this.#client.kv.range({ key: this.#keyspace.key(key) }));
    return kvs[0] === undefined ? undefined : this.#keyspace.keyValue(kvs[0]);
  }

  async list(prefix: string): Promise<KeyValue[]> {
    this.#requireOpen();
    requirePrefix(prefix);
    const { kvs } = await this.#call(`listing ${prefix}`, () => this.#client.kv.range(this.#keyspace.range(prefix)));
    return kvs.map((kv) => this.#keyspace.keyValue(kv));
  }

  async put(key: string, value: Uint8Array, options: PutOptions = {}): Promise<number> {
    this.#requireOpen();
    requireKey(key);
    requireValue(value);
    const { expectedVersion, session } = options;
    if (expectedVersion !== undefined) requireVersion(expectedVersion, 'expectedVersion');
    const sessions = this.#liveSessions([session]);
    const put = requestOp(this.#keyspace, { type: 'put', key, value }, this.#leaseOf(session));
    const doing = `writing ${key}`;
    if (expectedVersion === undefined) {
      const { header } = await this.#call(doing, () => this.#client.kv.put(put.request_put!), sessions);
      return Number(header.revision);
    }
    const response = await this.#call(
      doing,
      () =>
        this.#client.kv.txn({
          compare: [versionIs(this.#keyspace, key, expectedVersion)],
          success: [put],
          failure: [{ request_range: { key: this.#keyspace.key(key) } }],
        }),
      sessions,
    );
    if (!response.succeeded) throw this.#badVersion(key, expectedVersion, response.responses[0]);
    return Number(response.header.revision);
  }

  async delete(key: string, options: { expectedVersion?: number } = {}): Promise<boolean> {
    this.#requireOpen();
    requireKey(key);
    const { expectedVersion } = options;
    const etcdKey = this.#keyspace.key(key);
    const doing = `deleting ${key}`;
    if (expectedVersion === undefined) {
      const { deleted } = await this.#call(doing, () => this.#client.kv.deleteRange({ key: etcdKey }));
      return Number(deleted) > 0;
    }
    requireVersion(expectedVersion, 'expectedVersion');
    const response = await this.#call(doing, () =>
      this.#client.kv.txn({
        compare: [versionIs(this.#keyspace, key, expectedVersion)],
        success: [{ request_delete_range: { key: etcdKey } }],
        failure: [{ request_range: { key: etcdKey } }],
      }),
    );
    if (!response.succeeded) throw this.#badVersion(key, expectedVersion, response.responses[0]);
    return Number(response.responses[0]?.response_delete_range?.deleted ?? 0) > 0;
  }

  async deletePrefix(prefix: string): Promise<number> {
    this.#requireOpen();
    requirePrefix(prefix);
    const { deleted } = await this.#call(`deleting under ${prefix}`, () =>
      this.#client.kv.deleteRange(this.#keyspace.range(prefix)),
    );
    return Number(deleted);
  }

  async txn(txn: Transaction): Promise<TxnResult> {
    this.#requireOpen();
    requireValidTransaction(txn);
    const branches = [txn.then, txn.else ?? []];
    const sessions = this.#liveSessions(branches.flat().map((op) => (op.type === 'put' ? op.session : undefined)));
    const [success, failure] = branches.map((ops) =>
      ops.map((op) => requestOp(this.#keyspace, op, op.type === 'put' ? this.#leaseOf(op.session) : '0')),
    ) as [IRequestOp[], IRequestOp[]];
    const compare = txn.if.map((condition) => versionIs(this.#keyspace, condition.key, condition.version));
    const response = await this.#call(
      'running a transaction',
      () => this.#client.kv.txn({ compare, success, failure }),
      sessions,
    );
    const ran = response.succeeded ? txn.then : (txn.else ?? []);
    return {
      succeeded: response.succeeded,
      revision: Number(response.header.revision),
      results: ran.map((op, index) =>
        op.type === 'get' ? foundKeyValue(this.#keyspace, response.responses[index]) : undefined,
      ),
    };
  }

  watch(prefix: string, options: { signal?: AbortSignal } = {}): AsyncIterable<WatchEvent> {
    this.#requireOpen();
    requirePrefix(prefix);
    return this.#watches.open(prefix, this.#revision + 1, options.signal);
  }

  async createSession(options: { ttlMs?: number } = {}): Promise<Session> {
    this.#requireOpen();
    requireTtl(options.ttlMs);
    const session = await EtcdSession.grant(this.#client, options.ttlMs ?? DEFAULT_SESSION_TTL_MS, {
      observedRevision: (revision) => this.#observe(revision),
      revoked: (revoked) => {
        if (this.#sessions.get(revoked.id) === revoked) this.#sessions.delete(revoked.id);
      },
    });
    if (this.#closing !== undefined) {
      await session.shutdown();
      this.#requireOpen();
    }
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
    const watchesEnded = this.#watches.endAll(WATCH_CANCEL_WAIT_MS);
    const sessions = [...this.#sessions.values()];
    this.#sessions.clear();
    await Promise.all(sessions.map((session) => session.shutdown()));
    await watchesEnded;
    this.#client.close();
  }

  /** Runs one etcd request, turning its failure into a BrookError and noting the revision it answered with. */
  async #call<T extends { header: IResponseHeader }>(
    doing: string,
    request: () => Promise<T>,
    sessions: readonly EtcdSession[] = [],
  ): Promise<T> {
    let response: T;
    try {
      response = await request();
    } catch (error) {
      if (this.#closing !== undefined) {
        throw new BrookError(ErrorCode.AlreadyClosed, `${doing}: the metadata store closed`, { cause: error });
      }
      const failure = toMetadataError(error, doing);
      // etcd refused the write's lease; with one session involved, that is the one it no longer has.
      if (failure.code === ErrorCode.SessionExpired && sessions.length === 1) {
        sessions[0]!.lost('expired: etcd no longer has its lease');
      }
      throw failure;
    }
    this.#observe(Number(response.header.revision));
    return response;
  }

  #observe(revision: number): void {
    if (revision > this.#revision) this.#revision = revision;
  }

  /** The distinct sessions of a write, each live in this store, or SESSION_EXPIRED before anything is sent. */
  #liveSessions(sessions: readonly (Session | undefined)[]): EtcdSession[] {
    const live = new Set<EtcdSession>();
    for (const session of sessions) {
      if (session === undefined) continue;
      const own = this.#sessions.get(session.id);
      if (own !== session || own.ended) {
        throw new BrookError(ErrorCode.SessionExpired, `session ${session.id} is not live in this store`);
      }
      live.add(own);
    }
    return [...live];
  }

  #leaseOf(session: Session | undefined): string {
    return session === undefined ? '0' : (this.#sessions.get(session.id)?.leaseId ?? '0');
  }

  #badVersion(key: string, expectedVersion: number, current: IResponseOp | undefined): BrookError {
    const actual = foundKeyValue(this.#keyspace, current)?.version ?? 0;
    return new BrookError(ErrorCode.BadVersion, `${key} is at version ${actual}, not the expected ${expectedVersion}`);
  }

  #requireOpen(): void {
    if (this.#closing !== undefined) throw new BrookError(ErrorCode.AlreadyClosed, 'the metadata store is closed');
  }
}

/** The store revision of etcd's first answer, asking again until `dialTimeoutMs` has passed. */
async function firstAnswer(client: Etcd3, config: EtcdMetadataStoreConfig): Promise<number> {
  const giveUpAt = Date.now() + config.dialTimeoutMs;
  for (;;) {
    const deadline = Math.min(giveUpAt, Date.now() + config.requestTimeoutMs);
    try {
      const { header } = await client.maintenance.status({ deadline });
      return Number(header.revision);
    } catch (error) {
      const failure = toMetadataError(error, `connecting to etcd at ${config.endpoints.join(', ')}`);
      if (!failure.retriable || Date.now() + 100 >= giveUpAt) {
        throw new BrookError(failure.code, `${failure.message} (gave up after ${config.dialTimeoutMs} ms)`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
