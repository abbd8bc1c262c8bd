import { BrookError, ErrorCode, pb } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientEvent } from '../ClientEvent.js';
import type { Message } from '../Message.js';
import { ackedOffsets, FakeBroker } from '../testing/FakeBroker.js';
import { type Fixture, startFixture, TOPIC, value } from '../testing/fixture.js';
import type { ConsumerApi as Consumer } from './ConsumerApi.js';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.close();
});

const unavailable = () => new BrookError(ErrorCode.Unavailable, 'broker going away');

async function produce(count: number): Promise<void> {
  const producer = await f.client.createProducer({ topic: 'orders', name: 'p', batching: false });
  await Promise.all(Array.from({ length: count }, (_, i) => producer.send({ value: value(i) })));
  await producer.close();
}

async function take(iterator: AsyncIterator<Message>, count: number): Promise<Message[]> {
  const out: Message[] = [];
  while (out.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

const acked = (subscription = 'sub') => f.broker.topics.get(TOPIC)?.subscriptions.get(subscription)?.acked.size ?? 0;

describe('Consumer failover', () => {
  it('resubscribes with the same subscription, type and name; iteration carries on without handing a message out twice', async () => {
    await produce(30);
    const consumer = await f.client.subscribe({
      topic: 'orders',
      subscription: 'sub',
      type: 'Failover',
      initialPosition: 'Earliest',
      receiverQueueSize: 10,
    });
    const events = consumer.events();
    const iterator = consumer[Symbol.asyncIterator]();
    const first = await take(iterator, 3);
    await Promise.all(first.map((m) => consumer.ack(m)));
    await f.broker.until(() => acked() === 3);
    // Seven more are queued locally; the broker will redeliver them.
    await f.broker.until(() => f.broker.consumers[0]?.cursor === 10);
    f.broker.failStreams(unavailable());
    // Once the client knows the stream broke, nothing of its queue is handed out any more.
    const disconnected = (await events.next()).value;

    const rest = await take(iterator, 27);
    expect([...first, ...rest].map((m) => m.offset)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(f.broker.subscribes.map((s) => [s.subscription, s.type, s.consumerName])).toEqual([
      ['sub', pb.SubscriptionType.SUBSCRIPTION_TYPE_FAILOVER, ''],
      ['sub', pb.SubscriptionType.SUBSCRIPTION_TYPE_FAILOVER, consumer.name],
    ]);
    expect(consumer.name).toBe('fake-consumer-1');
    // The new stream got the whole queue in permits, and never more than that outstanding.
    const state = f.broker.consumers[0];
    expect(state?.flows[0]).toBe(10);
    expect(state?.maxPermits).toBeLessThanOrEqual(10);
    const seen: ClientEvent[] = [disconnected, (await events.next()).value];
    expect(seen).toEqual([
      { type: 'disconnected', error: expect.objectContaining({ code: ErrorCode.Unavailable }) },
      { type: 'reconnected', brokerUrl: f.broker.url },
    ]);
  });

  it('does not hand out again a redelivered message it already acknowledged, and acknowledges it again', async () => {
    await produce(5);
    const consumer = await f.client.subscribe({ topic: 'orders', subscription: 'sub', initialPosition: 'Earliest' });
    const iterator = consumer[Symbol.asyncIterator]();
    const first = await take(iterator, 3);
    // Acked locally, but the stream breaks before the ack group is written: the broker redelivers all 5.
    for (const m of first) void consumer.ack(m);
    f.broker.failStreams(unavailable());
    const rest = await take(iterator, 2);
    expect(rest.map((m) => m.offset)).toEqual([3, 4]);
    for (const m of rest) await consumer.ack(m);
    await f.broker.until(() => acked() === 5);
  });

  it('re-sends an ack made while disconnected when the message comes again, and sends acks made after the reconnect', async () => {
    await f.close();
    f = await startFixture({ reconnect: { initialDelayMs: 300, maxDelayMs: 300 } });
    await produce(3);
    const consumer = await f.client.subscribe({ topic: 'orders', subscription: 'sub', initialPosition: 'Earliest' });
    const events = consumer.events();
    const [a, b] = await take(consumer[Symbol.asyncIterator](), 2);
    f.broker.failStreams(unavailable());
    expect((await events.next()).value).toMatchObject({ type: 'disconnected' });
    await consumer.ack(a as Message);
    await expect(consumer.ackCumulative(b as Message)).rejects.toMatchObject({ code: ErrorCode.Unavailable });
    expect((await events.next()).value).toMatchObject({ type: 'reconnected' });
    await consumer.ack(b as Message);
    // Message 0's ack was dropped with the stream; when 0 comes again the consumer acks it instead of handing it out.
    await f.broker.until(() => acked() === 2);
    const offsets = f.broker.consumers[0]?.acks.flatMap(ackedOffsets) ?? [];
    expect(new Set(offsets)).toEqual(new Set([0, 1]));
  });

  it('follows NOT_OWNER to the broker Lookup names', async () => {
    const owner = await FakeBroker.start(f.broker.topics);
    try {
      await produce(4);
      const consumer = await f.client.subscribe({ topic: 'orders', subscription: 'sub', initialPosition: 'Earliest' });
      const events = consumer.events();
      const iterator = consumer[Symbol.asyncIterator]();
      const [m0] = await take(iterator, 1);
      await consumer.ack(m0 as Message);
      await f.broker.until(() => acked() === 1);
      f.broker.notOwner = true;
      f.broker.lookupUrl = owner.url;
      f.broker.failStreams(new BrookError(ErrorCode.NotOwner, 'bundle unloaded'));
      expect((await events.next()).value).toMatchObject({ type: 'disconnected', error: { code: ErrorCode.NotOwner } });
      const rest = await take(iterator, 3);
      expect(rest.map((m) => m.offset)).toEqual([1, 2, 3]);
      expect(owner.subscribes.map((s) => s.consumerName)).toEqual([consumer.name]);
      expect((await events.next()).value).toEqual({ type: 'reconnected', brokerUrl: owner.url });
    } finally {
      await f.client.close();
      await owner.close();
    }
  });

  it('a non-retriable error while resubscribing ends iteration with it', async () => {
    const consumer = await f.client.subscribe({ topic: 'orders', subscription: 'sub' });
    const loop = (async () => {
      for await (const _ of consumer) {
        // nothing arrives
      }
    })();
    f.broker.openError = new BrookError(ErrorCode.TopicNotFound, 'deleted during the failover');
    f.broker.failStreams(unavailable());
    await expect(loop).rejects.toMatchObject({ code: ErrorCode.TopicNotFound });
    expect(f.broker.subscribes).toHaveLength(2);
  });

  it('keeps resubscribing while the broker still holds its old stream (CONSUMER_BUSY), then carries on', async () => {
    await produce(5);
    const consumer = await f.client.subscribe({ topic: 'orders', subscription: 'sub', initialPosition: 'Earliest' });
    const iterator = consumer[Symbol.asyncIterator]();
    const [first] = await take(iterator, 1);
    await consumer.ack(first as Message);
    await f.broker.until(() => acked() === 1);
    f.broker.openError = new BrookError(ErrorCode.ConsumerBusy, 'exclusive subscription sub already has a consumer');
    f.broker.failStreams(unavailable());
    await f.broker.until(() => f.broker.subscribes.length >= 3);
    f.broker.openError = undefined;
    const rest = await take(iterator, 4);
    expect(rest.map((m) => m.offset)).toEqual([1, 2, 3, 4]);
    await consumer.close();
  });

  it('a first subscribe refused with CONSUMER_BUSY fails at once', async () => {
    f.broker.openError = new BrookError(ErrorCode.ConsumerBusy, 'exclusive subscription sub already has a consumer');
    await expect(f.client.subscribe({ topic: 'orders', subscription: 'sub' })).rejects.toMatchObject({
      code: ErrorCode.ConsumerBusy,
    });
    expect(f.broker.subscribes).toHaveLength(1);
  });

  it('close() during the backoff ends iteration and the events, and stops resubscribing', async () => {
    await f.close();
    f = await startFixture({ reconnect: { initialDelayMs: 100_000, maxDelayMs: 100_000 } });
    const consumer: Consumer = await f.client.subscribe({ topic: 'orders', subscription: 'sub' });
    const events = consumer.events();
    const iteration = (async () => {
      const seen: Message[] = [];
      for await (const message of consumer) seen.push(message);
      return seen;
    })();
    f.broker.failStreams(unavailable());
    expect((await events.next()).value).toMatchObject({ type: 'disconnected' });
    const started = Date.now();
    await consumer.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(iteration).resolves.toEqual([]);
    await expect(events.next()).resolves.toEqual({ done: true, value: undefined });
    expect(f.broker.subscribes).toHaveLength(1);
    expect(f.broker.lookups).toBe(1);
  });
});
