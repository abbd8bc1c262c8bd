// Loads many topics on one broker: per topic one producer sends one 100 B message (so the topic is
// loaded with a ledger and its managed-ledger state) and closes. Topics stay loaded afterwards: the
// broker unloads none for being idle. Prints one JSON line { topics, elapsedMs } when done.
//   node bench/memory.js -u brook://127.0.0.1:6650 [--topics 10000] [--concurrency 32]
import { parseArgs } from 'node:util';
import { BrookClient } from '../packages/client/dist/index.js';

const { values } = parseArgs({
  options: {
    'service-url': { type: 'string', short: 'u' },
    topics: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '32' },
    prefix: { type: 'string', default: `idle-${Date.now().toString(36)}` },
  },
});
if (!values['service-url']) throw new Error('-u/--service-url is required');
const topics = Number(values.topics);
const concurrency = Number(values.concurrency);
const client = new BrookClient({ serviceUrl: values['service-url'] });
const value = Buffer.alloc(100, 0x61);
const started = performance.now();
let next = 0;
let done = 0;

async function worker() {
  while (next < topics) {
    const topic = `${values.prefix}-${next++}`;
    const producer = await client.createProducer({ topic, batching: false });
    await producer.send({ value });
    await producer.close();
    if (++done % 1000 === 0) process.stderr.write(`${done.toLocaleString('en-US')} topics loaded\n`);
  }
}

try {
  await Promise.all(Array.from({ length: concurrency }, worker));
} finally {
  await client.close();
}
process.stdout.write(`${JSON.stringify({ topics: done, elapsedMs: Math.round(performance.now() - started) })}\n`);
