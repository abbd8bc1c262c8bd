import { BrookError, ErrorCode } from '@brook/protocol';
import { describe, expect, it } from 'vitest';
import type { Message } from '../Message.js';
import { ReceiverQueue } from './ReceiverQueue.js';

const message = (offset: number) => ({ offset }) as Message;

/** A broker's view of one stream: permits outstanding, spent one per message delivered. */
function harness(capacity: number) {
  const stream = { outstanding: 0 };
  let handedOutNotGranted = 0;
  let starting = false;
  const queue = new ReceiverQueue(capacity, (permits) => {
    stream.outstanding += permits;
    if (!starting) handedOutNotGranted -= permits;
  });
  const start = () => {
    starting = true;
    queue.start();
    starting = false;
  };
  const deliver = (count: number) => {
    stream.outstanding -= count;
    queue.pushEntry(
      Array.from({ length: count }, (_, i) => message(i)),
      0,
    );
  };
  const take = () => {
    const item = queue.take();
    if (item !== undefined) handedOutNotGranted++;
    return item;
  };
  // The invariant: permits outstanding + queued + handed out but not re-granted = capacity.
  const sum = () => stream.outstanding + queue.length + handedOutNotGranted;
  return { queue, stream, start, deliver, take, sum, resetHandedOut: () => (handedOutNotGranted = 0) };
}

describe('ReceiverQueue', () => {
  it('keeps permits + queued + handed out = capacity, also across a reconnect', () => {
    const h = harness(10);
    h.start();
    expect(h.sum()).toBe(10);
    h.deliver(6);
    for (let i = 0; i < 3; i++) h.take();
    expect(h.sum()).toBe(10);
    h.deliver(4);
    expect(h.stream.outstanding).toBe(0);
    for (let i = 0; i < 2; i++) h.take();
    expect(h.sum()).toBe(10);
    // The stream breaks: its permits die with it, and the queued messages will be redelivered.
    h.stream.outstanding = 0;
    h.queue.reset();
    h.resetHandedOut();
    expect(h.queue.length).toBe(0);
    h.start();
    expect(h.stream.outstanding).toBe(10);
    h.deliver(10);
    for (let i = 0; i < 10; i++) {
      h.take();
      expect(h.sum()).toBe(10);
    }
    expect(h.take()).toBeUndefined();
  });

  it('takeBatch hands out up to max messages at once, stops before an error, and keeps the invariant', () => {
    const h = harness(10);
    h.start();
    h.deliver(6);
    h.stream.outstanding -= 2;
    h.queue.pushError(new BrookError(ErrorCode.ChecksumMismatch, 'bad'), 2);
    const first = h.queue.takeBatch(4) as Message[];
    expect(first.map((m) => m.offset)).toEqual([0, 1, 2, 3]);
    expect(h.queue.takeBatch(10)).toHaveLength(2);
    expect(h.queue.takeBatch(10)).toMatchObject({ code: ErrorCode.ChecksumMismatch });
    expect(h.queue.takeBatch(10)).toEqual([]);
    // Permits go back once half the queue was handed out: 6 went back, the error's 2 wait for more.
    expect(h.stream.outstanding).toBe(8);
    // Messages behind two errors: each batch stops at the next error.
    h.deliver(1);
    h.queue.pushError(new BrookError(ErrorCode.ChecksumMismatch, 'bad'), 1);
    h.deliver(2);
    h.queue.pushError(new BrookError(ErrorCode.ChecksumMismatch, 'bad'), 1);
    h.deliver(1);
    expect(h.queue.takeBatch(10)).toHaveLength(1);
    expect(h.queue.takeBatch(10)).toBeInstanceOf(BrookError);
    expect(h.queue.takeBatch(10)).toHaveLength(2);
    expect(h.queue.takeBatch(10)).toBeInstanceOf(BrookError);
    expect(h.queue.takeBatch(10)).toHaveLength(1);
  });

  it('an unreadable entry surfaces as its error and returns its permits', () => {
    const h = harness(4);
    h.start();
    h.stream.outstanding -= 2;
    h.queue.pushError(new BrookError(ErrorCode.ChecksumMismatch, 'bad'), 2);
    expect(h.queue.take()).toMatchObject({ code: ErrorCode.ChecksumMismatch });
    expect(h.stream.outstanding).toBe(4);
  });
});
