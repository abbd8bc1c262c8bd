import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';

/**
 * A real process a test starts and hurts with real signals: `kill`, `pause` (SIGSTOP), `resume`
 * (SIGCONT), `restart` on the same data, and `close`, which kills it and removes its temp dir. A
 * test process that ends without closing it still kills it and removes the dir on exit.
 */
export abstract class ProcessUnderTest {
  protected child: ChildProcess | undefined;
  private paused = false;

  constructor(readonly dataDir: string) {
    unclosed.add(this);
  }

  /** Starts the process (again) and resolves once it is ready. */
  protected abstract launch(): Promise<void>;

  protected launched(child: ChildProcess): void {
    this.child = child;
    this.paused = false;
  }

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  get running(): boolean {
    const child = this.child;
    return child !== undefined && child.exitCode === null && child.signalCode === null;
  }

  /** Sends a real signal and waits for the exit; resolves with the exit code (null when killed by the signal). */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    const child = this.child;
    if (child === undefined || !this.running) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    if (this.paused && signal !== 'SIGKILL') this.resume();
    child.kill(signal);
    return exited;
  }

  /** Freezes the process (SIGSTOP): its sockets stay open, but it answers nothing and its timers stop. */
  pause(): void {
    if (!this.running) return;
    this.child?.kill('SIGSTOP');
    this.paused = true;
  }

  resume(): void {
    if (!this.running) return;
    this.child?.kill('SIGCONT');
    this.paused = false;
  }

  /** Kills the process if it runs, then starts it again on the same data. */
  async restart(): Promise<void> {
    await this.kill('SIGKILL');
    await this.launch();
  }

  async close(): Promise<void> {
    unclosed.delete(this);
    await this.kill('SIGKILL');
    await rm(this.dataDir, { recursive: true, force: true });
  }

  /** Synchronous last resort when the test process ends without `close()`. */
  killNowAndForget(): void {
    if (this.running) this.child?.kill('SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Processes not closed yet: a test process that exits, or is terminated, takes them and their dirs along. */
const unclosed = new Set<ProcessUnderTest>();
function killUnclosed(): void {
  for (const running of unclosed) running.killNowAndForget();
  unclosed.clear();
}
process.once('exit', killUnclosed);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, function onSignal() {
    killUnclosed();
    // Then die of the signal as if nobody had listened, unless someone else handles it.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}
