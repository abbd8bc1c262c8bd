import { ErrorCode, keyPartition, type Message, RETRY_PROPERTIES } from '@brook/client';
import { describe, expect, it } from 'vitest';
import { eventually, receive } from './harness/collect.js';
import { useStandalone } from './harness/useStandalone.js';

/** Partitioned topics, multi-topic and pattern subscriptions and reconsume-later, through the client against `brook standalone`. */
describe('partitioned topics, multi-topic consumers and retry topics', () => {
  const env = useStandalone();

  it('routes each key to its Murmur3 partition and consumes every message once, in order per key', async () => {
    await env.client.admin.topics.create('keyed', { partitions: 4 });
    const producer = await env.client.createProducer({ topic: 'keyed' });
    const keys = ['alpha', 'beta', 'gamma', 'delta', 'ключ', '键', 'order-17', 'order-18', 'x', 'y'];
    const sends = [];
    for (let i = 0; i < 50; i++) {
      for (const key of keys) sends.push(producer.send({ key, value: `${key}:${i}` }));
    }
    const ids = await Promise.all(sends);
    ids.forEach((id, n) => {
      expect(id.partition).toBe(keyPartition(keys[n % keys.length] as string, 4));
    });
    expect(new Set(ids.map((id) => id.partition)).size).toBeGreaterThan(1);
    await producer.close();

    const consumer = await env.client.subscribe({ topic: 'keyed', subscription: 'all', initialPosition: 'Earliest' });
    const messages = await receive(consumer, sends.length);
    const lastSeen = new Map<string, number>();
    const seen = new Set<string>();
    for (const msg of messages) {
      const key = msg.key as string;
      const expected = keyPartition(key, 4);
      expect(msg.topic).toBe(`public/default/keyed-partition-${expected}`);
      expect(msg.id.partition).toBe(expected);
      const i = Number(msg.value.toString().split(':')[1]);
      expect(i).toBe((lastSeen.get(key) ?? -1) + 1);
      lastSeen.set(key, i);
      seen.add(msg.value.toString());
    }
    expect(seen.size).toBe(sends.length);
    await consumer.close();
    const stats = await env.client.admin.topics.stats('keyed');
    expect(stats).toMatchObject({ partitions: 4, messageCount: sends.length });
    expect(stats.subscriptions.find((s) => s.name === 'all')?.backlog).toBe(0);
  });

  it('spreads unkeyed messages round-robin, or onto one partition with Single', async () => {
    await env.client.admin.topics.create('spread', { partitions: 4 });
    const unbatched = await env.client.createProducer({ topic: 'spread', batching: false });
    const ids = await Promise.all(Array.from({ length: 400 }, (_, i) => unbatched.send({ value: String(i) })));
    const perPartition = [0, 1, 2, 3].map((p) => ids.filter((id) => id.partition === p).length);
    expect(perPartition).toEqual([100, 100, 100, 100]);
    await unbatched.close();

    const batched = await env.client.createProducer({ topic: 'spread' });
    const used = new Set<number>();
    for (let round = 0; round < 20; round++) {
      const batch = await Promise.all(Array.from({ length: 10 }, (_, i) => batched.send({ value: `${round}.${i}` })));
      for (const id of batch) used.add(id.partition);
    }
    expect(used.size).toBeGreaterThan(1);
    await batched.close();

    const single = await env.client.createProducer({ topic: 'spread', routing: 'Single' });
    const singleIds = await Promise.all(Array.from({ length: 50 }, (_, i) => single.send({ value: String(i) })));
    expect(new Set(singleIds.map((id) => id.partition)).size).toBe(1);
    const keyed = await single.send({ key: 'hello', value: 'k' });
    expect(keyed.partition).toBe(keyPartition('hello', 4));
    await single.close();

    const custom = await env.client.createProducer({ topic: 'spread', routing: (_m, n) => n - 1 });
    expect((await custom.send({ key: 'hello', value: 'c' })).partition).toBe(3);
    const wrong = await env.client.createProducer({ topic: 'spread', routing: () => 9 });
    await expect(wrong.send({ value: 'w' })).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
    await Promise.all([custom.close(), wrong.close()]);
  });

  it('grows a topic from 2 to 4 partitions while producing and consuming; both sides use the new partitions', async () => {
    await env.client.admin.topics.create('growing', { partitions: 2 });
    await expect(env.client.admin.topics.updatePartitions('growing', 1)).rejects.toMatchObject({
      code: ErrorCode.InvalidArgument,
    });
    const producer = await env.client.createProducer({
      topic: 'growing',
      batching: false,
      partitionsAutoDiscoveryIntervalMs: 100,
    });
    const consumer = await env.client.subscribe({
      topic: 'growing',
      subscription: 'grow',
      partitionsAutoDiscoveryIntervalMs: 100,
    });
    const received: Message[] = [];
    const consuming = (async () => {
      for await (const msg of consumer) {
        received.push(msg);
        await consumer.ack(msg);
        if (msg.value.toString() === 'last') break;
      }
    })();

    const sent: string[] = [];
    const partitionsUsed = new Set<number>();
    let grown = false;
    for (let i = 0; !(partitionsUsed.has(2) && partitionsUsed.has(3)); i++) {
      if (i > 20_000) throw new Error('new partitions never used');
      const id = await producer.send({ value: String(i) });
      sent.push(String(i));
      partitionsUsed.add(id.partition);
      if (i === 50) {
        await env.client.admin.topics.updatePartitions('growing', 4);
        grown = true;
      }
    }
    expect(grown).toBe(true);
    // The last message goes to partition 0 and ends the loop once everything else arrived.
    await eventually(async () => received.length >= sent.length);
    const custom = await env.client.createProducer({ topic: 'growing', routing: () => 0 });
    await custom.send({ value: 'last' });
    await consuming;
    const values = received.map((m) => m.value.toString()).filter((v) => v !== 'last');
    expect(values.sort()).toEqual([...sent].sort());
    expect(new Set(received.map((m) => m.topic))).toEqual(
      new Set([0, 1, 2, 3].map((p) => `public/default/growing-partition-${p}`)),
    );
    expect((await env.client.admin.topics.list()).find((t) => t.topic === 'public/default/growing')?.partitions).toBe(
      4,
    );
    await Promise.all([producer.close(), custom.close()]);
  });

  it('consumes several topics as one, acknowledging through the topic that delivered', async () => {
    await env.client.admin.topics.create('multi-b', { partitions: 2 });
    const consumer = await env.client.subscribe({
      topics: ['multi-a', 'multi-b'],
      subscription: 'both',
      initialPosition: 'Earliest',
    });
    const a = await env.client.createProducer({ topic: 'multi-a' });
    const b = await env.client.createProducer({ topic: 'multi-b', batching: false });
    await Promise.all([
      ...Array.from({ length: 30 }, (_, i) => a.send({ value: `a${i}` })),
      ...Array.from({ length: 30 }, (_, i) => b.send({ value: `b${i}` })),
    ]);
    const messages = await receive(consumer, 60);
    expect(new Set(messages.map((m) => m.value.toString())).size).toBe(60);
    expect(new Set(messages.map((m) => m.topic))).toEqual(
      new Set(['public/default/multi-a', 'public/default/multi-b-partition-0', 'public/default/multi-b-partition-1']),
    );
    // Per topic, in order.
    const aOrder = messages.filter((m) => m.topic.endsWith('multi-a')).map((m) => Number(m.value.toString().slice(1)));
    expect(aOrder).toEqual([...aOrder].sort((x, y) => x - y));
    await consumer.close();
    await eventually(async () => (await env.client.admin.topics.stats('multi-b')).subscriptions[0]?.backlog === 0);
    expect((await env.client.admin.topics.stats('multi-a')).subscriptions[0]?.backlog).toBe(0);
    await Promise.all([a.close(), b.close()]);
  });

  it('subscribes to a regex pattern and picks up a matching topic created afterwards', async () => {
    await env.client.admin.topics.create('pat-one');
    await env.client.admin.topics.create('pat-two', { partitions: 2 });
    await env.client.admin.topics.create('unpatterned');
    const consumer = await env.client.subscribe({
      topicsPattern: 'public/default/pat-.*',
      subscription: 'pattern',
      initialPosition: 'Earliest',
      patternAutoDiscoveryPeriodMs: 100,
    });
    const send = async (topic: string, value: string) => {
      const producer = await env.client.createProducer({ topic });
      await producer.send({ value });
      await producer.close();
    };
    await send('unpatterned', 'no');
    await send('pat-one', 'one');
    await send('pat-two', 'two');
    // Leaving a for-await loop closes the consumer: take messages from one iterator instead.
    const iterator = consumer[Symbol.asyncIterator]();
    const take = async (count: number): Promise<Message[]> => {
      const taken: Message[] = [];
      while (taken.length < count) {
        const next = await iterator.next();
        if (next.done) throw new Error('the consumer ended');
        taken.push(next.value);
        await consumer.ack(next.value);
      }
      return taken;
    };
    const first = await take(2);
    expect(first.map((m) => m.value.toString()).sort()).toEqual(['one', 'two']);

    await env.client.admin.topics.create('pat-three');
    await send('pat-three', 'three');
    const [third] = await take(1);
    expect(third?.value.toString()).toBe('three');
    expect(third?.topic).toBe('public/default/pat-three');

    // A deleted topic leaves the subscription; the others carry on.
    await env.client.admin.topics.delete('pat-one', { force: true });
    await send('pat-three', 'after delete');
    const [after] = await take(1);
    expect(after?.value.toString()).toBe('after delete');
    await consumer.close();
  });

  it('reconsumes later through the retry topic, after the delay, then dead-letters past maxReconsumeTimes', async () => {
    const dlq = await env.client.subscribe({ topic: 'work-s-DLQ', subscription: 'audit', initialPosition: 'Earliest' });
    const consumer = await env.client.subscribe({
      topic: 'work',
      subscription: 's',
      type: 'Shared',
      initialPosition: 'Earliest',
      retry: { maxReconsumeTimes: 2 },
    });
    await expect(env.client.subscribe({ topic: 'work', subscription: 'x', retry: true })).rejects.toMatchObject({
      code: ErrorCode.InvalidConfig,
    });

    const producer = await env.client.createProducer({ topic: 'work' });
    const originalId = await producer.send({ key: 'job-1', value: 'job', properties: { app: 'p' } });
    const deliveries: { at: number; msg: Message }[] = [];
    for await (const msg of consumer) {
      deliveries.push({ at: Date.now(), msg });
      await consumer.reconsumeLater(msg, 400);
      if (deliveries.length === 3) break;
    }
    expect(deliveries.map((d) => d.msg.topic)).toEqual([
      'public/default/work',
      'public/default/work-s-RETRY',
      'public/default/work-s-RETRY',
    ]);
    expect(deliveries.map((d) => d.msg.properties[RETRY_PROPERTIES.reconsumeTimes])).toEqual([undefined, '1', '2']);
    for (let i = 1; i < 3; i++) {
      const d = deliveries[i] as { at: number; msg: Message };
      expect(d.at - (deliveries[i - 1] as { at: number }).at).toBeGreaterThanOrEqual(400);
      expect(d.msg.key).toBe('job-1');
      expect(d.msg.properties).toMatchObject({
        app: 'p',
        [RETRY_PROPERTIES.realTopic]: 'public/default/work',
        [RETRY_PROPERTIES.originMessageId]: originalId.toString(),
        [RETRY_PROPERTIES.delayTime]: '400',
      });
    }
    const [dead] = await receive(dlq, 1);
    expect(dead?.value.toString()).toBe('job');
    expect(dead?.properties).toMatchObject({
      [RETRY_PROPERTIES.reconsumeTimes]: '3',
      [RETRY_PROPERTIES.realTopic]: 'public/default/work',
      [RETRY_PROPERTIES.originMessageId]: originalId.toString(),
    });
    // Every copy's original was acknowledged.
    await eventually(async () => (await env.client.admin.topics.stats('work')).subscriptions[0]?.backlog === 0);
    await eventually(async () => (await env.client.admin.topics.stats('work-s-RETRY')).subscriptions[0]?.backlog === 0);
    await Promise.all([producer.close(), dlq.close()]);
  });

  it('refuses bad partition input with typed errors', async () => {
    await expect(env.client.admin.topics.updatePartitions('never-created', 3)).rejects.toMatchObject({
      code: ErrorCode.TopicNotFound,
    });
    await env.client.admin.topics.create('flat');
    await expect(env.client.admin.topics.updatePartitions('flat', 3)).rejects.toMatchObject({
      code: ErrorCode.InvalidArgument,
    });
    await expect(env.client.admin.topics.updatePartitions('keyed', 4)).resolves.toMatchObject({ partitions: 4 });
    await expect(env.client.subscribe({ topic: 'a', topics: ['b'], subscription: 's' } as never)).rejects.toMatchObject(
      {
        code: ErrorCode.InvalidConfig,
      },
    );
    await expect(env.client.subscribe({ topicsPattern: 'pat-(', subscription: 's' })).rejects.toMatchObject({
      code: ErrorCode.InvalidConfig,
    });
  });
});
