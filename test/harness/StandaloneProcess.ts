import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnUntilReady } from './spawnRole.js';
import { ProcessUnderTest } from './ProcessUnderTest.js';

export const CLI = fileURLToPath(new URL('../../packages/cli/dist/main.js', import.meta.url));

/**
 * A real `brook standalone` process on free loopback ports, with its own temp data dir.
 * `kill` sends a real signal; `restart` starts a new process on the same data.
 */
export class StandaloneProcess extends ProcessUnderTest {
  url = '';
  httpUrl = '';
  readonly logs: string[] = [];

  private constructor(
    dataDir: string,
    private readonly extraArgs: string[],
  ) {
    super(dataDir);
  }

  static async start(options: { args?: string[]; config?: string } = {}): Promise<StandaloneProcess> {
    const dataDir = await mkdtemp(join(tmpdir(), 'brook-test-'));
    const args = [...(options.args ?? []), ...(options.config ? ['--config', options.config] : [])];
    const process = new StandaloneProcess(dataDir, args);
    await process.launch();
    return process;
  }

  protected async launch(): Promise<void> {
    const { child, ready } = await spawnUntilReady(
      [CLI, 'standalone', '--data-dir', this.dataDir, '--port', '0', '--http-port', '0', ...this.extraArgs],
      'brook standalone is ready',
      (record) => {
        this.logs.push(JSON.stringify(record));
        if (this.logs.length > 2000) this.logs.shift();
      },
    );
    this.launched(child);
    this.url = String(ready.url);
    this.httpUrl = String(ready.http);
  }
}
