import { BrookError, ErrorCode, isErrorCode, type pb, toBrookError } from '@brook/protocol';
import type { ClientEvent } from '../ClientEvent.js';
import type { ConnectionPool } from '../connection/ConnectionPool.js';
import { type Opened, Reconnector, type ReconnectorConfig } from '../connection/Reconnector.js';
import type { ProducerMessage } from '../Message.js';
import type { MessageId } from '../MessageId.js';
import { DeadlineTimer } from '../util/DeadlineTimer.js';
import { Deque } from '../util/Deque.js';
import { EventChannel } from '../util/EventChannel.js';
import { once } from '../util/once.js';
import { BatchPayloadWriter, framedSize } from '../wire/batchPayload.js';
import { Batch, type Reject, type Resolve } from './Batch.js';
import { BatchCompressor } from './BatchCompressor.js';
import { ChunkedSend, splitIntoChunks } from './Chunker.js';
import { detach, type PreparedMessage, prepareMessage } from './encodeMessage.js';
import type { ProducerConfig } from './ProducerConfig.js';
import { PublishStream } from './PublishStream.js';

/** The outcome of a batch the broker had stored before a failover. */
const DUPLICATE = Symbol('duplicate');

interface WaitingSend {
  readonly message: PreparedMessage;
  readonly resolve: Resolve;
  readonly reject: Reject;
  readonly sentAt: number;
}

interface FlushWaiter {
  /** Resolves once this many sends were settled. */
  readonly target: number;
  readonly resolve: () => void;
  readonly reject: (error: BrookError) => void;
}

/**
 * A producer of one topic. A send becomes message i of the open batch (sequence id assigned on
 * entry); a batch is sealed by count, bytes, delay, flush or back-pressure, goes to inFlight and
 * to the stream; receipts settle inFlight from its head, in order. Past maxPendingMessages, sends
 * wait in `waiting` (same order) until receipts free room. One timer expires sends older than
 * sendTimeoutMs; one timer per open batch bounds its delay.
 *
 * Failover: when the stream ends with a retriable error, `stream` is unset and the Reconnector
 * looks the topic up and reopens with the same producer name (the broker-assigned one when the
 * application gave none) after a jittered backoff. Meanwhile sends keep batching into inFlight
 * (bounded by maxPendingMessages, expired by sendTimeoutMs). On reopen, inFlight batches whose last
 * sequence id is at most ProducerOpened.lastSequenceId were stored before the break: their sends
 * resolve as duplicates (MessageId.duplicate: ledgerId, entryId and offset -1); the others are
 * resent with their original sequence ids, in order, before any new batch. Batches whose sends
 * already timed out are not resent. A non-retriable error, or close() while disconnected, ends the
 * producer: every unsettled send rejects with that error (ALREADY_CLOSED for close).
 */
export class Producer {
  readonly topic: string;
  readonly name: string;
  private readonly maxMessageSize: number;
  private readonly batchLimitBytes: number;
  private nextSequenceId: number;
  private current: Batch | undefined;
  /** The open batch's payload. */
  private readonly payload = new BatchPayloadWriter();
  private batchTimer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Deque<Batch>();
  private readonly waiting = new Deque<WaitingSend>();
  private readonly flushWaiters = new Deque<FlushWaiter>();
  /** Messages in the open batch and in flight, the ones maxPendingMessages bounds. */
  private pending = 0;
  private accepted = 0;
  private settled = 0;
  private failure: BrookError | undefined;
  private closing = false;
  private readonly timeouts = new DeadlineTimer((now) => this.expire(now));
  /** The open stream; undefined while reconnecting. */
  private stream: PublishStream | undefined;
  /** The last stream, kept so close() can wait for it to end. */
  private lastStream: PublishStream;
  private readonly statusEvents = new EventChannel<ClientEvent>();
  /** Compresses sealed batches and hands them to the stream in order. */
  private readonly compressor: BatchCompressor;

