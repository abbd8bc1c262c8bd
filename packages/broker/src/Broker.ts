import type { LedgerClient } from '@brook/bookie';
import type { MetadataStore } from '@brook/metadata';
import { pino, type Logger } from 'pino';
import { Registry } from 'prom-client';
import { advertisedUrlOf, type BrokerConfig } from './config.js';
import { EntryCache } from './ledger/EntryCache.js';
import { ManagedLedgerMetadata } from './ledger/ManagedLedgerMetadata.js';
import { createBrokerMetrics } from './metrics.js';
import { GrpcServer } from './server/GrpcServer.js';
import { HttpServer } from './server/HttpServer.js';
import { CursorStore } from './subscription/CursorStore.js';
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
 * store and on bookies. Started in order (topics, gRPC, HTTP), closed in reverse.
 */
export class Broker {
  readonly registry: Registry;
  private readonly topics: TopicRegistry;
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
    this.topics = new TopicRegistry(
      new TopicStore(metadata),
      {
        config,
        ledgers: options.ledgers,
        ledgerMetadata: new ManagedLedgerMetadata(metadata),
        cursors: new CursorStore(metadata),
        entryCache: new EntryCache(config.entryCacheBytes),
        logger: this.logger,
      },
      this.logger,
    );
    this.grpc = new GrpcServer({
      config,
      topics: this.topics,
      metrics,
      logger: this.logger,
      advertisedUrl: () => this.url,
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

  start(): Promise<void> {
    this.started ??= (async () => {
      await this.grpc.start();
      await this.http.start();
      this.ready = true;
      this.logger.info({ url: this.url, httpPort: this.http.port }, 'broker listening');
    })();
    return this.started;
  }

  /** Stops serving, flushes cursors and closes ledgers. Idempotent; safe before start finished. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.ready = false;
      await this.started?.catch(() => {});
      await this.topics.close();
      await this.grpc.close();
      await this.http.close();
    })();
    return this.closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
