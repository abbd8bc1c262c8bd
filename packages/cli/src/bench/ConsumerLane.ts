import type { Consumer, Message } from '@brook/client';
import type { Meter } from './Meter.js';

/**
 * What a received message's latency is measured from:
 * - `stamp`: the intended send time its producer wrote into its first 8 bytes (e2e, same process);
 * - `publishTime`: the broker's publish time (ms resolution; a consumer of another process's messages);
 * - `none`: not measured (a backlog read, where age says nothing about speed).
 */
export type LatencySource = 'stamp' | 'publishTime' | 'none';

export interface ConsumerLaneOptions {
  readonly consumer: Consumer;
  readonly meter: Meter;
  readonly latency: LatencySource;
  /** Messages counted in all, at most (--messages); later ones are acknowledged but not counted. */
  readonly limit: number;
  readonly onError: (error: unknown) => void;
}

/**
 * One consumer of a run: receives in batches (what the consumer has queued), acknowledges every
 * message (grouped by the client) and records them, with one clock reading per batch.
 */
export class ConsumerLane {
  private stopping = false;
  /** The last ack promise seen: the client returns one shared promise per ack group, handled once. */
  private lastAck: Promise<void> | undefined;

  constructor(private readonly options: ConsumerLaneOptions) {}

  /** Receives until stop() (or the consumer fails). */
  async run(): Promise<void> {
    const { consumer } = this.options;
    try {
      for (;;) {
        const messages = await consumer.receiveBatch();
        if (messages.length === 0) return; // closed
        for (const message of messages) this.ack(message);
        this.record(messages, performance.now());
      }
    } catch (error) {
      if (!this.stopping) this.options.onError(error);
    }
  }

  /** Ends run(): closes the consumer, which writes its pending acks. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.options.consumer.close();
  }

  /** Counts the messages received at `now`, up to the limit. */
  private record(messages: readonly Message[], now: number): void {
    const { meter, latency, limit } = this.options;
    const counted = Math.min(messages.length, limit - meter.total);
    if (counted <= 0) return;
    if (latency === 'none') {
      let bytes = 0;
      for (let i = 0; i < counted; i++) bytes += (messages[i] as Message).value.length;
      meter.recordMany(now, counted, bytes);
      return;
    }
    for (let i = 0; i < counted; i++) {
      const message = messages[i] as Message;
      const size = message.value.length;
      if (latency === 'stamp') {
        const intended = message.value.readDoubleLE(0);
        meter.record(intended, now, size, now - intended);
      } else meter.record(now, now, size, Date.now() - message.publishTime);
    }
  }

  private ack(message: Message): void {
    const acked = this.options.consumer.ack(message);
    if (acked === this.lastAck) return;
    this.lastAck = acked;
    acked.catch(this.onAckError);
  }

  private readonly onAckError = (error: unknown): void => {
    if (!this.stopping) this.options.onError(error);
  };
}
