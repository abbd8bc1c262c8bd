import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { brook, type Run, useStandaloneCommand } from './harness/brookCommand.js';
import { CLI } from './harness/StandaloneProcess.js';

/** The fields every `brook bench --json` result carries; benchmark suites parse exactly these. */
interface BenchJson {
  tool: string;
  workload: string;
  messageSize: number;
  targetRate: number | null;
  topics: number;
  partitions: number;
  producers: number;
  consumers: number;
  compression: string;
  batching: { maxMessages: number; maxBytes: number; maxDelayMs: number } | null;
  durationMs: number;
  messages: number;
  msgPerSec: number;
  mbPerSec: number;
  latencyMs: { p50: number; p95: number; p99: number; p999: number; max: number } | null;
  consumeMsgPerSec: number | null;
}

const FIELDS = [
  'tool',
  'workload',
  'messageSize',
  'targetRate',
  'topics',
  'partitions',
  'producers',
  'consumers',
  'compression',
  'batching',
  'durationMs',
  'messages',
  'msgPerSec',
  'mbPerSec',
  'latencyMs',
  'consumeMsgPerSec',
];

function parseResult(run: Run): BenchJson {
  expect(run.code, run.stderr).toBe(0);
  const lines = run.stdout.split('\n').filter((line) => line.length > 0);
  expect(lines).toHaveLength(1);
  const result = JSON.parse(lines[0] as string) as BenchJson;
  expect(Object.keys(result).sort()).toEqual([...FIELDS].sort());
  expect(result.tool).toBe('brook');
  return result;
}

function expectOrderedLatency(latency: BenchJson['latencyMs']): void {
  expect(latency).not.toBeNull();
  const l = latency as NonNullable<BenchJson['latencyMs']>;
  expect(l.p50).toBeGreaterThan(0);
  expect(l.p50).toBeLessThanOrEqual(l.p95);
  expect(l.p95).toBeLessThanOrEqual(l.p99);
  expect(l.p99).toBeLessThanOrEqual(l.p999);
  expect(l.p999).toBeLessThanOrEqual(l.max);
}

describe('brook bench against a real standalone', () => {
  const standalone = useStandaloneCommand();
  const bench = (...args: string[]) => standalone.run('bench', ...args, '--json');

  it('produce --json: messages, rates and send → receipt latency percentiles, in order', async () => {
    const run = await bench('produce', '--duration', '2', '--size', '100', '--max-pending', '2000');
    const r = parseResult(run);
    expect(r).toMatchObject({
      workload: 'produce',
      messageSize: 100,
      targetRate: null,
      topics: 1,
      partitions: 1,
      producers: 1,
      consumers: 0,
      compression: 'none',
      batching: { maxMessages: 1000, maxBytes: 131072, maxDelayMs: 1 },
      consumeMsgPerSec: null,
    });
    expect(r.messages).toBeGreaterThan(0);
    expect(r.durationMs).toBeGreaterThanOrEqual(1900);
    // durationMs is rounded to the ms: rates agree with it to within a percent.
    expect(Math.abs(r.msgPerSec - (r.messages * 1000) / r.durationMs) / r.msgPerSec).toBeLessThan(0.01);
    expect(Math.abs(r.mbPerSec - (r.msgPerSec * 100) / 1e6) / r.mbPerSec).toBeLessThan(0.01);
    expectOrderedLatency(r.latencyMs);
    // The live progress line, once a second, on stderr.
    expect(run.stderr).toMatch(/^\[produce 1s\] {2}produce [\d,]+ msg\/s [\d.]+ MB\/s {2}p99 [\d.]+ ms$/m);
  });

  it('produce at a target rate over a partitioned topic sends about that rate', async () => {
    const r = parseResult(
      await bench('produce', '--duration', '2', '--rate', '1000', '--partitions', '3', '--compression', 'lz4'),
    );
    expect(r).toMatchObject({ targetRate: 1000, partitions: 3, compression: 'lz4' });
    expect(r.messages).toBeGreaterThan(1500);
    expect(r.messages).toBeLessThanOrEqual(2000);
    expectOrderedLatency(r.latencyMs);
  });

  it('consume --backlog N produces N messages, then reads all N back as a catch-up', async () => {
    const r = parseResult(await bench('consume', '--backlog', '20000', '--size', '100', '--no-batching'));
    expect(r).toMatchObject({
      workload: 'consume',
      messages: 20_000,
      producers: 1,
      consumers: 1,
      batching: null,
      latencyMs: null,
    });
    expect(r.msgPerSec).toBeGreaterThan(0);
    expect(r.consumeMsgPerSec).toBe(r.msgPerSec);
  });

  it('e2e --json: produce rate, consume rate and end-to-end latency of every message sent', async () => {
    const r = parseResult(await bench('e2e', '--duration', '2', '--rate', '2000', '--consumers', '2'));
    expect(r).toMatchObject({ workload: 'e2e', targetRate: 2000, producers: 1, consumers: 2 });
    expect(r.messages).toBeGreaterThan(3000);
    expect(r.messages).toBeLessThanOrEqual(4000);
    expect(r.consumeMsgPerSec).toBeGreaterThan(0);
    expectOrderedLatency(r.latencyMs);
  });

  it('Ctrl-C ends a run early and still prints the report so far, with exit code 0', async () => {
    const child: ChildProcess = spawn(
      process.execPath,
      [CLI, 'bench', 'e2e', '--duration', '0', '--rate', '1000', '-u', standalone.url, '--json'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const exited = once(child, 'exit');
    const progress = createInterface({ input: child.stderr as NodeJS.ReadableStream });
    const [first] = (await once(progress, 'line')) as [string];
    expect(first).toMatch(/^\[e2e 1s\]/);
    child.kill('SIGINT');
    const [code] = await exited;
    expect(code).toBe(0);
    const r = parseResult({ code: 0, stdout, stderr: '' });
    expect(r.messages).toBeGreaterThan(0);
    expectOrderedLatency(r.latencyMs);
  });

  it('a Brook error ends the run with exit code 1 and the error on stderr', async () => {
    const run = await brook(['bench', 'produce', '-u', 'brook://127.0.0.1:1', '--duration', '1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: UNAVAILABLE: /m);
    expect(run.stdout).toBe('');
  });
});
