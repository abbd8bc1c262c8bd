import type { pb } from '@brook/protocol';

/**
 * The broker's side of one connected consumer: the permits it granted, the messages it holds
 * unacknowledged, and whether its stream can take more now.
 */
export class ServerConsumer {
  permits = 0;
  unacked = 0;
  writable = true;

  constructor(
    readonly id: number,
    readonly name: string,
    /** Writes deliveries; returns false when the stream's buffer is full (then waitWritable). */
    private readonly write: (entries: pb.IDeliveredEntry[]) => boolean,
    private readonly waitWritable: (resume: () => void) => void,
  ) {}

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
