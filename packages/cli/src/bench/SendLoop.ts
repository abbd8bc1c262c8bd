import { setImmediate as nextTurn } from 'node:timers/promises';
import type { MessageQuota } from './MessageQuota.js';
import type { ProducerLane } from './ProducerLane.js';
import type { RateSchedule } from './RateSchedule.js';

export interface SendLoopOptions {
  readonly lanes: readonly ProducerLane[];
  /** undefined: as fast as the windows allow, each message's intended time being when it is sent. */
  readonly schedule: RateSchedule | undefined;
  /** Written with each message's intended send time before it is sent (e2e), else undefined. */
  readonly stamp: ((intended: number) => void) | undefined;
  /** No message is intended at or after this time (performance.now() ms). */
  readonly endAt: number;
  readonly quota: MessageQuota;
}

/** Sends before the loop yields to I/O (receipts, timers) when nothing else made it wait. */
const SENDS_PER_TURN = 1000;
/** Gaps shorter than this are waited out precisely (timers have 1 ms granularity and fire late). */
const PRECISE_WAIT_MS = 2;
const blocker = new Int32Array(new SharedArrayBuffer(4));

/**
 * The one loop that sends for every producer of a run, so producers never delay each other: message
 * j goes to lane j mod lanes, at the schedule's time j (or at once at max rate), once that lane has
 * room in its window. A message sent late keeps its intended time, so the delay shows in its latency.
 */
export class SendLoop {
  private sent = 0;
  private stopped = false;
  private waitingFor: ProducerLane | 'drain' | 'due' | undefined;
  private wake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: SendLoopOptions) {}

  /** Sends until the end time, the quota or stop(); resolves once every send was settled. */
  async run(): Promise<void> {
    const { lanes, schedule, stamp, endAt, quota } = this.options;
    let turn = 0;
    while (!this.stopped) {
      const lane = lanes[this.sent % lanes.length] as ProducerLane;
      if (lane.full) {
        await this.wait(lane);
        continue;
      }
      const now = performance.now();
      const intended = schedule ? schedule.intendedAt(this.sent) : now;
      if (intended >= endAt) break;
      if (intended > now) {
        await this.until(intended);
        continue;
      }
      if (!quota.take()) break;
      stamp?.(intended);
      lane.send(intended);
      this.sent++;
      if (++turn >= SENDS_PER_TURN) {
        turn = 0;
        await nextTurn();
      }
    }
    while (lanes.some((l) => l.inFlight > 0)) await this.wait('drain');
  }

  /** Stops sending; run() resolves once the sends in flight were settled. */
  stop(): void {
    this.stopped = true;
    this.wakeUp();
  }

  /** Lanes call this after each settled send. */
  readonly onSettled = (lane: ProducerLane): void => {
    const waiting = this.waitingFor;
    if (waiting === lane ? !lane.full : waiting === 'drain' && lane.inFlight === 0) this.wakeUp();
  };

  private wait(reason: ProducerLane | 'drain'): Promise<void> {
    return new Promise((resolve) => {
      this.waitingFor = reason;
      this.wake = resolve;
    });
  }

  /**
   * Waits until `time`: a timer for the bulk of a long gap, then (after letting pending I/O run)
   * a short blocking wait, which keeps rate-mode sends on time at little CPU cost.
   */
  private async until(time: number): Promise<void> {
    const gap = time - performance.now();
    if (gap > PRECISE_WAIT_MS) {
      await new Promise<void>((resolve) => {
        this.waitingFor = 'due';
        this.wake = resolve;
        this.timer = setTimeout(() => this.wakeUp(), Math.floor(gap - 1));
      });
      return;
    }
    await nextTurn();
    const left = time - performance.now();
    if (left > 0) Atomics.wait(blocker, 0, 0, left);
  }

  private wakeUp(): void {
    const wake = this.wake;
    if (!wake) return;
    clearTimeout(this.timer);
    this.wake = undefined;
    this.waitingFor = undefined;
    wake();
  }
}
