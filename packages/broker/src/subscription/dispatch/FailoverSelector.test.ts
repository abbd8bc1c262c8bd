import { afterEach, describe, expect, it } from 'vitest';
import { activeConsumer } from './FailoverSelector.js';
import { ServerConsumer } from '../ServerConsumer.js';
import { type DispatchTestbed, dispatchTestbed } from '../testing/dispatchTestbed.js';

const serverConsumer = (id: number, name: string, priorityLevel = 0) =>
  new ServerConsumer(
    id,
    name,
    () => true,
    () => {},
    { priorityLevel },
  );

describe('activeConsumer', () => {
  const b = serverConsumer(1, 'b');
  const a = serverConsumer(2, 'a');
  const urgent = serverConsumer(3, 'z', -1);
  const c = serverConsumer(4, 'c');

  it('orders by priority level, then name', () => {
    expect(activeConsumer([], -1)).toBeUndefined();
    expect(activeConsumer([b, a], -1)).toBe(a);
    expect(activeConsumer([b, a, urgent], -1)).toBe(urgent);
  });

  it('spreads the partitions of a topic over the consumers: partition p goes to consumer p mod n', () => {
    const consumers = [c, b, a];
    expect([0, 1, 2, 3, 4, 5].map((p) => activeConsumer(consumers, p)?.name)).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('spreads partitions only over the consumers of the highest priority', () => {
    const standby = serverConsumer(5, 'aa', 1);
    const consumers = [b, standby, a];
    expect([0, 1, 2, 3].map((p) => activeConsumer(consumers, p)?.name)).toEqual(['a', 'b', 'a', 'b']);
    expect(activeConsumer([standby, c], 0)).toBe(c);
    expect(activeConsumer([standby], 3)).toBe(standby);
  });
});

describe('Failover dispatch', () => {
  let bed: DispatchTestbed;
  afterEach(() => bed.close());

  it('delivers only to the active consumer and tells each consumer its status once subscribed', async () => {
    bed = await dispatchTestbed('Failover');
    const second = bed.consumer('b', { permits: 100 });
    const first = bed.consumer('a', { permits: 100 });
    for (let i = 0; i < 5; i++) bed.log.append(`k${i}`);
    await bed.settle();
    expect(first.offsets).toEqual([0, 1, 2, 3, 4]);
    expect(second.offsets).toEqual([]);
    // b was active alone, then a (lower name) joined and took over.
    expect(second.notices).toEqual([true, false]);
    expect(first.notices).toEqual([true]);
  });

  it('moves what the old active consumer holds to the new one when it leaves, counts unchanged (as Pulsar)', async () => {
    bed = await dispatchTestbed('Failover');
    const a = bed.consumer('a', { permits: 100 });
    const b = bed.consumer('b', { permits: 100 });
    for (let i = 0; i < 4; i++) bed.log.append('k');
    await bed.settle();
    bed.ack(a, [0, 1]);
    bed.leave(a);
    await bed.settle();
    expect(b.notices).toEqual([false, true]);
    // Leaving is no redelivery request: only a nack or an ack timeout raises a count.
    expect(b.received).toEqual([
      { offset: 2, count: 1, redeliveryCount: 0 },
      { offset: 3, count: 1, redeliveryCount: 0 },
    ]);
  });

  it('takes back the unacknowledged entries of a consumer that stops being active while connected', async () => {
    bed = await dispatchTestbed('Failover');
    const low = bed.consumer('low', { priorityLevel: 5, permits: 100 });
    for (let i = 0; i < 3; i++) bed.log.append('k');
    await bed.settle();
    expect(low.offsets).toEqual([0, 1, 2]);
    bed.ack(low, [0]);
    const high = bed.consumer('high', { priorityLevel: 1, permits: 100 });
    bed.log.append('k');
    await bed.settle();
    expect(low.notices).toEqual([true, false]);
    expect(high.notices).toEqual([true]);
    expect(high.offsets).toEqual([1, 2, 3]);
    expect(high.received.map((r) => r.redeliveryCount)).toEqual([0, 0, 0]);
    // Its late acks count for nothing: the entries are the new active consumer's now.
    bed.ack(low, [1]);
    expect(bed.subscription.unackedMessages).toBe(3);
    bed.ack(high, [1, 2, 3]);
    expect(bed.subscription.unackedMessages).toBe(0);
  });

  it('picks the active consumer of a partition by its index', async () => {
    bed = await dispatchTestbed('Failover', { partition: 1 });
    const a = bed.consumer('a', { permits: 10 });
    const b = bed.consumer('b', { permits: 10 });
    bed.log.append('k');
    await bed.settle();
    expect(a.notices).toEqual([true, false]);
    expect(b.notices).toEqual([true]);
    expect(b.offsets).toEqual([0]);
    expect(a.offsets).toEqual([]);
  });

  it('waits for the active consumer to have permits rather than using another one', async () => {
    bed = await dispatchTestbed('Failover');
    const a = bed.consumer('a');
    const b = bed.consumer('b', { permits: 10 });
    bed.log.append('k');
    await bed.settle();
    expect(b.offsets).toEqual([]);
    bed.flow(a, 1);
    await bed.settle();
    expect(a.offsets).toEqual([0]);
  });

  it('accepts cumulative acks', async () => {
    bed = await dispatchTestbed('Failover');
    const a = bed.consumer('a', { permits: 10 });
    for (let i = 0; i < 3; i++) bed.log.append('k');
    await bed.settle();
    bed.subscription.ack(a.server, [{ offset: 2, batchIndex: 0 }], true);
    expect(bed.subscription.unackedMessages).toBe(0);
  });
});
