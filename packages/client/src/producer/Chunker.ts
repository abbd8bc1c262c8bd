import { randomUUID } from 'node:crypto';
import { BrookError, ErrorCode, pb } from '@brook/protocol';
import type { ProducerMessage } from '../Message.js';
import { ChunkedMessageId, type MessageId } from '../MessageId.js';
import type { Reject, Resolve } from './Batch.js';
import type { PreparedMessage } from './encodeMessage.js';

/** Bytes around a chunk's value at most: its field tag and length, the SingleMessage's framing in the batch. */
const FRAMING_BYTES = 1 + 5 + 1 + 5;

/**
 * Splits a message larger than the broker's max message size into chunks (Pulsar's chunking).
 * Each chunk is a SingleMessage carrying the same uuid, key, properties and event time, its
 * chunk_id, num_chunks, the whole value's total_size and a slice of the value; every chunk but the
 * last carries as many value bytes as fit in maxMessageSize. Chunks travel as batches of their own
 * (`chunk: true`), one sequence id each. The message must have passed prepareMessage.
 */
export function splitIntoChunks(message: ProducerMessage, maxMessageSize: number): PreparedMessage[] {
  const value = typeof message.value === 'string' ? Buffer.from(message.value, 'utf8') : message.value;
  const uuid = randomUUID();
  const meta: pb.SingleMessage.$Properties = { uuid, totalSize: value.length };
  if (message.key !== undefined) meta.key = message.key;
  if (message.properties !== undefined) meta.properties = message.properties;
  if (message.eventTime) meta.eventTime = message.eventTime;
  // Metadata with the largest chunk_id and num_chunks a chunk can have: an upper bound for every chunk.
  const overhead = pb.SingleMessage.encode({ ...meta, chunkId: 0xffffffff, numChunks: 0xffffffff }).finish().length;
  const chunkSize = maxMessageSize - overhead - FRAMING_BYTES;
  if (chunkSize < 1) {
    throw new BrookError(
      ErrorCode.MessageTooLarge,
      `message key and properties of ${overhead} bytes leave no room for a chunk within ${maxMessageSize} bytes`,
    );
  }
  const numChunks = Math.ceil(value.length / chunkSize);
  const chunks: PreparedMessage[] = [];
  for (let chunkId = 0; chunkId < numChunks; chunkId++) {
    const slice = value.subarray(chunkId * chunkSize, (chunkId + 1) * chunkSize);
    const bytes = pb.SingleMessage.encode({ ...meta, chunkId, numChunks, value: slice }).finish();
    const chunk: PreparedMessage = { bytes, valueOnly: false, size: bytes.length, chunk: true };
    chunks.push(message.key === undefined ? chunk : { ...chunk, key: message.key });
  }
  return chunks;
}

/** One application send made of several chunk sends: resolves once every chunk is stored, rejects on the first failure. */
export class ChunkedSend {
  private readonly ids: MessageId[];
  private remaining: number;
  private done = false;

  constructor(
    count: number,
    private readonly resolve: (id: MessageId) => void,
    private readonly rejectSend: (error: BrookError) => void,
  ) {
    this.ids = new Array<MessageId>(count);
    this.remaining = count;
  }

  /** The resolve of chunk i's send. */
  resolveChunk(i: number): Resolve {
    return (id) => {
      this.ids[i] = id;
      if (--this.remaining === 0 && !this.done) {
        this.done = true;
        this.resolve(this.ids.length === 1 ? (this.ids[0] as MessageId) : new ChunkedMessageId(this.ids));
      }
    };
  }

  readonly reject: Reject = (error) => {
    if (this.done) return;
    this.done = true;
    this.rejectSend(error);
  };
}
