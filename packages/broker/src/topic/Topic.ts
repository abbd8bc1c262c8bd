import { randomUUID } from 'node:crypto';
import type { LedgerClient } from '@brook/bookie';
import { BrookError, ErrorCode, type pb } from '@brook/protocol';
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config.js';
import type { DedupSnapshotStore } from '../dedup/DedupSnapshotStore.js';
import { MessageDeduplication, type PublishOutcome } from '../dedup/MessageDeduplication.js';
import { type AppendBatch, ManagedLedger } from '../ledger/ManagedLedger.js';
import type { EntryCache } from '../ledger/EntryCache.js';
import type { ManagedLedgerMetadata } from '../ledger/ManagedLedgerMetadata.js';
import type { Policies, PolicySource } from '../namespace/Policies.js';
import { Cursor } from '../subscription/cursor/Cursor.js';
import type { CursorState, CursorStore } from '../subscription/cursor/CursorStore.js';
import { Subscription } from '../subscription/Subscription.js';
import { type CursorStateStore, SubscriptionControl } from './SubscriptionControl.js';
import { TopicHousekeeping } from './TopicHousekeeping.js';

export interface TopicDependencies {
  config: BrokerConfig;
  ledgers: LedgerClient;
  ledgerMetadata: ManagedLedgerMetadata;
  cursors: CursorStore;
  entryCache: EntryCache;
  /** Namespace policies: persistence, limits, retention, TTL, backlog quota, de-duplication. */
  policies: PolicySource;
  /** Where de-duplication snapshots live; without it every load replays the whole log. */
  dedupSnapshots?: DedupSnapshotStore;
  logger: Logger;
}

/** A producer or consumer stream attached to a topic; the topic ends it when it unloads. */
export interface Attachment {
  /** The subscription a consumer stream consumes (SubscriptionControl ends these streams on a reset). */
  readonly subscription?: Subscription | undefined;
  close(error: BrookError): void;
}

export type InitialPosition = 'Latest' | 'Earliest';

/**
 * One topic (or partition) loaded on this broker: its managed ledger, its subscriptions, and the
 * producer and consumer streams attached to it.
 */
export class Topic {
  readonly subscriptions = new Map<string, Subscription>();
  private readonly producers = new Map<string, Attachment>();
  private readonly attachments = new Set<Attachment>();
  /** Subscriptions being created, so concurrent first subscribers share one cursor. */
  private readonly creating = new Map<string, Promise<Subscription>>();
  /** Subscriptions created, moved (seek, reset, skip, clear backlog) and deleted on request; readers' subscriptions. */
  readonly subscriptionControl: SubscriptionControl;
  private closing: Promise<void> | undefined;
  private readonly stopWatchingPolicies: () => void;
  /** Retention, message TTL and the backlog quota (see TopicHousekeeping). */
  readonly housekeeping: TopicHousekeeping;

  private constructor(
    readonly name: string,
    readonly partition: number,
    readonly ledger: ManagedLedger,
    private readonly dedup: MessageDeduplication,
    private readonly deps: TopicDependencies,
    /** The namespace's policies, kept current while the topic is loaded. */
    private currentPolicies: Policies,
  ) {
    dedup.enabled = currentPolicies.deduplication;
    this.housekeeping = new TopicHousekeeping(this, {
      intervalMs: deps.config.retentionCheckIntervalMs,
      logger: deps.logger,
    });
    this.subscriptionControl = new SubscriptionControl({
      topic: name,
      ledger,
      subscriptions: this.subscriptions,
      pending: this.creating,
      cursors: deps.cursors,
      build: (subscription, state, version, store) => this.newSubscription(subscription, state, version, store),
      streams: () => this.attachments,
      closed: () => this.closing !== undefined,
      holdRetention: (offset) => this.housekeeping.holdRetention(offset),
      logger: deps.logger,
    });
    this.stopWatchingPolicies = deps.policies.watch(namespaceOf(name), (policies) => {
      this.currentPolicies = policies;
      // Limits are read where they apply; these two are handed to the collaborators that use them.
      this.dedup.enabled = policies.deduplication;
      this.ledger.setPersistence(policies.persistence);
    });
  }

