import type { BrookError, pb } from '@brook/protocol';
import { MessageId } from '../MessageId.js';

export type Resolve = (id: MessageId) => void;
export type Reject = (error: BrookError) => void;

/**
 * The sends of consecutive messages of one producer that travel as one entry. Message i has
 * sequence id sequenceId + i and settles through resolves[i] / rejects[i]. A sealed batch keeps
 * its request until its receipt, so a new stream can resend it after a reconnect.
 */
export class Batch {
  readonly resolves: Resolve[] = [];
  readonly rejects: Reject[] = [];
  request: pb.PublishBatch.$Properties | undefined;
  /** True once every send of the batch was settled (by receipt, timeout or failure). */
  settled = false;

  constructor(
    readonly sequenceId: number,
    /** When the oldest message of the batch was sent, for the send timeout. */
    readonly createdAt: number,
  ) {}

  get count(): number {
    return this.resolves.length;
  }

  add(resolve: Resolve, reject: Reject): void {
    this.resolves.push(resolve);
    this.rejects.push(reject);
  }

  succeed(receipt: pb.PublishReceipt): void {
    if (this.settled) return;
    this.settled = true;
    const { partition, ledgerId, entryId, baseOffset } = receipt;
    for (let i = 0; i < this.resolves.length; i++) {
      (this.resolves[i] as Resolve)(new MessageId(partition, ledgerId, entryId, i, baseOffset + i));
    }
  }

  fail(error: BrookError): void {
    if (this.settled) return;
    this.settled = true;
    for (const reject of this.rejects) reject(error);
  }
}
