import type { SubscriptionType } from './Subscription.js';

/**
 * Whether a subscription of this type holds entries until their deliver-at time. As in Pulsar,
 * only Shared and Key_Shared do; Exclusive and Failover deliver delayed messages at once, in order.
 */
export function holdsDelayedEntries(type: SubscriptionType | undefined): boolean {
  return type === 'Shared' || type === 'KeyShared';
}

/** An entry held back until its time, as the tracker sees it: anything with an offset. */
export interface DelayedEntry {
  readonly baseOffset: number;
}

interface Held<T> {
  readonly entry: T;
  readonly deliverAt: number;
}

export interface DelayedDeliveryTrackerOptions<T> {
  /** Entries held at most; `full` is true at this many, and the dispatcher stops reading. */
  maxEntries: number;
  /** Receives entries once their time came, ordered by time then offset. */
  onDue: (entries: T[]) => void;
  now?: () => number;
}

/**
 * Holds a subscription's entries whose deliver-at time is in the future: a min-heap by time (then
 * offset), with one timer armed for the earliest. When it fires, every entry due by then goes to
 * `onDue` in one call. The tracker keeps no payload, only the entry and its time, and holds at most
 * `maxEntries`; the held entries stay outstanding in the cursor (not acknowledged), so after a
 * restart the new owner re-reads them from the mark-delete position and holds them again.
 */
export class DelayedDeliveryTracker<T extends DelayedEntry> {
  private readonly heap: Held<T>[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** When the armed timer fires. */
  private timerAt = Number.POSITIVE_INFINITY;
  private closed = false;
  private readonly now: () => number;

  constructor(private readonly options: DelayedDeliveryTrackerOptions<T>) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.heap.length;
  }

  get full(): boolean {
    return this.heap.length >= this.options.maxEntries;
  }

  /** Entries that can still be held. */
  get room(): number {
    return Math.max(0, this.options.maxEntries - this.heap.length);
  }

  /** When the earliest held entry is due, or undefined when none is held. */
  get nextDeliverAt(): number | undefined {
    return this.heap[0]?.deliverAt;
  }

  /** Holds `entry` until `deliverAt` (ms since the epoch). The caller checks `full` first. */
  add(entry: T, deliverAt: number): void {
    if (this.closed) return;
    this.heap.push({ entry, deliverAt });
    this.siftUp(this.heap.length - 1);
    this.arm();
  }

  /** Drops every held entry (a seek or reset): they are read again from the new position. */
  clear(): void {
    this.heap.length = 0;
    this.disarm();
  }

  close(): void {
    this.closed = true;
    this.clear();
  }

  /** Removes and returns the entries due by now, earliest first. */
  private takeDue(): T[] {
    const now = this.now();
    const due: T[] = [];
    while (this.heap.length > 0 && (this.heap[0] as Held<T>).deliverAt <= now) due.push(this.pop().entry);
    return due;
  }

  private readonly fire = (): void => {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    if (this.closed) return;
    const due = this.takeDue();
    // A timer may fire a moment before the wall clock reaches its time: arm again for the rest.
    this.arm();
    if (due.length > 0) this.options.onDue(due);
  };

  /** One timer, for the earliest entry; re-armed only when an earlier one arrives. */
  private arm(): void {
    const first = this.heap[0];
    if (!first) return;
    if (this.timer && this.timerAt <= first.deliverAt) return;
    this.disarm();
    this.timerAt = first.deliverAt;
    // setTimeout's limit is 2^31-1 ms (~24.8 days); a later entry re-arms when this one fires.
    const delay = Math.min(Math.max(0, first.deliverAt - this.now()), 2 ** 31 - 1);
    this.timer = setTimeout(this.fire, delay);
    this.timer.unref();
  }

  private disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  private pop(): Held<T> {
    const heap = this.heap;
    const top = heap[0] as Held<T>;
    const last = heap.pop() as Held<T>;
    if (heap.length > 0) {
      heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    const item = heap[index] as Held<T>;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(item, heap[parent] as Held<T>)) break;
      heap[index] = heap[parent] as Held<T>;
      index = parent;
    }
    heap[index] = item;
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const item = heap[index] as Held<T>;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right] as Held<T>, heap[left] as Held<T>) ? right : left;
      if (!before(heap[child] as Held<T>, item)) break;
      heap[index] = heap[child] as Held<T>;
      index = child;
    }
    heap[index] = item;
  }
}

function before<T extends DelayedEntry>(a: Held<T>, b: Held<T>): boolean {
  return a.deliverAt < b.deliverAt || (a.deliverAt === b.deliverAt && a.entry.baseOffset < b.entry.baseOffset);
}
