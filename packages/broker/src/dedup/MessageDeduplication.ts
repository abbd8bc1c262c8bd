import { BrookError, ErrorCode } from '@brook/protocol';
import type { Logger } from 'pino';
import type { AppendBatch, AppendResult, ManagedLedger } from '../ledger/ManagedLedger.js';
import { comparePositions, type Position } from '../ledger/Position.js';
import type { DedupSnapshot, DedupSnapshotStore } from './DedupSnapshotStore.js';
import { ProducerSequences } from './ProducerSequences.js';

export interface DeduplicationOptions {
  topic: string;
  ledger: ManagedLedger;
  /** Absent: no snapshots; every load replays the whole log. */
  snapshots: DedupSnapshotStore | undefined;
  /** A snapshot is written after this many persisted entries, and when the topic closes. */
  snapshotInterval: number;
  /** Names neither connected nor publishing for this long are forgotten; 0 keeps them forever. */
  producerInactivityMs: number;
  logger: Logger;
}

/** What became of a published batch: appended, or recognised as a resend of a stored one. */
export type PublishOutcome = { duplicate: false; result: AppendResult } | { duplicate: true };

const DUPLICATE: PublishOutcome = { duplicate: true };
const REPLAY_BATCH_ENTRIES = 500;
const RECOVERY_ATTEMPTS = 3;
const SNAPSHOT_RETRY_MS = 1_000;

/**
 * Producer de-duplication for one topic (Pulsar's MessageDeduplication): a batch whose first
 * sequence id is at or below the highest one pushed for its producer name is not appended again.
 *
 * Rules:
 * - State comes from storage, never from a previous owner's memory: on load, the snapshot at
 *   `/brook/dedup/<topic>` plus a replay of every entry from its position to the end of the log,
 *   so at most ~`snapshotInterval` entries are read back.
 * - A resend of a batch still in flight waits for that append: it is reported as a duplicate only
 *   once the original is persisted, and fails (retriable) if the original failed.
 * - Snapshots hold persisted ids only. After a write failure the managed ledger is failed, the
 *   topic unloads and this object is dropped; its in-flight ("pushed") ids go with it.
 * - Memory: one record per producer name. Names neither connected nor active for
 *   `producerInactivityMs` are dropped from memory and from the next snapshot; a producer that
 *   returns after that gets last_sequence_id −1, and its resends of batches stored before the
 *   snapshot are stored again (as in Pulsar, where dedup state also expires with inactivity).
 */
export class MessageDeduplication {
  /** Settles after the most recent append; appends settle in order. */
  private lastAppend: Promise<void> = Promise.resolve();
  /** Next entry after the last persisted one. */
  private position: Position;
  private entriesSinceSnapshot = 0;
  private writing: Promise<void> | undefined;
  /** No background snapshot before this time (ms since the epoch), after a failed one. */
  private retrySnapshotAt = 0;
  /** Another writer changed the snapshot: this broker no longer owns the topic. */
  private stale = false;
  /**
   * The namespace's de-duplication policy. When off, batches are not checked (a resend is stored
   * again) but sequence ids are still recorded and snapshotted, so switching it on takes effect at
   * once with a state that matches the log.
   */
  enabled = true;
  private closed = false;

  private constructor(
    private readonly options: DeduplicationOptions,
    private readonly sequences: ProducerSequences,
    private version: number,
  ) {
    this.position = options.ledger.endPosition;
  }

  /** Rebuilds the state from the snapshot and the log after it; the ledger must have no appends yet. */
  static async recover(options: DeduplicationOptions): Promise<MessageDeduplication> {
    const { topic, ledger, snapshots, logger } = options;
    for (let attempt = 1; ; attempt++) {
      const stored = await snapshots?.read(topic);
      const sequences = new ProducerSequences(stored?.snapshot.producers);
      const replayed = await replay(ledger, stored?.snapshot.position ?? ledger.firstPosition, sequences);
      const dedup = new MessageDeduplication(options, sequences, stored?.version ?? 0);
      logger.info({ topic, replayed, producers: sequences.size, snapshot: stored !== undefined }, 'dedup recovered');
      // Writing now bounds the next recovery and makes a stale owner's snapshot write fail.
      if (!snapshots || (stored === undefined && replayed === 0)) return dedup;
      try {
        await dedup.write();
        return dedup;
      } catch (error) {
        const raced = error instanceof BrookError && error.code === ErrorCode.TopicBusy;
        if (!raced || attempt >= RECOVERY_ATTEMPTS) throw error;
      }
    }
  }

