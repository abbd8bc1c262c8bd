import { BrookError, ErrorCode, toBrookError } from '@brook/protocol';
import { NamespacesAdmin } from './admin/NamespacesAdmin.js';
import { TenantsAdmin } from './admin/TenantsAdmin.js';
import { SubscriptionsAdmin } from './admin/SubscriptionsAdmin.js';
import { TopicsAdmin } from './admin/TopicsAdmin.js';
import { type ClientConfig, type ClientOptions, parseClientConfig } from './ClientConfig.js';
import { ConnectionPool } from './connection/ConnectionPool.js';
import type { ConsumerApi } from './consumer/ConsumerApi.js';
import type { ConsumerOptions } from './consumer/ConsumerConfig.js';
import { openConsumer } from './consumer/openConsumer.js';
import { openProducer } from './producer/openProducer.js';
import type { ProducerApi } from './producer/ProducerApi.js';
import type { ProducerOptions } from './producer/ProducerConfig.js';
import type { Reader } from './reader/Reader.js';
import type { ReaderOptions } from './reader/ReaderConfig.js';
import { openReader } from './reader/openReader.js';
import { once } from './util/once.js';

/**
 * The entry point: producers, consumers and admin calls of one Brook cluster. Each producer and
 * consumer looks its topic up first and talks to the owning broker over a channel shared per
 * broker address; when that stream breaks with a retriable error (failover, NOT_OWNER) it looks the
 * topic up again and reconnects with backoff (`reconnect` options). close() closes them all and
 * releases the channels.
 */
export class BrookClient {
  readonly admin: {
    readonly topics: TopicsAdmin;
    readonly tenants: TenantsAdmin;
    readonly namespaces: NamespacesAdmin;
    readonly subscriptions: SubscriptionsAdmin;
  };
  private readonly config: ClientConfig;
  private readonly pool: ConnectionPool;
  private readonly producers = new Set<ProducerApi>();
  private readonly consumers = new Set<ConsumerApi>();
  private readonly readers = new Set<Reader>();
  private closed = false;

  constructor(options: ClientOptions) {
    this.config = parseClientConfig(options);
    this.pool = new ConnectionPool(this.config.serviceAddresses, this.config.operationTimeoutMs);
    const timeoutMs = this.config.operationTimeoutMs;
    this.admin = {
      topics: new TopicsAdmin(this.pool, timeoutMs),
      tenants: new TenantsAdmin(this.pool, timeoutMs),
      namespaces: new NamespacesAdmin(this.pool, timeoutMs),
      subscriptions: new SubscriptionsAdmin(this.pool, timeoutMs),
    };
  }

  /** A producer of the topic; of a partitioned topic, one over all its partitions that routes each send. */
  async createProducer(options: ProducerOptions): Promise<ProducerApi> {
    try {
      const producer = await openProducer(this.pool, options, this.config, (p) => this.producers.delete(p));
      return this.adopt(producer, this.producers);
    } catch (error) {
      throw toBrookError(error);
    }
  }

  /** A consumer of a topic (all partitions of a partitioned one), of several topics, or of a pattern's topics. */
  async subscribe(options: ConsumerOptions): Promise<ConsumerApi> {
    try {
      const consumer = await openConsumer(
        this.pool,
        options,
        this.config,
        (topic) => this.createProducer({ topic }),
        (c) => this.consumers.delete(c),
      );
      return this.adopt(consumer, this.consumers);
    } catch (error) {
      throw toBrookError(error);
    }
  }

  /**
   * A reader of the topic (all partitions of a partitioned one) from `startMessageId` on, through a
   * non-durable subscription: nothing is stored for it, and nothing needs acknowledging.
   */
  async createReader(options: ReaderOptions): Promise<Reader> {
    try {
      const reader = await openReader(this.pool, options, this.config, (r) => this.readers.delete(r));
      if (this.closed) {
        await reader.close();
        throw new BrookError(ErrorCode.AlreadyClosed, 'the client was closed');
      }
      this.readers.add(reader);
      return reader;
    } catch (error) {
      throw toBrookError(error);
    }
  }

  /** Closes every producer (after its pending sends), consumer and reader, then the channels. Idempotent. */
  readonly close: () => Promise<void> = once(async () => {
    this.closed = true;
    await Promise.all([...this.producers, ...this.consumers, ...this.readers].map((c) => c.close()));
    this.pool.close();
  });

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** Registers a new producer or consumer, unless the client was closed while it was opening. */
  private async adopt<T extends ProducerApi | ConsumerApi>(created: T, registry: Set<T>): Promise<T> {
    if (this.closed) {
      await created.close();
      throw new BrookError(ErrorCode.AlreadyClosed, 'the client was closed');
    }
    registry.add(created);
    return created;
  }
}
