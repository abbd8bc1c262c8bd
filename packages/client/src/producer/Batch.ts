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
  /** A delayed message's deliver-at time (it travels alone); 0 = at once. */
  deliverAt = 0;
  private firstKey: string | undefined;
  private mixedKeys = false;

  constructor(
    readonly sequenceId: number,
    /** When the oldest message of the batch was sent, for the send timeout. */
    readonly createdAt: number,
  ) {}

  get count(): number {
    return this.resolves.length;
  }

  /** Sequence id of the batch's last message. */
  get lastSequenceId(): number {
    return this.sequenceId + this.resolves.length - 1;
  }

  /** The key every message of the batch has, if they all have the same one. */
  get key(): string | undefined {
    return this.mixedKeys ? undefined : this.firstKey;
  }

  add(resolve: Resolve, reject: Reject, key?: string): void {
    if (this.resolves.length === 0) this.firstKey = key;
    else if (key !== this.firstKey) this.mixedKeys = true;
    this.resolves.push(resolve);
    this.rejects.push(reject);
  }

  succeed(receipt: pb.PublishReceipt): void {
    if (receipt.duplicate) {
      this.succeedAsDuplicate(receipt.partition);
      return;
    }
    if (this.settled) return;
    this.settled = true;
    const { partition, ledgerId, entryId, baseOffset } = receipt;
    for (let i = 0; i < this.resolves.length; i++) {
      (this.resolves[i] as Resolve)(new MessageId(partition, ledgerId, entryId, i, baseOffset + i));
    }
  }

  /** The broker had stored the batch before (a resend after a failover): ids without a position. */
  succeedAsDuplicate(partition = -1): void {
    if (this.settled) return;
    this.settled = true;
    for (let i = 0; i < this.resolves.length; i++) (this.resolves[i] as Resolve)(MessageId.duplicate(partition, i));
  }

  fail(error: BrookError): void {
    if (this.settled) return;
    this.settled = true;
    for (const reject of this.rejects) reject(error);
  }
}
