import { describe, expect, it } from 'vitest';
import { eventually, next, take } from './harness/collect.js';
import { useStandalone } from './harness/useStandalone.js';

describe('negative acks, ack timeout, redelivery counts and dead letters, against a real broker', () => {
  const env = useStandalone();

  const backlog = async (topic: string, subscription: string) =>
    (await env.client.admin.topics.stats(topic)).subscriptions.find((s) => s.name === subscription)?.backlog;

  it('acknowledges single messages of a batch: only the unacknowledged ones of the entry come again', async () => {
    const topic = 'batch-index-ack';
    const options = { topic, subscription: 'audit', type: 'Shared' as const, initialPosition: 'Earliest' as const };
    const consumer = await env.client.subscribe(options);
    const producer = await env.client.createProducer({ topic, batching: { maxMessages: 10, maxDelayMs: 50 } });
    const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => producer.send({ value: String(i) })));
    expect(new Set(ids.map((id) => id.entryId)).size).toBe(1);
    const first = await take(consumer, 10, { ack: false });
    for (const msg of first) if (msg.offset % 2 === 0) await consumer.ack(msg);
    await consumer.close();

    const again = await env.client.subscribe(options);
    const rest = await take(again, 5, { ack: false });
    expect(rest.map((m) => m.value.toString())).toEqual(['1', '3', '5', '7', '9']);
    // Closing the consumer is no redelivery request (as Pulsar): the counts stay at 0.
    expect(rest.every((m) => m.redeliveryCount === 0)).toBe(true);
    for (const msg of rest) await again.ack(msg);
    await eventually(async () => (await backlog(topic, 'audit')) === 0);
    await again.close();
  });

  it('redelivers a nacked message after nackRedeliveryDelayMs with redeliveryCount 1, others flowing meanwhile', async () => {
    const topic = 'nack-delay';
    const consumer = await env.client.subscribe({
      topic,
      subscription: 'workers',
      type: 'Shared',
      initialPosition: 'Earliest',
      nackRedeliveryDelayMs: 1500,
    });
    const producer = await env.client.createProducer({ topic, batching: false });
    await producer.send({ value: 'fails once' });
    await producer.send({ value: 'fine' });

    const first = await next(consumer);
    expect(first.value.toString()).toBe('fails once');
    expect(first.redeliveryCount).toBe(0);
    const nackedAt = Date.now();
    consumer.nack(first);

    const second = await next(consumer);
    expect(second.value.toString()).toBe('fine');
    await consumer.ack(second);

    const again = await next(consumer);
    expect(Date.now() - nackedAt).toBeGreaterThanOrEqual(1500);
    expect(again.value.toString()).toBe('fails once');
    expect(again.offset).toBe(first.offset);
    expect(again.redeliveryCount).toBe(1);
    await consumer.ack(again);
    await eventually(async () => (await backlog(topic, 'workers')) === 0);
    await consumer.close();
  });

  it('redelivers every nacked message of batched entries once, each with redeliveryCount 1', async () => {
    const topic = 'nack-many';
    const consumer = await env.client.subscribe({
      topic,
      subscription: 'workers',
      type: 'Shared',
      initialPosition: 'Earliest',
      nackRedeliveryDelayMs: 200,
      receiverQueueSize: 50,
    });
    const producer = await env.client.createProducer({ topic, batching: { maxMessages: 10 } });
    await Promise.all(Array.from({ length: 100 }, (_, i) => producer.send({ value: String(i) })));
    const firstRound = await take(consumer, 100, { ack: false });
    for (const msg of firstRound) consumer.nack(msg);
    const secondRound = await take(consumer, 100, { ack: false });
    for (const msg of secondRound) await consumer.ack(msg);
    expect(secondRound.map((m) => m.offset).sort((a, b) => a - b)).toEqual(firstRound.map((m) => m.offset));
    expect(secondRound.every((m) => m.redeliveryCount === 1)).toBe(true);
    await eventually(async () => (await backlog(topic, 'workers')) === 0);
    await consumer.close();
  });

  it('redelivers what the application did not ack within ackTimeoutMs', async () => {
    const topic = 'ack-timeout';
    const consumer = await env.client.subscribe({
      topic,
      subscription: 'slow',
      type: 'Shared',
      initialPosition: 'Earliest',
      ackTimeoutMs: 1000,
    });
    const producer = await env.client.createProducer({ topic, batching: false });
    await producer.send({ value: 'forgotten' });
    await producer.send({ value: 'acked' });

    const forgotten = await next(consumer);
    const handedOutAt = Date.now();
    const acked = await next(consumer);
    await consumer.ack(acked);
    const again = await next(consumer);
    expect(Date.now() - handedOutAt).toBeGreaterThanOrEqual(1000);
    expect(again.offset).toBe(forgotten.offset);
    expect(again.redeliveryCount).toBe(1);
    await consumer.ack(again);
    await eventually(async () => (await backlog(topic, 'slow')) === 0);
    await consumer.close();
  });

  it('keeps redelivery counts through kill -9 of the broker', async () => {
    const topic = 'counts-survive';
    const options = {
      topic,
      subscription: 'workers',
      type: 'Shared' as const,
      initialPosition: 'Earliest' as const,
      nackRedeliveryDelayMs: 100,
    };
    const consumer = await env.client.subscribe(options);
    const producer = await env.client.createProducer({ topic, batching: false });
    await producer.send({ value: 'first' });
    await producer.send({ value: 'troubled' });
    const first = await next(consumer);
    const troubled = await next(consumer);
    consumer.nack(troubled);
    expect((await next(consumer)).redeliveryCount).toBe(1);
    // The cursor is persisted after both the count rose and `first` was acked once stats show the ack.
    await consumer.ack(first);
    await eventually(async () => {
      const stats = await env.client.admin.topics.stats(topic);
      return stats.subscriptions.find((s) => s.name === 'workers')?.markDeleteOffset === troubled.offset;
    });

    expect(await env.process.kill('SIGKILL')).toBeNull();
    await env.restart();

    const resumed = await env.client.subscribe(options);
    const after = await next(resumed);
    expect(after.offset).toBe(troubled.offset);
    expect(after.redeliveryCount).toBe(1);
    resumed.nack(after);
    const later = await next(resumed);
    expect(later.offset).toBe(troubled.offset);
    expect(later.redeliveryCount).toBe(2);
    await resumed.ack(later);
    await resumed.close();
  });

  it('sends a message to the dead-letter topic after maxRedeliverCount, with its fields, and acks it there', async () => {
    const topic = 'dlq-source';
    const consumer = await env.client.subscribe({
      topic,
      subscription: 'work',
      type: 'Shared',
      initialPosition: 'Earliest',
      nackRedeliveryDelayMs: 100,
      deadLetter: { maxRedeliverCount: 2 },
    });
    const dead = await env.client.subscribe({
      topic: 'dlq-source-work-DLQ',
      subscription: 'inspect',
      initialPosition: 'Earliest',
    });
    const producer = await env.client.createProducer({ topic });
    const poisonId = await producer.send({ key: 'k1', value: 'poison', properties: { a: '1' }, eventTime: 12345 });

    const seen: number[] = [];
    for (let i = 0; i < 2; i++) {
      const msg = await next(consumer);
      expect(msg.value.toString()).toBe('poison');
      seen.push(msg.redeliveryCount);
      consumer.nack(msg);
    }
    expect(seen).toEqual([0, 1]);

    const letter = await next(dead);
    expect(letter.value.toString()).toBe('poison');
    expect(letter.key).toBe('k1');
    expect(letter.eventTime).toBe(12345);
    expect(letter.properties).toEqual({
      a: '1',
      REAL_TOPIC: 'public/default/dlq-source',
      ORIGIN_MESSAGE_ID: poisonId.toString(),
    });
    await dead.ack(letter);

    // Acknowledged on the original subscription, which carries on with the next message.
    await eventually(async () => (await backlog(topic, 'work')) === 0);
    await producer.send({ value: 'healthy' });
    const healthy = await next(consumer);
    expect(healthy.value.toString()).toBe('healthy');
    await consumer.ack(healthy);
    await Promise.all([consumer.close(), dead.close()]);
  });
});