  static async load(name: string, partition: number, deps: TopicDependencies): Promise<Topic> {
    const { config } = deps;
    const policies = await deps.policies.get(namespaceOf(name));
    const ledger = await ManagedLedger.open(name, {
      ledgers: deps.ledgers,
      metadata: deps.ledgerMetadata,
      persistence: policies.persistence,
      rollover: {
        maxEntries: config.ledgerMaxEntries,
        maxBytes: config.ledgerMaxBytes,
        maxAgeMs: config.ledgerMaxAgeMs,
      },
      cache: deps.entryCache,
      logger: deps.logger,
    });
    let dedup: MessageDeduplication;
    try {
      dedup = await MessageDeduplication.recover({
        topic: name,
        ledger,
        snapshots: deps.dedupSnapshots,
        snapshotInterval: config.dedupSnapshotInterval,
        producerInactivityMs: config.dedupProducerInactivityMs,
        logger: deps.logger,
      });
    } catch (error) {
      await ledger.close().catch(() => {});
      throw error;
    }
    let cursors: Awaited<ReturnType<CursorStore['takeOver']>>;
    try {
      cursors = await deps.cursors.takeOver(name);
    } catch (error) {
      await ledger.close().catch(() => {});
      throw error;
    }
    const topic = new Topic(name, partition, ledger, dedup, deps, policies);
    for (const [subscription, { state, version }] of cursors) {
      topic.subscriptions.set(subscription, topic.newSubscription(subscription, state, version));
    }
    topic.housekeeping.start();
    return topic;
  }

  get policies(): Policies {
    return this.currentPolicies;
  }

  /** True once close() began: nothing new attaches to the topic then. */
  get isClosing(): boolean {
    return this.closing !== undefined;
  }

  get producerCount(): number {
    return this.producers.size;
  }

  get connectionCount(): number {
    return this.attachments.size;
  }

  /** Registers a producer; an empty name gets a unique one. Throws PRODUCER_BUSY for a name in use. */
  addProducer(requestedName: string, attachment: Attachment): string {
    const name = requestedName || `producer-${randomUUID()}`;
    if (this.producers.has(name)) {
      throw new BrookError(ErrorCode.ProducerBusy, `producer ${name} is already connected to ${this.name}`);
    }
    const { maxProducersPerTopic } = this.currentPolicies;
    if (maxProducersPerTopic > 0 && this.producers.size >= maxProducersPerTopic) {
      throw new BrookError(
        ErrorCode.ProducerBusy,
        `${this.name} already has ${this.producers.size} producers, the most its namespace allows (maxProducersPerTopic)`,
      );
    }
    this.producers.set(name, attachment);
    this.attachments.add(attachment);
    this.dedup.producerConnected(name);
    return name;
  }

  removeProducer(name: string, attachment: Attachment): void {
    if (this.producers.get(name) === attachment) {
      this.producers.delete(name);
      this.dedup.producerDisconnected(name);
    }
    this.attachments.delete(attachment);
  }

  /**
   * Appends a producer's batch, unless it is a resend of one already stored (by producer name and
   * first sequence id). Call in the order the producer sent its batches.
   */
  publish(batch: AppendBatch, options: { holdMs?: number } = {}): Promise<PublishOutcome> {
    if (this.closing) return Promise.reject(new BrookError(ErrorCode.AlreadyClosed, `topic ${this.name} is closing`));
    // The backlog quota: go ahead, refuse, or hold (in order) — decided without I/O.
    const admission = this.housekeeping.gate.admit(options.holdMs ?? this.deps.config.backlogQuotaHoldTimeoutMs);
    if (admission === undefined) return this.dedup.publish(batch);
    if (admission instanceof BrookError) return Promise.reject(admission);
    return admission.then(() => this.dedup.publish(batch));
  }

  /** Highest sequence id stored for `producerName` once the appends in flight settled; -1 if none. */
  lastSequenceId(producerName: string): Promise<number> {
    return this.dedup.lastSequenceId(producerName);
  }

  /** The subscription, created at the initial position if it does not exist yet. */
  subscribe(name: string, initialPosition: InitialPosition): Promise<Subscription> {
    const existing = this.subscriptions.get(name);
    if (existing) return Promise.resolve(existing);
    let creating = this.creating.get(name);
    if (!creating) {
      creating = this.createSubscription(name, initialPosition).finally(() => this.creating.delete(name));
      this.creating.set(name, creating);
    }
    return creating;
  }

  private async createSubscription(name: string, initialPosition: InitialPosition): Promise<Subscription> {
    const ledger = this.ledger;
    const start =
      initialPosition === 'Earliest'
        ? { ...ledger.firstPosition, offset: ledger.firstOffset }
        : { ...ledger.endPosition, offset: ledger.nextOffset };
    const state: CursorState = { markDelete: start, ackedRanges: [] };
    // Not in `subscriptions` until its cursor is written: retention must not trim its start meanwhile.
    const release = this.housekeeping.holdRetention(start.offset);
    try {
      const version = await this.deps.cursors.write(this.name, name, state, 0);
      const subscription = this.newSubscription(name, state, version);
      this.subscriptions.set(name, subscription);
      return subscription;
    } finally {
      release();
    }
  }

