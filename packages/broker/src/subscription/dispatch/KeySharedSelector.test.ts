import { afterEach, describe, expect, it } from 'vitest';
import { stickyKeySlot } from './stickyKeyHash.js';
import { type DispatchTestbed, dispatchTestbed } from '../testing/dispatchTestbed.js';

/** Keys by the half of the hash space they fall in: with two consumers, the second one owns the lower half. */
function keysIn(half: 'lower' | 'upper', count: number): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.length < count; i++) {
    const key = `key-${i}`;
    if (stickyKeySlot(key) < 32_768 === (half === 'lower')) keys.push(key);
  }
  return keys;
}

const [low1, low2] = keysIn('lower', 2) as [string, string];
const [up1, up2] = keysIn('upper', 2) as [string, string];

describe('Key_Shared dispatch', () => {
  let bed: DispatchTestbed;
  afterEach(() => bed.close());

  it('sends every entry of a key to the consumer owning its hash range', async () => {
    bed = await dispatchTestbed('KeyShared');
    const first = bed.consumer('first', { permits: 100 });
    const second = bed.consumer('second', { permits: 100 });
    for (const key of [low1, up1, low2, up2, low1, up1]) bed.log.append(key);
    await bed.settle();
    expect(second.offsets).toEqual([0, 2, 4]);
    expect(first.offsets).toEqual([1, 3, 5]);
  });

  it('hashes entries without a key as the empty key', async () => {
    bed = await dispatchTestbed('KeyShared');
    const first = bed.consumer('first', { permits: 100 });
    const second = bed.consumer('second', { permits: 100 });
    bed.log.append(undefined);
    bed.log.append('');
    await bed.settle();
    // The empty key hashes to slot 0, in the second consumer's lower half.
    expect(second.offsets).toEqual([0, 1]);
    expect(first.offsets).toEqual([]);
  });

  it('lets other keys flow past entries waiting for a consumer without permits, and keeps the waiting key in order', async () => {
    bed = await dispatchTestbed('KeyShared', { dispatchBatchEntries: 2 });
    const slow = bed.consumer('slow');
    const fast = bed.consumer('fast', { permits: 100 });
    // slow (the first consumer) owns the upper half: 12 entries for it come first, beyond the read batch.
    for (let i = 0; i < 12; i++) bed.log.append(i % 2 ? up1 : up2);
    for (let i = 0; i < 3; i++) bed.log.append(low1);
    await bed.settle();
    expect(fast.offsets).toEqual([12, 13, 14]);
    expect(slow.offsets).toEqual([]);
    bed.flow(slow, 1);
    await bed.settle();
    expect(slow.offsets).toEqual([0]);
    bed.flow(slow, 100);
    await bed.settle();
    expect(slow.offsets).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('gives a joining consumer nothing of its keys until the entries delivered before it joined are acknowledged', async () => {
    bed = await dispatchTestbed('KeyShared');
    const first = bed.consumer('first', { permits: 100 });
    bed.log.append(low1);
    bed.log.append(up1);
    await bed.settle();
    expect(first.offsets).toEqual([0, 1]);

    const second = bed.consumer('second', { permits: 100 }); // takes the lower half, low1 included
    bed.log.append(low1);
    bed.log.append(low2);
    bed.log.append(up1);
    await bed.settle();
    // low2 was never held by first: it goes at once; low1 waits for first's ack of offset 0.
    expect(second.offsets).toEqual([3]);
    expect(first.offsets).toEqual([0, 1, 4]);
    bed.ack(first, [1]);
    await bed.settle();
    expect(second.offsets).toEqual([3]);
    bed.ack(first, [0]);
    await bed.settle();
    expect(second.offsets).toEqual([3, 2]);
  });

  it('redelivers what a leaving consumer held ahead of newer entries of its keys', async () => {
    bed = await dispatchTestbed('KeyShared');
    const first = bed.consumer('first', { permits: 2 });
    const second = bed.consumer('second', { permits: 100 });
    for (let i = 0; i < 4; i++) bed.log.append(up1);
    await bed.settle();
    expect(first.offsets).toEqual([0, 1]);
    bed.leave(first);
    await bed.settle();
    expect(second.received).toEqual([
      { offset: 0, count: 1, redeliveryCount: 0 },
      { offset: 1, count: 1, redeliveryCount: 0 },
      { offset: 2, count: 1, redeliveryCount: 0 },
      { offset: 3, count: 1, redeliveryCount: 0 },
    ]);
  });

  it('refuses cumulative acks', async () => {
    bed = await dispatchTestbed('KeyShared');
    const first = bed.consumer('first', { permits: 10 });
    bed.log.append(up1);
    await bed.settle();
    expect(() => bed.subscription.ack(first.server, [{ offset: 0, batchIndex: 0 }], true)).toThrow(/cumulative/);
  });
});
