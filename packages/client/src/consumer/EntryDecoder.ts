import { type BrookError, type pb, toBrookError } from '@brook/protocol';
import { Deque } from '../util/Deque.js';
import { decodeEntryPayload } from '../wire/entryPayload.js';
import type { BatchMessage } from '../wire/messageBatch.js';

/** Builds the item kept for message `index` of `entry` (see MakeItem: copy what you keep). */
export type MakeEntryItem<T> = (entry: pb.DeliveredEntry, fields: BatchMessage, index: number) => T;

/** A delivered entry and its messages, or the error that stands in their place (bad CRC, corrupt payload). */
export interface DecodedEntry<T> {
  readonly entry: pb.DeliveredEntry;
  readonly singles: T[] | BrookError;
}

interface Decoding<Stream, T> {
  readonly entry: pb.DeliveredEntry;
  readonly stream: Stream;
  singles: T[] | BrookError | undefined;
}

/**
 * Decodes delivered entries and hands them on in delivery order, though some codecs decompress
 * asynchronously (zstd, large payloads): an entry waits behind any earlier one still decoding.
 * Entries that decode at once while nothing waits are handed on in the same call. `stream` tags
 * the entries with the stream that delivered them; reset() drops whatever is still decoding.
 */
export class EntryDecoder<Stream, T> {
  private readonly queue = new Deque<Decoding<Stream, T>>();
  private generation = 0;

  constructor(
    private readonly onDecoded: (decoded: DecodedEntry<T>[], stream: Stream) => void,
    private readonly make: MakeEntryItem<T>,
  ) {}

  push(entries: readonly pb.DeliveredEntry[], stream: Stream): void {
    const generation = this.generation;
    for (const entry of entries) {
      const item: Decoding<Stream, T> = { entry, stream, singles: undefined };
      this.queue.push(item);
      let result: T[] | Promise<T[]>;
      try {
        result = decodeEntryPayload(entry, (fields, index) => this.make(entry, fields, index));
      } catch (error) {
        item.singles = toBrookError(error);
        continue;
      }
      if (!(result instanceof Promise)) {
        item.singles = result;
        continue;
      }
      result.then(
        (singles) => this.settle(generation, item, singles),
        (error: unknown) => this.settle(generation, item, toBrookError(error)),
      );
    }
    this.drain();
  }

  /** The stream ended: entries still decoding are dropped (the broker redelivers them). */
  reset(): void {
    this.generation++;
    this.queue.drain();
  }

  private settle(generation: number, item: Decoding<Stream, T>, singles: T[] | BrookError): void {
    if (generation !== this.generation) return;
    item.singles = singles;
    this.drain();
  }

  private drain(): void {
    let run: DecodedEntry<T>[] = [];
    let stream: Stream | undefined;
    for (let head = this.queue.peek(); head?.singles !== undefined; head = this.queue.peek()) {
      this.queue.shift();
      if (run.length > 0 && head.stream !== stream) {
        this.onDecoded(run, stream as Stream);
        run = [];
      }
      stream = head.stream;
      run.push({ entry: head.entry, singles: head.singles });
    }
    if (run.length > 0) this.onDecoded(run, stream as Stream);
  }
}
