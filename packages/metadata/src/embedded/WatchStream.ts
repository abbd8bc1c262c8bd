import type { WatchEvent } from '../MetadataStore.js';

/**
 * One watch's events, consumed by one `for await` loop. Events wait in an unbounded queue until
 * consumed. Once ended (its signal aborted, the store closed, or the consumer left the loop) it
 * drops what is queued, answers `done` to every `next()`, and calls `onEnd` once.
 */
export class WatchStream implements AsyncIterableIterator<WatchEvent> {
  readonly prefix: string;
  readonly #onEnd: (stream: WatchStream) => void;
  readonly #queue: WatchEvent[] = [];
  #waiting: ((result: IteratorResult<WatchEvent>) => void) | undefined;
  #ended = false;

  constructor(prefix: string, onEnd: (stream: WatchStream) => void) {
    this.prefix = prefix;
    this.#onEnd = onEnd;
  }

  offer(event: WatchEvent): void {
    if (this.#ended) return;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) waiting({ done: false, value: event });
    else this.#queue.push(event);
  }

  next(): Promise<IteratorResult<WatchEvent>> {
    const queued = this.#queue.shift();
    if (queued !== undefined) return Promise.resolve({ done: false, value: queued });
    if (this.#ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<WatchEvent>> {
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#queue.length = 0;
    this.#waiting?.({ done: true, value: undefined });
    this.#waiting = undefined;
    this.#onEnd(this);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<WatchEvent> {
    return this;
  }
}
