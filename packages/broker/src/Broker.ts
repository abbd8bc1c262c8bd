import type { LedgerClient } from '@brook/bookie';
import type { MetadataStore } from '@brook/metadata';
import { pino, type Logger } from 'pino';
import { Registry } from 'prom-client';
import { advertisedUrlOf, type BrokerConfig } from './config.js';
import { DedupSnapshotStore } from './dedup/DedupSnapshotStore.js';
import { NamespaceStore } from './namespace/NamespaceStore.js';
import { Namespaces } from './namespace/Namespaces.js';
import { defaultPolicies } from './namespace/Policies.js';
import { StorePolicySource } from './namespace/StorePolicySource.js';
import { TenantStore } from './namespace/TenantStore.js';
import { EntryCache } from './ledger/EntryCache.js';
import { ManagedLedgerMetadata } from './ledger/ManagedLedgerMetadata.js';
import { createBrokerMetrics } from './metrics.js';
import { Ownership } from './ownership/Ownership.js';
import { GrpcServer } from './server/GrpcServer.js';
import { HttpServer } from './server/HttpServer.js';
import { CursorStore } from './subscription/cursor/CursorStore.js';
import { TopicRegistry } from './topic/TopicRegistry.js';
import { TopicStore } from './topic/TopicStore.js';

export interface BrokerOptions {
  config: BrokerConfig;
  metadata: MetadataStore;
  ledgers: LedgerClient;
  logger?: Logger;
  /** Metrics registry; standalone shares one with the bookie. */
  registry?: Registry;
}

/**
 * A broker: serves producers, consumers and admin calls over gRPC, and health and metrics over
 * HTTP. It keeps no state of its own on disk; topics, cursors and ledgers live in the metadata
 * store and on bookies. It serves a topic only while it owns the topic's bundle, through a key
 * bound to its metadata session (see Ownership); losing the session unloads every topic at once.
 *
 * Started in order: gRPC, HTTP (ports known), then the session and registration. Closed: leave
 * the broker list and stop claiming, close topics (cursors flush while still owned), delete the
 * ownership keys and end the session, then the listeners.
 */
export class Broker {
  readonly registry: Registry;
  private readonly topics: TopicRegistry;
  private readonly namespaces: Namespaces;
  private readonly policies: StorePolicySource;
  private readonly ownership: Ownership;
  private readonly grpc: GrpcServer;
  private readonly http: HttpServer;
  private readonly logger: Logger;
  private started: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private ready = false;

  constructor(private readonly options: BrokerOptions) {
    const { config, metadata } = options;
    this.logger = options.logger ?? pino({ level: 'silent' });
    this.registry = options.registry ?? new Registry();
    const metrics = createBrokerMetrics(this.registry);
    this.ownership = new Ownership({
      metadata,
      sessionTtlMs: config.sessionTtlMs,
      loadReportIntervalMs: config.loadReportIntervalMs,
      bundlesPerNamespace: config.bundlesPerNamespace,
      addresses: () => ({ url: this.url, httpUrl: this.httpUrl }),
      load: () => this.topics.loadReport(),
      onLost: (reason) => void this.topics.unloadAll(reason),
      metrics,
      logger: this.logger,
    });
    const topicStore = new TopicStore(metadata);
    const namespaceStore = new NamespaceStore(metadata);
    const defaults = defaultPolicies(config);
    this.namespaces = new Namespaces({
      tenants: new TenantStore(metadata),
      namespaces: namespaceStore,
      topics: topicStore,
      defaults,
    });
    this.policies = new StorePolicySource(namespaceStore, defaults, this.logger);
    this.topics = new TopicRegistry(
      topicStore,
      {
        config,
        ledgers: options.ledgers,
        ledgerMetadata: new ManagedLedgerMetadata(metadata),
        cursors: new CursorStore(metadata),
        entryCache: new EntryCache(config.entryCacheBytes),
        policies: this.policies,
        dedupSnapshots: new DedupSnapshotStore(metadata),
        logger: this.logger,
      },
      this.ownership,
      this.logger,
      this.namespaces,
    );
    this.grpc = new GrpcServer({
      config,
      topics: this.topics,
      metrics,
      logger: this.logger,
      advertisedUrl: () => this.url,
      ownership: this.ownership,
      namespaces: this.namespaces,
    });
    this.http = new HttpServer({
      host: config.host,
      port: config.httpPort,
      registry: this.registry,
      ready: () => this.ready,
    });
  }

  /** The URL clients use to reach this broker. */
  get url(): string {
    return advertisedUrlOf(this.options.config, this.grpc.port);
  }

  get httpPort(): number {
    return this.http.port;
  }

  /** The namespace bundles this broker owns now (`tenant/ns/0x…_0x…`). */
  get ownedBundles(): string[] {
    return this.ownership.owned;
  }

  /** The HTTP address other brokers and operators use, on the advertised host. */
  get httpUrl(): string {
    return `http://${new URL(this.url).hostname}:${this.http.port}`;
  }

  start(): Promise<void> {
    this.started ??= (async () => {
      await this.grpc.start();
      await this.http.start();
      await this.namespaces.ensureDefaults();
      await this.ownership.start();
      this.ready = true;
      this.logger.info({ url: this.url, httpPort: this.http.port }, 'broker listening');
    })();
    return this.started;
  }

  /**
   * Stops serving, flushes cursors, closes ledgers and hands its bundles back (deletes their keys).
   * Idempotent; safe before start finished.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.ready = false;
      await this.started?.catch(() => {});
      await this.ownership.stopAccepting();
      await this.topics.close();
      await this.policies.close();
      await this.ownership.close();
      await this.grpc.close();
      await this.http.close();
    })();
    return this.closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
