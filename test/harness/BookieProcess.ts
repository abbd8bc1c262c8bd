import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './StandaloneProcess.js';
import { spawnUntilReady } from './spawnRole.js';
import { ProcessUnderTest } from './ProcessUnderTest.js';

export interface BookieProcessOptions {
  /** `etcd://host:port[/prefix]` of the cluster's etcd. */
  metadataUrl: string;
  /** Written as the process's JSON config file (`registration`, `bookie`, ...). */
  config?: Record<string, unknown>;
  args?: string[];
}

/**
 * A real `brook bookie` process on loopback, with its own temp data dir. It binds gRPC port 0 and
 * advertises `127.0.0.1:<bound port>`; `restart` starts a new process on the same data dir and the
 * same port, so it comes back under the same id. `kill` sends a real signal.
 */
export class BookieProcess extends ProcessUnderTest {
  /** `127.0.0.1:<port>`: the bookie's id and gRPC address. */
  address = '';
  httpUrl = '';
  readonly logs: string[] = [];

  private constructor(
    dataDir: string,
    private readonly options: BookieProcessOptions,
  ) {
    super(dataDir);
  }

  static async start(options: BookieProcessOptions): Promise<BookieProcess> {
    const dataDir = await mkdtemp(join(tmpdir(), 'brook-bookie-'));
    const bookie = new BookieProcess(dataDir, options);
    try {
      await writeFile(join(dataDir, 'config.json'), JSON.stringify(options.config ?? {}));
      await bookie.launch();
    } catch (error) {
      await bookie.close();
      throw error;
    }
    return bookie;
  }

  get port(): number {
    return Number(this.address.slice(this.address.lastIndexOf(':') + 1));
  }

  /** Starts on a free port the first time, then on the same port, so it comes back under the same id. */
  protected async launch(): Promise<void> {
    const port = this.address === '' ? '0' : String(this.port);
    const args = [
      CLI,
      'bookie',
      '--config',
      join(this.dataDir, 'config.json'),
      '--data-dir',
      join(this.dataDir, 'data'),
      '--metadata-url',
      this.options.metadataUrl,
      '--port',
      port,
      '--http-port',
      '0',
      '--advertised-address',
      '127.0.0.1',
      ...(this.options.args ?? []),
    ];
    const { child, ready } = await spawnUntilReady(args, 'brook bookie is ready', (record) => {
      this.logs.push(JSON.stringify(record));
      if (this.logs.length > 2000) this.logs.shift();
    });
    this.launched(child);
    this.address = String(ready.address);
    this.httpUrl = String(ready.http);
  }
}
