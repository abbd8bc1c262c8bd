import { setTimeout as sleep } from 'node:timers/promises';
import type { MetadataStore, Session } from '@brook/metadata';
import { BrookError, ErrorCode, toBrookError } from '@brook/protocol';
import { type Logger, pino } from 'pino';
import { type BookieInfo, type BookieState, bookieKey, encodeBookieInfo } from './BookieInfo.js';
import type { BookieRegistrationConfig } from './config.js';
import { directoryBytes, diskUsage } from './DiskUsage.js';

export interface BookieRegistrationOptions {
  metadata: MetadataStore;
  /** The bookie's advertised `host:port`; also its id. */
  address: string;
  /** The ledger directory: its file system's free space decides writable or readonly. */
  ledgerDir: string;
  config: BookieRegistrationConfig;
  logger?: Logger;
}

/**
 * Keeps one bookie registered under `/brook/bookies/<id>` (BookKeeper's RegistrationManager). Rules:
 * - The key is bound to a metadata session of `ttlMs`: a bookie that dies leaves the registry when
 *   its session expires; `close()` ends the session, which deletes the key at once.
 * - `start()` claims the key only if it is absent; one held by another session (this bookie's
 *   previous run, killed less than a TTL ago, or another process advertising the same address) is
 *   waited for up to `claimTimeoutMs`, then start fails with UNAVAILABLE.
 * - Every `diskCheckIntervalMs` the record is rewritten with the ledger directory's disk usage;
 *   below `minFreeDiskBytes` free the bookie is `readonly` (no new ensembles choose it).
 * - When the session is lost (its signal aborts), the bookie registers again with a new session,
 *   retrying with backoff until it succeeds or is closed; the key is overwritten, as it is its own.
 * - `start()` and `close()` are idempotent; close may be called at any time, also mid-start.
 */
export class BookieRegistration {
  readonly id: string;
  readonly #options: BookieRegistrationOptions;
  readonly #logger: Logger;
  readonly #key: string;
  readonly #closed = new AbortController();
  #session: Session | undefined;
  #info: BookieInfo | undefined;
  #timer: NodeJS.Timeout | undefined;
  #refreshing: Promise<void> | undefined;
  #reregistering: Promise<void> | undefined;
  #starting: Promise<void> | undefined;
  #closing: Promise<void> | undefined;

  constructor(options: BookieRegistrationOptions) {
    this.#options = options;
    this.id = options.address;
    this.#key = bookieKey(this.id);
    this.#logger = (options.logger ?? pino({ enabled: false })).child({ component: 'registration', bookie: this.id });
  }

  /** True while the key is held by a live session. */
  get registered(): boolean {
    return this.#session !== undefined && !this.#session.signal.aborted;
  }

  /** The record last written, if any. */
  get info(): BookieInfo | undefined {
    return this.#info;
  }

