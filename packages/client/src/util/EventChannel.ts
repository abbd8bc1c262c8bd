import { Deque } from './Deque.js';

/** Events one listener has not read yet, at most; past it the oldest are dropped. */
export const EVENT_BUFFER_SIZE = 64;

interface Listener<E> {
  readonly buffer: Deque<E>;
  wake: ((result: IteratorResult<E>) => void) | undefined;
}

/**
 * Fans events out to listeners, each an async iterator with its own bounded buffer (drop oldest,
 * so a listener that never reads costs at most `capacity` events). A listener sees the events
 * emitted after it subscribed; end() finishes every listener once its buffer is read.
 */
export class EventChannel<E> {
  private readonly listeners = new Set<Listener<E>>();
  private ended = false;

  constructor(private readonly capacity = EVENT_BUFFER_SIZE) {}

  emit(event: E): void {
    for (const listener of this.listeners) {
      if (listener.wake) {
        const wake = listener.wake;
        listener.wake = undefined;
        wake({ done: false, value: event });
        continue;
      }
      if (listener.buffer.length >= this.capacity) listener.buffer.shift();
      listener.buffer.push(event);
    }
  }

  end(): void {
    this.ended = true;
    for (const listener of this.listeners) {
      listener.wake?.({ done: true, value: undefined });
      listener.wake = undefined;
    }
  }

  /** A new listener, subscribed now. Leaving its loop (break) unsubscribes it. */
  subscribe(): AsyncIterableIterator<E> {
    const listener: Listener<E> = { buffer: new Deque<E>(), wake: undefined };
    if (!this.ended) this.listeners.add(listener);
    const done: IteratorResult<E> = { done: true, value: undefined };
    const iterator: AsyncIterableIterator<E> = {
      next: () => {
        const event = listener.buffer.shift();
        if (event !== undefined) return Promise.resolve({ done: false, value: event });
        if (this.ended || !this.listeners.has(listener)) return Promise.resolve(done);
        return new Promise((resolve) => {
          listener.wake = resolve;
        });
      },
      return: () => {
        this.listeners.delete(listener);
        listener.buffer.drain();
        listener.wake?.(done);
        listener.wake = undefined;
        return Promise.resolve(done);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
