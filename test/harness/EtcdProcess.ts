import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';
import { ProcessUnderTest } from './ProcessUnderTest.js';

export interface EtcdProcessOptions {
  /** Extra etcd flags, appended after the ones the harness sets. */
  args?: string[];
  /** How long `start()` and `restart()` wait for etcd to report healthy. Default 20 s. */
  readyTimeoutMs?: number;
}

/**
 * A real single-member etcd on free loopback ports, with its own temp data dir.
 * - Heartbeat 100 ms and election timeout 500 ms (etcd's defaults are 100/1000): the member elects
 *   itself faster, and etcd's minimum lease TTL drops from 2 s to 1 s, so tests can use 1 s leases.
 * - `kill` sends a real signal and waits for the exit; `pause`/`resume` send SIGSTOP/SIGCONT;
 *   `restart` starts a new etcd on the same data dir and ports; `close` kills it and removes the dir.
 * - Without an `etcd` binary on PATH, `start()` fails and says what to install: tests never skip.
 */
export class EtcdProcess extends ProcessUnderTest {
  readonly endpoint: string;
  readonly logs: string[] = [];

  private constructor(
    readonly binary: string,
    dataDir: string,
    readonly clientPort: number,
    readonly peerPort: number,
    private readonly options: EtcdProcessOptions,
  ) {
    super(dataDir);
    this.endpoint = `http://127.0.0.1:${clientPort}`;
  }

  static async start(options: EtcdProcessOptions = {}): Promise<EtcdProcess> {
    const binary = await findOnPath('etcd');
    if (binary === undefined) {
      throw new Error(
        'etcd was not found on PATH; the etcd tests need a real etcd 3.4+: install it with ' +
          '`apt-get update && apt-get install -y etcd-server` (Debian/Ubuntu) or put an etcd binary on PATH',
      );
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'brook-etcd-'));
    const etcd = new EtcdProcess(binary, dataDir, await freePort(), await freePort(), options);
    try {
      await etcd.launch();
    } catch (error) {
      await etcd.close();
      throw error;
    }
    return etcd;
  }

  protected async launch(): Promise<void> {
    const peerUrl = `http://127.0.0.1:${this.peerPort}`;
    const args = [
      '--name=default',
      `--data-dir=${this.dataDir}`,
      `--listen-client-urls=${this.endpoint}`,
      `--advertise-client-urls=${this.endpoint}`,
      `--listen-peer-urls=${peerUrl}`,
      `--initial-advertise-peer-urls=${peerUrl}`,
      `--initial-cluster=default=${peerUrl}`,
      '--initial-cluster-state=new',
      '--heartbeat-interval=100',
      '--election-timeout=500',
      ...(this.options.args ?? []),
    ];
    const child = spawn(this.binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: withoutEtcdVariables() });
    this.launched(child);
    for (const output of [child.stdout, child.stderr]) {
      createInterface({ input: output }).on('line', (line) => {
        this.logs.push(line);
        if (this.logs.length > 500) this.logs.shift();
      });
    }
    const exited = new Promise<never>((_, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) =>
        reject(new Error(`etcd exited (${signal ?? code}) before it was healthy:\n${this.logs.join('\n')}`)),
      );
    });
    exited.catch(() => undefined);
    await Promise.race([exited, this.#waitHealthy(this.options.readyTimeoutMs ?? 20_000)]);
  }

  async #waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.running) {
      if (await answersHealthy(`${this.endpoint}/health`)) return;
      if (Date.now() > deadline) {
        await this.kill('SIGKILL');
        throw new Error(`etcd was not healthy within ${timeoutMs} ms:\n${this.logs.join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function answersHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    const body = (await response.json()) as { health?: unknown };
    return response.ok && body.health === 'true';
  } catch {
    return false;
  }
}

/** A port that was free a moment ago: bound on port 0, read, and released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not allocate a loopback port');
  return address.port;
}

async function findOnPath(command: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** etcd reads ETCD_* variables as flags; the test's etcd must not pick up the environment's. */
function withoutEtcdVariables(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ETCD_')));
}
