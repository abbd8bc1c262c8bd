import { LedgerClient, RegistryBookiePool } from '@brook/bookie';
import { Broker, parseBrokerConfig } from '@brook/broker';
import { EtcdMetadataStore } from '@brook/metadata';
import type { Logger } from 'pino';
import { ComponentStack } from '../ComponentStack.js';
import type { BrokerRoleConfig } from '../config.js';

/**
 * `brook broker`: a stateless broker as its own process. It connects to etcd, finds bookies
 * through their registrations, and serves the bundles it claims. Started in dependency order,
 * closed in reverse; closing hands its bundles back so another broker can take them at once.
 */
export class BrokerRole {
  private readonly components: ComponentStack;
  private broker: Broker | undefined;

  constructor(
    private readonly config: BrokerRoleConfig,
    private readonly logger: Logger,
  ) {
    this.components = new ComponentStack('brook broker', logger);
  }

  get url(): string {
    return this.broker?.url ?? '';
  }

  get httpUrl(): string {
    return this.broker?.httpUrl ?? '';
  }

  async start(): Promise<void> {
    try {
      const brokerConfig = parseBrokerConfig(this.config.broker);
      const metadata = await EtcdMetadataStore.connect(this.config.metadata);
      await this.components.opened('metadata', () => metadata.close());
      const bookies = new RegistryBookiePool({ metadata, logger: this.logger.child({ component: 'bookies' }) });
      await this.components.opened('bookies', () => bookies.close());
      await bookies.start();
      const ledgers = new LedgerClient({ metadata, bookies, logger: this.logger.child({ component: 'ledgers' }) });
      const broker = new Broker({
        config: brokerConfig,
        metadata,
        ledgers,
        logger: this.logger.child({ component: 'broker' }),
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
