import { BrookError, ErrorCode } from '@brook/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { type Fixture, startFixture, TOPIC } from '../testing/fixture.js';

let f: Fixture | undefined;
afterEach(async () => {
  await f?.close();
  f = undefined;
});

/** What a broker answers while its metadata store cannot be reached (etcd restarting). */
const metadataUnreachable = () =>
  new BrookError(ErrorCode.Unavailable, `reading /brook/topics/${TOPIC}: etcd endpoint failed repeatedly`);

describe('partition count before a producer or consumer opens', () => {
  it('a retriable failure is asked again until the broker answers: createProducer and subscribe then open', async () => {
    f = await startFixture();
    f.broker.partitionedMetadataErrors.push(...Array.from({ length: 5 }, metadataUnreachable));
    const producer = await f.client.createProducer({ topic: TOPIC });
    expect(f.broker.partitionedMetadataCalls).toBe(6);

    f.broker.partitionedMetadataErrors.push(...Array.from({ length: 5 }, metadataUnreachable));
    const consumer = await f.client.subscribe({ topic: TOPIC, subscription: 's', initialPosition: 'Earliest' });
    expect(f.broker.partitionedMetadataCalls).toBe(12);

    await producer.send({ value: 'ping' });
    for await (const message of consumer) {
      expect(message.value.toString()).toBe('ping');
      break;
    }
  });

  it('a retriable failure that lasts past operationTimeoutMs rejects with it, after about that time', async () => {
    f = await startFixture({ operationTimeoutMs: 300 });
    f.broker.partitionedMetadataErrors.push(...Array.from({ length: 1_000 }, metadataUnreachable));
    const startedAt = Date.now();
    await expect(f.client.subscribe({ topic: TOPIC, subscription: 's' })).rejects.toMatchObject({
      code: ErrorCode.Unavailable,
    });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(200);
    expect(f.broker.partitionedMetadataCalls).toBeGreaterThan(1);
  });

  it('a non-retriable failure is final at once', async () => {
    f = await startFixture();
    f.broker.partitionedMetadataErrors.push(new BrookError(ErrorCode.Unauthorized, 'not allowed'));
    await expect(f.client.createProducer({ topic: TOPIC })).rejects.toMatchObject({ code: ErrorCode.Unauthorized });
    expect(f.broker.partitionedMetadataCalls).toBe(1);
  });
});
