import { BrookError, ErrorCode } from '@brook/protocol';
import type { BacklogQuotaAction } from '../namespace/Policies.js';

export interface BacklogQuotaGateOptions {
  /** Asks for the quota to be measured again soon; the answer comes back through `update`. */
  recheck: () => void;
  /** While publishes are held, or refused, the quota is measured again at most this often. */
  recheckIntervalMs: number;
}

/** The longest delay a Node.js timer takes: a longer one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * How long a producer's batches may be held over quota. A held batch fails a little before the
 * producer's own send timeout would, so the producer sees PRODUCER_BLOCKED_QUOTA_EXCEEDED rather than
 * a bare timeout; never longer than the broker's `maxHoldMs` (backlogQuotaHoldTimeoutMs), which is
 * also the hold when the producer states no timeout.
 */
export function holdTimeFor(sendTimeoutMs: number, maxHoldMs: number): number {
  const cap = Math.min(maxHoldMs, MAX_TIMER_MS);
  if (!(sendTimeoutMs > 0)) return cap;
  return Math.min(cap, Math.max(1, sendTimeoutMs - Math.min(1000, Math.floor(sendTimeoutMs / 10))));
}

interface Held {
  resolve: () => void;
  reject: (error: BrookError) => void;
  timer: NodeJS.Timeout;
}

/**
 * What a topic's publishes do about its backlog quota, decided from the state the last measurement
 * left (no I/O per publish):
 * - under quota, or over it with consumer_backlog_eviction: publishes go ahead;
 * - over it with producer_exception: publishes fail at once with PRODUCER_BLOCKED_QUOTA_EXCEEDED;
 * - over it with producer_request_hold: publishes wait, in arrival order, until the backlog is back
 *   under quota, each for at most its hold time, then fail with PRODUCER_BLOCKED_QUOTA_EXCEEDED.
 *   A publish arriving while others wait waits behind them, so a producer's order is kept.
 * While publishes wait, or are refused, the quota is measured again every `recheckIntervalMs`, so
 * acknowledgements let producers go on without waiting for the next periodic check. How many wait
 * is bounded by the producers' in-flight limits (a producer's stream stops being read past them).
 */
export class BacklogQuotaGate {
  private exceeded = false;
  private action: BacklogQuotaAction = 'producer_request_hold';
  private readonly held: Held[] = [];
  private recheckTimer: NodeJS.Timeout | undefined;
  private lastRecheck = 0;
  private closed = false;

  constructor(private readonly options: BacklogQuotaGateOptions) {}

  get blocking(): boolean {
    return this.exceeded && this.action !== 'consumer_backlog_eviction';
  }

  get heldCount(): number {
    return this.held.length;
  }

  /**
   * For a batch about to be appended: undefined = append now; a BrookError = refuse it; a promise =
   * append once it resolves (it rejects when `holdMs` passed first; at most MAX_TIMER_MS).
   */
  admit(holdMs: number): undefined | BrookError | Promise<void> {
    const waitMs = Math.min(holdMs, MAX_TIMER_MS);
    if (this.held.length === 0 && !this.blocking) return undefined;
    if (this.held.length === 0 && this.action === 'producer_exception') {
      this.recheckSoon();
      return blocked('the topic backlog is over its quota');
    }
    return new Promise<void>((resolve, reject) => {
      const entry: Held = {
        resolve,
        reject,
        timer: setTimeout(() => {
          const index = this.held.indexOf(entry);
          if (index >= 0) this.held.splice(index, 1);
          reject(blocked(`the topic backlog stayed over its quota for ${waitMs} ms`));
        }, waitMs),
      };
      this.held.push(entry);
      this.scheduleRechecks();
    });
  }

  /** The result of a measurement: whether the backlog is over quota, and the action configured. */
  update(exceeded: boolean, action: BacklogQuotaAction): void {
    this.exceeded = exceeded;
    this.action = action;
    if (this.blocking && action === 'producer_request_hold') return;
    const waiting = this.held.splice(0);
    for (const held of waiting) {
      clearTimeout(held.timer);
      if (this.blocking) held.reject(blocked('the topic backlog is over its quota'));
      else held.resolve();
    }
  }

  /** Fails every held publish with `error` and stops rechecking. */
  close(error: BrookError): void {
    this.closed = true;
    clearTimeout(this.recheckTimer);
    for (const held of this.held.splice(0)) {
      clearTimeout(held.timer);
      held.reject(error);
    }
  }

  private recheckSoon(): void {
    const now = Date.now();
    if (this.closed || now - this.lastRecheck < this.options.recheckIntervalMs) return;
    this.lastRecheck = now;
    this.options.recheck();
  }

  private scheduleRechecks(): void {
    if (this.recheckTimer || this.closed) return;
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = undefined;
      if (this.held.length === 0) return;
      this.lastRecheck = Date.now();
      this.options.recheck();
      this.scheduleRechecks();
    }, this.options.recheckIntervalMs);
    this.recheckTimer.unref();
  }
}

function blocked(reason: string): BrookError {
  return new BrookError(ErrorCode.ProducerBlockedQuotaExceeded, reason);
}