  start(): Promise<void> {
    this.#starting ??= this.#start();
    return this.#starting;
  }

  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #start(): Promise<void> {
    this.#requireOpen();
    const { metadata, config } = this.#options;
    const session = await metadata.createSession({ ttlMs: config.ttlMs });
    try {
      await this.#claim(session);
    } catch (error) {
      await session.close().catch(() => undefined);
      throw this.#closed.signal.aborted ? closedError() : error;
    }
    this.#adopt(session);
    this.#logger.info({ state: this.#info?.state, disk: this.#info?.disk, ttlMs: config.ttlMs }, 'bookie registered');
    this.#timer = setInterval(() => this.#refresh(), config.diskCheckIntervalMs);
    this.#timer.unref();
  }

  /** Creates the key with this session if it is absent, waiting up to claimTimeoutMs for a holder to go. */
  async #claim(session: Session): Promise<void> {
    const { metadata, config } = this.#options;
    const waitSignal = AbortSignal.any([this.#closed.signal, AbortSignal.timeout(config.claimTimeoutMs)]);
    // Watch before trying, so that a delete after the attempt is seen.
    const changes = metadata.watch(this.#key, { signal: waitSignal })[Symbol.asyncIterator]();
    try {
      for (;;) {
        this.#requireOpen();
        const info = await this.#measure();
        const claimed = await metadata.txn({
          if: [{ key: this.#key, version: 0 }],
          then: [{ type: 'put', key: this.#key, value: encodeBookieInfo(info), session }],
        });
        if (claimed.succeeded) {
          this.#info = info;
          return;
        }
        this.#logger.warn(
          { key: this.#key, claimTimeoutMs: config.claimTimeoutMs },
          'bookie id held by another session; waiting for it to go',
        );
        if (!(await deleted(changes, this.#key))) {
          this.#requireOpen();
          throw new BrookError(
            ErrorCode.Unavailable,
            `cannot register bookie ${this.id}: ${this.#key} is held by another session (another bookie ` +
              `advertising the same address, or this bookie's previous run whose session has not expired) ` +
              `after ${config.claimTimeoutMs} ms`,
          );
        }
      }
    } finally {
      await changes.return?.();
    }
  }

  /** Makes `session` the current one and re-registers when it is lost. */
  #adopt(session: Session): void {
    this.#session = session;
    session.signal.addEventListener(
      'abort',
      () => {
        if (this.#closed.signal.aborted || this.#session !== session) return;
        const reason = toBrookError(session.signal.reason).message;
        this.#logger.warn({ session: session.id, reason }, 'bookie registration lost; registering again');
        this.#reregistering ??= this.#reregister().finally(() => {
          this.#reregistering = undefined;
        });
      },
      { once: true },
    );
  }

  async #reregister(): Promise<void> {
    const { metadata, config } = this.#options;
    const lostAt = Date.now();
    let delay = config.retryInitialMs;
    for (let attempt = 1; !this.#closed.signal.aborted; attempt++) {
      let session: Session | undefined;
      try {
        session = await metadata.createSession({ ttlMs: config.ttlMs });
        const info = await this.#measure();
        await metadata.put(this.#key, encodeBookieInfo(info), { session });
        if (this.#closed.signal.aborted) {
          await session.close().catch(() => undefined);
          return;
        }
        this.#info = info;
        this.#adopt(session);
        this.#logger.info({ session: session.id, attempt, afterMs: Date.now() - lostAt }, 'bookie registered again');
        return;
      } catch (error) {
        await session?.close().catch(() => undefined);
        this.#logger.warn(
          { attempt, err: toBrookError(error).message, retryInMs: delay },
          'bookie re-registration failed',
        );
      }
      await sleep(jitter(delay), undefined, { signal: this.#closed.signal }).catch(() => undefined);
      delay = Math.min(delay * 2, config.retryMaxMs);
    }
  }

  /** Rewrites the record with fresh disk usage; one at a time, skipped while not registered. */
  #refresh(): void {
    if (this.#refreshing !== undefined) return;
    const session = this.#session;
    if (session === undefined || session.signal.aborted) return;
    this.#refreshing = (async () => {
      try {
        const info = await this.#measure();
        if (info.state !== this.#info?.state) {
          this.#logger.warn({ from: this.#info?.state, to: info.state, disk: info.disk }, 'bookie state changed');
        }
        if (session !== this.#session || session.signal.aborted || this.#closed.signal.aborted) return;
        await this.#options.metadata.put(this.#key, encodeBookieInfo(info), { session });
        this.#info = info;
      } catch (error) {
        // SESSION_EXPIRED also aborts the session's signal, which starts a re-registration.
        if (!this.#closed.signal.aborted) {
          this.#logger.warn({ err: toBrookError(error).message }, 'bookie registration update failed');
        }
      } finally {
        this.#refreshing = undefined;
      }
    })();
  }

  async #measure(): Promise<BookieInfo> {
    const disk = await diskUsage(this.#options.ledgerDir);
    const usedBytes = await directoryBytes(this.#options.ledgerDir);
    const state: BookieState = disk.freeBytes < this.#options.config.minFreeDiskBytes ? 'readonly' : 'writable';
    return { id: this.id, address: this.#options.address, state, disk: { ...disk, usedBytes }, updatedAt: Date.now() };
  }

  async #close(): Promise<void> {
    this.#closed.abort(closedError());
    await this.#starting?.catch(() => undefined);
    clearInterval(this.#timer);
    await this.#reregistering;
    await this.#refreshing;
    const session = this.#session;
    this.#session = undefined;
    if (session === undefined) return;
    try {
      await session.close();
      this.#logger.info('bookie unregistered');
    } catch (error) {
      this.#logger.warn(
        { err: toBrookError(error).message },
        'could not end the registration session; it expires by its TTL',
      );
    }
  }

  #requireOpen(): void {
    if (this.#closed.signal.aborted) throw closedError();
  }
}

/** Waits for a delete of `key`; false when the watch ended first (timeout or close). */
async function deleted(changes: AsyncIterator<{ type: string; key: string }>, key: string): Promise<boolean> {
  for (;;) {
    const next = await changes.next();
    if (next.done) return false;
    if (next.value.type === 'delete' && next.value.key === key) return true;
  }
}

function closedError(): BrookError {
  return new BrookError(ErrorCode.AlreadyClosed, 'bookie registration is closed');
}

function jitter(ms: number): number {
  return Math.round(ms * (0.8 + Math.random() * 0.4));
}
