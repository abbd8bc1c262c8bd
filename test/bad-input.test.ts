import { BrookError, ErrorCode } from '@brook/client';
import { pb } from '@brook/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, receive } from './harness/collect.js';
import { batchOf, payloadBatch, RawBroker } from './harness/rawGrpc.js';
import { useStandalone } from './harness/useStandalone.js';

const MAX_MESSAGE_SIZE = 5 * 1024 * 1024;

/** The id of message `batchIndex` of a delivered entry, as a consumer would ack it. */
function idOf(entry: pb.IDeliveredEntry, batchIndex: number): pb.IMessageIdData {
  return {
    partition: -1,
    ledgerId: Number(entry.ledgerId),
    entryId: Number(entry.entryId),
    batchIndex,
    offset: Number(entry.baseOffset) + batchIndex,
  };
}

const BAD_TOPIC_NAMES: [string, string][] = [
  ['empty', ''],
  ['256 characters long', 'x'.repeat(256)],
  ['with a space', 'a b'],
  ['climbing a directory', '../x'],
  ['of two parts', 't/n'],
  ['starting with -', '-x'],
];

describe('Bad input gets a clear error and changes nothing; no input can crash a process', () => {
  const env = useStandalone();
  let raw: RawBroker;

  beforeAll(() => {
    raw = new RawBroker(env.url);
  });

  afterAll(() => {
    raw?.close();
  });

  const messageCount = async (topic: string) => (await env.client.admin.topics.stats(topic)).messageCount;

  describe('topic names', () => {
    it.each(BAD_TOPIC_NAMES)(
      'a topic name %s is refused with INVALID_TOPIC_NAME by createProducer, subscribe and admin.topics.create, and creates nothing',
      async (_, name) => {
        const before = await env.client.admin.topics.list();
        const invalidName = { code: ErrorCode.InvalidTopicName };
        await expect(env.client.createProducer({ topic: name })).rejects.toMatchObject(invalidName);
        await expect(env.client.subscribe({ topic: name, subscription: 's' })).rejects.toMatchObject(invalidName);
        await expect(env.client.admin.topics.create(name)).rejects.toMatchObject(invalidName);
        expect(await env.client.admin.topics.list()).toEqual(before);
      },
    );

    it.each(BAD_TOPIC_NAMES)(
      'the broker itself refuses a topic name %s with INVALID_TOPIC_NAME, on Publish, Consume and CreateTopic',
      async (_, name) => {
        const before = await env.client.admin.topics.list();
        const publish = raw.publish();
        publish.write({ open: { topic: name } });
        expect(await publish.ended).toMatchObject({ code: ErrorCode.InvalidTopicName });
        const consume = raw.consume();
        consume.write({ subscribe: { topic: name, subscription: 's' } });
        expect(await consume.ended).toMatchObject({ code: ErrorCode.InvalidTopicName });
        await expect(raw.createTopic({ topic: name })).rejects.toMatchObject({ code: ErrorCode.InvalidTopicName });
        expect(await env.client.admin.topics.list()).toEqual(before);
      },
    );
  });

  it('a message over the maximum size is refused with MESSAGE_TOO_LARGE, nothing is stored, and the producer keeps working', async () => {
    const topic = 'oversize';
    const producer = await env.client.createProducer({ topic });
    await producer.send({ value: 'first' });
    expect(await messageCount(topic)).toBe(1);

    await expect(producer.send({ value: Buffer.alloc(MAX_MESSAGE_SIZE + 1, 0x61) })).rejects.toMatchObject({
      code: ErrorCode.MessageTooLarge,
    });
    expect(await messageCount(topic)).toBe(1);

    expect((await producer.send({ value: 'after' })).offset).toBe(1);
    expect(await messageCount(topic)).toBe(2);
    await producer.close();
  });

  describe('raw gRPC on the Publish stream', () => {
    it('sending batches before open ends the stream with MALFORMED_REQUEST and creates nothing', async () => {
      const before = await env.client.admin.topics.list();
      const stream = raw.publish();
      stream.write({ batches: { batches: [batchOf(['early'], 0)] } });
      expect(await stream.ended).toMatchObject({ code: ErrorCode.MalformedRequest });
      expect(await env.client.admin.topics.list()).toEqual(before);
    });

    it('sending open twice ends the stream with MALFORMED_REQUEST and leaves no producer behind', async () => {
      const topic = 'open-twice';
      const stream = await raw.openProducer(topic);
      expect((await env.client.admin.topics.stats(topic)).producerCount).toBe(1);
      stream.write({ open: { topic } });
      expect(await stream.ended).toMatchObject({ code: ErrorCode.MalformedRequest });
      await eventually(async () => (await env.client.admin.topics.stats(topic)).producerCount === 0);
      expect(await messageCount(topic)).toBe(0);
    });

    it('a request that is neither open nor batches ends the stream with MALFORMED_REQUEST', async () => {
      const stream = await raw.openProducer('empty-request');
      stream.write({});
      expect(await stream.ended).toMatchObject({ code: ErrorCode.MalformedRequest });
    });

    it('a 6 MiB batch gets a MESSAGE_TOO_LARGE receipt and stores nothing; the stream stays usable', async () => {
      const topic = 'raw-oversize';
      const stream = await raw.openProducer(topic);
      const huge = Buffer.from(
        pb.MessageBatch.encode({ messages: [{ value: Buffer.alloc(6 * 1024 * 1024, 0x62) }] }).finish(),
      );
      stream.write({ batches: { batches: [payloadBatch(huge, 1, 0)] } });
      const [refused] = await stream.receipts(1);
      expect(refused).toMatchObject({ sequenceId: 0, errorCode: ErrorCode.MessageTooLarge });
      expect(await messageCount(topic)).toBe(0);

      stream.write({ batches: { batches: [batchOf(['a', 'b', 'c'], 1)] } });
      const [stored] = await stream.receipts(1);
      expect(stored?.errorCode).toBe('');
      expect(stored).toMatchObject({ sequenceId: 1, baseOffset: 0 });
      expect(await messageCount(topic)).toBe(3);
      expect(await stream.end()).toBeUndefined();
    });

    it('a batch whose CRC32C is wrong gets a CHECKSUM_MISMATCH receipt and stores nothing', async () => {
      const topic = 'bad-crc';
      const stream = await raw.openProducer(topic);
      const batch = batchOf(['payload'], 0);
      stream.write({ batches: { batches: [{ ...batch, payloadCrc32c: ((batch.payloadCrc32c ?? 0) ^ 1) >>> 0 }] } });
      const [receipt] = await stream.receipts(1);
      expect(receipt).toMatchObject({ sequenceId: 0, errorCode: ErrorCode.ChecksumMismatch });
      expect(await messageCount(topic)).toBe(0);
      expect(await stream.end()).toBeUndefined();
    });

    it('a batch with no messages, an empty payload or an unknown codec gets a MALFORMED_REQUEST receipt and stores nothing', async () => {
      const topic = 'malformed-batches';
      const stream = await raw.openProducer(topic);
      stream.write({
        batches: {
          batches: [
            { ...batchOf(['x'], 0), messageCount: 0 },
            payloadBatch(Buffer.alloc(0), 1, 1),
            { ...batchOf(['x'], 2), codec: 99 as pb.Codec },
          ],
        },
      });
      const receipts = await stream.receipts(3);
      expect(receipts.map((r) => [r.sequenceId, r.errorCode])).toEqual([
        [0, ErrorCode.MalformedRequest],
        [1, ErrorCode.MalformedRequest],
        [2, ErrorCode.MalformedRequest],
      ]);
      expect(await messageCount(topic)).toBe(0);
      expect(await stream.end()).toBeUndefined();
    });
  });

  describe('raw gRPC on the Consume stream', () => {
    it.each([
      ['flow', { flow: { permits: 10 } }],
      ['ack', { ack: { ids: [{ offset: 0 }] } }],
    ] as [string, pb.IConsumeRequest][])(
      'sending %s before subscribe ends the stream with MALFORMED_REQUEST',
      async (_, request) => {
        const stream = raw.consume();
        stream.write(request);
        expect(await stream.ended).toMatchObject({ code: ErrorCode.MalformedRequest });
      },
    );

    it.each([
      ['empty', ''],
      ['"a b"', 'a b'],
      ['"-x"', '-x'],
      ['"../s"', '../s'],
      ['of 256 characters', 'x'.repeat(256)],
    ])(
      'subscribing with a subscription name %s ends the stream with INVALID_ARGUMENT and creates no subscription',
      async (_, subscription) => {
        const topic = 'bad-subscription-names';
        await (await env.client.createProducer({ topic })).close();
        const stream = raw.consume();
        stream.write({ subscribe: { topic, subscription } });
        expect(await stream.ended).toMatchObject({ code: ErrorCode.InvalidArgument });
        expect((await env.client.admin.topics.stats(topic)).subscriptions).toEqual([]);
      },
    );

    it('a second Exclusive consumer, or a Shared one, on an Exclusive subscription is refused with CONSUMER_BUSY', async () => {
      const topic = 'exclusive-only';
      const first = await raw.subscribe({
        topic,
        subscription: 'only',
        type: pb.SubscriptionType.SUBSCRIPTION_TYPE_EXCLUSIVE,
      });

      const second = raw.consume();
      second.write({
        subscribe: { topic, subscription: 'only', type: pb.SubscriptionType.SUBSCRIPTION_TYPE_EXCLUSIVE },
      });
      expect(await second.ended).toMatchObject({ code: ErrorCode.ConsumerBusy });
      const shared = raw.consume();
      shared.write({ subscribe: { topic, subscription: 'only', type: pb.SubscriptionType.SUBSCRIPTION_TYPE_SHARED } });
      expect(await shared.ended).toMatchObject({ code: ErrorCode.ConsumerBusy });
      await expect(env.client.subscribe({ topic, subscription: 'only' })).rejects.toMatchObject({
        code: ErrorCode.ConsumerBusy,
      });

      const stats = await env.client.admin.topics.stats(topic);
      expect(stats.subscriptions).toEqual([
        expect.objectContaining({ name: 'only', type: 'Exclusive', consumerCount: 1 }),
      ]);
      first.cancel();
    });

    it('a cumulative ack on a Shared subscription ends the stream with INVALID_ARGUMENT', async () => {
      const topic = 'shared-cumulative';
      const producer = await env.client.createProducer({ topic });
      const stream = await raw.subscribe({
        topic,
        subscription: 'workers',
        type: pb.SubscriptionType.SUBSCRIPTION_TYPE_SHARED,
        initialPosition: pb.InitialPosition.INITIAL_POSITION_EARLIEST,
      });
      await producer.send({ value: 'one' });
      stream.write({ flow: { permits: 1 } });
      const [entry] = (await stream.next()).deliveries?.entries ?? [];
      stream.write({ ack: { ids: [idOf(entry as pb.IDeliveredEntry, 0)], cumulative: true } });
      expect(await stream.ended).toMatchObject({ code: ErrorCode.InvalidArgument });
      await producer.close();
    });

    it('an ack for an id that was never delivered is ignored: the stream carries on and the backlog is unchanged', async () => {
      const topic = 'never-delivered';
      const producer = await raw.openProducer(topic);
      const tens = (base: number) => Array.from({ length: 10 }, (_, i) => `m${base + i}`);
      producer.write({ batches: { batches: [batchOf(tens(0), 0), batchOf(tens(10), 10), batchOf(tens(20), 20)] } });
      expect((await producer.receipts(3)).map((r) => [r.errorCode, r.baseOffset])).toEqual([
        ['', 0],
        ['', 10],
        ['', 20],
      ]);
      const backlog = async () => (await env.client.admin.topics.stats(topic)).subscriptions[0]?.backlog;

      const stream = await raw.subscribe({
        topic,
        subscription: 'strict',
        initialPosition: pb.InitialPosition.INITIAL_POSITION_EARLIEST,
      });
      expect(await backlog()).toBe(30);
      // An id beyond the end of the topic.
      stream.write({ ack: { ids: [{ partition: -1, ledgerId: 999, entryId: 999, batchIndex: 0, offset: 1000 }] } });
      stream.write({ flow: { permits: 10 } });
      const first = (await stream.next()).deliveries?.entries ?? [];
      expect(first.map((e) => [e.baseOffset, e.messageCount])).toEqual([[0, 10]]);

      // Message 15 exists, but this consumer was never given it (it has no permits left).
      const delivered = first[0] as pb.IDeliveredEntry;
      const next = { ...delivered, entryId: Number(delivered.entryId) + 1, baseOffset: 10 };
      stream.write({ ack: { ids: [idOf(next, 5)] } });
      stream.write({ flow: { permits: 20 } });
      const later: pb.IDeliveredEntry[] = [];
      while (later.length < 2) later.push(...((await stream.next()).deliveries?.entries ?? []));
      expect(await backlog()).toBe(30);
      // Nothing was acknowledged, so the consumer is told to skip nothing.
      expect(later.map((e) => [e.baseOffset, e.messageCount, e.ackedIndexes])).toEqual([
        [10, 10, []],
        [20, 10, []],
      ]);
      stream.cancel();
      await producer.end();
    });
  });

  it('bytes that are not protobuf end the call with an error status, and the broker carries on', async () => {
    const garbage = Buffer.from([0xff, 0xff, 0xff]);
    for (const path of ['/brook.v1.Broker/Publish', '/brook.v1.Broker/Consume']) {
      const stream = raw.rawBidi(path);
      stream.write(garbage);
      expect(await stream.ended).toBeInstanceOf(BrookError);
    }
    for (const path of ['/brook.v1.Broker/Lookup', '/brook.v1.Admin/CreateTopic', '/brook.v1.Admin/GetTopicStats']) {
      expect(await raw.rawUnary(path, garbage)).toBeInstanceOf(BrookError);
    }

    // A producer that opened properly, then sends garbage, is removed.
    const topic = 'garbage-after-open';
    const stream = raw.rawBidi('/brook.v1.Broker/Publish');
    stream.write(Buffer.from(pb.PublishRequest.encode({ open: { topic } }).finish()));
    expect(pb.PublishResponse.decode(await stream.next()).opened?.topic).toBe(`public/default/${topic}`);
    stream.write(garbage);
    expect(await stream.ended).toBeInstanceOf(BrookError);
    await eventually(async () => (await env.client.admin.topics.stats(topic)).producerCount === 0);
  });

  describe('admin', () => {
    it('creating a topic that exists is refused with TOPIC_ALREADY_EXISTS and changes nothing', async () => {
      await env.client.admin.topics.create('existing', { partitions: 2 });
      await expect(env.client.admin.topics.create('existing')).rejects.toMatchObject({
        code: ErrorCode.TopicAlreadyExists,
      });
      await expect(env.client.admin.topics.create('public/default/existing', { partitions: 4 })).rejects.toMatchObject({
        code: ErrorCode.TopicAlreadyExists,
      });
      const listed = await env.client.admin.topics.list();
      expect(listed.filter((t) => t.topic === 'public/default/existing')).toEqual([
        { topic: 'public/default/existing', partitions: 2 },
      ]);
    });

    it('deleting or asking stats of an unknown topic is refused with TOPIC_NOT_FOUND', async () => {
      const before = await env.client.admin.topics.list();
      await expect(env.client.admin.topics.delete('nope')).rejects.toMatchObject({ code: ErrorCode.TopicNotFound });
      await expect(env.client.admin.topics.stats('nope')).rejects.toMatchObject({ code: ErrorCode.TopicNotFound });
      expect(await env.client.admin.topics.list()).toEqual(before);
    });

    it('a topic with a connected consumer is kept on delete (TOPIC_BUSY) and deleted with force', async () => {
      const topic = 'busy';
      const consumer = await env.client.subscribe({ topic, subscription: 'holder' });
      const names = async () => (await env.client.admin.topics.list()).map((t) => t.topic);

      await expect(env.client.admin.topics.delete(topic)).rejects.toMatchObject({ code: ErrorCode.TopicBusy });
      expect(await names()).toContain('public/default/busy');
      expect((await env.client.admin.topics.stats(topic)).subscriptions[0]?.consumerCount).toBe(1);

      await env.client.admin.topics.delete(topic, { force: true });
      expect(await names()).not.toContain('public/default/busy');
      await expect(env.client.admin.topics.stats(topic)).rejects.toMatchObject({ code: ErrorCode.TopicNotFound });
      await expect(consumer[Symbol.asyncIterator]().next()).rejects.toMatchObject({ code: ErrorCode.TopicNotFound });
    });

    it('a partition count outside 0..10000 is refused with INVALID_ARGUMENT and creates nothing', async () => {
      const before = await env.client.admin.topics.list();
      const invalid = { code: ErrorCode.InvalidArgument };
      await expect(env.client.admin.topics.create('p-negative', { partitions: -1 })).rejects.toMatchObject(invalid);
      await expect(env.client.admin.topics.create('p-many', { partitions: 10_001 })).rejects.toMatchObject(invalid);
      // The broker checks too: -1 reaches it as the uint32 4294967295.
      await expect(raw.createTopic({ topic: 'p-negative', partitions: -1 })).rejects.toMatchObject(invalid);
      await expect(raw.createTopic({ topic: 'p-many', partitions: 10_001 })).rejects.toMatchObject(invalid);
      expect(await env.client.admin.topics.list()).toEqual(before);
    });
  });

  it('after all of it the process is healthy and a produce/consume round trip works', async () => {
    expect((await fetch(`${env.process.httpUrl}/healthz`)).status).toBe(200);
    const topic = 'still-alive';
    const producer = await env.client.createProducer({ topic });
    await producer.send({ key: 'k', value: 'alive' });
    const consumer = await env.client.subscribe({ topic, subscription: 'check', initialPosition: 'Earliest' });
    const [msg] = await receive(consumer, 1);
    expect([msg?.key, msg?.value.toString()]).toEqual(['k', 'alive']);
    await consumer.close();
    await producer.close();
  });
});
