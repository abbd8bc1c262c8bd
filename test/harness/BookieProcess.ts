import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './StandaloneProcess.js';
import { spawnUntilReady } from './spawnRole.js';

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
export class BookieProcess {
  #child: ChildProcess | undefined;
  /** `127.0.0.1:<port>`: the bookie's id and gRPC address. */
  address = '';
  httpUrl = '';
  readonly logs: string[] = [];

  private constructor(
    readonly dataDir: string,
    private readonly options: BookieProcessOptions,
  ) {
    unclosed.add(this);
  }

  static async start(options: BookieProcessOptions): Promise<BookieProcess> {
    const dataDir = await mkdtemp(join(tmpdir(), 'brook-bookie-'));
    const bookie = new BookieProcess(dataDir, options);
    try {
      await writeFile(join(dataDir, 'config.json'), JSON.stringify(options.config ?? {}));
      await bookie.#launch('0');
    } catch (error) {
      await bookie.close();
      throw error;
    }
    return bookie;
  }

  get pid(): number {
    return this.#child?.pid ?? 0;
  }

  get port(): number {
    return Number(this.address.slice(this.address.lastIndexOf(':') + 1));
  }

  get running(): boolean {
    const child = this.#child;
    return child !== undefined && child.exitCode === null && child.signalCode === null;
  }

  /** Sends a real signal and waits for the exit; resolves with the exit code (null when killed by the signal). */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    const child = this.#child;
    if (child === undefined || !this.running) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }

  /** Kills the process if it runs, then starts it again on the same data dir and port. */
  async restart(): Promise<void> {
    await this.kill('SIGKILL');
    await this.#launch(String(this.port));
  }

  async close(): Promise<void> {
    unclosed.delete(this);
    await this.kill('SIGKILL');
    await rm(this.dataDir, { recursive: true, force: true });
  }

  /** Synchronous last resort when the test process ends without `close()`. */
  killNowAndForget(): void {
    if (this.running) this.#child?.kill('SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async #launch(port: string): Promise<void> {
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
    this.#child = child;
    this.address = String(ready.address);
    this.httpUrl = String(ready.http);
  }
}

/** Bookie processes not closed yet; a test process that ends without closing them takes them along. */
const unclosed = new Set<BookieProcess>();
process.once('exit', () => {
  for (const bookie of unclosed) bookie.killNowAndForget();
});
