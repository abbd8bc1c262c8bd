import type { Consumer, Message } from '@brook/client';
import { describe, expect, it } from 'vitest';
import { eventually } from './harness/collect.js';
import { useStandalone } from './harness/useStandalone.js';

interface Received {
  readonly message: Message;
  readonly at: number;
}

/** The next `count` messages with the time each reached the application, acked, the consumer left open. */
async function take(consumer: Consumer, count: number): Promise<Received[]> {
  const received: Received[] = [];
  const iterator = consumer[Symbol.asyncIterator]();
  while (received.length < count) {
    const result = await iterator.next();
    if (result.done) throw new Error('the consumer ended');
    received.push({ message: result.value, at: Date.now() });
    await consumer.ack(result.value);
  }
  return received;
}

const text = (r: Received) => r.message.value.toString();

describe('delayed delivery, against a real broker', () => {
  const env = useStandalone();

  it('holds a delayed message on a Shared subscription until due while later messages flow past it', async () => {
    const topic = 'delayed-shared';
    const consumer = await env.client.subscribe({ topic, subscription: 'workers', type: 'Shared' });
    const producer = await env.client.createProducer({ topic });
    const sentAt = Date.now();
    const sends = [producer.send({ value: 'late', deliverAfterMs: 2000 })];
    for (let i = 0; i < 20; i++) sends.push(producer.send({ value: `now-${i}` }));
    const ids = await Promise.all(sends);

    const received = await take(consumer, 21);
    expect(received.slice(0, 20).map(text)).toEqual(Array.from({ length: 20 }, (_, i) => `now-${i}`));
    for (const r of received.slice(0, 20)) expect(r.at).toBeLessThan(sentAt + 2000);
    const late = received[20] as Received;
    expect(text(late)).toBe('late');
    expect(late.message.offset).toBe(ids[0]?.offset);
    // deliverAfterMs counts from the send (the producer's clock, as Pulsar), so from no earlier than sentAt.
    expect(late.at).toBeGreaterThanOrEqual(sentAt + 2000);
    await consumer.close();
  });

  it('holds a delayed message on a Key_Shared subscription too', async () => {
    const topic = 'delayed-key-shared';
    const consumer = await env.client.subscribe({ topic, subscription: 'workers', type: 'KeyShared' });
    const producer = await env.client.createProducer({ topic });
    const sentAt = Date.now();
    await Promise.all([
      producer.send({ key: 'k', value: 'late', deliverAfterMs: 1500 }),
      producer.send({ key: 'other', value: 'now' }),
    ]);
    const received = await take(consumer, 2);
    expect(received.map(text)).toEqual(['now', 'late']);
    expect((received[1] as Received).at).toBeGreaterThanOrEqual(sentAt + 1500);
    await consumer.close();
  });

  it.each(['Exclusive', 'Failover'] as const)(
    'delivers at once on a %s subscription, in order (as Pulsar)',
    async (type) => {
      const topic = `delayed-${type}`;
      const consumer = await env.client.subscribe({ topic, subscription: 'only', type });
      const producer = await env.client.createProducer({ topic });
      const sentAt = Date.now();
      await Promise.all([
        producer.send({ value: 'a' }),
        producer.send({ value: 'delayed', deliverAfterMs: 60_000 }),
        producer.send({ value: 'b' }),
      ]);
      const received = await take(consumer, 3);
      expect(received.map(text)).toEqual(['a', 'delayed', 'b']);
      expect((received[1] as Received).at).toBeLessThan(sentAt + 60_000);
      await consumer.close();
    },
  );

  it('keeps delayed messages through kill -9 of the broker and delivers them at their time', async () => {
    const topic = 'delayed-restart';
    const options = { topic, subscription: 'workers', type: 'Shared' as const };
    const consumer = await env.client.subscribe(options);
    const producer = await env.client.createProducer({ topic });
    const delayMs = 6000;
    await producer.send({ value: 'undelayed' });
    const sentAt = Date.now();
    await producer.send({ value: 'delayed-1', deliverAfterMs: delayMs });
    await producer.send({ value: 'delayed-2', deliverAt: sentAt + delayMs + 500 });
    const [undelayed] = await take(consumer, 1);
    expect(text(undelayed as Received)).toBe('undelayed');
    // Persisted: the mark-delete moved past the acked message and stops at the delayed ones, unacked.
    await eventually(async () => {
      const stats = await env.client.admin.topics.stats(topic);
      return stats.subscriptions.find((s) => s.name === 'workers')?.markDeleteOffset === 1;
    });

    expect(await env.process.kill('SIGKILL')).toBeNull();
    expect(Date.now()).toBeLessThan(sentAt + delayMs);
    await env.restart();

    const resumed = await env.client.subscribe(options);
    const received = await take(resumed, 2);
    expect(received.map(text)).toEqual(['delayed-1', 'delayed-2']);
    expect((received[0] as Received).at).toBeGreaterThanOrEqual(sentAt + delayMs);
    expect((received[1] as Received).at).toBeGreaterThanOrEqual(sentAt + delayMs + 500);
    await eventually(async () => {
      const stats = await env.client.admin.topics.stats(topic);
      return stats.subscriptions.find((s) => s.name === 'workers')?.backlog === 0;
    });
    await resumed.close();
  });
});
