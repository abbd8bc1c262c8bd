import { BrookError, ErrorCode, type pb } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import type { Position } from '../ledger/Position.js';
import type { ReadEntry } from '../ledger/ReadEntry.js';
import { openSubscription, testEntry, until, useCursorTestbed } from '../testing/subscriptionTestbed.js';
import { ServerConsumer } from './ServerConsumer.js';

/** A two-entry log whose reads can be held, to interleave a consumer leaving with a read. */
class HeldLog {
  readonly entries = [testEntry({ entryId: 0 }), testEntry({ entryId: 1 })];
  private held: (() => void) | undefined;
  hold = false;

  read = async (from: Position, max: number): Promise<ReadEntry[]> => {
    if (this.hold) await new Promise<void>((resolve) => (this.held = resolve));
    return this.entries.slice(from.entryId, from.entryId + max);
  };

  release(): void {
    this.hold = false;
    this.held?.();
  }

  get waiting(): boolean {
    return this.held !== undefined;
  }

  onAppend = () => () => {};
  readerAt = () => {};
  readerGone = () => {};
}

function consumer(id: number, received: number[]): ServerConsumer {
  return new ServerConsumer(
    id,
    `c${id}`,
    (entries: pb.IDeliveredEntry[]) => {
      for (const e of entries) received.push(e.baseOffset ?? -1);
      return true;
    },
    () => {},
  );
}

describe('Subscription dispatch', () => {
  const testbed = useCursorTestbed();

  it('loses no redelivery when a consumer leaves while an entry for it is being read', async () => {
    const log = new HeldLog();
    const subscription = await openSubscription(testbed.cursors, log, {
      topic: 't',
      maxPersistedAckRanges: 10,
      maxUnackedMessages: 100,
      dispatchBatchEntries: 10,
    });
    const gotA: number[] = [];
    const gotB: number[] = [];
    const gotC: number[] = [];
    const a = consumer(1, gotA);
    const b = consumer(2, gotB);
    subscription.addConsumer(a, 'Shared');
    subscription.addConsumer(b, 'Shared');
    subscription.flow(a, 1);
    subscription.flow(b, 1);
    await until(() => gotA.length + gotB.length === 2);

    // Entry 0 goes back for redelivery without its bytes; B is picked for it and the read is held.
    log.hold = true;
    const holderOfZero = gotA[0] === 0 ? a : b;
    const other = holderOfZero === a ? b : a;
    subscription.removeConsumer(holderOfZero);
    subscription.flow(other, 1);
    await until(() => log.waiting);
    // While the read is held, the picked consumer leaves too: both entries must come again.
    subscription.removeConsumer(other);
    const c = consumer(3, gotC);
    subscription.addConsumer(c, 'Shared');
    subscription.flow(c, 10);
    log.release();
    await until(() => gotC.length === 2);
    expect(gotC.sort()).toEqual([0, 1]);
    await subscription.close({ persist: false });
  });

  it('a closed subscription refuses a consumer with a retriable error, so it subscribes again', async () => {
    const subscription = await openSubscription(testbed.cursors, new HeldLog(), {
      topic: 't',
      maxPersistedAckRanges: 10,
      maxUnackedMessages: 100,
      dispatchBatchEntries: 10,
    });
    await subscription.close({ persist: false });
    let refusal: unknown;
    try {
      subscription.addConsumer(consumer(1, []), 'Shared');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(BrookError);
    expect(refusal).toMatchObject({ code: ErrorCode.SubscriptionReset, retriable: true });
    expect(subscription.consumers).toEqual([]);
  });
});
