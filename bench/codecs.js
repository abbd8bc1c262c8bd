// Compression codecs: stored size and produce throughput per codec for 1 KiB JSON-like messages,
// against a real `brook standalone` process. Usage: npm run build && node bench/codecs.js
//   BENCH_MESSAGES=50000   messages per codec (default 50,000)
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BrookClient } from '../packages/client/dist/index.js';
import { BROOK } from './lib/servers.js';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 50_000);
const CODECS = ['none', 'lz4', 'zstd', 'snappy', 'zlib'];
const WINDOW = 10_000;

const EVENTS = ['page_view', 'add_to_cart', 'purchase', 'search', 'login'];
const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
];

/** A deterministic pseudo-random generator, so every run sends the same bytes. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A 1 KiB event document: repeated field names and enums, random ids, timestamps and amounts. */
function jsonMessage(i, rand) {
  const doc = {
    id: i,
    ts: 1_700_000_000_000 + i * 37,
    user: `user-${Math.floor(rand() * 100_000)}`,
    session: Math.floor(rand() * 2 ** 52).toString(16),
    event: EVENTS[Math.floor(rand() * EVENTS.length)],
    page: `/products/${Math.floor(rand() * 5000)}`,
    agent: AGENTS[Math.floor(rand() * AGENTS.length)],
    amount: Math.round(rand() * 100_000) / 100,
    items: [],
  };
  let text = JSON.stringify(doc);
  while (text.length < 1024) {
    doc.items.push({ sku: `SKU-${Math.floor(rand() * 1e6)}`, qty: 1 + Math.floor(rand() * 5) });
    text = JSON.stringify(doc);
  }
  return Buffer.from(text.slice(0, 1024));
}

async function startStandalone() {
  const dataDir = await mkdtemp(join(tmpdir(), 'brook-bench-'));
  const child = spawn(BROOK, ['standalone', '--data-dir', dataDir, '--port', '0', '--http-port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`standalone exited (${code})`)));
    createInterface({ input: child.stderr }).on('line', (line) => {
      try {
        const record = JSON.parse(line);
        if (record.msg === 'brook standalone is ready') resolve(record.url);
      } catch {}
    });
  });
  return {
    url,
    stop: async () => {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const rand = prng(42);
const messages = Array.from({ length: MESSAGES }, (_, i) => jsonMessage(i, rand));
const standalone = await startStandalone();
const client = new BrookClient({ serviceUrl: standalone.url });
const rows = [];
try {
  // Warm-up (JIT, first ledger), not measured.
  const warmup = await client.createProducer({ topic: 'bench-codec-warmup' });
  await Promise.all(messages.slice(0, WINDOW).map((value) => warmup.send({ value })));
  await warmup.close();
  for (const compression of CODECS) {
    const topic = `bench-codec-${compression}`;
    const producer = await client.createProducer({ topic, compression });
    const started = process.hrtime.bigint();
    for (let from = 0; from < MESSAGES; from += WINDOW) {
      const sends = [];
      for (let i = from; i < Math.min(from + WINDOW, MESSAGES); i++) sends.push(producer.send({ value: messages[i] }));
      await Promise.all(sends);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await producer.close();
    const { storageSize } = await client.admin.topics.stats(topic);
    rows.push({ compression, storageSize, seconds, msgPerSec: Math.round(MESSAGES / seconds) });
  }
} finally {
  await client.close();
  await standalone.stop();
}
const none = rows[0].storageSize;
console.log(`${MESSAGES} messages of 1 KiB JSON per codec, one batching producer (defaults), node ${process.version}`);
console.log('codec    stored MiB   ratio   produce msg/s   MiB/s');
for (const r of rows) {
  console.log(
    `${r.compression.padEnd(8)} ${(r.storageSize / 2 ** 20).toFixed(1).padStart(10)}   ${(r.storageSize / none).toFixed(2).padStart(5)}   ${String(r.msgPerSec).padStart(13)}   ${((r.msgPerSec * 1024) / 2 ** 20).toFixed(1).padStart(5)}`,
  );
}
