// Every server, client and temp dir a bench starts is registered here, so one cleanup removes them
// all: on a normal end, on an error, and on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const running = new Set();
const dirs = new Set();
/** Set once cleanup began: nothing new may start after it, or it would outlive the bench. */
let closing = false;

function refuseWhileClosing(name) {
  return closing ? Promise.reject(new Error(`${name}: not started, the bench is stopping`)) : undefined;
}

/** A temp dir removed by `cleanup`. */
export async function tempDir(prefix) {
  if (closing) throw new Error(`${prefix}: not created, the bench is stopping`);
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.add(dir);
  return dir;
}

/** A loopback port that was free a moment ago. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts a long-running process and resolves once one of its output lines passes `isReady` (which
 * returns the fields to keep, or undefined). Rejects with its last lines if it exits or times out first.
 */
export function startServer({ name, command, args, isReady, env, timeoutMs = 60_000 }) {
  const refused = refuseWhileClosing(name);
  if (refused) return refused;
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
  const recent = [];
  const handle = { name, child, pid: child.pid, recent, stop: () => stopChild(child) };
  running.add(handle);
  child.once('exit', () => running.delete(handle));
  return new Promise((resolve, reject) => {
    const fail = (why) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${name} ${why}:\n${recent.join('\n')}`));
    };
    const timer = setTimeout(() => fail(`was not ready within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code, signal) => fail(`exited (${signal ?? code}) before it was ready`));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        recent.push(line);
        if (recent.length > 40) recent.shift();
        const fields = isReady(line);
        if (fields === undefined || handle.ready) return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.once('exit', () => running.delete(handle));
        handle.ready = fields;
        resolve(handle);
      });
    }
  });
}

/** Ready test for Brook's roles: their JSON log line with this `msg`; keeps its fields. */
export function brookReady(message) {
  return (line) => {
    if (!line.includes(message)) return undefined;
    try {
      const record = JSON.parse(line);
      return record.msg === message ? record : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Ready test for a plain log line containing `text`. */
export function lineContains(text) {
  return (line) => (line.includes(text) ? {} : undefined);
}

/**
 * Runs a command to its end and resolves with the last JSON object it printed on stdout. Its stderr
 * (progress lines) goes to `onStderr`. Rejects with the tail of its output on a non-zero exit or timeout.
 */
export function runJson({ name, command, args, timeoutMs, onStderr }) {
  const refused = refuseWhileClosing(name);
  if (refused) return refused;
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const handle = { name, child, pid: child.pid, stop: () => stopChild(child) };
  running.add(handle);
  const stdout = [];
  const stderr = [];
  createInterface({ input: child.stdout }).on('line', (line) => stdout.push(line));
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 40) stderr.shift();
    onStderr?.(line);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not finish within ${timeoutMs} ms:\n${stderr.slice(-10).join('\n')}`));
    }, timeoutMs);
    child.once('error', (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(handle);
      const json = lastJson(stdout);
      if (code === 0 && json) resolve(json);
      else {
        const tail = [...stdout.slice(-5), ...stderr.slice(-10)].join('\n');
        reject(new Error(`${name} exited (${signal ?? code})${json ? '' : ' without a JSON result'}:\n${tail}`));
      }
    });
  });
}

function lastJson(lines) {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (!line.startsWith('{')) continue;
    try {
      return JSON.parse(line);
    } catch {
      // a progress line that happens to start with a brace
    }
  }
  try {
    return JSON.parse(lines.join('\n'));
  } catch {
    return undefined;
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
export async function stopChild(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Resident set size of a process in bytes, from /proc/<pid>/status (VmRSS). */
export async function residentBytes(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

/** Stops every process still running (newest first) and removes every temp dir. */
export async function cleanup() {
  closing = true;
  for (const handle of [...running].reverse()) await handle.stop().catch(() => {});
  running.clear();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true }).catch(() => {});
  dirs.clear();
}

/** Removes one temp dir now (a system's data between systems) instead of at the end. */
export async function removeDir(dir) {
  await rm(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** On SIGINT/SIGTERM (exit 130/143) and on a crash (exit 1): clean up first, then exit. */
export function cleanupOnSignals() {
  let stopping = false;
  const crash = (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    if (stopping) return;
    stopping = true;
    cleanup().finally(() => process.exit(1));
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ]) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`\n${signal}: stopping every process the bench started…\n`);
      cleanup().finally(() => process.exit(code));
    });
  }
}
