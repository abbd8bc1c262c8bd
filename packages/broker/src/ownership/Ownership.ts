import type { MetadataStore, Session } from '@brook/metadata';
import { BrookError, ErrorCode, type TopicName } from '@brook/protocol';
import type { Logger } from 'pino';
import type { BrokerMetrics } from '../metrics.js';
import { type BrokerLoad, BrokerRegistration, leastLoaded, liveBrokers } from './BrokerRegistration.js';
import { type Bundle, Bundles } from './Bundles.js';
import { OwnershipCache } from './OwnershipCache.js';

export interface OwnershipOptions {
  metadata: MetadataStore;
  sessionTtlMs: number;
  loadReportIntervalMs: number;
  bundlesPerNamespace: number;
  /** This broker's addresses; read once it listens (the ports may be chosen by the OS). */
  addresses: () => { url: string; httpUrl: string };
  load: () => Promise<BrokerLoad>;
  /**
   * Called synchronously the moment the session is lost: every bundle is already forgotten, and
   * the broker must stop serving their topics.
   */
  onLost: (reason: BrookError) => void;
  metrics: BrokerMetrics;
  logger: Logger;
}

const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * How this broker takes part in the cluster: one metadata session at a time, its registration
 * and load report (`/brook/brokers/<id>`), and the bundles it owns (`/brook/ownership/…`), all
 * bound to that session.
 *
 * Lifecycle: `start()` opens the first session and registers. When the session is lost (its
 * `signal` aborts), ownership is forgotten at once, `onLost` runs, claims are refused, and a new
 * session is opened with backoff (a lost session is never revived); the broker then registers
 * again and claims bundles as topics are used. `close()`: `stopAccepting()` first (unregister, no
 * new claims), then, once the topics are closed, `close()` deletes the ownership keys and ends
 * the session.
 */
export class Ownership {
  readonly bundles: Bundles;
  private readonly cache: OwnershipCache;
  private readonly registration: BrokerRegistration;
  private session: Session | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: OwnershipOptions) {
    this.bundles = new Bundles(options.bundlesPerNamespace);
    this.cache = new OwnershipCache(options.metadata, () => ({
      brokerId: this.brokerId,
      url: options.addresses().url,
    }));
    this.registration = new BrokerRegistration({
      metadata: options.metadata,
      identity: () => ({ id: this.brokerId, ...options.addresses() }),
      load: options.load,
      intervalMs: options.loadReportIntervalMs,
      logger: options.logger,
    });
  }

  /** The advertised URL's host:port. */
  get brokerId(): string {
    return new URL(this.options.addresses().url).host;
  }

  /** Opens the first session and registers; fails if the metadata store cannot give a session. */
  async start(): Promise<void> {
    await this.begin(await this.options.metadata.createSession({ ttlMs: this.options.sessionTtlMs }));
  }

  /** The bundles this broker owns now. */
  get owned(): string[] {
    return this.cache.names();
  }

  bundleOf(topic: TopicName): Bundle {
    return this.bundles.of(topic);
  }

  /** Owns the topic's bundle (already, or claimed now); resolves with the signal that ends it. Throws NOT_OWNER. */
  async claim(topic: TopicName): Promise<AbortSignal> {
    const bundle = this.bundles.of(topic);
    try {
      const { signal, claimed } = await this.cache.claim(bundle);
      if (claimed) {
        this.options.metrics.bundleClaims.inc({ result: 'claimed' });
        this.options.metrics.ownedBundles.set(this.cache.size);
        this.options.logger.info({ bundle: bundle.name }, 'bundle claimed');
      }
      return signal;
    } catch (error) {
      if (error instanceof BrookError && error.code === ErrorCode.NotOwner) {
        this.options.metrics.bundleClaims.inc({ result: 'refused' });
      }
      throw error;
    }
  }

  /** After a fence by someone else: keeps the bundle only if its key still is this broker's. */
  async verify(topic: TopicName): Promise<boolean> {
    const bundle = this.bundles.of(topic);
    const owned = await this.cache.verify(bundle);
    this.options.metrics.ownedBundles.set(this.cache.size);
    if (!owned) this.options.logger.warn({ bundle: bundle.name }, 'bundle no longer owned');
    return owned;
  }

  /**
   * The URL a client should use for a topic: its bundle's owner, else the least-loaded live broker
   * (which claims the bundle when the client arrives), else this broker.
   */
  async lookup(topic: TopicName): Promise<string> {
    const owner = await this.cache.ownerOf(this.bundles.of(topic));
    if (owner) return owner.url;
    return leastLoaded(await liveBrokers(this.options.metadata))?.url ?? this.options.addresses().url;
  }

  /** Shutdown, first step: leave the broker list and claim nothing more. Owned bundles stay owned. */
  async stopAccepting(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.cache.useSession(undefined);
    await this.registration
      .unregister()
      .catch((err: unknown) => this.options.logger.warn({ err }, 'unregister failed'));
  }

  /** Shutdown, last step (topics closed, cursors flushed): deletes the ownership keys and ends the session. */
  async close(): Promise<void> {
    await this.stopAccepting();
    await this.cache.releaseAll();
    this.options.metrics.ownedBundles.set(0);
    const session = this.session;
    this.session = undefined;
    await session?.close().catch((err: unknown) => this.options.logger.warn({ err }, 'closing the session failed'));
  }

  private async begin(session: Session): Promise<void> {
    if (this.stopped) {
      await session.close();
      return;
    }
    this.session = session;
    session.signal.addEventListener('abort', () => this.lost(session), { once: true });
    if (session.signal.aborted) throw session.signal.reason;
    await this.registration.register(session);
    if (this.session === session) this.cache.useSession(session);
    this.options.logger.info({ brokerId: this.brokerId, session: session.id }, 'broker registered');
  }

  private lost(session: Session): void {
    if (this.session !== session || this.stopped) return;
    this.session = undefined;
    this.cache.useSession(undefined);
    this.cache.forgetAll();
    this.options.metrics.ownedBundles.set(0);
    this.options.metrics.sessionsLost.inc();
    const reason = new BrookError(ErrorCode.NotOwner, `broker ${this.brokerId} lost its metadata session`, {
      cause: session.signal.reason,
    });
    this.options.logger.warn({ session: session.id, err: session.signal.reason }, 'metadata session lost');
    this.options.onLost(reason);
    this.renew(0);
  }

  /** Opens a new session after a loss, backing off while the store refuses. */
  private renew(attempt: number): void {
    if (this.stopped) return;
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** attempt) * (0.5 + Math.random() / 2);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void (async () => {
        try {
          await this.begin(await this.options.metadata.createSession({ ttlMs: this.options.sessionTtlMs }));
        } catch (err) {
          this.options.logger.warn({ err, attempt }, 'cannot open a new metadata session');
          // A session that was granted but could not register is abandoned, and its loss ignored.
          const failed = this.session;
          if (failed && !failed.signal.aborted) {
            this.session = undefined;
            this.cache.useSession(undefined);
            await failed.close().catch(() => {});
          }
          if (!this.retry) this.renew(attempt + 1);
        }
      })();
    }, delay);
    this.retry.unref();
  }
}
