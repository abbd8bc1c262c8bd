import { BrookError, ErrorCode, pb } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../Message.js';
import { MessageId } from '../MessageId.js';
import { ackedOffsets } from '../testing/FakeBroker.js';
import { type Fixture, startFixture, value } from '../testing/fixture.js';
import { ACK_GROUP_MAX_IDS } from './AckGrouper.js';
import type { ConsumerApi as Consumer } from './ConsumerApi.js';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.close();
});

async function produce(count: number, maxMessages = 1000): Promise<void> {
  const producer = await f.client.createProducer({ topic: 'orders', name: 'p', batching: { maxMessages } });
  await Promise.all(Array.from({ length: count }, (_, i) => producer.send({ value: value(i), key: `k${i}` })));
  await producer.close();
}

async function take(consumer: Consumer, count: number): Promise<Message[]> {
  const out: Message[] = [];
  const iterator = consumer[Symbol.asyncIterator]();
  while (out.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

const subscribe = (options: { receiverQueueSize?: number } = {}) =>
  f.client.subscribe({ topic: 'orders', subscription: 'sub', initialPosition: 'Earliest', ...options });

describe('Consumer delivery', () => {
  it('delivers every message of every entry with its fields and id', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', name: 'p', batching: { maxMessages: 2 } });
    await Promise.all([
      producer.send({ value: 'a', key: 'k', properties: { p: 'q' }, eventTime: 1000 }),
      producer.send({ value: Buffer.from('b') }),
      producer.send({ value: new Uint8Array([99]) }),
    ]);
    const consumer = await subscribe();
    const [a, b, c] = await take(consumer, 3);
    expect(a).toMatchObject({
      topic: 'public/default/orders',
      key: 'k',
      properties: { p: 'q' },
      eventTime: 1000,
      producerName: 'p',
      sequenceId: 0,
      offset: 0,
      redeliveryCount: 0,
    });
    expect(a?.value).toEqual(Buffer.from('a'));
    expect(Buffer.isBuffer(b?.value)).toBe(true);
    expect(b?.key).toBeUndefined();
    expect(b?.eventTime).toBeUndefined();
    expect(b).toMatchObject({ sequenceId: 1, offset: 1, properties: {} });
    expect(c?.value).toEqual(Buffer.from('c'));
    expect([a, b, c].map((m) => m?.id.toString())).toEqual(['7:0:0:-1:0', '7:0:1:-1:1', '7:1:0:-1:2']);
    expect(a?.publishTime).toBeGreaterThan(0);
  });

  it('sends the subscription type, initial position and name it was given', async () => {
    await f.client.subscribe({ topic: 'orders', subscription: 's1', type: 'Shared', name: 'c1' });
    await f.client.subscribe({ topic: 'orders', subscription: 's2', type: 'KeyShared' });
    await f.client.subscribe({ topic: 'orders', subscription: 's3', type: 'Failover', initialPosition: 'Earliest' });
    await f.client.subscribe({ topic: 'orders', subscription: 's4' });
    expect(f.broker.subscribes.map((s) => [s.subscription, s.type, s.initialPosition, s.consumerName])).toEqual([
      ['s1', pb.SubscriptionType.SUBSCRIPTION_TYPE_SHARED, pb.InitialPosition.INITIAL_POSITION_LATEST, 'c1'],
      ['s2', pb.SubscriptionType.SUBSCRIPTION_TYPE_KEY_SHARED, pb.InitialPosition.INITIAL_POSITION_LATEST, ''],
      ['s3', pb.SubscriptionType.SUBSCRIPTION_TYPE_FAILOVER, pb.InitialPosition.INITIAL_POSITION_EARLIEST, ''],
      ['s4', pb.SubscriptionType.SUBSCRIPTION_TYPE_EXCLUSIVE, pb.InitialPosition.INITIAL_POSITION_LATEST, ''],
    ]);
  });

  it('keeps flow permits within receiverQueueSize and replenishes them as the application consumes', async () => {
    await produce(100, 5);
    const consumer = await subscribe({ receiverQueueSize: 10 });
    const messages = await take(consumer, 100);
    expect(messages.map((m) => m.offset)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    const state = f.broker.consumers[0];
    expect(state?.flows[0]).toBe(10);
    expect(state?.flows.length).toBeGreaterThan(10);
    for (const permits of state?.flows.slice(1) ?? []) expect(permits).toBeGreaterThanOrEqual(5);
    expect(state?.maxPermits).toBeLessThanOrEqual(10);
  });

  it('skips the batch indexes the broker lists as already acknowledged', async () => {
    await produce(5);
    f.broker.ackedIndexes.set(0, [1, 3]);
    const consumer = await subscribe({ receiverQueueSize: 4 });
    const messages = await take(consumer, 3);
    expect(messages.map((m) => m.id.batchIndex)).toEqual([0, 2, 4]);
    expect(messages.map((m) => m.sequenceId)).toEqual([0, 2, 4]);
  });

  it('surfaces a checksum mismatch through the iterator, in place of the corrupt entry', async () => {
    await produce(2, 1);
    f.broker.corruptEntryIds.add(0);
    const consumer = await subscribe();
    await expect(take(consumer, 1)).rejects.toMatchObject({ code: ErrorCode.ChecksumMismatch });
    const [next] = await take(consumer, 1);
    expect(next?.offset).toBe(1);
  });

  it('ends iteration with the BrookError that ends the stream', async () => {
    const consumer = await subscribe();
    const loop = (async () => {
      for await (const _ of consumer) {
        // no messages arrive
      }
    })();
    await f.broker.until(() => (f.broker.consumers[0]?.flows.length ?? 0) > 0);
    f.broker.failStreams(new BrookError(ErrorCode.TopicNotFound, 'topic deleted'));
    await expect(loop).rejects.toMatchObject({ code: ErrorCode.TopicNotFound, message: 'topic deleted' });
    await expect(consumer.ack(new MessageId(-1, 1, 1, 0, 0))).rejects.toMatchObject({
      code: ErrorCode.TopicNotFound,
    });
  });
});

describe('Consumer.receiveBatch', () => {
  it('hands out what is queued, in order, at most maxMessages, and mixes with for await', async () => {
    await produce(25, 10);
    const consumer = await subscribe({ receiverQueueSize: 100 });
    const first = await consumer.receiveBatch(7);
    expect(first.map((m) => m.offset)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const [next] = await take(consumer, 1);
    expect(next?.offset).toBe(7);
    const seen = [...first, next as Message];
    while (seen.length < 25) seen.push(...(await consumer.receiveBatch()));
    expect(seen.map((m) => m.offset)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(seen[24]).toMatchObject({ key: 'k24', offset: 24 });
    await Promise.all(seen.map((m) => consumer.ack(m)));
    await consumer.close();
    expect(await consumer.receiveBatch()).toEqual([]);
  });

  it('waits for messages, and a close ends the wait with an empty batch', async () => {
    const consumer = await subscribe();
    const waiting = consumer.receiveBatch();
    await produce(3);
    const seen = await waiting;
    expect(seen.length).toBeGreaterThan(0);
    while (seen.length < 3) seen.push(...(await consumer.receiveBatch()));
    expect(seen.map((m) => m.offset)).toEqual([0, 1, 2]);
    const empty = consumer.receiveBatch();
    await consumer.close();
    expect(await empty).toEqual([]);
  });

  it('surfaces an unreadable entry in its place, after the messages before it', async () => {
    f.broker.corruptEntryIds.add(1);
    await produce(6, 2);
    const consumer = await subscribe();
    const batches: (number[] | string)[] = [];
    while (batches.length < 3) {
      batches.push(
        await consumer.receiveBatch().then(
          (messages) => messages.map((m) => m.offset),
          (error: BrookError) => error.code,
        ),
      );
    }
    expect(batches).toEqual([[0, 1], ErrorCode.ChecksumMismatch, [4, 5]]);
  });

  it('refuses a maxMessages that is not a positive integer', async () => {
    const consumer = await subscribe();
    await expect(consumer.receiveBatch(0)).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
  });
});

describe('Consumer acks', () => {
  it('groups individual acks as offset ranges, one per run of an entry, written after the group delay', async () => {
    await produce(1500);
    const consumer = await subscribe({ receiverQueueSize: 2000 });
    const messages = await take(consumer, 1500);
    // 0..999 in order (entry 0), then entry 1 with a hole at 1200.
    await Promise.all(messages.filter((m) => m.offset !== 1200).map((m) => consumer.ack(m)));
    const requests = f.broker.consumers[0]?.acks ?? [];
    await f.broker.until(() => requests.length === 1);
    expect(requests[0]?.ids).toEqual([]);
    expect(requests[0]?.ranges.map((r) => [r.baseOffset, r.from, r.to])).toEqual([
      [0, 0, 1000],
      [1000, 1000, 1200],
      [1000, 1201, 1500],
    ]);
  });

  it(`writes a group once it holds ${ACK_GROUP_MAX_IDS} ranges`, async () => {
    await produce(2 * ACK_GROUP_MAX_IDS + 10);
    const consumer = await subscribe({ receiverQueueSize: 3000 });
    const messages = await take(consumer, 2 * ACK_GROUP_MAX_IDS + 10);
    // Every other message: each ack is a run of its own.
    for (const m of messages) if (m.offset % 2 === 0) void consumer.ack(m);
    const requests = f.broker.consumers[0]?.acks ?? [];
    await f.broker.until(() => requests.length === 2);
    expect(requests.map((r) => r.ranges.length)).toEqual([ACK_GROUP_MAX_IDS, 5]);
  });

  it('sends a broker without ack ranges one id per message, with its offset and batch index', async () => {
    f.broker.ackRanges = false;
    await produce(1500);
    const consumer = await subscribe({ receiverQueueSize: 2000 });
    const messages = await take(consumer, 1500);
    await Promise.all(messages.map((m) => consumer.ack(m)));
    const requests = f.broker.consumers[0]?.acks ?? [];
    await f.broker.until(() => requests.length === 1);
    expect(requests[0]?.ranges).toEqual([]);
    expect(requests[0]?.ids.map((id) => id.offset)).toEqual(Array.from({ length: 1500 }, (_, i) => i));
    expect(requests[0]?.ids[1499]).toMatchObject({ batchIndex: 499, offset: 1499 });
  });

  it('sends a cumulative ack on its own, after the pending individual acks', async () => {
    await produce(3);
    const consumer = await subscribe();
    const [a, , c] = await take(consumer, 3);
    const individual = consumer.ack(a as Message);
    await consumer.ackCumulative(c as Message);
    await individual;
    const requests = f.broker.consumers[0]?.acks ?? [];
    await f.broker.until(() => requests.length === 2);
    expect(requests.map((r) => [r.cumulative ? r.ids.map((id) => id.offset) : ackedOffsets(r), r.cumulative])).toEqual([
      [[0], false],
      [[2], true],
    ]);
  });

  it('await ack() in the loop is not held up by the group delay', async () => {
    await produce(300);
    const consumer = await subscribe();
    const requests = f.broker.consumers[0]?.acks ?? [];
    let seen = 0;
    for await (const message of consumer) {
      await consumer.ack(message);
      if (++seen === 300) break;
    }
    await f.broker.until(() => f.broker.consumers.length === 0);
    expect(requests.flatMap(ackedOffsets)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(requests.length).toBeLessThan(30);
  });

  it('leaving the loop with break closes the consumer and writes its pending acks', async () => {
    await produce(5);
    const consumer = await subscribe();
    const closedAcks = f.broker.consumers[0]?.acks ?? [];
    let seen = 0;
    for await (const message of consumer) {
      void consumer.ack(message);
      if (++seen === 2) break;
    }
    await f.broker.until(() => f.broker.consumers.length === 0);
    expect(f.broker.subscribes).toHaveLength(1);
    expect(closedAcks.flatMap(ackedOffsets)).toEqual([0, 1]);
    await expect(consumer.ack(new MessageId(-1, 7, 0, 0, 0))).rejects.toMatchObject({
      code: ErrorCode.AlreadyClosed,
    });
    for await (const _ of consumer) throw new Error('a closed consumer yields nothing');
  });
});
