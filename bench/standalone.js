// Produce and consume throughput against a real `brook standalone` process (bookie fsyncs its
// journal before every ack; always on). Usage: node bench/standalone.js (after npm run build)
//   BENCH_MESSAGES=200000     messages per run (default 1,000,000 for 100 B, 500,000 for 1 KiB)
//   BENCH_SECONDS=10          produce for this long instead of a fixed count
//   BENCH_SIZES=100,1024      message sizes in bytes
//   BENCH_CONFIGS=default,pending50k   producer settings to run (see CONFIGS)
//   BENCH_CONSUME=0           skip the consume phase
//   BENCH_BROKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/brook-prof"   more node flags for the standalone (NODE_OPTIONS)
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BrookClient } from '../packages/client/dist/index.js';
import { BROOK } from './lib/servers.js';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const env = process.env;
const SIZES = (env.BENCH_SIZES ?? '100,1024').split(',').map(Number);
const DEFAULT_MESSAGES = { 100: 1_000_000, 1024: 500_000 };
const SECONDS = env.BENCH_SECONDS ? Number(env.BENCH_SECONDS) : undefined;
const CONSUME = env.BENCH_CONSUME !== '0';
/** Producer settings; batching defaults are maxMessages 1000, maxBytes 128 KiB, maxDelayMs 1. */
const CONFIGS = {
  default: {},
  pending50k: { maxPendingMessages: 50_000, batching: { maxMessages: 1000, maxBytes: 128 * 1024 } },
};
const configNames = (env.BENCH_CONFIGS ?? Object.keys(CONFIGS).join(',')).split(',');

/** Starts `brook standalone` on free ports in a temp dir; resolves once it logged that it is ready. */
async function startStandalone() {
  const dataDir = await mkdtemp(join(tmpdir(), 'brook-bench-'));
  const nodeOptions = [env.NODE_OPTIONS, env.BENCH_BROKER_NODE_ARGS].filter(Boolean).join(' ');
  const args = ['standalone', '--data-dir', dataDir, '--port', '0', '--http-port', '0'];
  const child = spawn(BROOK, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...env, NODE_OPTIONS: nodeOptions } });
  const logs = [];
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`standalone exited (${code}):\n${logs.join('\n')}`)));
    createInterface({ input: child.stderr }).on('line', (line) => {
      logs.push(line);
      let record;
      try {
        record = JSON.parse(line);
      } catch {
        return;
      }
      if (record.msg === 'brook standalone is ready') resolve(record.url);
      else if (record.level >= 40) console.error(`standalone: ${line}`); // pino warn and above
    });
  });
  const stop = async () => {
    // SIGTERM closes it cleanly (and lets --cpu-prof write its profile); SIGKILL if it hangs.
    child.removeAllListeners('exit');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
    await rm(dataDir, { recursive: true, force: true });
  };
  return { url, stop };
}

/**
 * Keeps up to maxPendingMessages sends in flight without awaiting each one: sends go out in chunks
 * of CHUNK and, once the window is full, the oldest chunk's last send is awaited before the next.
 */
const CHUNK = 1000;
async function produce(client, topic, size, count, options) {
  const producer = await client.createProducer({ topic, ...options });
  const value = Buffer.alloc(size, 0x61);
  const depth = Math.max(1, Math.floor((options.maxPendingMessages ?? 10_000) / CHUNK));
  const deadline = SECONDS ? performance.now() + SECONDS * 1000 : Number.POSITIVE_INFINITY;
  const chunks = []; // the last send of each chunk in flight, oldest first
  let sent = 0;
  const started = performance.now();
  const window = { from: process.hrtime.bigint() / 1000n };
  while (sent < count && performance.now() < deadline) {
    if (chunks.length >= depth) await chunks.shift();
    let last;
    for (let i = 0; i < CHUNK && sent < count; i++, sent++) last = producer.send({ value });
    chunks.push(last);
  }
  await producer.flush();
  const seconds = (performance.now() - started) / 1000;
  window.to = process.hrtime.bigint() / 1000n;
  await producer.close();
  // The monotonic clock in µs, as in .cpuprofile timestamps: lets a profile be cut to this window.
  console.error(`produce window ${window.from}-${window.to}`);
  return { sent, seconds };
}

/** Reads everything from Earliest with one Exclusive consumer, acking each message. */
async function consume(client, topic, count) {
  const started = performance.now();
  const consumer = await client.subscribe({
    topic,
    subscription: 'bench',
    type: 'Exclusive',
    initialPosition: 'Earliest',
    receiverQueueSize: 10_000,
  });
  let received = 0;
  let bytes = 0;
  for await (const message of consumer) {
    consumer.ack(message);
    bytes += message.value.length;
    if (++received === count) break; // leaving the loop closes the consumer (and writes pending acks)
  }
  return { received, bytes, seconds: (performance.now() - started) / 1000 };
}

const rate = (n, seconds) => Math.round(n / seconds);
const mbps = (bytes, seconds) => Number((bytes / seconds / 1e6).toFixed(2));

async function main() {
  const standalone = await startStandalone();
  const client = new BrookClient({ serviceUrl: standalone.url });
  const rows = [];
  try {
    for (const size of SIZES) {
      for (const name of configNames) {
        const options = CONFIGS[name];
        if (!options) throw new Error(`unknown BENCH_CONFIGS entry ${name}`);
        const count = Number(env.BENCH_MESSAGES ?? DEFAULT_MESSAGES[size] ?? 500_000);
        const topic = `bench-${size}-${name}-${Date.now()}`;
        const p = await produce(client, topic, size, SECONDS ? Number.POSITIVE_INFINITY : count, options);
        const row = {
          size,
          producer: name,
          messages: p.sent,
          produceMsgPerSec: rate(p.sent, p.seconds),
          produceMBPerSec: mbps(p.sent * size, p.seconds),
        };
        if (CONSUME) {
          const c = await consume(client, topic, p.sent);
          row.consumeMsgPerSec = rate(c.received, c.seconds);
          row.consumeMBPerSec = mbps(c.bytes, c.seconds);
        }
        rows.push(row);
        console.error(`done: ${JSON.stringify(row)}`);
      }
    }
  } finally {
    await client.close();
    await standalone.stop();
  }
  printTable(rows);
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    fsync: 'journal fdatasync before every ack',
    rows,
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `standalone-${result.date.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
}

function printTable(rows) {
  const header = ['size B', 'producer', 'messages', 'produce msg/s', 'produce MB/s', 'consume msg/s', 'consume MB/s'];
  const cells = rows.map((r) => [
    r.size,
    r.producer,
    r.messages,
    r.produceMsgPerSec,
    r.produceMBPerSec,
    r.consumeMsgPerSec ?? '-',
    r.consumeMBPerSec ?? '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((v, i) => String(v).padStart(widths[i])).join('  ');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}

await main();
