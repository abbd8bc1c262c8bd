import type { pb } from '@brook/protocol';

/** What a Failover subscription needs of a consumer beyond delivery. */
export interface FailoverRole {
  priorityLevel?: number;
  onActiveChange?: (active: boolean) => void;
}

/**
 * The broker's side of one connected consumer: the permits it granted, the messages it holds
 * unacknowledged, and whether its stream can take more now.
 */
export class ServerConsumer {
  permits = 0;
  unacked = 0;
  writable = true;
  /** Failover: whether this consumer is the one receiving; undefined for other subscription types. */
  active: boolean | undefined;

  constructor(
    readonly id: number,
    readonly name: string,
    /** Writes deliveries; returns false when the stream's buffer is full (then waitWritable). */
    private readonly write: (entries: pb.IDeliveredEntry[]) => boolean,
    private readonly waitWritable: (resume: () => void) => void,
    private readonly failover: FailoverRole = {},
  ) {}

  /** Failover: lower levels are preferred, then lower names. */
  get priorityLevel(): number {
    return this.failover.priorityLevel ?? 0;
  }

  /** Failover: records whether this consumer is active and tells it when that changed. */
  setActive(active: boolean): void {
    if (this.active === active) return;
    this.active = active;
    this.failover.onActiveChange?.(active);
  }

  get ready(): boolean {
    return this.permits > 0 && this.writable;
  }

  deliver(entries: pb.IDeliveredEntry[], onWritable: () => void): void {
    if (this.write(entries)) return;
    this.writable = false;
    this.waitWritable(() => {
      this.writable = true;
      onWritable();
    });
  }
}
