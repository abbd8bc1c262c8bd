import type { MessageId, Producer, ProducerMessage } from '@brook/client';
import { describe, expect, it } from 'vitest';
import { MessageQuota } from './MessageQuota.js';
import { Meter } from './Meter.js';
import { ProducerLane } from './ProducerLane.js';
import { RateSchedule } from './RateSchedule.js';
import { SendLoop } from './SendLoop.js';

/** A producer whose sends settle only when the test says so, in order, as a real one's do. */
class HeldProducer {
  readonly sends: { at: number; stamp: number; resolve: () => void }[] = [];
  private waiter: { count: number; resolve: () => void } | undefined;

  send(message: ProducerMessage): Promise<MessageId> {
    const stamp = (message.value as Buffer).readDoubleLE(0);
    return new Promise((resolve) => {
      this.sends.push({ at: performance.now(), stamp, resolve: () => resolve(undefined as unknown as MessageId) });
      if (this.waiter && this.sends.length >= this.waiter.count) this.waiter.resolve();
    });
  }

  /** Resolves once `count` sends are held. */
  held(count: number): Promise<void> {
    if (this.sends.length >= count) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiter = { count, resolve };
    });
  }

  settle(count: number): void {
    for (const send of this.sends.splice(0, count)) send.resolve();
  }
}

function loopOver(producer: HeldProducer, options: { rate: number; window: number; messages: number }) {
  const start = performance.now();
  const meter = new Meter(start);
  const payload = Buffer.alloc(16);
  let loop: SendLoop | undefined;
  const lane = new ProducerLane({
    producer: producer as unknown as Producer,
    payload,
    window: options.window,
    inOrder: true,
    meter,
    onSettled: (l) => loop?.onSettled(l),
    onError: (error) => {
      throw error;
    },
  });
  loop = new SendLoop({
    lanes: [lane],
    schedule: new RateSchedule(start, options.rate),
    stamp: (intended) => payload.writeDoubleLE(intended, 0),
    endAt: Number.POSITIVE_INFINITY,
    quota: new MessageQuota(options.messages),
  });
  return { loop, meter, start };
}

describe('SendLoop at a target rate', () => {
  it('sends each message at its intended time and stamps it with that time', async () => {
    const producer = new HeldProducer();
    const { loop, start } = loopOver(producer, { rate: 200, window: 100, messages: 10 });
    const running = loop.run();
    await producer.held(10);
    const sends = [...producer.sends];
    producer.settle(10);
    await running;
    sends.forEach((s, i) => {
      expect(s.stamp - start).toBeCloseTo(i * 5, 6);
      expect(s.at).toBeGreaterThanOrEqual(s.stamp);
      expect(s.at - s.stamp).toBeLessThan(100); // on time, give or take a busy machine
    });
  });

  it('a producer that falls behind sends late, and latency counts from the intended time (no coordinated omission)', async () => {
    const producer = new HeldProducer();
    // A window of one: message 1 cannot go before message 0 settles, 100 ms after it was due.
    const { loop, meter, start } = loopOver(producer, { rate: 1000, window: 1, messages: 3 });
    const running = loop.run();
    await producer.held(1);
    // The broker takes 100 ms to acknowledge, counted from message 1's due time (timers may fire early).
    while (performance.now() < start + 1 + 100) await new Promise((resolve) => setTimeout(resolve, 5));
    producer.settle(1);
    await producer.held(1);
    const late = producer.sends[0] as { at: number; stamp: number };
    expect(late.stamp - start).toBeCloseTo(1, 6);
    expect(late.at - late.stamp).toBeGreaterThanOrEqual(99);
    producer.settle(1);
    await producer.held(1);
    producer.settle(1);
    await running;
    expect(meter.count).toBe(3);
    // All three waited on the first one's 100 ms: each latency is at least that, from its own due time.
    expect(meter.latency.percentileMs(0)).toBeGreaterThanOrEqual(97);
  });

  it('never has more sends in flight than its window', async () => {
    const producer = new HeldProducer();
    const { loop, meter } = loopOver(producer, { rate: 100_000, window: 7, messages: 50 });
    const running = loop.run();
    let settledSoFar = 0;
    while (settledSoFar < 50) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(producer.sends.length).toBeLessThanOrEqual(7);
      settledSoFar += producer.sends.length;
      producer.settle(producer.sends.length);
    }
    await running;
    expect(meter.total).toBe(50);
  });
});
