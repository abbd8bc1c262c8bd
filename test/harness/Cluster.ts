import { Bundles } from '@brook/broker';
import { EtcdMetadataStore } from '@brook/metadata';
import { parseTopicName } from '@brook/protocol';
import { BookieProcess } from './BookieProcess.js';
import { BrokerProcess } from './BrokerProcess.js';
import { EtcdProcess } from './EtcdProcess.js';

export const OWNERSHIP_PREFIX = '/brook/ownership/';

export interface ClusterOptions {
  bookies?: number;
  brokers?: number;
  /** The `broker` section of every broker's config file (`sessionTtlMs`, quorums, ...). */
  broker?: Record<string, unknown>;
  /** Every bookie's config file (`registration`, `bookie`, ...). */
  bookie?: Record<string, unknown>;
}

/** One change of an ownership key, as the cluster's watch saw it. */
export interface OwnershipEvent {
  /** When the test process received it (ms since the epoch). */
  at: number;
  /** The bundle: the key without `/brook/ownership/`. */
  bundle: string;
  type: 'put' | 'delete';
  /** The owner a put names. */
  brokerId?: string;
}

/**
 * Every change under `/brook/ownership/` since the cluster started, from one etcd watch, and the
 * check that matters: a bundle's key goes put, delete, put, delete... A put right after a put
 * means a second broker claimed a bundle that still had an owner.
 */
export class OwnershipHistory {
  readonly events: OwnershipEvent[] = [];
  /** Set if the watch ended with an error: the history is then incomplete. */
  watchError: unknown;
  readonly #waiters = new Set<(event: OwnershipEvent) => void>();

  record(event: OwnershipEvent): void {
    this.events.push(event);
    for (const waiter of this.#waiters) waiter(event);
  }

  /** Puts that follow a put of the same key with no delete between, as readable strings. */
  violations(): string[] {
    const owner = new Map<string, string>();
    const found: string[] = [];
    for (const event of this.events) {
      const current = owner.get(event.bundle);
      if (event.type === 'delete') {
        owner.delete(event.bundle);
      } else {
        if (current !== undefined) {
          found.push(`${event.bundle}: put by ${event.brokerId} at ${event.at} while ${current} owned it`);
        }
        owner.set(event.bundle, event.brokerId ?? '?');
      }
    }
    return found;
  }

  /** The owner of a bundle as the events so far say (undefined: nobody). */
  ownerOf(bundle: string): string | undefined {
    let owner: string | undefined;
    for (const event of this.events)
      if (event.bundle === bundle) owner = event.type === 'put' ? event.brokerId : undefined;
    return owner;
  }

  /** Resolves with the first event at or after `since` that `match` accepts, already seen or still to come. */
  waitFor(match: (event: OwnershipEvent) => boolean, timeoutMs: number, since = 0): Promise<OwnershipEvent> {
    const seen = this.events.find((event) => event.at >= since && match(event));
    if (seen) return Promise.resolve(seen);
    return new Promise<OwnershipEvent>((resolve, reject) => {
      const waiter = (event: OwnershipEvent) => {
        if (event.at < since || !match(event)) return;
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        resolve(event);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`no matching ownership event within ${timeoutMs} ms; saw ${JSON.stringify(this.events)}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }
}

/**
 * A whole Brook cluster of real processes on loopback: one etcd, N bookies and M brokers, all
 * started by `start` and stopped by `close` (call it in afterAll). The test process keeps its own
 * `EtcdMetadataStore` for inspection and watches `/brook/ownership/` from before the first broker
 * started, so `ownership` holds every claim and release.
 */
export class Cluster {
  readonly ownership = new OwnershipHistory();
  readonly #watching = new AbortController();
  readonly #bundles: Bundles;

  private constructor(
    readonly etcd: EtcdProcess,
    readonly bookies: BookieProcess[],
    readonly brokers: BrokerProcess[],
    readonly metadata: EtcdMetadataStore,
    bundlesPerNamespace: number,
  ) {
    this.#bundles = new Bundles(bundlesPerNamespace);
  }

  static async start(options: ClusterOptions = {}): Promise<Cluster> {
    const etcd = await EtcdProcess.start();
    const bookies: BookieProcess[] = [];
    const brokers: BrokerProcess[] = [];
    let metadata: EtcdMetadataStore | undefined;
    let cluster: Cluster | undefined;
    try {
      metadata = await EtcdMetadataStore.connect({ endpoints: [etcd.endpoint], requestTimeoutMs: 2_000 });
      const bundles = Number(options.broker?.bundlesPerNamespace ?? 4);
      cluster = new Cluster(etcd, bookies, brokers, metadata, bundles);
      cluster.#watchOwnership();
      const metadataUrl = cluster.metadataUrl;
      const bookie = options.bookie ?? {
        registration: { ttlMs: 2_000, diskCheckIntervalMs: 500, minFreeDiskBytes: 0 },
      };
      bookies.push(
        ...(await Promise.all(
          Array.from({ length: options.bookies ?? 3 }, () => BookieProcess.start({ metadataUrl, config: bookie })),
        )),
      );
      brokers.push(
        ...(await Promise.all(
          Array.from({ length: options.brokers ?? 2 }, () =>
            BrokerProcess.start({ metadataUrl, broker: options.broker ?? {} }),
          ),
        )),
      );
      return cluster;
    } catch (error) {
      if (cluster) await cluster.close();
      else {
        await metadata?.close();
        await etcd.close();
      }
      throw error;
    }
  }

  get metadataUrl(): string {
    return `etcd://127.0.0.1:${this.etcd.clientPort}`;
  }

  /** The ownership key's tail (bundle name) of a topic. */
  bundleOf(topic: string): string {
    return this.#bundles.of(parseTopicName(topic)).name;
  }

  /** The broker whose ownership key holds the topic's bundle now, as etcd says. */
  async ownerOf(topic: string): Promise<BrokerProcess | undefined> {
    const kv = await this.metadata.get(`${OWNERSHIP_PREFIX}${this.bundleOf(topic)}`);
    return kv && this.brokerById((JSON.parse(kv.value.toString('utf8')) as { brokerId?: string }).brokerId);
  }

  brokerById(id: string | undefined): BrokerProcess | undefined {
    return this.brokers.find((broker) => broker.id === id);
  }

  /** Stops everything: brokers, bookies, then etcd; removes every temp dir. */
  async close(): Promise<void> {
    this.#watching.abort();
    await Promise.allSettled(this.brokers.map((broker) => broker.close()));
    await Promise.allSettled(this.bookies.map((bookie) => bookie.close()));
    await this.metadata.close().catch(() => {});
    await this.etcd.close();
  }

  #watchOwnership(): void {
    void (async () => {
      for await (const event of this.metadata.watch(OWNERSHIP_PREFIX, { signal: this.#watching.signal })) {
        const bundle = event.key.slice(OWNERSHIP_PREFIX.length);
        if (event.type === 'delete') {
          this.ownership.record({ at: Date.now(), bundle, type: 'delete' });
          continue;
        }
        let brokerId: string;
        try {
          brokerId = String((JSON.parse(event.value.toString('utf8')) as { brokerId?: string }).brokerId);
        } catch {
          brokerId = `unreadable: ${event.value.toString('utf8')}`;
        }
        this.ownership.record({ at: Date.now(), bundle, type: 'put', brokerId });
      }
    })().catch((error: unknown) => {
      if (!this.#watching.signal.aborted) this.ownership.watchError = error;
    });
  }
}
