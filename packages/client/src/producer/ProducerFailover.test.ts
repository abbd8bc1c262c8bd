import { BrookError, ErrorCode } from '@brook/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrookClient } from '../BrookClient.js';
import type { ClientEvent } from '../ClientEvent.js';
import type { MessageId } from '../MessageId.js';
import { FakeBroker } from '../testing/FakeBroker.js';
import { type Fixture, startFixture, TOPIC, value } from '../testing/fixture.js';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.close();
});

const unavailable = () => new BrookError(ErrorCode.Unavailable, 'broker going away');
const stored = () => (f.broker.topics.get(TOPIC)?.entries ?? []).map((e) => [e.batch.sequenceId, e.producerName]);

async function nextEvents(events: AsyncIterator<ClientEvent>, count: number): Promise<ClientEvent[]> {
  const out: ClientEvent[] = [];
  for (let i = 0; i < count; i++) out.push((await events.next()).value as ClientEvent);
  return out;
}

describe('Producer failover', () => {
  it('reconnects after UNAVAILABLE and resends unacknowledged batches in order, with their sequence ids and name', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', batching: { maxMessages: 2 } });
    expect(producer.name).toBe('fake-producer-1');
    const events = producer.events();
    // The broker loses the three batches (a crash before they were written).
    for (const id of [0, 2, 4]) f.broker.dropSequenceIds.add(id);
    const sends = Array.from({ length: 6 }, (_, i) => producer.send({ value: value(i) }));
    await f.broker.until(() => f.broker.receivedSequenceIds.length === 3);
    f.broker.dropSequenceIds.clear();
    f.broker.failStreams(unavailable());
    const late = producer.send({ value: 'sent while disconnected' });

    const ids = await Promise.all([...sends, late]);
    expect(ids.map((id) => id.offset)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(f.broker.receivedSequenceIds).toEqual([0, 2, 4, 0, 2, 4, 6]);
    expect(stored()).toEqual([
      [0, 'fake-producer-1'],
      [2, 'fake-producer-1'],
      [4, 'fake-producer-1'],
      [6, 'fake-producer-1'],
    ]);
    expect(f.broker.producerOpens.map((o) => o.producerName)).toEqual(['', 'fake-producer-1']);
    expect(await nextEvents(events, 2)).toEqual([
      { type: 'disconnected', error: expect.objectContaining({ code: ErrorCode.Unavailable }) },
      { type: 'reconnected', brokerUrl: f.broker.url },
    ]);
  });

  it.each([
    ['ProducerOpened.last_sequence_id covers them', undefined],
    ['the broker answers their resend with duplicate receipts', -1],
  ])('in-flight batches the broker stored before the break resolve as duplicates: %s', async (_, reported) => {
    const producer = await f.client.createProducer({ topic: 'orders', name: 'p', batching: { maxMessages: 2 } });
    f.broker.holdReceipts = true;
    f.broker.dropSequenceIds.add(4);
    const sends = Array.from({ length: 6 }, (_, i) => producer.send({ value: value(i) }));
    await f.broker.until(() => f.broker.receivedSequenceIds.length === 3);
    expect(f.storedMessages()).toBe(4);
    f.broker.holdReceipts = false;
    f.broker.dropSequenceIds.clear();
    f.broker.reportedLastSequenceId = reported;
    f.broker.failStreams(unavailable());

    const ids: MessageId[] = await Promise.all(sends);
    expect(ids.map(String)).toEqual([
      '-1:-1:0:-1:-1',
      '-1:-1:1:-1:-1',
      '-1:-1:0:-1:-1',
      '-1:-1:1:-1:-1',
      '7:2:0:-1:4',
      '7:2:1:-1:5',
    ]);
    expect(ids.map((id) => id.hasPosition)).toEqual([false, false, false, false, true, true]);
    expect(stored()).toEqual([
      [0, 'p'],
      [2, 'p'],
      [4, 'p'],
    ]);
    const resent = f.broker.receivedSequenceIds.slice(3);
    expect(resent).toEqual(reported === undefined ? [4] : [0, 2, 4]);
    await expect(producer.send({ value: 'next' })).resolves.toMatchObject({ offset: 6 });
  });

  it('on NOT_OWNER looks the topic up again, retrying until Lookup names the new owner, and moves there', async () => {
    const owner = await FakeBroker.start(f.broker.topics);
    try {
      const producer = await f.client.createProducer({ topic: 'orders', name: 'p' });
      await producer.send({ value: 'before' });
      const events = producer.events();
      f.broker.notOwner = true;
      f.broker.failStreams(new BrookError(ErrorCode.NotOwner, 'bundle unloaded'));
      // Lookup still names the old broker for a while; its opens keep failing with NOT_OWNER.
      await f.broker.until(() => f.broker.lookups >= 3);
      f.broker.lookupUrl = owner.url;
      await expect(producer.send({ value: 'after' })).resolves.toMatchObject({ offset: 1 });
      expect(owner.producerOpens.map((o) => o.producerName)).toEqual(['p']);
      expect(f.broker.producerOpens.length).toBeGreaterThanOrEqual(3);
      const [disconnected, reconnected] = await nextEvents(events, 2);
      expect(disconnected).toMatchObject({ type: 'disconnected', error: { code: ErrorCode.NotOwner } });
      expect(reconnected).toEqual({ type: 'reconnected', brokerUrl: owner.url });
    } finally {
      await f.client.close();
      await owner.close();
    }
  });

  it('follows its broker to a new port after a restart, through a fresh lookup', async () => {
    const owner = await FakeBroker.start();
    try {
      f.broker.lookupUrl = owner.url;
      const producer = await f.client.createProducer({ topic: 'orders', name: 'p' });
      await producer.send({ value: 'before' });
      const events = producer.events();
      const oldUrl = owner.url;
      await owner.restart();
      f.broker.lookupUrl = owner.url;
      expect(owner.url).not.toBe(oldUrl);
      await expect(producer.send({ value: 'after' })).resolves.toMatchObject({ offset: 1 });
      const [disconnected, reconnected] = await nextEvents(events, 2);
      expect((disconnected as { error: BrookError }).error.retriable).toBe(true);
      expect(reconnected).toEqual({ type: 'reconnected', brokerUrl: owner.url });
    } finally {
      await f.client.close();
      await owner.close();
    }
  });

  it('asks the other brokers it knows for the lookup when the service broker is down', async () => {
    const owner = await FakeBroker.start();
    try {
      f.broker.lookupUrl = owner.url;
      const producer = await f.client.createProducer({ topic: 'orders', name: 'p' });
      await f.broker.close();
      owner.failStreams(unavailable());
      await expect(producer.send({ value: 'after' })).resolves.toMatchObject({ offset: 0 });
      expect(owner.lookups).toBeGreaterThanOrEqual(1);
      expect(owner.producerOpens.map((o) => o.producerName)).toEqual(['p', 'p']);
    } finally {
      await f.client.close();
      await owner.close();
    }
  });

  it('a non-retriable error while reconnecting ends the producer with it', async () => {
    f.broker.holdReceipts = true;
    const producer = await f.client.createProducer({ topic: 'orders', name: 'p' });
    const pending = producer.send({ value: 'a' });
    await f.broker.until(() => f.broker.receivedSequenceIds.length === 1);
    f.broker.openError = new BrookError(ErrorCode.ProducerBusy, 'name in use');
    f.broker.failStreams(unavailable());
    await expect(pending).rejects.toMatchObject({ code: ErrorCode.ProducerBusy });
    await expect(producer.send({ value: 'b' })).rejects.toMatchObject({ code: ErrorCode.ProducerBusy });
  });

  it('sendTimeoutMs still bounds a send while the producer cannot reconnect', async () => {
    const producer = await f.client.createProducer({ topic: 'orders', name: 'p', sendTimeoutMs: 100 });
    f.broker.notOwner = true;
    f.broker.failStreams(unavailable());
    await expect(producer.send({ value: 'stuck' })).rejects.toMatchObject({ code: ErrorCode.Timeout });
    // Once it reconnects, the timed-out send is not resent, and the producer carries on.
    f.broker.notOwner = false;
    await expect(producer.send({ value: 'next' })).resolves.toMatchObject({ offset: 0 });
    expect(stored()).toEqual([[1, 'p']]);
  });

  it('close() during the backoff stops reconnecting, rejects pending sends and clears its timer', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const clearTimeoutSpy = vi.spyOn(globalThis, 'clearTimeout');
    const client = new BrookClient({
      serviceUrl: f.broker.url,
      operationTimeoutMs: 5_000,
      reconnect: { initialDelayMs: 100_000, maxDelayMs: 100_000 },
    });
    try {
      const producer = await client.createProducer({ topic: 'orders', sendTimeoutMs: 0 });
      const events = producer.events();
      f.broker.holdReceipts = true;
      const pending = producer.send({ value: 'a' });
      await f.broker.until(() => f.broker.receivedSequenceIds.length === 1);
      f.broker.failStreams(unavailable());
      expect((await events.next()).value).toMatchObject({ type: 'disconnected' });
      const lookups = f.broker.lookups;

      await producer.close();
      await expect(pending).rejects.toMatchObject({ code: ErrorCode.AlreadyClosed });
      await expect(events.next()).resolves.toEqual({ done: true, value: undefined });
      expect(f.broker.lookups).toBe(lookups);
      const backoffTimers = setTimeoutSpy.mock.calls
        .map((call, i) => ({ delay: call[1] ?? 0, timer: setTimeoutSpy.mock.results[i]?.value }))
        .filter(({ delay }) => delay >= 50_000 && delay <= 100_000);
      expect(backoffTimers).toHaveLength(1);
      expect(clearTimeoutSpy.mock.calls.map((call) => call[0])).toContain(backoffTimers[0]?.timer);
    } finally {
      setTimeoutSpy.mockRestore();
      clearTimeoutSpy.mockRestore();
      await client.close();
    }
  });
});
