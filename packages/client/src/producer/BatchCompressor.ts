import { type BrookError, pb, toBrookError } from '@brook/protocol';
import { crc32c } from '@node-rs/crc32';
import { Deque } from '../util/Deque.js';
import { compress } from '../wire/codecs.js';
import type { Batch } from './Batch.js';

type Request = pb.PublishBatch.$Properties;

interface Compressing {
  readonly batch: Batch;
  /** The request to send once compressed; undefined while the codec works. */
  request: Request | undefined;
}

/**
 * Compresses sealed batches with the producer's codec and hands them on in the order they were
 * sealed, though some codecs finish asynchronously. A batch's `request` is set only when it is
 * handed on, so a producer that reconnects resends exactly the batches that have one; the others
 * follow through onReady. A compressed payload that is not smaller than the original is not used:
 * the batch goes as CODEC_NONE. The CRC32C covers the payload as sent.
 */
export class BatchCompressor {
  private readonly queue = new Deque<Compressing>();
  /** Bumped by clear(), so a compression that finishes after it is dropped. */
  private generation = 0;

  constructor(
    private readonly codec: pb.Codec,
    private readonly onReady: (batch: Batch) => void,
    private readonly onError: (error: BrookError) => void,
  ) {}

  /** request is the batch's uncompressed PublishBatch (CODEC_NONE). */
  submit(batch: Batch, request: Request): void {
    if (this.codec === pb.Codec.CODEC_NONE && this.queue.length === 0) {
      batch.request = request;
      this.onReady(batch);
      return;
    }
    const item: Compressing = { batch, request: undefined };
    this.queue.push(item);
    let compressed: Buffer | Promise<Buffer>;
    try {
      compressed = compress(this.codec, request.payload as Buffer);
    } catch (error) {
      this.onError(toBrookError(error));
      return;
    }
    if (compressed instanceof Promise) {
      const generation = this.generation;
      compressed.then(
        (payload) => {
          if (generation !== this.generation) return;
          item.request = this.withPayload(request, payload);
          this.drain();
        },
        (error: unknown) => {
          if (generation === this.generation) this.onError(toBrookError(error));
        },
      );
    } else {
      item.request = this.withPayload(request, compressed);
      this.drain();
    }
  }

  /** Drops batches still compressing (the producer failed or closed). */
  clear(): void {
    this.generation++;
    this.queue.drain();
  }

  private withPayload(request: Request, payload: Buffer): Request {
    const original = request.payload as Buffer;
    if (payload.length >= original.length) return request;
    return {
      ...request,
      codec: this.codec,
      uncompressedSize: original.length,
      payloadCrc32c: crc32c(payload),
      payload,
    };
  }

  private drain(): void {
    for (let head = this.queue.peek(); head?.request !== undefined; head = this.queue.peek()) {
      this.queue.shift();
      head.batch.request = head.request;
      this.onReady(head.batch);
    }
  }
}
