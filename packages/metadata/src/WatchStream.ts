import type { WatchEvent } from './MetadataStore.js';

/**
 * One watch's events, consumed by one `for await` loop; shared by both stores. Events wait in an
 * unbounded queue until consumed. Once ended (its signal aborted, the store closed, or the consumer
 * left the loop) it drops what is queued, answers `done` to every `next()`, and calls `onEnd` once.
 * A watch the backend gave up on `fail`s instead: one `next()` rejects with the error.
 */
export class WatchStream implements AsyncIterableIterator<WatchEvent> {
  readonly prefix: string;
  readonly #onEnd: (stream: WatchStream) => void;
  readonly #queue: WatchEvent[] = [];
  #waiting: { resolve: (result: IteratorResult<WatchEvent>) => void; reject: (error: unknown) => void } | undefined;
  #ended = false;
  #failure: { error: unknown } | undefined;

  constructor(prefix: string, onEnd: (stream: WatchStream) => void) {
    this.prefix = prefix;
    this.#onEnd = onEnd;
  }

  get ended(): boolean {
    return this.#ended;
  }

  offer(event: WatchEvent): void {
    if (this.#ended) return;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) waiting.resolve({ done: false, value: event });
    else this.#queue.push(event);
  }

  next(): Promise<IteratorResult<WatchEvent>> {
    const queued = this.#queue.shift();
    if (queued !== undefined) return Promise.resolve({ done: false, value: queued });
    const failure = this.#failure;
    this.#failure = undefined;
    if (failure !== undefined) return Promise.reject(failure.error);
    if (this.#ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
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
    this.#waiting?.resolve({ done: true, value: undefined });
    this.#waiting = undefined;
    this.#onEnd(this);
  }

  /**
   * Ends the watch because it broke: events already queued are still delivered, then one `next()`
   * rejects with `error`.
   */
  fail(error: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) waiting.reject(error);
    else this.#failure = { error };
    this.#onEnd(this);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<WatchEvent> {
    return this;
  }
}
