import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { brookReadyLine, ChildProcessRole } from './ChildProcessRole.js';

export interface DevClusterOptions {
  dataDir: string;
  bookies: number;
  brokers: number;
  etcdPort: number;
  bookiePort: number;
  brokerPort: number;
  logLevel: string;
}

const MAIN = fileURLToPath(new URL('../main.js', import.meta.url));

/**
 * etcd plus bookies plus brokers, each its own process on this machine, started in dependency
 * order and stopped in reverse: the distributed layout of a real deployment, for trying it out.
 */
export class DevCluster {
  private readonly roles: ChildProcessRole[] = [];

  constructor(
    private readonly options: DevClusterOptions,
    private readonly logger: Logger,
  ) {}

  get metadataUrl(): string {
    return `etcd://127.0.0.1:${this.options.etcdPort}`;
  }

  /** The brokers' client URLs. */
  get brokerUrls(): string[] {
    return this.roles.filter((r) => r.name.startsWith('broker')).map((r) => String(r.ready.url));
  }

  async start(): Promise<void> {
    const { dataDir, etcdPort, logLevel } = this.options;
    await mkdir(dataDir, { recursive: true });
    await this.launch(
      new ChildProcessRole(
        'etcd',
        'etcd',
        [
          '--name=dev',
          `--data-dir=${join(dataDir, 'etcd')}`,
          `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
          `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
          `--listen-peer-urls=http://127.0.0.1:${etcdPort + 1}`,
          `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPort + 1}`,
          `--initial-cluster=dev=http://127.0.0.1:${etcdPort + 1}`,
        ],
        (line) => (line.includes('ready to serve client requests') ? {} : undefined),
      ),
    );
    const common = ['--metadata-url', this.metadataUrl, '--log-level', logLevel];
    for (let i = 0; i < this.options.bookies; i++) {
      const args = [MAIN, 'bookie', ...common, '--data-dir', join(dataDir, `bookie-${i}`)];
      args.push('--port', String(this.options.bookiePort + i), '--http-port', String(8000 + i));
      await this.launch(
        new ChildProcessRole(`bookie-${i}`, process.execPath, args, brookReadyLine('brook bookie is ready')),
      );
    }
    for (let i = 0; i < this.options.brokers; i++) {
      const args = [
        MAIN,
        'broker',
        ...common,
        '--port',
        String(this.options.brokerPort + i),
        '--http-port',
        String(8080 + i),
      ];
      await this.launch(
        new ChildProcessRole(`broker-${i}`, process.execPath, args, brookReadyLine('brook broker is ready')),
      );
    }
  }

  private async launch(role: ChildProcessRole): Promise<void> {
    this.roles.push(role);
    await role.start();
    const { url, address, http } = role.ready;
    this.logger.info({ role: role.name, url: url ?? address, http }, 'started');
  }

  /** Stops every process, newest first. */
  async close(): Promise<void> {
    for (const role of [...this.roles].reverse()) await role.stop();
    this.roles.length = 0;
  }
}
