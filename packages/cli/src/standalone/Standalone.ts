import { join } from 'node:path';
import { Bookie, LedgerClient, LocalBookieClient, parseBookieConfig, StaticBookiePool } from '@brook/bookie';
import { Broker, parseBrokerConfig } from '@brook/broker';
import { EmbeddedMetadataStore } from '@brook/metadata';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { ComponentStack } from '../ComponentStack.js';
import type { StandaloneConfig } from '../config.js';

/**
 * Every role in one process: an embedded metadata store, one bookie called in-process, and a
 * broker. Components start in dependency order and close in reverse.
 */
export class Standalone {
  private readonly components: ComponentStack;
  private broker: Broker | undefined;

  constructor(
    private readonly config: StandaloneConfig,
    private readonly logger: Logger,
  ) {
    this.components = new ComponentStack('brook standalone', logger);
  }

  get url(): string {
    return this.broker?.url ?? '';
  }

  get httpPort(): number {
    return this.broker?.httpPort ?? 0;
  }

  async start(): Promise<void> {
    try {
      const registry = new Registry();
      const metadata = await EmbeddedMetadataStore.open({ path: join(this.config.dataDir, 'metadata') });
      await this.components.opened('metadata', () => metadata.close());

      const bookie = new Bookie({
        config: parseBookieConfig(this.config.bookie),
        logger: this.logger.child({ component: 'bookie' }),
        registry,
        metadata,
      });
      await this.components.opened('bookie', () => bookie.close());
      await bookie.start();

      const pool = new StaticBookiePool([new LocalBookieClient(bookie)]);
      await this.components.opened('bookies', () => pool.close());
      const ledgers = new LedgerClient({
        metadata,
        bookies: pool,
        logger: this.logger.child({ component: 'ledgers' }),
      });

      const broker = new Broker({
        config: parseBrokerConfig(this.config.broker),
        metadata,
        ledgers,
        logger: this.logger.child({ component: 'broker' }),
        registry,
      });
      this.broker = broker;
      await this.components.opened('broker', () => broker.close());
      await broker.start();
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  /** Closes every started component, newest first. Idempotent; safe while starting. */
  close(): Promise<void> {
    return this.components.close();
  }
}
