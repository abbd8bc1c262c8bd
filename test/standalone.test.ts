import { describe, expect, it } from 'vitest';
import { eventually, receive } from './harness/collect.js';
import { useStandalone } from './harness/useStandalone.js';

describe('brook standalone, as a real process', () => {
  const env = useStandalone();

  it('delivers 100,000 messages in order with every field a message carries', async () => {
    const topic = 'in-order';
    const producer = await env.client.createProducer({ topic, name: 'writer-1' });
    const sends = [];
    for (let i = 0; i < 100_000; i++) {
      sends.push(
        producer.send({ key: `k${i % 7}`, value: `message-${i}`, properties: { i: String(i) }, eventTime: 1000 + i }),
      );
    }
    const ids = await Promise.all(sends);
    expect(ids.map((id) => id.offset)).toEqual(Array.from({ length: 100_000 }, (_, i) => i));

    const consumer = await env.client.subscribe({ topic, subscription: 'reader', initialPosition: 'Earliest' });
    const messages = await receive(consumer, 100_000);
    await consumer.close();
    messages.forEach((msg, i) => {
      expect(msg.value.toString()).toBe(`message-${i}`);
      expect(msg.offset).toBe(i);
      expect(msg.sequenceId).toBe(i);
    });
    const last = messages[99_999];
    expect(last?.key).toBe(`k${99_999 % 7}`);
    expect(last?.properties).toEqual({ i: '99999' });
    expect(last?.eventTime).toBe(1000 + 99_999);
    expect(last?.producerName).toBe('writer-1');
    expect(last?.publishTime).toBeGreaterThan(0);
    expect(last?.id.equals(ids[99_999] as (typeof ids)[number])).toBe(true);
  });

  it('spreads a Shared subscription over 3 consumers and redelivers what a closed consumer did not ack', async () => {
    const topic = 'shared-work';
    const producer = await env.client.createProducer({ topic, batching: false });
    await Promise.all(Array.from({ length: 300 }, (_, i) => producer.send({ value: String(i) })));

    const subscribe = () =>
      env.client.subscribe({
        topic,
        subscription: 'workers',
        type: 'Shared',
        initialPosition: 'Earliest',
        receiverQueueSize: 20,
      });
    const [a, b, c] = await Promise.all([subscribe(), subscribe(), subscribe()]);
    if (!a || !b || !c) throw new Error('three consumers expected');

    const dropped = await receive(c, 10, { ack: false });
    await c.close();

    const acked = new Map<number, number>();
    let redelivered = 0;
    const work = async (consumer: typeof a) => {
      for await (const msg of consumer) {
        acked.set(msg.offset, (acked.get(msg.offset) ?? 0) + 1);
        if (dropped.some((d) => d.offset === msg.offset)) redelivered++;
        await consumer.ack(msg);
        if (acked.size === 300) break;
      }
    };
    const done = Promise.race([work(a), work(b)]);
    await done;
    await Promise.all([a.close(), b.close()]);

    expect(acked.size).toBe(300);
    expect([...acked.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(redelivered).toBeGreaterThanOrEqual(dropped.length);
    for (const msg of dropped) expect(acked.has(msg.offset)).toBe(true);
    const stats = await env.client.admin.topics.stats(topic);
    expect(stats.subscriptions.find((s) => s.name === 'workers')?.backlog).toBe(0);
  });

  it('keeps every acknowledged message and each subscription position through kill -9', async () => {
    const topic = 'durable';
    const producer = await env.client.createProducer({ topic });
    await Promise.all(Array.from({ length: 5000 }, (_, i) => producer.send({ value: `m${i}` })));
    const consumer = await env.client.subscribe({ topic, subscription: 'audit', initialPosition: 'Earliest' });
    const first = await receive(consumer, 3000);
    expect(first.at(-1)?.offset).toBe(2999);
    // Acks reach the cursor store within the persist interval; wait until stats show them persisted.
    await eventually(async () => {
      const stats = await env.client.admin.topics.stats(topic);
      return stats.subscriptions.find((s) => s.name === 'audit')?.markDeleteOffset === 3000;
    });
    // Sent right before the kill: acknowledged means durable.
    const lastSent = await producer.send({ value: 'just before the kill' });

    expect(await env.process.kill('SIGKILL')).toBeNull();
    await env.restart();

    const resumed = await env.client.subscribe({ topic, subscription: 'audit' });
    const rest = await receive(resumed, 2001);
    expect(rest.map((m) => m.offset)).toEqual(Array.from({ length: 2001 }, (_, i) => 3000 + i));
    expect(rest.at(-1)?.value.toString()).toBe('just before the kill');
    expect(rest.at(-1)?.offset).toBe(lastSent.offset);

    const after = await env.client.createProducer({ topic });
    expect((await after.send({ value: 'after restart' })).offset).toBe(5001);
    const again = await env.client.subscribe({ topic, subscription: 'audit' });
    expect((await receive(again, 1))[0]?.value.toString()).toBe('after restart');
  });

  it('redelivers unacknowledged messages after kill -9', async () => {
    const topic = 'unacked';
    const producer = await env.client.createProducer({ topic });
    await Promise.all(Array.from({ length: 100 }, (_, i) => producer.send({ value: `u${i}` })));
    const consumer = await env.client.subscribe({ topic, subscription: 'slow', initialPosition: 'Earliest' });
    await receive(consumer, 100, { ack: false });

    await env.process.kill('SIGKILL');
    await env.restart();

    const again = await env.client.subscribe({ topic, subscription: 'slow' });
    const redelivered = await receive(again, 100);
    expect(redelivered.map((m) => m.value.toString())).toEqual(Array.from({ length: 100 }, (_, i) => `u${i}`));
    await again.close();
  });

  it('serves health, readiness and metrics over HTTP', async () => {
    expect((await fetch(`${env.process.httpUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${env.process.httpUrl}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${env.process.httpUrl}/metrics`)).text();
    expect(metrics).toMatch(/^brook_broker_published_messages_total \d+/m);
    expect(metrics).toMatch(/^brook_bookie_journal_syncs_total \d+/m);
  });

  it('shuts down cleanly on SIGTERM and starts again on the same data', async () => {
    const topic = 'graceful';
    const producer = await env.client.createProducer({ topic });
    await producer.send({ value: 'before' });
    await env.client.close();
    expect(await env.process.kill('SIGTERM')).toBe(0);
    expect(env.process.logs.some((line) => line.includes('shutting down'))).toBe(true);
    await env.restart();
    const consumer = await env.client.subscribe({ topic, subscription: 's', initialPosition: 'Earliest' });
    expect((await receive(consumer, 1))[0]?.value.toString()).toBe('before');
    await consumer.close();
  });
});
