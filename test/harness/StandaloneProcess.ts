import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnUntilReady } from './spawnRole.js';

export const CLI = fileURLToPath(new URL('../../packages/cli/dist/main.js', import.meta.url));

/**
 * A real `brook standalone` process on free loopback ports, with its own temp data dir.
 * `kill` sends a real signal; `restart` starts a new process on the same data.
 */
export class StandaloneProcess {
  private child: ChildProcess | undefined;
  url = '';
  httpUrl = '';
  readonly logs: string[] = [];

  private constructor(
    readonly dataDir: string,
    private readonly extraArgs: string[],
  ) {}

  static async start(options: { args?: string[]; config?: string } = {}): Promise<StandaloneProcess> {
    const dataDir = await mkdtemp(join(tmpdir(), 'brook-test-'));
    const args = [...(options.args ?? []), ...(options.config ? ['--config', options.config] : [])];
    const process = new StandaloneProcess(dataDir, args);
    await process.launch();
    return process;
  }

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  private async launch(): Promise<void> {
    const { child, ready } = await spawnUntilReady(
      [CLI, 'standalone', '--data-dir', this.dataDir, '--port', '0', '--http-port', '0', ...this.extraArgs],
      'brook standalone is ready',
      (record) => {
        this.logs.push(JSON.stringify(record));
        if (this.logs.length > 2000) this.logs.shift();
      },
    );
    this.child = child;
    this.url = String(ready.url);
    this.httpUrl = String(ready.http);
  }

  /** Sends a real signal and waits for the process to exit. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }

  async restart(): Promise<void> {
    await this.kill('SIGKILL');
    await this.launch();
  }

  async close(): Promise<void> {
    await this.kill('SIGKILL');
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
