import { BrookError, ErrorCode, pb } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageId } from '../MessageId.js';
import { type Fixture, startFixture, TOPIC, value } from '../testing/fixture.js';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.close();
});

const codeOf = (result: PromiseSettledResult<unknown>) =>
  result.status === 'rejected' ? (result.reason as BrookError).code : 'ok';

describe('Producer batching', () => {
  it('seals a batch at maxMessages and sends the batches ready in one tick as one stream message', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: { maxMessages: 10, maxDelayMs: 5 } });
    const sends = Array.from({ length: 25 }, (_, i) => producer.send({ value: value(i) }));
    await Promise.all(sends);
    expect(f.batchSizes()).toEqual([10, 10, 5]);
    expect(f.broker.publishWrites).toEqual([2, 1]);
  });

  it('seals a batch before a message that would pass maxBytes', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: { maxBytes: 1000 } });
    await Promise.all(Array.from({ length: 20 }, (_, i) => producer.send({ value: value(i) })));
    // A 100-byte value takes 104 bytes in a batch: nine fit in 1000.
    expect(f.batchSizes()).toEqual([9, 9, 2]);
    for (const entry of f.broker.topics.get(TOPIC)?.entries ?? [])
      expect(entry.batch.payload.length).toBeLessThan(1000);
  });

  it('sends a partial batch once maxDelayMs passed', async () => {
    const producer = await f.client.createProducer({
      topic: 'orders',
      batching: { maxMessages: 1000, maxDelayMs: 20 },
    });
    const started = Date.now();
    await Promise.all([producer.send({ value: 'a' }), producer.send({ value: 'b' }), producer.send({ value: 'c' })]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    expect(f.batchSizes()).toEqual([3]);
    expect(f.broker.publishWrites).toEqual([1]);
  });

  it('with batching off sends each message as its own batch, still coalesced per tick', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: false });
    await Promise.all(Array.from({ length: 5 }, (_, i) => producer.send({ value: value(i) })));
    expect(f.batchSizes()).toEqual([1, 1, 1, 1, 1]);
    expect(f.broker.publishWrites).toEqual([5]);
  });

  it('writes batches in the wire format with sequence ids from lastSequenceId + 1', async () => {
    const first = await f.client.createProducer({ topic: 'orders', name: 'p1' });
    await Promise.all([first.send({ value: 'x' }), first.send({ value: 'y', key: 'k', properties: { a: 'b' } })]);
    await first.close();
    const again = await f.client.createProducer({ topic: 'orders', name: 'p1' });
    await again.send({ value: 'z', eventTime: 1234 });
    const entries = f.broker.topics.get(TOPIC)?.entries ?? [];
    expect(entries.map((e) => [e.batch.sequenceId, e.batch.messageCount])).toEqual([
      [0, 2],
      [2, 1],
    ]);
    const decoded = pb.MessageBatch.decode(entries[0]?.batch.payload as Uint8Array);
    expect(decoded.messages.map((m) => Buffer.from(m.value as Uint8Array).toString())).toEqual(['x', 'y']);
    expect(decoded.messages[1]).toMatchObject({ key: 'k', properties: { a: 'b' } });
    expect(pb.MessageBatch.decode(entries[1]?.batch.payload as Uint8Array).messages[0]?.eventTime).toBe(1234);
  });
});

describe('Producer receipts', () => {
  it('resolves message ids in send order: entry per batch, batch index and offset per message', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: { maxMessages: 4 } });
    const ids: MessageId[] = await Promise.all(
      Array.from({ length: 10 }, (_, i) => producer.send({ value: value(i) })),
    );
    expect(ids.map(String)).toEqual([
      '7:0:0:-1:0',
      '7:0:1:-1:1',
      '7:0:2:-1:2',
      '7:0:3:-1:3',
      '7:1:0:-1:4',
      '7:1:1:-1:5',
      '7:1:2:-1:6',
      '7:1:3:-1:7',
      '7:2:0:-1:8',
      '7:2:1:-1:9',
    ]);
    for (let i = 1; i < ids.length; i++)
      expect((ids[i] as MessageId).compare(ids[i - 1] as MessageId)).toBeGreaterThan(0);
  });

  it('a receipt with an error code rejects only the sends of its batch', async () => {
    f.broker.failSequenceIds.set(10, ErrorCode.TopicBusy);
    const producer = await f.client.createProducer({ topic: 'orders', batching: { maxMessages: 10 } });
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => producer.send({ value: value(i) })));
    const codes = results.map(codeOf);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('ok'));
    expect(codes.slice(10, 20)).toEqual(Array(10).fill(ErrorCode.TopicBusy));
    expect(codes.slice(20)).toEqual(Array(10).fill('ok'));
    expect(((results[10] as PromiseRejectedResult).reason as BrookError).message).toContain('fake failure');
  });

  it('rejects a message larger than maxMessageSize at once and sends nothing', async () => {
    f.broker.maxMessageSize = 1000;
    const producer = await f.client.createProducer({ topic: 'orders' });
    await expect(producer.send({ value: Buffer.alloc(2000) })).rejects.toMatchObject({
      code: ErrorCode.MessageTooLarge,
    });
    expect(f.broker.publishWrites).toEqual([]);
    // Batches stay within maxMessageSize even when batching.maxBytes is larger.
    await Promise.all(Array.from({ length: 10 }, () => producer.send({ value: Buffer.alloc(300, 1) })));
    const payloads = (f.broker.topics.get(TOPIC)?.entries ?? []).map((e) => e.batch.payload.length);
    expect(payloads.length).toBeGreaterThan(1);
    for (const size of payloads) expect(size).toBeLessThanOrEqual(1000);
  });

  it('rejects invalid messages with INVALID_ARGUMENT', async () => {
    const producer = await f.client.createProducer({ topic: 'orders' });
    await expect(producer.send({ value: 42 as unknown as string })).rejects.toMatchObject({
      code: ErrorCode.InvalidArgument,
    });
    await expect(producer.send({ value: 'x', properties: { a: 1 as unknown as string } })).rejects.toMatchObject({
      code: ErrorCode.InvalidArgument,
    });
  });
});

