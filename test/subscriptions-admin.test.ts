import type { Consumer, MessageId } from '@brook/client';
import { pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import { take } from './harness/collect.js';
import { publishNumbers, range } from './harness/numbered.js';
import { RawBroker } from './harness/rawGrpc.js';
import { useInProcessBroker } from './harness/useInProcessBroker.js';

/** The values of the next `count` messages (acknowledged), the consumer left open. */
async function takeValues(consumer: Consumer, count: number): Promise<number[]> {
  return (await take(consumer, count)).map((message) => Number(message.value.toString()));
}

/**
 * Subscription administration through the real client against a real broker: list, create,
 * delete, reset, skip and clear backlog change what a subscription delivers, and its connected
 * consumers continue from the new position.
 */
describe('subscription administration', () => {
  const env = useInProcessBroker({ ledgerMaxEntries: 4 });

  const publish = (topic: string, count: number, from = 0) => publishNumbers(env.client, topic, count, from);

  const backlogOf = async (topic: string, subscription: string) =>
    (await env.client.admin.subscriptions.list(topic)).find((s) => s.name === subscription)?.backlog;

  it('creates subscriptions at Earliest, Latest and a message id, and lists them with their backlog', async () => {
    const topic = 'admin-create';
    const ids = await publish(topic, 10);
    expect((await env.client.admin.subscriptions.create(topic, 'from-start', 'Earliest')).backlog).toBe(10);
    expect((await env.client.admin.subscriptions.create(topic, 'from-end')).backlog).toBe(0);
    expect((await env.client.admin.subscriptions.create(topic, 'from-7', ids[7] as MessageId)).backlog).toBe(3);
    await expect(env.client.admin.subscriptions.create(topic, 'from-end')).rejects.toMatchObject({
      code: 'SUBSCRIPTION_ALREADY_EXISTS',
    });
    const listed = await env.client.admin.subscriptions.list(topic);
    expect(listed.map((s) => [s.name, s.durable, s.backlog, s.markDeleteOffset])).toEqual([
      ['from-7', true, 3, 7],
      ['from-end', true, 0, 10],
      ['from-start', true, 10, 0],
    ]);
    const consumer = await env.client.subscribe({ topic, subscription: 'from-7' });
    expect(await takeValues(consumer, 3)).toEqual([7, 8, 9]);
    await consumer.close();
    await expect(env.client.admin.subscriptions.list('admin-no-such-topic-x')).rejects.toMatchObject({
      code: 'TOPIC_NOT_FOUND',
    });
  });

  it('reset by offset, publish time and message id moves the backlog; a connected consumer continues from there', async () => {
    const topic = 'admin-reset';
    const ids = await publish(topic, 20);
    const consumer = await env.client.subscribe({ topic, subscription: 'audit', initialPosition: 'Earliest' });
    expect(await takeValues(consumer, 20)).toEqual(range(0, 20));

    const back = await env.client.admin.subscriptions.reset(topic, 'audit', { offset: 5 });
    expect(back).toMatchObject({ backlog: 15, positions: [{ markDeleteOffset: 5, backlog: 15 }] });
    expect(await takeValues(consumer, 15)).toEqual(range(5, 20));

    expect((await env.client.admin.subscriptions.reset(topic, 'audit', ids[16] as MessageId)).backlog).toBe(4);
    expect(await takeValues(consumer, 4)).toEqual(range(16, 20));

    expect((await env.client.admin.subscriptions.reset(topic, 'audit', { publishTime: 0 })).backlog).toBe(20);
    expect(await takeValues(consumer, 20)).toEqual(range(0, 20));
    await consumer.close();
    await expect(env.client.admin.subscriptions.reset(topic, 'nobody', { offset: 0 })).rejects.toMatchObject({
      code: 'SUBSCRIPTION_NOT_FOUND',
    });
  });

  it('skip acknowledges the next N unacknowledged messages, keeping acknowledgements beyond them', async () => {
    const topic = 'admin-skip';
    await publish(topic, 20);
    await env.client.admin.subscriptions.create(topic, 'skipper', 'Earliest');
    expect((await env.client.admin.subscriptions.skip(topic, 'skipper', 6)).backlog).toBe(14);
    const consumer = await env.client.subscribe({ topic, subscription: 'skipper', type: 'Shared' });
    expect(await takeValues(consumer, 2)).toEqual([6, 7]);
    // Acks travel grouped: wait until the broker has them (the backlog counts 8..19 only).
    while ((await backlogOf(topic, 'skipper')) !== 12) await new Promise((resolve) => setTimeout(resolve, 10));
    // 8 and later wait in the receiver queue; a skip moves past them, and the consumer continues after.
    expect((await env.client.admin.subscriptions.skip(topic, 'skipper', 5)).positions[0]?.markDeleteOffset).toBe(13);
    expect(await takeValues(consumer, 7)).toEqual(range(13, 20));
    while ((await backlogOf(topic, 'skipper')) !== 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await env.client.admin.subscriptions.skip(topic, 'skipper', 100)).backlog).toBe(0);
    await consumer.close();
  });

  it('a skip count out of range is refused before anything changes: a connected consumer stays and receives', async () => {
    const topic = 'admin-bad-skip';
    await publish(topic, 3);
    const raw = new RawBroker(env.url);
    try {
      const stream = await raw.subscribe({
        topic,
        subscription: 'steady',
        type: pb.SubscriptionType.SUBSCRIPTION_TYPE_SHARED,
        initialPosition: pb.InitialPosition.INITIAL_POSITION_EARLIEST,
      });
      // The SDK refuses such a count itself; on the wire a uint64 can carry it.
      for (const count of [2 ** 60, Number.MAX_SAFE_INTEGER + 2]) {
        await expect(raw.skipMessages({ topic, subscription: 'steady', count })).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
        });
      }
      // Still the same stream: a reset would have ended it with SUBSCRIPTION_RESET.
      stream.write({ flow: { permits: 10 } });
      const delivered = (await stream.next()).deliveries?.entries ?? [];
      expect(delivered[0]?.baseOffset).toBe(0);
      expect(await backlogOf(topic, 'steady')).toBe(3);
      stream.cancel();
    } finally {
      raw.close();
    }
  });

  it('clear backlog acknowledges everything stored; the consumer gets only what comes next', async () => {
    const topic = 'admin-clear';
    await publish(topic, 25);
    const consumer = await env.client.subscribe({ topic, subscription: 'slow', initialPosition: 'Earliest' });
    expect(await takeValues(consumer, 3)).toEqual([0, 1, 2]);
    expect((await env.client.admin.subscriptions.clearBacklog(topic, 'slow')).backlog).toBe(0);
    await publish(topic, 2, 25);
    expect(await takeValues(consumer, 2)).toEqual([25, 26]);
    await consumer.close();
  });

  it('delete is refused while consumers are connected unless forced, and removes the cursor', async () => {
    const topic = 'admin-delete';
    await publish(topic, 3);
    const consumer = await env.client.subscribe({ topic, subscription: 'doomed', initialPosition: 'Earliest' });
    await expect(env.client.admin.subscriptions.delete(topic, 'doomed')).rejects.toMatchObject({
      code: 'SUBSCRIPTION_BUSY',
    });
    expect((await env.broker.cursorKeys()).filter((k) => k.endsWith(`${topic}/doomed`))).toHaveLength(1);
    // The consumer reads on until its stream ends.
    const ended = (async () => {
      const iterator = consumer[Symbol.asyncIterator]();
      while (!(await iterator.next()).done);
    })().then(
      () => undefined,
      (error: unknown) => error,
    );
    await env.client.admin.subscriptions.delete(topic, 'doomed', { force: true });
    expect(await ended).toMatchObject({ code: 'SUBSCRIPTION_NOT_FOUND' });
    expect(await env.client.admin.subscriptions.list(topic)).toEqual([]);
    expect((await env.broker.cursorKeys()).filter((k) => k.endsWith(`${topic}/doomed`))).toEqual([]);
    await env.client.admin.subscriptions.create(topic, 'idle', 'Earliest');
    await env.client.admin.subscriptions.delete(topic, 'idle');
    await expect(env.client.admin.subscriptions.delete(topic, 'idle')).rejects.toMatchObject({
      code: 'SUBSCRIPTION_NOT_FOUND',
    });
  });

  it('on a partitioned topic applies to every partition', async () => {
    const topic = 'admin-partitioned';
    await env.client.admin.topics.create(topic, { partitions: 3 });
    const producer = await env.client.createProducer({ topic, batching: false });
    await Promise.all(range(0, 30).map((i) => producer.send({ key: `k${i}`, value: String(i) })));
    await producer.close();
    const created = await env.client.admin.subscriptions.create(topic, 'all', 'Earliest');
    expect(created.backlog).toBe(30);
    expect(created.positions.map((p) => p.topic)).toEqual(
      range(0, 3).map((i) => `public/default/${topic}-partition-${i}`),
    );
    expect(await env.client.admin.subscriptions.list(topic)).toEqual([
      { name: 'all', type: 'Exclusive', durable: true, backlog: 30, consumerCount: 0, unackedCount: 0 },
    ]);
    expect((await env.client.admin.subscriptions.skip(topic, 'all', 2)).backlog).toBe(24);
    expect((await env.client.admin.subscriptions.clearBacklog(topic, 'all')).backlog).toBe(0);
    expect((await env.client.admin.subscriptions.reset(topic, 'all', 'Earliest')).backlog).toBe(30);
    await env.client.admin.subscriptions.delete(topic, 'all');
    expect(await env.client.admin.subscriptions.list(topic)).toEqual([]);
  });
});