  /** Appends the batch unless it is a resend; call in stream order, as it decides synchronously. */
  publish(batch: AppendBatch): Promise<PublishOutcome> {
    const { ledger } = this.options;
    if (ledger.failed) return Promise.reject(ledger.failed);
    const { producerName, sequenceId } = batch;
    const check = this.enabled ? this.sequences.check(producerName, sequenceId) : 'new';
    if (check === 'duplicate') return Promise.resolve(DUPLICATE);
    if (check === 'pending') return this.afterPending(producerName, sequenceId);
    const last = sequenceId + batch.messageCount - 1;
    this.sequences.push(producerName, last);
    const appended = ledger.append(batch).then((result): PublishOutcome => {
      this.sequences.persist(producerName, last);
      this.persisted({ ledgerId: result.ledgerId, entryId: result.entryId + 1 });
      return { duplicate: false, result };
    });
    this.lastAppend = appended.then(noop, noop);
    return appended;
  }

  /** A resend of an in-flight batch: a duplicate once the original is persisted, else an error. */
  private async afterPending(producerName: string, sequenceId: number): Promise<PublishOutcome> {
    await this.lastAppend;
    if (this.sequences.lastPersisted(producerName) >= sequenceId) return DUPLICATE;
    throw (
      this.options.ledger.failed ??
      new BrookError(ErrorCode.Unavailable, `the batch resent as ${sequenceId} was not stored; send it again`)
    );
  }

  /** Highest persisted sequence id of `producerName` once the appends in flight settled; −1 if none. */
  async lastSequenceId(producerName: string): Promise<number> {
    await this.lastAppend;
    return this.sequences.lastPersisted(producerName);
  }

  producerConnected(producerName: string): void {
    this.sequences.connected(producerName);
  }

  producerDisconnected(producerName: string): void {
    this.sequences.disconnected(producerName);
  }

  private persisted(next: Position): void {
    if (comparePositions(next, this.position) > 0) this.position = next;
    this.entriesSinceSnapshot++;
    if (this.entriesSinceSnapshot >= this.options.snapshotInterval) this.snapshotInBackground();
  }

  /**
   * After a failed write the next attempt waits SNAPSHOT_RETRY_MS (and the next persisted entry):
   * retried at once, a store that fails fast (etcd down, its endpoint skipped) would make this a
   * loop of microtasks that starves the event loop, session keep-alives included.
   */
  private snapshotInBackground(): void {
    if (this.writing || this.stale || this.closed || !this.options.snapshots) return;
    if (Date.now() < this.retrySnapshotAt) return;
    this.writing = this.write().then(
      () => {
        this.writing = undefined;
        if (this.entriesSinceSnapshot >= this.options.snapshotInterval) this.snapshotInBackground();
      },
      (err: unknown) => {
        this.writing = undefined;
        this.retrySnapshotAt = Date.now() + SNAPSHOT_RETRY_MS;
        this.options.logger.warn({ err, topic: this.options.topic }, 'dedup snapshot failed');
      },
    );
  }

  /** Writes the persisted state by compare-and-set; TOPIC_BUSY marks this owner stale. */
  private async write(): Promise<void> {
    const { snapshots, producerInactivityMs, topic } = this.options;
    if (!snapshots) return;
    if (producerInactivityMs > 0) this.sequences.dropInactive(Date.now(), producerInactivityMs);
    const snapshot: DedupSnapshot = { position: this.position, producers: this.sequences.persistedIds() };
    const covered = this.entriesSinceSnapshot;
    this.entriesSinceSnapshot = 0;
    try {
      this.version = await snapshots.write(topic, snapshot, this.version);
    } catch (error) {
      this.entriesSinceSnapshot += covered;
      if (error instanceof BrookError && error.code === ErrorCode.TopicBusy) this.stale = true;
      throw error;
    }
  }

  /** Writes a final snapshot if anything was persisted since the last one. Call after the ledger closed. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.lastAppend;
    await this.writing;
    if (this.options.ledger.failed || this.stale || this.entriesSinceSnapshot === 0) return;
    await this.write();
  }

  async delete(): Promise<void> {
    this.closed = true;
    await this.writing;
    await this.options.snapshots?.delete(this.options.topic);
  }
}

/** Applies every entry from `from` to the end of the log; returns how many were read. */
async function replay(ledger: ManagedLedger, from: Position, sequences: ProducerSequences): Promise<number> {
  let position = from;
  let count = 0;
  for (;;) {
    const entries = await ledger.read(position, REPLAY_BATCH_ENTRIES);
    const last = entries.at(-1);
    if (!last) return count;
    for (const { entry } of entries) {
      sequences.persist(entry.producerName, entry.sequenceId + entry.messageCount - 1);
    }
    count += entries.length;
    position = { ledgerId: last.ledgerId, entryId: last.entryId + 1 };
  }
}

function noop(): void {}
