import { execFile } from 'node:child_process';
import { afterAll, beforeAll, expect } from 'vitest';
import { CLI, StandaloneProcess } from './StandaloneProcess.js';

/** How a run of the `brook` command ended. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `brook` command as a user or a script would, to its exit. */
export function brook(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The JSON a run printed, once it is checked that the run succeeded and printed nothing on stderr. */
export function json<T = unknown>(run: Run): T {
  expect([run.code, run.stderr]).toEqual([0, '']);
  return JSON.parse(run.stdout) as T;
}

export interface StandaloneCommand {
  /** `brook <args> -u <standalone>` */
  run(...args: string[]): Promise<Run>;
  readonly url: string;
}

/**
 * Registers hooks that start a `brook standalone` process before the tests of the enclosing describe
 * and close it after them; the tests run the `brook` command against it.
 */
export function useStandaloneCommand(): StandaloneCommand {
  let standalone: StandaloneProcess | undefined;
  beforeAll(async () => {
    standalone = await StandaloneProcess.start();
  });
  afterAll(async () => {
    await standalone?.close();
  });
  const url = () => {
    if (!standalone) throw new Error('the standalone process is only there inside a test or hook');
    return standalone.url;
  };
  return {
    run: (...args) => brook([...args, '-u', url()]),
    get url() {
      return url();
    },
  };
}
