import { LedgerClient, RegistryBookiePool } from '@brook/bookie';
import { Broker, parseBrokerConfig } from '@brook/broker';
import { EtcdMetadataStore } from '@brook/metadata';
import type { Logger } from 'pino';
import type { BrokerRoleConfig } from '../config.js';

/**
 * `brook broker`: a stateless broker as its own process. It connects to etcd, finds bookies
 * through their registrations, and serves the bundles it claims. Started in dependency order,
 * closed in reverse; closing hands its bundles back so another broker can take them at once.
 */
export class BrokerRole {
  private readonly closers: (() => Promise<void>)[] = [];
  private broker: Broker | undefined;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly config: BrokerRoleConfig,
    private readonly logger: Logger,
  ) {}

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
      this.closers.push(() => metadata.close());
      const bookies = new RegistryBookiePool({ metadata, logger: this.logger.child({ component: 'bookies' }) });
      await bookies.start();
      this.closers.push(() => bookies.close());
      const ledgers = new LedgerClient({ metadata, bookies, logger: this.logger.child({ component: 'ledgers' }) });
      const broker = new Broker({
        config: brokerConfig,
        metadata,
        ledgers,
        logger: this.logger.child({ component: 'broker' }),
      });
      this.broker = broker;
      this.closers.push(() => broker.close());
      await broker.start();
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  /** Closes every started component, newest first. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const close of this.closers.reverse()) {
        await close().catch((err: unknown) => this.logger.error({ err }, 'error while stopping'));
      }
    })();
    return this.closing;
  }
}
