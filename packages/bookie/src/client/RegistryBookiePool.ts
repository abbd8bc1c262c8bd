import { setTimeout as sleep } from 'node:timers/promises';
import type { MetadataStore, WatchEvent } from '@brook/metadata';
import { BrookError, ErrorCode, toBrookError } from '@brook/protocol';
import { type Logger, pino } from 'pino';
import { BOOKIES_PREFIX, type BookieInfo, decodeBookieInfo } from '../registration/BookieInfo.js';
import type { BookieClient } from './BookieClient.js';
import type { BookiePool } from './BookiePool.js';
import { GrpcBookieClient, type GrpcBookieClientOptions } from './GrpcBookieClient.js';

export interface RegistryBookiePoolOptions {
  metadata: MetadataStore;
  logger?: Logger;
  /** Passed to every GrpcBookieClient the pool creates. */
  clientOptions?: Omit<GrpcBookieClientOptions, 'address' | 'logger'>;
  /** After a watch failed, wait this long (doubling up to 5 s) before listing and watching again. Default 100 ms. */
  retryInitialMs?: number;
}

const RETRY_MAX_MS = 5_000;

/**
 * A bookie that was down is retried at least every 2 s (gRPC's default backoff grows to 120 s), so a
 * restarted bookie serves this pool's readers within seconds. grpc-js shares a subchannel among
 * channels with the same address and options, so this also holds for a new client of that bookie.
 */
const CHANNEL_DEFAULTS = { 'grpc.initial_reconnect_backoff_ms': 200, 'grpc.max_reconnect_backoff_ms': 2_000 };

/**
 * The bookies of a cluster as registered under `/brook/bookies/` (see BookieRegistration). Rules:
 * - `start()` lists the prefix, then watches it from the listing on (list-then-watch), so the pool
 *   sees every change after the listing; if the watch fails it lists and watches again, with backoff.
 * - `writableBookies()` are the registered bookies in state `writable`, as of the last event seen.
 * - `client(id)` is one cached GrpcBookieClient per id, also for a bookie no longer registered:
 *   readers need the bookies of old ensembles, and such a client fails with UNAVAILABLE when the
 *   bookie is down. The address is the registered one, else the id (ids are addresses).
 * - `close()` ends the watch and closes every client; idempotent.
 */
export class RegistryBookiePool implements BookiePool {
  readonly #options: RegistryBookiePoolOptions;
  readonly #logger: Logger;
  readonly #registered = new Map<string, BookieInfo>();
  /** Last known address of every bookie ever seen, registered or not. */
  readonly #addresses = new Map<string, string>();
  readonly #clients = new Map<string, BookieClient>();
  readonly #closed = new AbortController();
  #starting: Promise<void> | undefined;
  #following: Promise<void> | undefined;
  #closing: Promise<void> | undefined;

  constructor(options: RegistryBookiePoolOptions) {
    this.#options = options;
    this.#logger = (options.logger ?? pino({ enabled: false })).child({ component: 'bookie-pool' });
  }

  /** Lists the registered bookies and starts following changes; idempotent. */
  start(): Promise<void> {
    this.#starting ??= (async () => {
      this.#requireOpen();
      const watch = await this.#listThenWatch();
      this.#following = this.#follow(watch);
    })();
    return this.#starting;
  }

  async writableBookies(): Promise<string[]> {
    await this.start();
    this.#requireOpen();
    return [...this.#registered.values()].filter((info) => info.state === 'writable').map((info) => info.id);
  }

  /** Every registered bookie, writable or not, sorted by id. */
  registeredBookies(): BookieInfo[] {
    return [...this.#registered.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  client(id: string): BookieClient {
    this.#requireOpen();
    let client = this.#clients.get(id);
    if (client === undefined) {
      const { clientOptions } = this.#options;
      client = new GrpcBookieClient({
        ...clientOptions,
        channelOptions: { ...CHANNEL_DEFAULTS, ...clientOptions?.channelOptions },
        address: this.#addresses.get(id) ?? id,
        logger: this.#logger,
      });
      this.#clients.set(id, client);
    }
    return client;
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#closed.abort();
      await this.#starting?.catch(() => undefined);
      await this.#following;
      const clients = [...this.#clients.values()];
      this.#clients.clear();
      await Promise.all(clients.map((client) => client.close()));
    })();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #listThenWatch(): Promise<AsyncIterable<WatchEvent>> {
    const { metadata } = this.#options;
    const listed = await metadata.list(BOOKIES_PREFIX);
    const watch = metadata.watch(BOOKIES_PREFIX, { signal: this.#closed.signal });
    const seen = new Set<string>();
    for (const kv of listed) seen.add(this.#apply({ type: 'put', key: kv.key, value: kv.value, version: kv.version }));
    for (const id of [...this.#registered.keys()]) {
      if (!seen.has(id)) this.#apply({ type: 'delete', key: `${BOOKIES_PREFIX}${id}`, version: 0 });
    }
    this.#logger.info({ bookies: this.registeredBookies().map((b) => `${b.id} ${b.state}`) }, 'bookies listed');
    return watch;
  }

  async #follow(first: AsyncIterable<WatchEvent>): Promise<void> {
    let watch = first;
    let delay = this.#options.retryInitialMs ?? 100;
    while (!this.#closed.signal.aborted) {
      try {
        for await (const event of watch) {
          this.#apply(event);
          delay = this.#options.retryInitialMs ?? 100;
        }
        if (this.#closed.signal.aborted) return;
        throw new BrookError(ErrorCode.Unavailable, 'the bookie watch ended');
      } catch (error) {
        if (this.#closed.signal.aborted) return;
        this.#logger.warn({ err: toBrookError(error).message, retryInMs: delay }, 'bookie watch failed; listing again');
        await sleep(delay, undefined, { signal: this.#closed.signal }).catch(() => undefined);
        delay = Math.min(delay * 2, RETRY_MAX_MS);
        try {
          if (!this.#closed.signal.aborted) watch = await this.#listThenWatch();
        } catch (listError) {
          watch = failed(listError);
        }
      }
    }
  }

  /** Applies one change of the registry; answers the bookie id of the key. */
  #apply(event: WatchEvent): string {
    const id = event.key.slice(BOOKIES_PREFIX.length);
    const before = this.#registered.get(id);
    const info = event.type === 'put' ? decodeBookieInfo(event.value) : undefined;
    if (event.type === 'put' && info === undefined) {
      this.#logger.warn({ key: event.key }, 'ignoring a malformed bookie registration');
    }
    if (info === undefined) {
      if (this.#registered.delete(id)) this.#logger.info({ bookie: id }, 'bookie left');
      return id;
    }
    this.#registered.set(id, info);
    this.#addresses.set(id, info.address);
    if (before === undefined) this.#logger.info({ bookie: id, state: info.state }, 'bookie joined');
    else if (before.state !== info.state) this.#logger.info({ bookie: id, state: info.state }, 'bookie state changed');
    return id;
  }

  #requireOpen(): void {
    if (this.#closed.signal.aborted) throw new BrookError(ErrorCode.AlreadyClosed, 'bookie pool is closed');
  }
}

async function* failed(error: unknown): AsyncIterable<WatchEvent> {
  yield* [];
  throw error;
}