  private constructor(
    private readonly config: ProducerConfig,
    stream: PublishStream,
    private readonly reconnector: Reconnector,
    private readonly operationTimeoutMs: number,
    private readonly onClosed: (producer: Producer) => void,
  ) {
    this.topic = stream.opened.topic;
    this.name = stream.opened.producerName;
    this.maxMessageSize = stream.opened.maxMessageSize;
    this.batchLimitBytes = Math.min(config.batching.maxBytes, this.maxMessageSize);
    this.nextSequenceId = stream.opened.lastSequenceId + 1;
    this.stream = this.lastStream = stream;
    this.attach(stream);
    this.compressor = new BatchCompressor(
      config.compression,
      (batch) => {
        if (!this.failure) this.stream?.send(batch.request as pb.PublishBatch.$Properties);
      },
      (error) => this.fail(error),
    );
  }

  /** @internal Looks the topic up and opens the Publish stream there; rejects with the broker's error. */
  static async open(
    pool: ConnectionPool,
    config: ProducerConfig,
    client: ReconnectorConfig,
    onClosed: (producer: Producer) => void,
  ): Promise<Producer> {
    const reconnector = new Reconnector(pool, config.topic, client);
    const { stream } = await reconnector.open((connection, signal, timeoutMs) =>
      PublishStream.open(connection, config.topic, config.name, timeoutMs, signal, config.sendTimeoutMs),
    );
    return new Producer(config, stream, reconnector, client.operationTimeoutMs, onClosed);
  }

  /**
   * Status changes from now on: `disconnected` when the stream broke and a reconnect began,
   * `reconnected` once it is open again. Ends when the producer closes or fails. Each call is its own
   * listener with a bounded buffer (the oldest unread events are dropped).
   */
  events(): AsyncIterableIterator<ClientEvent> {
    return this.statusEvents.subscribe();
  }

