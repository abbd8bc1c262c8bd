import type { ServerDuplexStream } from '@grpc/grpc-js';
import { crc32c } from '@node-rs/crc32';
import { BrookError, ErrorCode, pb, toBrookError } from '@brook/protocol';
import type { PublishOutcome } from '../../dedup/MessageDeduplication.js';
import { holdTimeFor } from '../../topic/BacklogQuotaGate.js';
import type { Attachment, Topic } from '../../topic/Topic.js';
import { endWithError } from '../handler.js';
import type { ServerContext } from '../ServerContext.js';

type PublishCall = ServerDuplexStream<pb.PublishRequest, pb.PublishResponse>;

interface PendingReceipt {
  receipt: pb.IPublishReceipt | undefined;
}

const MAX_CODEC = 4;

export function publishHandler(context: ServerContext): (call: PublishCall) => void {
  return (call) => new PublishSession(call, context).start();
}

/**
 * One producer's stream: `open` first, then batches. Each batch is appended to the topic's
 * managed ledger as one entry, payload untouched; receipts go back in batch order, several per
 * message. When too many batches are in flight the session stops reading the stream, so a fast
 * producer is slowed by gRPC flow control instead of filling the broker's memory. A resend of a
 * batch the topic already stored (same producer name, first sequence id at or below the last one)
 * is not appended; its receipt says `duplicate`, in order with the others.
 */
class PublishSession implements Attachment {
  private topic: Topic | undefined;
  private producerName = '';
  /** How long a batch may wait while the topic's backlog is over quota (producer_request_hold); set on open. */
  private holdMs = 0;
  private opening = false;
  private opened = false;
  private readonly receipts: PendingReceipt[] = [];
  private inFlight = 0;
  private paused = false;
  private flushScheduled = false;
  private finished = false;
  private clientEnded = false;

  constructor(
    private readonly call: PublishCall,
    private readonly context: ServerContext,
  ) {}

  start(): void {
    this.call.on('data', (request: pb.PublishRequest) => this.onRequest(request));
    this.call.on('end', () => {
      this.clientEnded = true;
      this.finishIfDrained();
    });
    this.call.on('cancelled', () => this.finish());
    this.call.on('error', () => this.finish());
    this.call.on('close', () => this.finish());
  }

  private onRequest(request: pb.PublishRequest): void {
    try {
      if (request.kind === 'open' && request.open && !this.opening) {
        this.opening = true;
        void this.open(request.open);
      } else if (request.kind === 'batches' && request.batches && this.opened) {
        for (const batch of request.batches.batches ?? []) this.publish(batch);
      } else {
        throw new BrookError(ErrorCode.MalformedRequest, 'a publish stream sends one open, then batches');
      }
    } catch (error) {
      this.close(toBrookError(error));
    }
  }

  private async open(open: pb.IOpenProducer): Promise<void> {
    this.call.pause();
    try {
      const topic = await this.context.topics.get(open.topic ?? '');
      if (this.finished) return;
      this.producerName = topic.addProducer(open.producerName ?? '', this);
      this.holdMs = holdTimeFor(open.sendTimeoutMs ?? 0, this.context.config.backlogQuotaHoldTimeoutMs);
      this.topic = topic;
      this.context.metrics.producers.inc();
      const lastSequenceId = await topic.lastSequenceId(this.producerName);
      if (this.finished) return;
      this.opened = true;
      this.call.write(
        pb.PublishResponse.create({
          opened: {
            topic: topic.name,
            producerName: this.producerName,
            lastSequenceId,
            maxMessageSize: topic.policies.maxMessageSize,
          },
        }),
      );
      this.call.resume();
    } catch (error) {
      this.close(toBrookError(error));
    }
  }

