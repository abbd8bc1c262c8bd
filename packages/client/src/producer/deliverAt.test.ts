import { ErrorCode } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, startFixture, TOPIC } from '../testing/fixture.js';
import { deliverAtOf } from './deliverAt.js';

describe('delayed messages in the producer', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await startFixture();
  });
  afterEach(async () => {
    await f.close();
  });

  it('sends a delayed message alone in its batch, after the batch before it, with deliver_at set', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: { maxMessages: 100, maxDelayMs: 50 } });
    const before = Date.now();
    const sends = [
      producer.send({ value: 'a' }),
      producer.send({ value: 'b' }),
      producer.send({ value: 'later', deliverAfterMs: 5000 }),
      producer.send({ value: 'at', deliverAt: 4_000_000_000_000 }),
      producer.send({ value: 'c' }),
    ];
    const ids = await Promise.all(sends);
    expect(ids.map((id) => id.offset)).toEqual([0, 1, 2, 3, 4]);
    expect(f.batchSizes()).toEqual([2, 1, 1, 1]);
    const deliverAt = (f.broker.topics.get(TOPIC)?.entries ?? []).map((e) => Number(e.batch.deliverAt));
    expect(deliverAt[0]).toBe(0);
    expect(deliverAt[1]).toBeGreaterThanOrEqual(before + 5000);
    expect(deliverAt[1]).toBeLessThanOrEqual(Date.now() + 5000);
    expect(deliverAt[2]).toBe(4_000_000_000_000);
    expect(deliverAt[3]).toBe(0);
  });

  it('refuses bad delays with INVALID_ARGUMENT and sends nothing', async () => {
    const producer = await f.client.createProducer({ topic: 'orders' });
    for (const bad of [{ deliverAfterMs: -1 }, { deliverAt: 1.5 }, { deliverAt: 1, deliverAfterMs: 1 }]) {
      await expect(producer.send({ value: 'x', ...bad })).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
    }
    await producer.flush();
    expect(f.storedMessages()).toBe(0);
  });

  it('no delay for deliverAfterMs 0 or deliverAt 0', () => {
    expect(deliverAtOf({ value: 'x', deliverAfterMs: 0 })).toBeUndefined();
    expect(deliverAtOf({ value: 'x', deliverAt: 0 })).toBeUndefined();
    expect(deliverAtOf({ value: 'x', deliverAfterMs: 10 }, 100)).toBe(110);
  });
});
