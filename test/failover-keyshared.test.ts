import type { ClientEvent, Consumer, Message } from '@brook/client';
import { describe, expect, it } from 'vitest';
import { take } from './harness/collect.js';
import { useStandalone } from './harness/useStandalone.js';

/** The next active/inactive event of a listener (skipping connection events). */
async function nextStatus(events: AsyncIterableIterator<ClientEvent>): Promise<string> {
  for (;;) {
    const next = await events.next();
    if (next.done) throw new Error('the events ended');
    if (next.value.type === 'active' || next.value.type === 'inactive') return next.value.type;
  }
}

describe('Failover and Key_Shared subscriptions, against a real broker', () => {
  const env = useStandalone();

  it('Failover: only the active consumer receives; when it closes the other becomes active and gets what it left unacked', async () => {
    const topic = 'failover-two';
    const producer = await env.client.createProducer({ topic, batching: false });
    await Promise.all(Array.from({ length: 20 }, (_, i) => producer.send({ value: `m${i}` })));
    const subscribe = (name: string) =>
      env.client.subscribe({
        topic,
        subscription: 'standby',
        type: 'Failover',
        name,
        initialPosition: 'Earliest',
        receiverQueueSize: 5,
      });
    // 'b' subscribes first but 'a' sorts first by name: 'a' takes over, 'b' is told it is not active.
    const b = await subscribe('b');
    const bEvents = b.events();
    expect(await nextStatus(bEvents)).toBe('active');
    const a = await subscribe('a');
    const aEvents = a.events();
    expect(await nextStatus(aEvents)).toBe('active');
    expect(await nextStatus(bEvents)).toBe('inactive');

    // Every message goes to 'a' (each message is delivered to one consumer only, so 'b' has none).
    const first = await take(a, 10);
    const unacked = await take(a, 10, { ack: false });
    expect([...first, ...unacked].map((m) => m.value.toString())).toEqual(
      Array.from({ length: 20 }, (_, i) => `m${i}`),
    );

    await a.close();
    expect(await nextStatus(bEvents)).toBe('active');
    const taken = await take(b, 10);
    expect(taken.map((m) => m.offset)).toEqual(unacked.map((m) => m.offset));
    // A consumer leaving is no redelivery request (as Pulsar): the counts stay at 0.
    expect(taken.every((m) => m.redeliveryCount === 0)).toBe(true);
    await bEvents.return?.();
    await aEvents.return?.();
    await b.close(); // writes its pending acks first
    const stats = await env.client.admin.topics.stats(topic);
    expect(stats.subscriptions.find((s) => s.name === 'standby')?.backlog).toBe(0);
    await producer.close();
  });

  it('Failover over a partitioned topic spreads the partitions over the consumers', async () => {
    const topic = 'failover-parts';
    await env.client.admin.topics.create(topic, { partitions: 2 });
    const partition = (p: number) => `${topic}-partition-${p}`;
    const subscribe = (name: string, p: number) =>
      env.client.subscribe({
        topic: partition(p),
        subscription: 'spread',
        type: 'Failover',
        name,
        initialPosition: 'Earliest',
      });
    const c1 = [await subscribe('c1', 0), await subscribe('c1', 1)] as const;
    const c2 = [await subscribe('c2', 0), await subscribe('c2', 1)] as const;
    const status = (consumer: Consumer) => nextStatus(consumer.events());
    // Partition p is served by consumer p mod 2 in (priority, name) order: c1 for 0, c2 for 1.
    expect([await status(c1[0]), await status(c1[1]), await status(c2[0]), await status(c2[1])]).toEqual([
      'active',
      'inactive',
      'inactive',
      'active',
    ]);

    for (const p of [0, 1]) {
      const producer = await env.client.createProducer({ topic: partition(p), batching: false });
      await Promise.all(Array.from({ length: 5 }, (_, i) => producer.send({ value: `p${p}-${i}` })));
      await producer.close();
    }
    const values = (messages: Message[]) => messages.map((m) => m.value.toString());
    expect(values(await take(c1[0], 5, { ack: false }))).toEqual(['p0-0', 'p0-1', 'p0-2', 'p0-3', 'p0-4']);
    expect(values(await take(c2[1], 5))).toEqual(['p1-0', 'p1-1', 'p1-2', 'p1-3', 'p1-4']);

    // c1 leaves partition 0: c2 takes it over, with what c1 left unacknowledged.
    const c2p0 = c2[0].events();
    expect(await nextStatus(c2p0)).toBe('inactive');
    await c1[0].close();
    expect(await nextStatus(c2p0)).toBe('active');
    expect(values(await take(c2[0], 5))).toEqual(['p0-0', 'p0-1', 'p0-2', 'p0-3', 'p0-4']);
    await c2p0.return?.();
    await Promise.all([c1[1].close(), c2[0].close(), c2[1].close()]);
  });

  it('Key_Shared spreads keys over consumers and keeps per-key order while one leaves and another joins', async () => {
    const topic = 'key-shared';
    const keys = Array.from({ length: 30 }, (_, i) => `key-${i}`);
    const perKeyPerPhase = 20;
    const total = 2 * keys.length * perKeyPerPhase;
    const producer = await env.client.createProducer({ topic, batching: { byKey: true, maxDelayMs: 5 } });
    /** Publishes a phase: runs of 5 messages per key, keys interleaved; values are `key:seq`. */
    const publish = async (phase: number) => {
      const sends: Promise<unknown>[] = [];
      for (let run = 0; run < perKeyPerPhase / 5; run++) {
        for (const key of keys) {
          for (let i = 0; i < 5; i++) {
            const seq = phase * perKeyPerPhase + run * 5 + i;
            sends.push(producer.send({ key, value: `${key}:${seq}` }));
          }
        }
      }
      await Promise.all(sends);
    };
    await publish(0);

    const subscribe = (name: string) =>
      env.client.subscribe({
        topic,
        subscription: 'by-key',
        type: 'KeyShared',
        name,
        initialPosition: 'Earliest',
        receiverQueueSize: 10,
      });
    const firstSeen = new Map<string, number[]>(keys.map((k) => [k, []]));
    const seenOffsets = new Set<number>();
    const acked = new Set<number>();
    const keysOf = new Map<string, Set<string>>();
    let redelivered = 0;
    let allAcked!: () => void;
    const done = new Promise<void>((resolve) => {
      allAcked = resolve;
    });
    const observe = (name: string, msg: Message) => {
      const [key, seq] = msg.value.toString().split(':') as [string, string];
      expect(msg.key).toBe(key);
      if (!keysOf.has(name)) keysOf.set(name, new Set());
      keysOf.get(name)?.add(key);
      if (seenOffsets.has(msg.offset)) {
        redelivered++;
        return;
      }
      seenOffsets.add(msg.offset);
      firstSeen.get(key)?.push(Number(seq));
    };
    /** Processes messages in order; stops (closing the consumer) after `leaveAfter`, leaving the last 3 unacked. */
    const work = async (name: string, consumer: Consumer, leaveAfter = Number.POSITIVE_INFINITY) => {
      let count = 0;
      for await (const msg of consumer) {
        observe(name, msg);
        if (++count >= leaveAfter) break;
        if (count > leaveAfter - 3) continue;
        await consumer.ack(msg);
        acked.add(msg.offset);
        if (acked.size === total) allAcked();
      }
    };

    const a = await subscribe('a');
    const b = await subscribe('b');
    const c = await subscribe('c');
    const working = [work('a', a), work('b', b)];
    await work('c', c, 40); // c leaves holding 3 unacknowledged messages
    const d = await subscribe('d');
    working.push(work('d', d));
    await publish(1);
    await done;
    await Promise.all([a.close(), b.close(), d.close()]);
    await Promise.all(working);
    await producer.close();

    for (const key of keys) {
      expect(firstSeen.get(key), key).toEqual(Array.from({ length: 2 * perKeyPerPhase }, (_, i) => i));
    }
    for (const name of ['a', 'b', 'c', 'd']) expect(keysOf.get(name)?.size ?? 0, name).toBeGreaterThan(0);
    // a key belongs to one consumer at a time, so the four consumers' keys overlap only where ownership moved.
    expect(redelivered).toBeGreaterThanOrEqual(3);
    const stats = await env.client.admin.topics.stats(topic);
    expect(stats.subscriptions.find((s) => s.name === 'by-key')?.backlog).toBe(0);
  });
});