  private publish(batch: pb.IPublishBatch): void {
    const pending: PendingReceipt = { receipt: undefined };
    this.receipts.push(pending);
    const sequenceId = batch.sequenceId ?? 0;
    const refusal = this.validate(batch);
    if (refusal) {
      this.settle(pending, failedReceipt(sequenceId, refusal));
      return;
    }
    const topic = this.topic as Topic;
    const payload = batch.payload as Buffer;
    const started = process.hrtime.bigint();
    this.inFlight++;
    if (this.inFlight >= this.context.config.maxPendingBatchesPerProducer && !this.paused) {
      this.paused = true;
      this.call.pause();
    }
    topic
      .publish(
        {
          codec: batch.codec ?? 0,
          messageCount: batch.messageCount ?? 0,
          sequenceId,
          producerName: this.producerName,
          uncompressedSize: batch.uncompressedSize ?? payload.length,
          payloadCrc32c: batch.payloadCrc32c ?? 0,
          payloadCrc32cVerified: true, // validate() checked it
          payload,
          key: batch.key ?? undefined,
          deliverAt: batch.deliverAt ?? 0,
        },
        { holdMs: this.holdMs },
      )
      .then(
        (outcome) => {
          if (outcome.duplicate) {
            this.settle(pending, { sequenceId, duplicate: true });
            return;
          }
          const { metrics } = this.context;
          metrics.publishedMessages.inc(batch.messageCount ?? 0);
          metrics.publishedBytes.inc(payload.length);
          metrics.publishLatency.observe(Number(process.hrtime.bigint() - started) / 1e9);
          this.settle(pending, receiptOf(sequenceId, topic.partition, outcome));
        },
        (error: unknown) => {
          const brookError = toBrookError(error);
          this.settle(pending, failedReceipt(sequenceId, brookError));
          if (topic.ledger.failed) void this.context.topics.unload(topic, topic.ledger.failed);
        },
      )
      .finally(() => {
        this.inFlight--;
        if (this.paused && this.inFlight <= this.context.config.maxPendingBatchesPerProducer / 2) {
          this.paused = false;
          this.call.resume();
        }
      });
  }

  private validate(batch: pb.IPublishBatch): BrookError | undefined {
    const payload = batch.payload;
    const { maxMessageSize } = (this.topic as Topic).policies; // the namespace's, kept current
    if (!Buffer.isBuffer(payload) || payload.length === 0 || !batch.messageCount) {
      return new BrookError(ErrorCode.MalformedRequest, 'a batch needs a payload and a message count');
    }
    if ((batch.codec ?? 0) > MAX_CODEC)
      return new BrookError(ErrorCode.MalformedRequest, `unknown codec ${batch.codec}`);
    if (payload.length > maxMessageSize) {
      return new BrookError(ErrorCode.MessageTooLarge, `batch of ${payload.length} bytes exceeds ${maxMessageSize}`);
    }
    if (crc32c(payload) !== batch.payloadCrc32c) {
      return new BrookError(ErrorCode.ChecksumMismatch, 'batch payload CRC32C does not match');
    }
    return undefined;
  }

  private settle(pending: PendingReceipt, receipt: pb.IPublishReceipt): void {
    pending.receipt = receipt;
    if (receipt.errorCode) this.context.metrics.publishFailures.inc({ code: receipt.errorCode });
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flushReceipts());
  }

  /** Writes every settled receipt at the head of the queue as one message. */
  private flushReceipts(): void {
    this.flushScheduled = false;
    let ready = 0;
    while (ready < this.receipts.length && this.receipts[ready]?.receipt) ready++;
    if (ready === 0 || this.finished) return;
    const receipts = this.receipts.splice(0, ready).map((p) => p.receipt as pb.IPublishReceipt);
    this.call.write(pb.PublishResponse.create({ receipts: { receipts } }));
    this.finishIfDrained();
  }

  /** After the client half-closed, the stream ends once every receipt went out. */
  private finishIfDrained(): void {
    if (this.clientEnded && this.receipts.length === 0) this.finish();
  }

  /** Ends the stream with an error (the topic unloaded, or the client broke the protocol). */
  close(error: BrookError): void {
    if (this.finished) return;
    endWithError(this.call, error);
    this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.topic) {
      this.topic.removeProducer(this.producerName, this);
      this.context.metrics.producers.dec();
    }
    if (!this.call.writableEnded) this.call.end();
  }
}

function receiptOf(
  sequenceId: number,
  partition: number,
  { result }: Extract<PublishOutcome, { duplicate: false }>,
): pb.IPublishReceipt {
  return { sequenceId, partition, ledgerId: result.ledgerId, entryId: result.entryId, baseOffset: result.baseOffset };
}

function failedReceipt(sequenceId: number, error: BrookError): pb.IPublishReceipt {
  return { sequenceId, errorCode: error.code, errorMessage: error.message };
}
