import { BrookError, ErrorCode, toBrookError } from '@brook/protocol';
import { TopicsAdmin } from './admin/TopicsAdmin.js';
import { type ClientConfig, type ClientOptions, parseClientConfig } from './ClientConfig.js';
import { ConnectionPool } from './connection/ConnectionPool.js';
import { Consumer } from './consumer/Consumer.js';
import { type ConsumerOptions, parseConsumerConfig } from './consumer/ConsumerConfig.js';
import { Producer } from './producer/Producer.js';
import { type ProducerOptions, parseProducerConfig } from './producer/ProducerConfig.js';
import { once } from './util/once.js';

/**
 * The entry point: producers, consumers and admin calls of one Brook cluster. Each producer and
 * consumer looks its topic up first and talks to the owning broker over a channel shared per
 * broker address; when that stream breaks with a retriable error (failover, NOT_OWNER) it looks the
 * topic up again and reconnects with backoff (`reconnect` options). close() closes them all and
 * releases the channels.
 */
export class BrookClient {
  readonly admin: { readonly topics: TopicsAdmin };
  private readonly config: ClientConfig;
  private readonly pool: ConnectionPool;
  private readonly producers = new Set<Producer>();
  private readonly consumers = new Set<Consumer>();
  private closed = false;

  constructor(options: ClientOptions) {
    this.config = parseClientConfig(options);
    this.pool = new ConnectionPool(this.config.serviceAddresses, this.config.operationTimeoutMs);
    this.admin = { topics: new TopicsAdmin(this.pool, this.config.operationTimeoutMs) };
  }

  async createProducer(options: ProducerOptions): Promise<Producer> {
    try {
      const config = parseProducerConfig(options);
      const producer = await Producer.open(this.pool, config, this.config, (p) => this.producers.delete(p));
      return this.adopt(producer, this.producers);
    } catch (error) {
      throw toBrookError(error);
    }
  }

  async subscribe(options: ConsumerOptions): Promise<Consumer> {
    try {
      const config = parseConsumerConfig(options);
      const consumer = await Consumer.open(this.pool, config, this.config, (c) => this.consumers.delete(c));
      return this.adopt(consumer, this.consumers);
    } catch (error) {
      throw toBrookError(error);
    }
  }

  /** Closes every producer (after its pending sends) and consumer, then the channels. Idempotent. */
  readonly close: () => Promise<void> = once(async () => {
    this.closed = true;
    await Promise.all([...this.producers, ...this.consumers].map((c) => c.close()));
    this.pool.close();
  });

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** Registers a new producer or consumer, unless the client was closed while it was opening. */
  private async adopt<T extends Producer | Consumer>(created: T, registry: Set<T>): Promise<T> {
    if (this.closed) {
      await created.close();
      throw new BrookError(ErrorCode.AlreadyClosed, 'the client was closed');
    }
    registry.add(created);
    return created;
  }
}
