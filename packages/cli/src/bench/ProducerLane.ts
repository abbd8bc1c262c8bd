import type { Producer } from '@brook/client';
import type { Meter } from './Meter.js';

export interface ProducerLaneOptions {
  readonly producer: Producer;
  /** One buffer reused for every send: the client copies a value into its batch as send() is called. */
  readonly payload: Buffer;
  /** Sends in flight, at most. */
  readonly window: number;
  /**
   * The producer settles sends in the order they were made (a non-partitioned topic): intended times
   * then live in a ring indexed by send number and one shared callback settles every send. A
   * partitioned topic's producer settles per partition, so there each send gets its own callback.
   */
  readonly inOrder: boolean;
  readonly meter: Meter;
  /** After each settled send (acknowledged or failed). */
  readonly onSettled: (lane: ProducerLane) => void;
  readonly onError: (error: unknown) => void;
}

/**
 * One producer of a run: sends the shared payload and records each acknowledged send in the meter
 * with its latency from the intended send time to the durable receipt. Allocates nothing per message
 * beyond what send() itself needs (for an in-order producer).
 */
export class ProducerLane {
  private readonly message: { value: Buffer };
  private readonly intended: Float64Array;
  private sent = 0;
  private settled = 0;

  constructor(private readonly options: ProducerLaneOptions) {
    this.message = { value: options.payload };
    this.intended = new Float64Array(options.inOrder ? options.window : 0);
  }

  get inFlight(): number {
    return this.sent - this.settled;
  }

  get full(): boolean {
    return this.sent - this.settled >= this.options.window;
  }

  /** Sends the payload as it is now; `intended` is its intended send time (performance.now() ms). */
  send(intended: number): void {
    if (this.options.inOrder) {
      this.intended[this.sent % this.intended.length] = intended;
      this.sent++;
      this.options.producer.send(this.message).then(this.settleOldest, this.fail);
    } else {
      this.sent++;
      this.options.producer.send(this.message).then(() => this.settle(intended), this.fail);
    }
  }

  /** In order: the oldest send in flight was acknowledged. */
  private readonly settleOldest = (): void => {
    this.settle(this.intended[this.settled % this.intended.length] as number);
  };

  private settle(intended: number): void {
    const now = performance.now();
    this.settled++;
    this.options.meter.record(intended, now, this.options.payload.length, now - intended);
    this.options.onSettled(this);
  }

  private readonly fail = (error: unknown): void => {
    this.settled++;
    this.options.onError(error);
    this.options.onSettled(this);
  };
}
