import { afterEach, beforeEach, expect, it } from 'vitest';
import type { MessageId } from '../MessageId.js';
import { type Fixture, startFixture } from '../testing/fixture.js';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.close();
});

// A figure, not a gate: producer throughput of 100-byte messages against the in-process fake broker.
it('measures producer throughput for 100-byte messages', async () => {
  const producer = await f.client.createProducer({ topic: 'orders' });
  const payload = Buffer.alloc(100, 0x61);
  const total = 300_000;
  const window = 20_000;
  const started = process.hrtime.bigint();
  let last: Promise<MessageId> | undefined;
  for (let i = 0; i < total; i++) {
    last = producer.send({ value: payload });
    if (i % window === window - 1) await last;
  }
  await producer.flush();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = Math.round(total / seconds);
  console.log(`producer throughput: ${rate} msg/s of 100 B (${total} messages in ${seconds.toFixed(2)} s)`);
  expect(f.storedMessages()).toBe(total);
});
