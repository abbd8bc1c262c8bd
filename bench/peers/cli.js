// Command line shared by the peer runners: the flags and the JSON result of `brook bench`, so the
// suite runs every system with the same arguments.
//   node bench/peers/<peer>.js produce|consume|e2e [-u URL] [--size B] [--rate R] [--duration S] [--warmup S]
//        [--messages N] [--backlog N] [--topic T] [--json]
// Without -u the runner starts its own server in a temp dir and removes it afterwards.
import { parseArgs } from 'node:util';
import { cleanup, cleanupOnSignals } from '../lib/processes.js';
import { runWorkload } from './workloads.js';

const FLAGS = {
  'service-url': { type: 'string', short: 'u' },
  topic: { type: 'string', default: 'bench' },
  partitions: { type: 'string', default: '1' },
  producers: { type: 'string', default: '1' },
  consumers: { type: 'string', default: '1' },
  rate: { type: 'string', default: '0' },
  size: { type: 'string', default: '1024' },
  duration: { type: 'string', default: '10' },
  warmup: { type: 'string', default: '0' },
  messages: { type: 'string' },
  backlog: { type: 'string', default: '1000000' },
  json: { type: 'boolean', default: false },
};

/**
 * Runs the workload named on the command line with `driver`; `startServer(tempDirPrefix)` starts a
 * server when no URL was given and resolves with `{ url }`.
 */
export async function main(driver, startServer) {
  const { values, positionals } = parseArgs({ options: FLAGS, allowPositionals: true });
  const workload = positionals[0];
  if (!['produce', 'consume', 'e2e'].includes(workload ?? '')) usage('a workload: produce, consume or e2e');
  for (const name of ['partitions', 'producers', 'consumers'])
    if (values[name] !== '1') usage(`--${name} 1 (the peer runners use one stream, one producer, one consumer)`);
  const options = {
    topic: values.topic,
    size: positiveInt('size', values.size),
    rate: nonNegative('rate', values.rate),
    durationMs: nonNegative('duration', values.duration) * 1000,
    warmupMs: nonNegative('warmup', values.warmup) * 1000,
    messages: values.messages === undefined ? undefined : positiveInt('messages', values.messages),
    backlog: positiveInt('backlog', values.backlog),
  };
  if (workload === 'e2e' && options.size < 8)
    usage('--size of at least 8 for e2e (the send time rides in the payload)');
  cleanupOnSignals();
  try {
    const url = values['service-url'] ?? (await startServer()).url;
    const durability = await driver.durability(url);
    const measured = await runWorkload(driver, url, workload, options);
    const report = {
      tool: driver.tool,
      workload,
      messageSize: options.size,
      targetRate: options.rate > 0 ? options.rate : null,
      topics: 1,
      partitions: 1,
      producers: 1,
      consumers: workload === 'produce' ? 0 : 1,
      compression: 'none',
      batching: driver.batching,
      ...measured,
      durability,
    };
    process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : humanReport(report));
  } finally {
    await cleanup();
  }
}

function humanReport(r) {
  const latency = r.latencyMs
    ? `latency ms: p50 ${r.latencyMs.p50}  p95 ${r.latencyMs.p95}  p99 ${r.latencyMs.p99}  p99.9 ${r.latencyMs.p999}  max ${r.latencyMs.max}\n`
    : '';
  return (
    `${r.tool} ${r.workload}: ${r.messages.toLocaleString('en-US')} messages of ${r.messageSize} B in ${r.durationMs} ms\n` +
    `${r.msgPerSec.toLocaleString('en-US')} msg/s, ${r.mbPerSec} MB/s` +
    (r.consumeMsgPerSec === null ? '' : `, consumed ${r.consumeMsgPerSec.toLocaleString('en-US')} msg/s`) +
    `\n${latency}durability: ${r.durability}\n`
  );
}

function usage(what) {
  process.stderr.write(`error: expected ${what}\n`);
  process.exit(2);
}

function positiveInt(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) usage(`--${name} as a positive integer, got ${text}`);
  return n;
}

function nonNegative(name, text) {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) usage(`--${name} as a number ≥ 0, got ${text}`);
  return n;
}
