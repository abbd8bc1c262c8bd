import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * A process the dev cluster started: it is ready once a JSON log line with the expected `msg`
 * appears on stderr (or, for a program that logs otherwise, a line matching `ready`).
 */
export class ChildProcessRole {
  private child: ChildProcess | undefined;
  /** Fields of the ready line, e.g. url and http. */
  ready: Record<string, unknown> = {};

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly isReady: (line: string) => Record<string, unknown> | undefined,
  ) {}

  start(timeoutMs = 30_000): Promise<void> {
    const child = spawn(this.command, this.args, { stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    const recent: string[] = [];
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(`${this.name} was not ready after ${timeoutMs} ms`), timeoutMs);
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`${why}\n${recent.join('\n')}`));
      };
      child.once('error', (error) => fail(`${this.name} could not start: ${error.message}`));
      child.once('exit', (code) => fail(`${this.name} exited with ${code} before it was ready`));
      createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        const fields = this.isReady(line);
        if (!fields) return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        this.ready = fields;
        resolve();
      });
    });
  }

  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

/** Ready test for Brook's own roles: their JSON log line with this message. */
export function brookReadyLine(message: string): (line: string) => Record<string, unknown> | undefined {
  return (line) => {
    if (!line.includes(message)) return undefined;
    try {
      const record = JSON.parse(line) as Record<string, unknown>;
      return record.msg === message ? record : undefined;
    } catch {
      return undefined;
    }
  };
}
