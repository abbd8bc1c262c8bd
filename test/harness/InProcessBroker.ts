import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bookie, LedgerClient, LocalBookieClient, parseBookieConfig, StaticBookiePool } from '@brook/bookie';
import { Broker, type BrokerConfigInput, parseBrokerConfig } from '@brook/broker';
import { EmbeddedMetadataStore } from '@brook/metadata';
import { Registry } from 'prom-client';

/**
 * A real broker, real bookies (one unless asked for more) and an embedded metadata store in this
 * process, on a free loopback port and a temp dir: for tests that look into the metadata store or
 * restart the broker.
 */
export class InProcessBroker {
  private constructor(
    private readonly dir: string,
    readonly metadata: EmbeddedMetadataStore,
    private readonly bookies: Bookie[],
    readonly ledgers: LedgerClient,
    private readonly config: BrokerConfigInput,
    public broker: Broker,
  ) {}

  static async start(config: BrokerConfigInput = {}, options: { bookies?: number } = {}): Promise<InProcessBroker> {
    const dir = await mkdtemp(join(tmpdir(), 'brook-inproc-'));
    const metadata = await EmbeddedMetadataStore.open();
    const bookies = Array.from(
      { length: options.bookies ?? 1 },
      (_, i) =>
        new Bookie({
          config: parseBookieConfig({ journalDir: join(dir, `journal-${i}`), ledgerDir: join(dir, `ledgers-${i}`) }),
          registry: new Registry(),
        }),
    );
    await Promise.all(bookies.map((bookie) => bookie.start()));
    const clients = bookies.map((bookie, i) => new LocalBookieClient(bookie, { id: `bookie-${i}` }));
    const ledgers = new LedgerClient({ metadata, bookies: new StaticBookiePool(clients) });
    const full = { host: '127.0.0.1', port: 0, httpPort: 0, ...config };
    const broker = await InProcessBroker.startBroker(full, metadata, ledgers);
    return new InProcessBroker(dir, metadata, bookies, ledgers, full, broker);
  }

  private static async startBroker(
    config: BrokerConfigInput,
    metadata: EmbeddedMetadataStore,
    ledgers: LedgerClient,
  ): Promise<Broker> {
    const broker = new Broker({ config: parseBrokerConfig(config), metadata, ledgers, registry: new Registry() });
    await broker.start();
    return broker;
  }

  get url(): string {
    return this.broker.url;
  }

  /** Closes the broker and starts a new one on the same port, metadata and bookie (a broker restart). */
  async restartBroker(): Promise<void> {
    const port = Number(new URL(this.broker.url.replace('brook://', 'http://')).port);
    await this.broker.close();
    this.broker = await InProcessBroker.startBroker({ ...this.config, port }, this.metadata, this.ledgers);
  }

  /** Keys under /brook/cursors/ now. */
  async cursorKeys(): Promise<string[]> {
    return (await this.metadata.list('/brook/cursors/')).map((kv) => kv.key);
  }

  async close(): Promise<void> {
    await this.broker.close();
    await Promise.all(this.bookies.map((bookie) => bookie.close()));
    await this.metadata.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}
