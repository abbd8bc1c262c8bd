import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './StandaloneProcess.js';
import { type LogRecord, spawnUntilReady } from './spawnRole.js';
import { ProcessUnderTest } from './ProcessUnderTest.js';

export interface BrokerProcessOptions {
  /** `etcd://host:port[/prefix]` of the cluster's etcd. */
  metadataUrl: string;
  /** The `broker` section of the process's JSON config file (`sessionTtlMs`, quorums, ...). */
  broker?: Record<string, unknown>;
  args?: string[];
}

/** One JSON log line of the broker (pino), parsed. */
export type { LogRecord } from './spawnRole.js';

/**
 * A real `brook broker` process on loopback: gRPC and HTTP on ports the OS picks, its config in a
 * temp file. `kill` sends a real signal; `pause`/`resume` send SIGSTOP/SIGCONT; `restart` starts a
 * new process with the same config (on new ports: clients find it by lookup). Log lines are kept
 * (bounded) and can be awaited with `waitForLog`.
 */
export class BrokerProcess extends ProcessUnderTest {
  /** `brook://127.0.0.1:<port>` */
  url = '';
  httpUrl = '';
  readonly logs: LogRecord[] = [];
  readonly #logWaiters = new Set<{ match: (record: LogRecord) => boolean; resolve: (record: LogRecord) => void }>();

  private constructor(
    dataDir: string,
    private readonly options: BrokerProcessOptions,
  ) {
    super(dataDir);
  }

  static async start(options: BrokerProcessOptions): Promise<BrokerProcess> {
    const dir = await mkdtemp(join(tmpdir(), 'brook-broker-'));
    const broker = new BrokerProcess(dir, options);
    try {
      await writeFile(join(dir, 'config.json'), JSON.stringify({ broker: options.broker ?? {} }));
      await broker.launch();
    } catch (error) {
      await broker.close();
      throw error;
    }
    return broker;
  }

  /** `127.0.0.1:<port>`: the broker's id in `/brook/brokers/` and in ownership records. */
  get id(): string {
    return this.url === '' ? '' : new URL(this.url).host;
  }

  /** Log lines with this `msg`, since the first start. */
  logged(msg: string): LogRecord[] {
    return this.logs.filter((record) => record.msg === msg);
  }

  /** Resolves with the first log line, already written or still to come, that `match` accepts. */
  waitForLog(match: (record: LogRecord) => boolean, timeoutMs: number, since = 0): Promise<LogRecord> {
    const seen = this.logs.find((record) => (record.time ?? 0) >= since && match(record));
    if (seen) return Promise.resolve(seen);
    return new Promise<LogRecord>((resolve, reject) => {
      const waiter = {
        match: (record: LogRecord) => (record.time ?? 0) >= since && match(record),
        resolve: (record: LogRecord) => {
          clearTimeout(timer);
          this.#logWaiters.delete(waiter);
          resolve(record);
        },
      };
      const timer = setTimeout(() => {
        this.#logWaiters.delete(waiter);
        reject(new Error(`broker ${this.id}: no matching log line within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#logWaiters.add(waiter);
    });
  }

  /** A Prometheus sample from `/metrics`: the value of the first line starting with `name`. */
  async metric(name: string): Promise<number | undefined> {
    const text = await (await fetch(`${this.httpUrl}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  }

  protected async launch(): Promise<void> {
    const args = [
      CLI,
      'broker',
      '--config',
      join(this.dataDir, 'config.json'),
      '--metadata-url',
      this.options.metadataUrl,
      '--port',
      '0',
      '--http-port',
      '0',
      ...(this.options.args ?? []),
    ];
    const { child, ready } = await spawnUntilReady(args, 'brook broker is ready', (record) => {
      this.logs.push(record);
      if (this.logs.length > 5000) this.logs.shift();
      for (const waiter of this.#logWaiters) if (waiter.match(record)) waiter.resolve(record);
    });
    this.launched(child);
    this.url = String(ready.url);
    this.httpUrl = String(ready.http);
  }
}
