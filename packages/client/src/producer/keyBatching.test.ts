import { type BrookError, ErrorCode } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, startFixture, TOPIC } from '../testing/fixture.js';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.close();
});

/** Stored batches as [message count, key or '-' when the batch has none]. */
const stored = () =>
  (f.broker.topics.get(TOPIC)?.entries ?? []).map((e) => [e.batch.messageCount, e.batch.key ?? '-'] as const);

async function sendAll(
  producer: { send(m: { key?: string; value: string }): Promise<unknown> },
  keys: (string | undefined)[],
) {
  await Promise.all(
    keys.map((key, i) => producer.send(key === undefined ? { value: `v${i}` } : { key, value: `v${i}` })),
  );
}

describe('the key of a batch', () => {
  it('is set when every message of the batch has the same key', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: { maxMessages: 3, maxDelayMs: 1000 } });
    await sendAll(producer, ['k', 'k', 'k', 'k', 'j', 'k', undefined, undefined, undefined]);
    expect(stored()).toEqual([
      [3, 'k'],
      [3, '-'],
      [3, '-'],
    ]);
  });

  it('is each message’s own key without batching', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: false });
    await sendAll(producer, ['a', undefined, 'ü']);
    expect(stored()).toEqual([
      [1, 'a'],
      [1, '-'],
      [1, 'ü'],
    ]);
  });
});

describe('key-based batching (batching.byKey)', () => {
  it('cuts a batch whenever the key changes, so every batch has one key', async () => {
    const producer = await f.client.createProducer({
      topic: 'orders',
      batching: { byKey: true, maxMessages: 3, maxDelayMs: 50 },
    });
    await sendAll(producer, ['a', 'a', 'b', 'b', 'b', 'b', undefined, undefined, 'a']);
    expect(stored()).toEqual([
      [2, 'a'],
      [3, 'b'],
      [1, 'b'],
      [2, '-'],
      [1, 'a'],
    ]);
  });

  it('refuses a byKey that is not a boolean', async () => {
    const error = await f.client
      .createProducer({ topic: 'orders', batching: { byKey: 'yes' as unknown as boolean } })
      .catch((e: BrookError) => e);
    expect((error as BrookError).code).toBe(ErrorCode.InvalidConfig);
    expect((error as BrookError).message).toMatch(/batching\.byKey/);
  });
});
