import { describe, expect, it } from 'vitest';
import type { Message } from '../Message.js';
import { ReceiverQueue } from './ReceiverQueue.js';

const message = (offset: number) => ({ offset }) as Message;

describe('ReceiverQueue and redelivery', () => {
  it('drops queued copies of redelivered messages and grants their permits again', () => {
    let granted = 0;
    const queue = new ReceiverQueue(10, (permits) => {
      granted += permits;
    });
    queue.start();
    expect(granted).toBe(10);
    queue.pushEntry([0, 1, 2, 3, 4, 5].map(message), 0);
    expect(queue.dropWhere((m) => m.offset % 2 === 1)).toBe(3);
    expect(queue.length).toBe(3);
    // Three dropped and two more taken pass half the queue: the five permits go back in one grant.
    expect(granted).toBe(10);
    expect((queue.take() as Message).offset).toBe(0);
    expect((queue.take() as Message).offset).toBe(2);
    expect(granted).toBe(15);
    expect((queue.take() as Message).offset).toBe(4);
    expect(queue.length).toBe(0);
  });

  it('returns the permits of dead-lettered messages once they are handled', () => {
    let granted = 0;
    const queue = new ReceiverQueue(4, (permits) => {
      granted += permits;
    });
    queue.start();
    queue.pushEntry([message(0)], 0);
    queue.releaseHandled(1);
    expect(granted).toBe(4);
    queue.releaseHandled(1);
    expect(granted).toBe(6);
  });
});
