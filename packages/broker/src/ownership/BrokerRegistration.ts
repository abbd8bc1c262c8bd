import type { MetadataStore, Session } from '@brook/metadata';
import type { Logger } from 'pino';

export const BROKERS_PREFIX = '/brook/brokers/';

/** What a broker serves now, as its load report says. */
export interface BrokerLoad {
  topics: number;
  producers: number;
  consumers: number;
}

/** The value of `/brook/brokers/<id>`. */
export interface BrokerRecord {
  /** The advertised URL's host:port. */
  id: string;
  /** Where clients reach it (`brook://host:port`). */
  url: string;
  httpUrl: string;
  load: BrokerLoad;
  updatedAt: number;
}

export interface BrokerRegistrationOptions {
  metadata: MetadataStore;
  /** Identity and addresses; read when each report is written (ports are known once listening). */
  identity: () => Pick<BrokerRecord, 'id' | 'url' | 'httpUrl'>;
  load: () => Promise<BrokerLoad>;
  intervalMs: number;
  logger: Logger;
}

/**
 * A broker's liveness and load report: `/brook/brokers/<id>` bound to its session, so it vanishes
 * when the broker dies or loses its session. Rewritten every `intervalMs` while the session lives.
 */
export class BrokerRegistration {
  private session: Session | undefined;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: BrokerRegistrationOptions) {}

  /** Registers with `session` and keeps the report fresh until the session ends or `unregister()`. */
  async register(session: Session): Promise<void> {
    this.stopReports();
    this.session = session;
    await this.report(session);
  }

  /** Stops reporting and deletes the key (the session may live on a moment longer). */
  async unregister(): Promise<void> {
    const session = this.session;
    this.stopReports();
    this.session = undefined;
    await this.writing.catch(() => {});
    if (session && !session.signal.aborted) await this.options.metadata.delete(this.key());
  }

  private stopReports(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private report(session: Session): Promise<void> {
    this.writing = (async () => {
      const record: BrokerRecord = {
        ...this.options.identity(),
        load: await this.options.load(),
        updatedAt: Date.now(),
      };
      if (this.session !== session || session.signal.aborted) return;
      await this.options.metadata.put(this.key(), Buffer.from(JSON.stringify(record)), { session });
    })().finally(() => {
      if (this.session !== session || session.signal.aborted) return;
      this.timer = setTimeout(() => {
        void this.report(session).catch((err: unknown) => this.options.logger.warn({ err }, 'load report failed'));
      }, this.options.intervalMs);
      this.timer.unref();
    });
    return this.writing;
  }

  private key(): string {
    return `${BROKERS_PREFIX}${this.options.identity().id}`;
  }
}

/** Every broker registered now. */
export async function liveBrokers(metadata: MetadataStore): Promise<BrokerRecord[]> {
  const records: BrokerRecord[] = [];
  for (const { value } of await metadata.list(BROKERS_PREFIX)) {
    try {
      records.push(JSON.parse(value.toString('utf8')) as BrokerRecord);
    } catch {
      // a report being written by a newer broker that this one cannot read; skip it
    }
  }
  return records;
}

/** The broker with the fewest topics; ties go to the smallest id. */
export function leastLoaded(brokers: BrokerRecord[]): BrokerRecord | undefined {
  let best: BrokerRecord | undefined;
  for (const broker of brokers) {
    const topics = broker.load?.topics ?? 0;
    const bestTopics = best?.load?.topics ?? 0;
    if (!best || topics < bestTopics || (topics === bestTopics && broker.id < best.id)) best = broker;
  }
  return best;
}
