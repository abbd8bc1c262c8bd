import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

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
    const child = spawn(
      process.execPath,
      [CLI, 'standalone', '--data-dir', this.dataDir, '--port', '0', '--http-port', '0', ...this.extraArgs],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.child = child;
    const lines = createInterface({ input: child.stderr as NodeJS.ReadableStream });
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`standalone exited with ${code} before it was ready:\n${this.logs.join('\n')}`));
      child.once('exit', onExit);
      lines.on('line', (line) => {
        this.logs.push(line);
        if (this.logs.length > 2000) this.logs.shift();
        const record = parse(line);
        if (record?.msg !== 'brook standalone is ready') return;
        this.url = String(record.url);
        this.httpUrl = String(record.http);
        child.off('exit', onExit);
        resolve();
      });
    });
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

function parse(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
