import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrookClient, BrookError, ErrorCode } from './index.js';
import { FakeBroker } from './testing/FakeBroker.js';
import { type Fixture, startFixture } from './testing/fixture.js';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.close();
});

describe('BrookClient', () => {
  it('close() closes every producer and consumer, releases the channels, and is idempotent', async () => {
    const producer = await f.client.createProducer({ topic: 'orders' });
    const consumer = await f.client.subscribe({ topic: 'orders', subscription: 'sub' });
    const sent = producer.send({ value: 'pending at close' });
    const iteration = (async () => {
      const seen: string[] = [];
      for await (const message of consumer) seen.push(message.value.toString());
      return seen;
    })();
    await Promise.all([f.client.close(), f.client.close()]);
    await expect(sent).resolves.toMatchObject({ offset: 0 });
    await expect(iteration).resolves.toBeInstanceOf(Array);
    expect(f.broker.publishCalls.size).toBe(0);
    expect(f.broker.consumers).toHaveLength(0);
    await expect(producer.send({ value: 'x' })).rejects.toMatchObject({ code: ErrorCode.AlreadyClosed });
    await expect(f.client.createProducer({ topic: 'orders' })).rejects.toMatchObject({
      code: ErrorCode.AlreadyClosed,
    });
    await f.client[Symbol.asyncDispose]();
  });

  it('connects producers and consumers to the broker that Lookup names', async () => {
    const owner = await FakeBroker.start();
    try {
      f.broker.lookupUrl = owner.url;
      const producer = await f.client.createProducer({ topic: 'orders' });
      await producer.send({ value: 'routed' });
      expect(owner.topics.get('public/default/orders')?.entries).toHaveLength(1);
      expect(f.broker.topics.size).toBe(0);
    } finally {
      await f.client.close();
      await owner.close();
    }
  });

  it('rejects bad configuration with INVALID_CONFIG and bad names with INVALID_TOPIC_NAME', async () => {
    expect(() => new BrookClient({ serviceUrl: 'http://localhost:6650' })).toThrow(BrookError);
    expect(() => new BrookClient({ serviceUrl: 'brook://h:1', operationTimeoutMs: -1 })).toThrowError(
      /operationTimeoutMs/,
    );
    await expect(f.client.createProducer({ topic: 'a/b' })).rejects.toMatchObject({
      code: ErrorCode.InvalidTopicName,
    });
    await expect(f.client.createProducer({ topic: 'orders', maxPendingMessages: 0 })).rejects.toMatchObject({
      code: ErrorCode.InvalidConfig,
    });
    await expect(
      f.client.subscribe({ topic: 'orders', subscription: 'sub', type: 'Broadcast' as 'Shared' }),
    ).rejects.toMatchObject({ code: ErrorCode.InvalidConfig });
  });

  it('reports an unreachable broker as UNAVAILABLE', async () => {
    const dead = await FakeBroker.start();
    const url = dead.url;
    await dead.close();
    const client = new BrookClient({ serviceUrl: url, operationTimeoutMs: 2_000 });
    try {
      await expect(client.createProducer({ topic: 'orders' })).rejects.toMatchObject({
        code: expect.stringMatching(/UNAVAILABLE|TIMEOUT/),
      });
    } finally {
      await client.close();
    }
  });
});

describe('admin.topics', () => {
  it('creates, lists, describes and deletes topics, with broker errors as BrookErrors', async () => {
    const topics = f.client.admin.topics;
    await expect(topics.create('orders', { partitions: 4 })).resolves.toEqual({
      topic: 'public/default/orders',
      partitions: 4,
    });
    await topics.create('acme/prod/payments');
    await expect(topics.create('orders')).rejects.toMatchObject({ code: ErrorCode.TopicAlreadyExists });
    expect(await topics.list()).toEqual([
      { topic: 'public/default/orders', partitions: 4 },
      { topic: 'acme/prod/payments', partitions: 0 },
    ]);
    expect(await topics.list('acme/prod')).toEqual([{ topic: 'acme/prod/payments', partitions: 0 }]);
    await expect(topics.stats('orders')).resolves.toMatchObject({
      topic: 'public/default/orders',
      partitions: 4,
      messageCount: 0,
      subscriptions: [],
    });
    await topics.delete('orders', { force: true });
    const missing = await topics.delete('orders').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(BrookError);
    expect(missing).toMatchObject({ code: ErrorCode.TopicNotFound });
  });
});
