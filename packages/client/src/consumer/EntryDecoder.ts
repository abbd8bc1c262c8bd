import { type BrookError, type pb, toBrookError } from '@brook/protocol';
import { Deque } from '../util/Deque.js';
import { decodeEntryPayload } from '../wire/entryPayload.js';

/** A delivered entry and its messages, or the error that stands in their place (bad CRC, corrupt payload). */
export interface DecodedEntry {
  readonly entry: pb.DeliveredEntry;
  readonly singles: pb.SingleMessage[] | BrookError;
}

interface Decoding<Stream> {
  readonly entry: pb.DeliveredEntry;
  readonly stream: Stream;
  singles: pb.SingleMessage[] | BrookError | undefined;
}

/**
 * Decodes delivered entries and hands them on in delivery order, though some codecs decompress
 * asynchronously (zstd, large payloads): an entry waits behind any earlier one still decoding.
 * Entries that decode at once while nothing waits are handed on in the same call. `stream` tags
 * the entries with the stream that delivered them; reset() drops whatever is still decoding.
 */
export class EntryDecoder<Stream> {
  private readonly queue = new Deque<Decoding<Stream>>();
  private generation = 0;

  constructor(private readonly onDecoded: (decoded: DecodedEntry[], stream: Stream) => void) {}

  push(entries: readonly pb.DeliveredEntry[], stream: Stream): void {
    const generation = this.generation;
    for (const entry of entries) {
      const item: Decoding<Stream> = { entry, stream, singles: undefined };
      this.queue.push(item);
      let result: pb.SingleMessage[] | Promise<pb.SingleMessage[]>;
      try {
        result = decodeEntryPayload(entry);
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

  private settle(generation: number, item: Decoding<Stream>, singles: pb.SingleMessage[] | BrookError): void {
    if (generation !== this.generation) return;
    item.singles = singles;
    this.drain();
  }

  private drain(): void {
    let run: DecodedEntry[] = [];
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