  /**
   * Throws CONSUMER_BUSY when the topic has as many consumers as its namespace allows
   * (maxConsumersPerTopic); call right before adding one, with no await in between.
   */
  admitConsumer(): void {
    const { maxConsumersPerTopic } = this.currentPolicies;
    if (maxConsumersPerTopic <= 0) return;
    let consumers = 0;
    for (const subscription of this.subscriptions.values()) consumers += subscription.consumers.length;
    if (consumers >= maxConsumersPerTopic) {
      throw new BrookError(
        ErrorCode.ConsumerBusy,
        `${this.name} already has ${consumers} consumers, the most its namespace allows (maxConsumersPerTopic)`,
      );
    }
  }

  attach(attachment: Attachment): void {
    this.attachments.add(attachment);
  }

  detach(attachment: Attachment): void {
    this.attachments.delete(attachment);
  }

  private newSubscription(
    name: string,
    state: CursorState,
    version: number,
    store: CursorStateStore = this.deps.cursors,
  ): Subscription {
    const { config, logger } = this.deps;
    const cursor = new Cursor(
      {
        topic: this.name,
        subscription: name,
        store,
        persistIntervalMs: config.cursorPersistIntervalMs,
        maxPersistedAckRanges: config.maxPersistedAckRanges,
        logger,
      },
      state,
      version,
    );
    return new Subscription({
      name,
      cursor,
      ledger: this.ledger,
      maxUnackedMessages: config.maxUnackedMessagesPerSubscription,
      dispatchBatchEntries: config.dispatchBatchEntries,
      partition: this.partition,
      maxDelayedDeliveryEntries: config.maxDelayedDeliveryEntries,
      logger,
    });
  }

  stats(): pb.ITopicStats {
    const ledger = this.ledger;
    return {
      topic: this.name,
      partitions: 0,
      messageCount: ledger.nextOffset - ledger.firstOffset,
      storageSize: ledger.storageSize,
      ledgerCount: ledger.ledgerCount,
      producerCount: this.producers.size,
      subscriptions: [...this.subscriptions.values()].map((s) => ({
        name: s.name,
        type: wireType(s.type),
        backlog: s.cursor.backlog(ledger.nextOffset),
        consumerCount: s.consumers.length,
        unackedCount: s.unackedMessages,
        markDeleteOffset: s.cursor.persistedMarkDeleteOffset,
      })),
    };
  }

  /**
   * Ends every attached stream with `reason`, flushes cursors and closes the ledger. Idempotent.
   * For NOT_OWNER and LEDGER_FENCED it persists nothing: another broker owns the topic now.
   */
  close(reason = new BrookError(ErrorCode.Unavailable, 'topic unloaded')): Promise<void> {
    // Once another broker owns the topic (or fenced its ledger), writing anything would race it.
    const persist = reason.code !== ErrorCode.NotOwner && reason.code !== ErrorCode.LedgerFenced;
    this.closing ??= (async () => {
      this.stopWatchingPolicies();
      await this.housekeeping.close(reason);
      for (const attachment of [...this.attachments]) attachment.close(reason);
      this.attachments.clear();
      this.producers.clear();
      const results = await Promise.allSettled([...this.subscriptions.values()].map((s) => s.close({ persist })));
      if (!persist) {
        this.ledger.abandon();
        return;
      }
      await this.ledger.close();
      results.push(...(await Promise.allSettled([this.dedup.close()])));
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    })();
    return this.closing;
  }

  /** Closes the topic and deletes its data and subscriptions. */
  async delete(): Promise<void> {
    await this.close(new BrookError(ErrorCode.TopicNotFound, `topic ${this.name} was deleted`)).catch(() => {});
    await this.ledger.delete();
    await this.dedup.delete();
    await this.deps.cursors.deleteAll(this.name);
  }
}

function namespaceOf(topic: string): string {
  return topic.split('/', 2).join('/');
}

const wireTypes = { Exclusive: 0, Shared: 1, Failover: 2, KeyShared: 3 } as const;
function wireType(type: Subscription['type']): pb.SubscriptionType {
  return type ? wireTypes[type] : 0;
}
