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

/** One consumer of a run: receives, acknowledges every message (grouped by the client) and records it. */
export class ConsumerLane {
  private stopping = false;
  /** The last ack promise seen: the client returns one shared promise per ack group, handled once. */
  private lastAck: Promise<void> | undefined;

  constructor(private readonly options: ConsumerLaneOptions) {}

  /** Receives until stop() (or the consumer fails). */
  async run(): Promise<void> {
    const { consumer, meter, latency, limit } = this.options;
    try {
      for await (const message of consumer) {
        const now = performance.now();
        this.ack(message);
        if (meter.total >= limit) continue;
        const size = message.value.length;
        if (latency === 'stamp') {
          const intended = message.value.readDoubleLE(0);
          meter.record(intended, now, size, now - intended);
        } else if (latency === 'publishTime') {
          meter.record(now, now, size, Date.now() - message.publishTime);
        } else {
          meter.record(now, now, size);
        }
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