  /** Resolves with the message's id once the broker stored it durably. */
  send(message: ProducerMessage): Promise<MessageId> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new BrookError(ErrorCode.AlreadyClosed, `producer ${this.name} is closed`));
    let prepared: PreparedMessage;
    try {
      prepared = prepareMessage(message);
    } catch (error) {
      return Promise.reject(toBrookError(error));
    }
    const size = framedSize(prepared.size);
    if (size > this.maxMessageSize && this.config.chunking) return this.sendChunked(message);
    if (size > this.maxMessageSize) {
      return Promise.reject(
        new BrookError(
          ErrorCode.MessageTooLarge,
          `message of ${size} bytes exceeds the limit of ${this.maxMessageSize}`,
        ),
      );
    }
    this.accepted++;
    return new Promise<MessageId>((resolve, reject) => {
      const now = Date.now();
      if (this.waiting.length > 0 || this.pending >= this.config.maxPendingMessages) {
        this.waiting.push({ message: detach(prepared), resolve, reject, sentAt: now });
      } else {
        this.enqueue(prepared, resolve, reject, now);
      }
      if (this.config.sendTimeoutMs > 0) this.timeouts.ensure(now + this.config.sendTimeoutMs);
    });
  }

  /** Sends the open batch now; resolves once every send made so far was settled. */
  flush(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.sealCurrent();
    if (this.settled >= this.accepted) return Promise.resolve();
    return new Promise<void>((resolve, reject) => this.flushWaiters.push({ target: this.accepted, resolve, reject }));
  }

  /** Waits (at most operationTimeoutMs) for pending sends, then ends the stream. Idempotent. */
  readonly close: () => Promise<void> = once(async () => {
    this.closing = true;
    if (!this.failure && this.stream) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.operationTimeoutMs);
      });
      await Promise.race([this.flush().catch(() => undefined), deadline]);
      clearTimeout(timer);
    }
    this.fail(new BrookError(ErrorCode.AlreadyClosed, `producer ${this.name} closed before the send was acknowledged`));
    await this.lastStream.close(this.operationTimeoutMs);
    this.onClosed(this);
  });

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** The chunks of a message above maxMessageSize, sent in order as batches of their own; one MessageId for all. */
  private sendChunked(message: ProducerMessage): Promise<MessageId> {
    let chunks: PreparedMessage[];
    try {
      chunks = splitIntoChunks(message, this.maxMessageSize);
    } catch (error) {
      return Promise.reject(toBrookError(error));
    }
    this.accepted += chunks.length;
    return new Promise<MessageId>((resolve, reject) => {
      const send = new ChunkedSend(chunks.length, resolve, reject);
      const now = Date.now();
      chunks.forEach((chunk, i) => {
        if (this.waiting.length > 0 || this.pending >= this.config.maxPendingMessages) {
          this.waiting.push({ message: chunk, resolve: send.resolveChunk(i), reject: send.reject, sentAt: now });
        } else {
          this.enqueue(chunk, send.resolveChunk(i), send.reject, now);
        }
      });
      if (this.config.sendTimeoutMs > 0) this.timeouts.ensure(now + this.config.sendTimeoutMs);
    });
  }

  private enqueue(message: PreparedMessage, resolve: Resolve, reject: Reject, sentAt: number): void {
    const { maxMessages, maxDelayMs } = this.config.batching;
    const alone = message.chunk || message.deliverAt !== undefined;
    // Key-based batching: a batch holds one key, so Key_Shared can route it whole.
    if (this.current && this.config.batching.byKey && this.current.key !== message.key) this.sealCurrent();
    if (this.current && (alone || this.payload.size + framedSize(message.size) > this.batchLimitBytes)) {
      this.sealCurrent();
    }
    const batch = (this.current ??= new Batch(this.nextSequenceId, sentAt));
    if (message.deliverAt !== undefined) batch.deliverAt = message.deliverAt;
    this.nextSequenceId++;
    this.pending++;
    if (message.valueOnly) this.payload.appendValue(message.bytes);
    else this.payload.appendEncoded(message.bytes);
    batch.add(resolve, reject, message.key);
    if (
      alone ||
      batch.count >= maxMessages ||
      this.payload.size >= this.batchLimitBytes ||
      this.pending >= this.config.maxPendingMessages
    ) {
      this.sealCurrent();
    } else if (batch.count === 1) {
      this.batchTimer = setTimeout(this.sealCurrent, maxDelayMs);
    }
  }

  private readonly sealCurrent = (): void => {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    const batch = this.current;
    if (!batch) return;
    this.current = undefined;
    const request = this.payload.take(batch.sequenceId, batch.count);
    if (batch.deliverAt > 0) request.deliverAt = batch.deliverAt;
    if (batch.key !== undefined) request.key = batch.key;
    this.inFlight.push(batch);
    this.compressor.submit(batch, request);
  };

  private attach(stream: PublishStream): void {
    stream.attach({
      onReceipts: (receipts) => {
        if (stream === this.stream) this.onReceipts(receipts);
      },
      onEnd: (error) => this.onStreamEnd(stream, error),
    });
  }

  /** A retriable end starts a reconnect, unless the producer is closing; anything else ends the producer. */
  private onStreamEnd(stream: PublishStream, error: BrookError): void {
    if (stream !== this.stream || this.failure) return;
    if (!error.retriable || this.closing) {
      this.fail(error);
      return;
    }
    this.stream = undefined;
    this.statusEvents.emit({ type: 'disconnected', error });
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    let opened: Opened<PublishStream>;
    try {
      opened = await this.reconnector.reopen((connection, signal, timeoutMs) =>
        PublishStream.open(connection, this.config.topic, this.name, timeoutMs, signal, this.config.sendTimeoutMs),
      );
    } catch (error) {
      this.fail(toBrookError(error));
      return;
    }
    if (this.failure || this.closing) {
      void opened.stream.close(this.operationTimeoutMs);
      return;
    }
    this.resume(opened);
  }

  /** Settles what the broker already stored, resends the rest in order, then lets new batches flow. */
  private resume({ stream, brokerUrl }: Opened<PublishStream>): void {
    this.stream = this.lastStream = stream;
    this.attach(stream);
    if (stream.opened.producerName !== this.name) {
      this.fail(
        new BrookError(
          ErrorCode.Internal,
          `the broker reopened producer ${this.name} as ${stream.opened.producerName}: duplicates cannot be detected`,
        ),
      );
      return;
    }
    const lastStored = stream.opened.lastSequenceId;
    const resend: Batch[] = [];
    for (const batch of this.inFlight.drain()) {
      if (batch.lastSequenceId <= lastStored || batch.settled) {
        // Stored before the break (its receipt was lost with the stream), or its sends already timed out.
        this.pending -= batch.count;
        this.settle(batch, DUPLICATE);
      } else {
        resend.push(batch);
      }
    }
    for (const batch of resend) {
      this.inFlight.push(batch);
      // A batch still compressing has no request yet: the compressor sends it, after these.
      if (batch.request) stream.send(batch.request);
    }
    this.statusEvents.emit({ type: 'reconnected', brokerUrl });
    this.pumpWaiting();
    this.notifyFlushed();
  }

  private onReceipts(receipts: pb.PublishReceipt[]): void {
    for (const receipt of receipts) {
      const batch = this.inFlight.shift();
      if (!batch || batch.sequenceId !== receipt.sequenceId) {
        const error = new BrookError(
          ErrorCode.Internal,
          `receipt for sequence id ${receipt.sequenceId} while the oldest batch in flight is ${batch?.sequenceId ?? 'none'}`,
        );
        if (batch) this.settle(batch, error);
        this.fail(error);
        return;
      }
      this.pending -= batch.count;
      this.settle(batch, receipt.errorCode ? receiptError(receipt) : receipt);
    }
    this.pumpWaiting();
    this.notifyFlushed();
  }

  private settle(batch: Batch, outcome: pb.PublishReceipt | BrookError | typeof DUPLICATE): void {
    if (batch.settled) return;
    this.settled += batch.count;
    if (outcome === DUPLICATE) batch.succeedAsDuplicate();
    else if (outcome instanceof BrookError) batch.fail(outcome);
    else batch.succeed(outcome);
  }

  /** Moves waiting sends into batches while there is room; a pending flush sends them at once. */
  private pumpWaiting(): void {
    for (let next = this.waiting.peek(); next !== undefined; next = this.waiting.peek()) {
      if (this.pending >= this.config.maxPendingMessages) break;
      this.waiting.shift();
      this.enqueue(next.message, next.resolve, next.reject, next.sentAt);
    }
    if (this.flushWaiters.length > 0 || this.closing) this.sealCurrent();
  }

  private notifyFlushed(): void {
    for (let w = this.flushWaiters.peek(); w !== undefined && w.target <= this.settled; w = this.flushWaiters.peek()) {
      this.flushWaiters.shift();
      w.resolve();
    }
  }

  /** Rejects sends older than sendTimeoutMs; returns the next deadline. Expired batches stay in flight for receipt order. */
  private expire(now: number): number | undefined {
    const timeout = this.config.sendTimeoutMs;
    const cutoff = now - timeout;
    const error = () => new BrookError(ErrorCode.Timeout, `send not acknowledged within ${timeout} ms`);
    for (let i = 0; i < this.inFlight.length; i++) {
      const batch = this.inFlight.at(i) as Batch;
      if (batch.settled) continue;
      if (batch.createdAt > cutoff) break;
      this.settle(batch, error());
    }
    const current = this.current;
    if (current && current.createdAt <= cutoff) {
      clearTimeout(this.batchTimer);
      this.current = undefined;
      this.payload.reset();
      this.pending -= current.count;
      this.settle(current, error());
    }
    for (let w = this.waiting.peek(); w !== undefined && w.sentAt <= cutoff; w = this.waiting.peek()) {
      this.waiting.shift();
      this.settled++;
      w.reject(error());
    }
    this.pumpWaiting();
    this.notifyFlushed();
    const oldest = this.oldestUnsettled();
    return oldest === undefined ? undefined : oldest + timeout;
  }

  private oldestUnsettled(): number | undefined {
    for (let i = 0; i < this.inFlight.length; i++) {
      const batch = this.inFlight.at(i) as Batch;
      if (!batch.settled) return batch.createdAt;
    }
    return this.current?.createdAt ?? this.waiting.peek()?.sentAt;
  }

  /** The stream is gone (or the producer closes): every unsettled send rejects with error. */
  private fail(error: BrookError): void {
    if (this.failure) return;
    this.failure = error;
    clearTimeout(this.batchTimer);
    this.timeouts.cancel();
    this.compressor.clear();
    for (const batch of this.inFlight.drain()) this.settle(batch, error);
    if (this.current) this.settle(this.current, error);
    this.current = undefined;
    this.payload.reset();
    for (const w of this.waiting.drain()) {
      this.settled++;
      w.reject(error);
    }
    this.pending = 0;
    for (const w of this.flushWaiters.drain()) w.reject(error);
    this.reconnector.cancel();
    this.statusEvents.end();
    void this.lastStream.close(this.operationTimeoutMs);
  }
}

function receiptError(receipt: pb.PublishReceipt): BrookError {
  const code = isErrorCode(receipt.errorCode) ? receipt.errorCode : ErrorCode.Internal;
  return new BrookError(code, receipt.errorMessage || `the broker rejected the batch: ${receipt.errorCode}`);
}
