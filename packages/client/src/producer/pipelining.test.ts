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

// Throughput is measured by bench/standalone.js; this checks a long pipelined run loses nothing.
it('stores every one of 300,000 pipelined sends, in windows of 20,000', async () => {
  const producer = await f.client.createProducer({ topic: 'orders' });
  const payload = Buffer.alloc(100, 0x61);
  const total = 300_000;
  const window = 20_000;
  let last: Promise<MessageId> | undefined;
  for (let i = 0; i < total; i++) {
    last = producer.send({ value: payload });
    if (i % window === window - 1) await last;
  }
  await producer.flush();
  expect(f.storedMessages()).toBe(total);
});
