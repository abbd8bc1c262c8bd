import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DispatchTestbed, dispatchTestbed, type Received, type TestConsumer } from '../testing/dispatchTestbed.js';

const KEYS = ['a', 'b', 'c', 'd', 'ü', '日本', 'order-42', undefined] as const;
type Key = (typeof KEYS)[number];

type Op =
  | { kind: 'publish'; keys: Key[]; count: number }
  | { kind: 'join'; permits: number }
  | { kind: 'leave'; pick: number }
  | { kind: 'flow'; pick: number; permits: number }
  | { kind: 'ack'; pick: number; which: number[] };
type Wait = 'none' | 'turn' | 'settle';

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('publish' as const),
    keys: fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 5 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('join' as const), permits: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('leave' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('flow' as const), pick: fc.nat(), permits: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('ack' as const), pick: fc.nat(), which: fc.array(fc.nat(), { maxLength: 4 }) }),
);
const step = fc.tuple(op, fc.constantFrom<Wait>('none', 'turn', 'settle'));

/**
 * The model of what consumers hold, checked at every delivery against Key_Shared's order rules:
 * a key is held unacknowledged by one consumer at a time; each key's entries are first delivered
 * in offset order; what a leaving consumer held comes again, in offset order, before any other
 * entry of its key.
 */
class OrderModel {
  readonly keyOf = new Map<number, Key>();
  readonly present = new Set<TestConsumer>();
  readonly held = new Map<TestConsumer, Set<number>>();
  readonly delivered = new Set<number>();
  readonly acked = new Set<number>();
  private readonly lastFirst = new Map<Key, number>();
  private readonly redeliveries = new Map<Key, Set<number>>();
  readonly violations: string[] = [];

  join(consumer: TestConsumer): void {
    this.present.add(consumer);
    this.held.set(consumer, new Set());
    consumer.onReceive = (received) => this.received(consumer, received);
  }

  leave(consumer: TestConsumer): void {
    this.present.delete(consumer);
    for (const offset of this.held.get(consumer) ?? []) {
      const key = this.keyOf.get(offset);
      let pending = this.redeliveries.get(key);
      if (!pending) this.redeliveries.set(key, (pending = new Set()));
      pending.add(offset);
    }
    this.held.delete(consumer);
  }

  ack(consumer: TestConsumer, offsets: number[]): void {
    for (const offset of offsets) {
      this.held.get(consumer)?.delete(offset);
      this.acked.add(offset);
    }
  }

  private received(consumer: TestConsumer, { offset }: Received): void {
    const key = this.keyOf.get(offset);
    const where = `offset ${offset} (key ${String(key)}) to ${consumer.server.name}`;
    if (!this.present.has(consumer)) this.violations.push(`${where}: the consumer had left`);
    for (const [other, offsets] of this.held) {
      if (other === consumer) continue;
      for (const o of offsets) {
        if (this.keyOf.get(o) === key) this.violations.push(`${where}: ${other.server.name} still holds offset ${o}`);
      }
    }
    if (!this.delivered.has(offset)) {
      const last = this.lastFirst.get(key);
      if (last !== undefined && last > offset) this.violations.push(`${where}: first delivered after offset ${last}`);
      this.lastFirst.set(key, offset);
      this.delivered.add(offset);
    }
    const pending = this.redeliveries.get(key);
    if (pending && pending.size > 0) {
      const oldest = Math.min(...pending);
      if (offset !== oldest) this.violations.push(`${where}: before the redelivery of offset ${oldest}`);
      pending.delete(offset);
    }
    this.held.get(consumer)?.add(offset);
  }
}

async function run(steps: [Op, Wait][], maxUnackedMessages: number): Promise<void> {
  const bed: DispatchTestbed = await dispatchTestbed('KeyShared', { maxUnackedMessages, dispatchBatchEntries: 3 });
  const model = new OrderModel();
  const consumers: TestConsumer[] = [];
  let joined = 0;
  const pick = (n: number) => consumers[n % consumers.length];
  const join = (permits: number) => {
    const consumer = bed.consumer(`c${++joined}`);
    model.join(consumer);
    consumers.push(consumer);
    if (permits > 0) bed.flow(consumer, permits);
    return consumer;
  };
  try {
    for (const [o, wait] of steps) {
      if (o.kind === 'publish') {
        for (const key of o.keys) model.keyOf.set(bed.log.append(key, o.count).entry.baseOffset, key);
      } else if (o.kind === 'join') {
        join(o.permits);
      } else if (consumers.length > 0) {
        const consumer = pick(o.pick) as TestConsumer;
        if (o.kind === 'leave') {
          consumers.splice(consumers.indexOf(consumer), 1);
          model.leave(consumer);
          bed.leave(consumer);
        } else if (o.kind === 'flow') {
          bed.flow(consumer, o.permits);
        } else {
          const held = [...(model.held.get(consumer) ?? [])];
          const chosen = [
            ...new Set(o.which.filter(() => held.length > 0).map((i) => held[i % held.length] as number)),
          ];
          model.ack(consumer, chosen);
          bed.ack(consumer, chosen);
        }
      }
      if (wait === 'turn') await new Promise((resolve) => setImmediate(resolve));
      else if (wait === 'settle') await bed.settle();
    }
    // Drain: everyone gets permits and acks everything; every entry must arrive, nothing may stall.
    if (consumers.length === 0) join(0);
    for (let round = 0; model.acked.size < model.keyOf.size; round++) {
      if (round > 200) throw new Error(`stalled with ${model.keyOf.size - model.acked.size} entries unacknowledged`);
      for (const consumer of consumers) bed.flow(consumer, 10);
      await bed.settle();
      for (const consumer of consumers) {
        const held = [...(model.held.get(consumer) ?? [])];
        model.ack(consumer, held);
        bed.ack(consumer, held);
      }
    }
    expect(model.violations).toEqual([]);
    expect(model.delivered.size).toBe(model.keyOf.size);
    expect(bed.subscription.unackedMessages).toBe(0);
  } finally {
    await bed.close();
  }
}

describe('Key_Shared per-key order under random joins, leaves, acks and permits', () => {
  it('holds every ordering rule', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 40 }), fc.integer({ min: 2, max: 40 }), run), {
      numRuns: 300,
    });
  }, 120_000);
});