describe('Producer flow control', () => {
  it('holds sends past maxPendingMessages until receipts free room, without rejecting them', async () => {
    f.broker.holdReceipts = true;
    const producer = await f.client.createProducer({
      topic: 'orders',
      maxPendingMessages: 5,
      batching: { maxMessages: 2 },
    });
    const sends = Array.from({ length: 12 }, (_, i) => producer.send({ value: value(i) }));
    await f.broker.until(() => f.storedMessages() === 5);
    expect(f.batchSizes()).toEqual([2, 2, 1]);
    f.broker.releaseReceipts();
    const ids = await Promise.all(sends);
    expect(ids.map((id) => id.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(f.broker.maxUnreceipted).toBeLessThanOrEqual(5);
  });

  it('flush sends the open batch now and resolves once every send so far is acknowledged', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: { maxDelayMs: 60_000 } });
    await producer.flush();
    let acknowledged = 0;
    for (let i = 0; i < 3; i++) void producer.send({ value: value(i) }).then(() => acknowledged++);
    await producer.flush();
    expect(acknowledged).toBe(3);
    expect(f.batchSizes()).toEqual([3]);
  });

  it('rejects sends not acknowledged within sendTimeoutMs with TIMEOUT', async () => {
    f.broker.holdReceipts = true;
    const producer = await f.client.createProducer({ topic: 'orders', sendTimeoutMs: 50 });
    const started = Date.now();
    await expect(producer.send({ value: 'late' })).rejects.toMatchObject({ code: ErrorCode.Timeout });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    // The late receipt keeps order and frees room; the producer stays usable.
    f.broker.holdReceipts = false;
    f.broker.releaseReceipts();
    await expect(producer.send({ value: 'next' })).resolves.toMatchObject({ offset: 1 });
  });

  it('when the stream ends with a non-retriable error, pending and later sends reject with it', async () => {
    f.broker.holdReceipts = true;
    const producer = await f.client.createProducer({ topic: 'orders' });
    const events = producer.events();
    const sends = [producer.send({ value: 'a' }), producer.send({ value: 'b' })];
    await f.broker.until(() => f.storedMessages() === 2);
    f.broker.failStreams(new BrookError(ErrorCode.TopicNotFound, 'topic deleted'));
    const results = await Promise.allSettled(sends);
    expect(results.map(codeOf)).toEqual([ErrorCode.TopicNotFound, ErrorCode.TopicNotFound]);
    await expect(producer.send({ value: 'c' })).rejects.toMatchObject({ code: ErrorCode.TopicNotFound });
    await expect(producer.flush()).rejects.toMatchObject({ code: ErrorCode.TopicNotFound });
    // No reconnect was tried: one open, one lookup, and the events end without a status change.
    expect(f.broker.producerOpens).toHaveLength(1);
    expect(f.broker.lookups).toBe(1);
    await expect(events.next()).resolves.toEqual({ done: true, value: undefined });
    await producer.close();
  });

  it('createProducer rejects with the error that ends the stream before it opened', async () => {
    f.broker.openError = new BrookError(ErrorCode.ProducerBusy, 'name in use');
    await expect(f.client.createProducer({ topic: 'orders', name: 'p' })).rejects.toMatchObject({
      code: ErrorCode.ProducerBusy,
      message: 'name in use',
    });
  });

  it('close waits for pending sends, then refuses new ones with ALREADY_CLOSED; close is idempotent', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: { maxDelayMs: 60_000 } });
    const pending = producer.send({ value: 'last' });
    await Promise.all([producer.close(), producer.close()]);
    await expect(pending).resolves.toMatchObject({ offset: 0 });
    await expect(producer.send({ value: 'x' })).rejects.toMatchObject({ code: ErrorCode.AlreadyClosed });
    await producer[Symbol.asyncDispose]();
    expect(f.broker.publishCalls.size).toBe(0);
  });
});
