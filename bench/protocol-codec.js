// Encode/decode throughput of the protobufjs static codec for Brook's hot-path messages.
// Usage: npx tsc -b packages/protocol && node bench/protocol-codec.js   (BENCH_SECONDS=3 per measurement)
import { randomBytes } from 'node:crypto';
import { pb } from '../packages/protocol/dist/index.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const WARMUP_SECONDS = Math.min(1, SECONDS);
const PAYLOAD = 64 * 1024;
const now = Date.now();

const payloads = Array.from({ length: 10 }, () => randomBytes(PAYLOAD));
const entryHeader = randomBytes(46);

const scenarios = [
  {
    name: 'a PublishRequest 10 x 64 KiB',
    type: pb.PublishRequest,
    message: {
      batches: {
        batches: payloads.map((payload, i) => ({
          sequenceId: 1_000_000 + i * 100,
          messageCount: 100,
          codec: pb.Codec.CODEC_LZ4,
          uncompressedSize: 80_000,
          payloadCrc32c: 0xdeadbeef,
          payload,
        })),
      },
    },
    payloadOf: (m) => m.batches.batches[0].payload,
  },
  {
    name: 'b ConsumeResponse 10 x 64 KiB',
    type: pb.ConsumeResponse,
    message: {
      deliveries: {
        entries: payloads.map((payload, i) => ({
          ledgerId: 4242,
          entryId: 10_000 + i,
          baseOffset: 5_000_000 + i * 100,
          messageCount: 100,
          publishTime: now + i,
          producerName: 'producer-7',
          sequenceId: 1_000_000 + i * 100,
          codec: pb.Codec.CODEC_LZ4,
          uncompressedSize: 80_000,
          payloadCrc32c: 0xdeadbeef,
          payload,
        })),
      },
    },
    payloadOf: (m) => m.deliveries.entries[0].payload,
  },
  {
    name: 'c MessageBatch 1000 x 100 B',
    type: pb.MessageBatch,
    messagesPerOp: 1000,
    message: {
      messages: Array.from({ length: 1000 }, (_, i) => ({
        value: randomBytes(100),
        key: `key-${String(i).padStart(6, '0')}`,
        properties: { 'trace-id': `t-${i}`, source: 'orders-svc' },
        eventTime: now + i,
      })),
    },
    payloadOf: (m) => m.messages[0].value,
  },
  {
    name: 'd AddRequest 10 x [46 B, 64 KiB]',
    type: pb.AddRequest,
    message: {
      entries: payloads.map((payload, i) => ({
        ledgerId: 4242,
        entryId: 10_000 + i,
        masterKey: entryHeader.subarray(0, 20),
        lac: 9_999 + i,
        data: [entryHeader, payload],
        crc32c: 0xdeadbeef,
      })),
    },
    payloadOf: (m) => m.entries.at(-1).data[1],
  },
];

function opsPerSecond(fn, seconds) {
  const start = performance.now();
  const end = start + seconds * 1000;
  let ops = 0;
  let t = start;
  for (let batch = 1; t < end; batch = Math.min(batch * 2, 1024)) {
    for (let i = 0; i < batch; i++) fn();
    ops += batch;
    t = performance.now();
  }
  return (ops * 1000) / (t - start);
}

const rows = {};
for (const { name, type, message, payloadOf, messagesPerOp } of scenarios) {
  const wire = type.encode(message).finish();
  const decoded = payloadOf(type.decode(wire));
  if (!Buffer.from(decoded).equals(payloadOf(message))) throw new Error(`${name}: round trip mismatch`);
  const encode = () => type.encode(message).finish();
  const decode = () => type.decode(wire);
  opsPerSecond(encode, WARMUP_SECONDS);
  opsPerSecond(decode, WARMUP_SECONDS);
  const row = { 'wire bytes': wire.length };
  for (const [op, ops] of [
    ['enc', opsPerSecond(encode, SECONDS)],
    ['dec', opsPerSecond(decode, SECONDS)],
  ]) {
    row[`${op} ops/s`] = Math.round(ops);
    row[`${op} MB/s`] = Math.round((ops * wire.length) / 1e6);
    if (messagesPerOp) row[`${op} msg/s`] = Math.round(ops * messagesPerOp);
  }
  row['bytes zero-copy'] = decoded.buffer === wire.buffer;
  rows[name] = row;
}
console.log(`protobufjs static, node ${process.version}, ${SECONDS}s per measurement`);
console.table(rows);
