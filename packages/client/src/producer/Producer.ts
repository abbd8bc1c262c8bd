import { BrookError, ErrorCode, isErrorCode, type pb, toBrookError } from '@brook/protocol';
import type { Connection } from '../connection/Connection.js';
import type { ProducerMessage } from '../Message.js';
import type { MessageId } from '../MessageId.js';
import { DeadlineTimer } from '../util/DeadlineTimer.js';
import { Deque } from '../util/Deque.js';
import { once } from '../util/once.js';
import { BatchPayloadWriter, framedSize } from '../wire/batchPayload.js';
import { Batch, type Reject, type Resolve } from './Batch.js';
import { detach, type PreparedMessage, prepareMessage } from './encodeMessage.js';
import type { ProducerConfig } from './ProducerConfig.js';
import { PublishStream } from './PublishStream.js';

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
 * Reconnection (next milestone) replaces `stream` only: open a new PublishStream with the same
 * producer name, settle as duplicates the inFlight batches whose last sequence id is at most the
 * new lastSequenceId, then send() the remaining batches' kept `request` in order before any new
 * batch. Everything a resend needs (inFlight with requests, sequence ids) already lives here.
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

  private constructor(
    private readonly config: ProducerConfig,
    private readonly stream: PublishStream,
    private readonly operationTimeoutMs: number,
    private readonly onClosed: (producer: Producer) => void,
  ) {
    this.topic = stream.opened.topic;
    this.name = stream.opened.producerName;
    this.maxMessageSize = stream.opened.maxMessageSize;
    this.batchLimitBytes = Math.min(config.batching.maxBytes, this.maxMessageSize);
    this.nextSequenceId = stream.opened.lastSequenceId + 1;
    stream.attach({ onReceipts: (receipts) => this.onReceipts(receipts), onEnd: (error) => this.fail(error) });
  }

  /** @internal Opens the Publish stream on the topic's broker; rejects with the broker's error. */
  static async open(
    connection: Connection,
    config: ProducerConfig,
    operationTimeoutMs: number,
    onClosed: (producer: Producer) => void,
  ): Promise<Producer> {
    const stream = await PublishStream.open(connection, config.topic, config.name, operationTimeoutMs);
    return new Producer(config, stream, operationTimeoutMs, onClosed);
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
    if (!this.failure) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.operationTimeoutMs);
      });
      await Promise.race([this.flush().catch(() => undefined), deadline]);
      clearTimeout(timer);
      this.fail(
        new BrookError(ErrorCode.AlreadyClosed, `producer ${this.name} closed before the send was acknowledged`),
      );
    }
    await this.stream.close(this.operationTimeoutMs);
    this.onClosed(this);
  });

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  private enqueue(message: PreparedMessage, resolve: Resolve, reject: Reject, sentAt: number): void {
    const { maxMessages, maxDelayMs } = this.config.batching;
    if (this.current && this.payload.size + framedSize(message.size) > this.batchLimitBytes) this.sealCurrent();
    const batch = (this.current ??= new Batch(this.nextSequenceId, sentAt));
    this.nextSequenceId++;
    this.pending++;
    if (message.valueOnly) this.payload.appendValue(message.bytes);
    else this.payload.appendEncoded(message.bytes);
    batch.add(resolve, reject);
    if (
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
    batch.request = this.payload.take(batch.sequenceId, batch.count);
    this.inFlight.push(batch);
    this.stream.send(batch.request);
  };

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

  private settle(batch: Batch, outcome: pb.PublishReceipt | BrookError): void {
    if (batch.settled) return;
    this.settled += batch.count;
    if (outcome instanceof BrookError) batch.fail(outcome);
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
    void this.stream.close(this.operationTimeoutMs);
  }
}

function receiptError(receipt: pb.PublishReceipt): BrookError {
  const code = isErrorCode(receipt.errorCode) ? receipt.errorCode : ErrorCode.Internal;
  return new BrookError(code, receipt.errorMessage || `the broker rejected the batch: ${receipt.errorCode}`);
}
