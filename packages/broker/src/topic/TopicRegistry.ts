import { BrookError, ErrorCode, parseTopicName, partitionTopicName, type pb, type TopicName } from '@brook/protocol';
import type { Logger } from 'pino';
import type { Namespaces } from '../namespace/Namespaces.js';
import type { BrokerLoad } from '../ownership/BrokerRegistration.js';
import type { Ownership } from '../ownership/Ownership.js';
import { Topic, type TopicDependencies } from './Topic.js';
import type { TopicStore } from './TopicStore.js';

/**
 * The topics this broker serves: loads each at most once (concurrent callers share the load),
 * creates topics on first use when auto-creation is on, and unloads them on close or failure.
 *
 * A topic is loaded only after this broker owns its bundle: it claims the bundle if nobody owns it,
 * and refuses with NOT_OWNER if another broker does. When ownership ends (session lost, or a
 * fenced ledger shows another broker took the bundle) the topics are unloaded with NOT_OWNER.
 */
export class TopicRegistry {
  private readonly loaded = new Map<string, Promise<Topic>>();
  private closed = false;

  constructor(
    private readonly store: TopicStore,
    private readonly deps: TopicDependencies,
    private readonly ownership: Ownership,
    private readonly logger: Logger,
    /** Topics are created only in existing namespaces (NAMESPACE_NOT_FOUND otherwise). */
    private readonly namespaces: Namespaces,
  ) {}

  /** The loaded topic for a producer or consumer, creating it if allowed. */
  async get(input: string): Promise<Topic> {
    if (this.closed) throw new BrookError(ErrorCode.Unavailable, 'broker is shutting down');
    const name = parseTopicName(input);
    await this.ensureExists(name);
    return this.load(name.full);
  }

  private async ensureExists(name: TopicName): Promise<void> {
    const record = await this.store.get(name);
    if (record && record.partitions > 0) {
      throw new BrookError(
        ErrorCode.InvalidArgument,
        `${name.full} is partitioned into ${record.partitions}; use ${name.full}-partition-<n>`,
      );
    }
    if (record || (await this.isPartitionOfExisting(name))) return;
    if (await this.isPartitionName(name)) throw new BrookError(ErrorCode.TopicNotFound, `no topic ${name.full}`);
    if (!this.deps.config.allowAutoTopicCreation)
      throw new BrookError(ErrorCode.TopicNotFound, `no topic ${name.full}`);
    await this.namespaces.createTopic(name, { partitions: 0, createdAt: Date.now() });
  }

  private async isPartitionOfExisting(name: TopicName): Promise<boolean> {
    if (name.partition < 0) return false;
    const base = parseTopicName(name.full.slice(0, name.full.lastIndexOf('-partition-')));
    const record = await this.store.get(base);
    return record !== undefined && name.partition < record.partitions;
  }

  /** Whether the name is `x-partition-N` of a partitioned x: such names are never topics of their own. */
  private async isPartitionName(name: TopicName): Promise<boolean> {
    if (name.partition < 0) return false;
    const base = parseTopicName(name.full.slice(0, name.full.lastIndexOf('-partition-')));
    return ((await this.store.get(base))?.partitions ?? 0) > 0;
  }

  /** A topic's partition count from metadata: 0 when not partitioned (or unknown, if auto-creation is on). */
  async partitionedMetadata(input: string): Promise<number> {
    const name = parseTopicName(input);
    const record = await this.store.get(name);
    if (record) return record.partitions;
    if (this.deps.config.allowAutoTopicCreation || (await this.isPartitionOfExisting(name))) return 0;
    throw new BrookError(ErrorCode.TopicNotFound, `no topic ${name.full}`);
  }

  /** Grows a partitioned topic to `partitions`; fewer than it has now is refused. Same count: no change. */
  async updatePartitions(input: string, partitions: number): Promise<number> {
    const name = parseTopicName(input);
    if (!Number.isInteger(partitions) || partitions < 1 || partitions > 10_000) {
      throw new BrookError(ErrorCode.InvalidArgument, 'partitions must be an integer from 1 to 10000');
    }
    const before = (await this.store.get(name))?.partitions ?? 0;
    for (let i = before; i < partitions; i++) {
      // A topic created by that name before the base was partitioned would collide with the new partition.
      const clash = parseTopicName(partitionTopicName(name, i));
      if (await this.store.get(clash)) {
        throw new BrookError(ErrorCode.TopicAlreadyExists, `${clash.full} exists as a topic of its own`);
      }
    }
    const record = await this.store.update(name, (current) => {
      if (!current) throw new BrookError(ErrorCode.TopicNotFound, `no topic ${name.full}`);
      if (current.partitions === 0) {
        throw new BrookError(
          ErrorCode.InvalidArgument,
          `${name.full} is not partitioned; its partitions cannot change`,
        );
      }
      if (partitions < current.partitions) {
        throw new BrookError(
          ErrorCode.InvalidArgument,
          `${name.full} has ${current.partitions} partitions; partitions can be added, never removed`,
        );
      }
      return { ...current, partitions };
    });
    return record.partitions;
  }

  async create(input: string, partitions: number): Promise<pb.ICreateTopicResponse> {
    const name = parseTopicName(input);
    if (!Number.isInteger(partitions) || partitions < 0 || partitions > 10_000) {
      throw new BrookError(ErrorCode.InvalidArgument, 'partitions must be an integer from 0 to 10000');
    }
    if (name.partition >= 0 && partitions > 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `a partition (${name.full}) cannot itself be partitioned`);
    }
    if (await this.isPartitionName(name)) {
      throw new BrookError(ErrorCode.InvalidArgument, `${name.full} names a partition of a partitioned topic`);
    }
    if (!(await this.namespaces.createTopic(name, { partitions, createdAt: Date.now() }))) {
      throw new BrookError(ErrorCode.TopicAlreadyExists, `topic ${name.full} already exists`);
    }
    return { topic: name.full, partitions };
  }

  /**
   * Deletes a topic, or one partition of a partitioned topic, here at its owner: TOPIC_BUSY while it
   * has connected producers or consumers, unless `force`. A partitioned topic's partitions may live on
   * several brokers, so each is deleted at its owner first (the client does that); deleting the
   * partitioned topic itself then only removes its record, refused with TOPIC_BUSY while a partition
   * still has stored data.
   */
  async delete(input: string, force: boolean): Promise<void> {
    const name = parseTopicName(input);
    const record = await this.store.get(name);
    if (!record && !(await this.isPartitionOfExisting(name))) {
      throw new BrookError(ErrorCode.TopicNotFound, `no topic ${name.full}`);
    }
    if (record && record.partitions > 0) return this.deletePartitionedRecord(name, record.partitions);
    const topic = await this.load(name.full);
    if (topic.connectionCount > 0 && !force) {
      throw new BrookError(ErrorCode.TopicBusy, `topic ${topic.name} has connected producers or consumers`);
    }
    this.loaded.delete(topic.name);
    await topic.delete();
    if (record) await this.store.delete(name);
  }

  private async deletePartitionedRecord(name: TopicName, partitions: number): Promise<void> {
    for (let i = 0; i < partitions; i++) {
      const partition = partitionTopicName(name, i);
      if (await this.deps.ledgerMetadata.read(partition)) {
        throw new BrookError(ErrorCode.TopicBusy, `partition ${partition} still exists; delete each partition first`);
      }
    }
    await this.store.delete(name);
  }

  async list(namespace: string): Promise<pb.ITopicListing[]> {
    if (namespace && namespace.split('/').length !== 2) {
      throw new BrookError(
        ErrorCode.InvalidArgument,
        `a namespace is "tenant/namespace", not ${JSON.stringify(namespace)}`,
      );
    }
    return (await this.store.list(namespace)).map(({ topic, record }) => ({ topic, partitions: record.partitions }));
  }

  /**
   * A topic or partition that exists, loaded, for an admin call about it (subscriptions): never
   * auto-created; a partitioned topic is refused (the caller names each partition).
   */
  async existing(input: string): Promise<Topic> {
    if (this.closed) throw new BrookError(ErrorCode.Unavailable, 'broker is shutting down');
    const name = parseTopicName(input);
    const record = await this.store.get(name);
    if (!record && !(await this.isPartitionOfExisting(name))) {
      throw new BrookError(ErrorCode.TopicNotFound, `no topic ${name.full}`);
    }
    if (record && record.partitions > 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `${name.full} is partitioned; name one of its partitions`);
    }
    return this.load(name.full);
  }

  async stats(input: string): Promise<pb.ITopicStats> {
    const name = parseTopicName(input);
    const record = await this.store.get(name);
    if (!record && !(await this.isPartitionOfExisting(name))) {
      throw new BrookError(ErrorCode.TopicNotFound, `no topic ${name.full}`);
    }
    if (!record || record.partitions === 0) return (await this.load(name.full)).stats();
    const parts = await Promise.all(
      Array.from({ length: record.partitions }, (_, i) => this.load(partitionTopicName(name, i))),
    );
    return sumStats(
      name.full,
      parts.map((p) => p.stats()),
    );
  }

  /** Loads a topic once; a topic whose ledger failed is unloaded and loaded again, which recovers it. */
  private async load(full: string): Promise<Topic> {
    const loading = this.loaded.get(full);
    const existing = await loading?.catch(() => undefined);
    if (existing && !existing.ledger.failed) return existing;
    if (existing) await this.unload(existing, existing.ledger.failed);
    if (this.loaded.get(full) !== loading && this.loaded.has(full)) return this.load(full);
    const topic = this.claimAndLoad(parseTopicName(full));
    this.loaded.set(full, topic);
    topic.catch(() => {
      if (this.loaded.get(full) === topic) this.loaded.delete(full);
    });
    return topic;
  }

  /** Owns the bundle (claiming it if free; NOT_OWNER if another broker has it), then opens the topic. */
  private async claimAndLoad(name: TopicName): Promise<Topic> {
    const owned = await this.ownership.claim(name);
    if (owned.aborted) throw notOwner(name);
    const topic = await Topic.load(name.full, name.partition, this.deps);
    // Ownership ended while the topic opened: unloadAll may not have seen it, so close it here.
    if (owned.aborted || this.closed) {
      await topic.close(notOwner(name)).catch(() => {});
      throw notOwner(name);
    }
    return topic;
  }

  /** Ends the topic's streams with `reason` and forgets it; the next use loads it again. */
  async unload(topic: Topic, reason?: BrookError): Promise<void> {
    const current = await this.loaded.get(topic.name)?.catch(() => undefined);
    if (current === topic) this.loaded.delete(topic.name);
    if (reason?.code === ErrorCode.LedgerFenced) this.checkOwnership(parseTopicName(topic.name));
    await topic.close(reason).catch((err: unknown) => this.logger.warn({ err, topic: topic.name }, 'unload failed'));
  }

  /**
   * Someone else fenced this topic's ledger, so another broker may own its bundle now. The bundle
   * is not served here (and none of its topics loaded) until its key is confirmed to be this
   * broker's; if it is not, the bundle's other topics are unloaded too. Nothing is released.
   */
  private checkOwnership(name: TopicName): void {
    const bundle = this.ownership.bundleOf(name).name;
    void this.ownership.verify(name).then(async (owned) => {
      if (owned) return;
      for (const [full, loading] of [...this.loaded]) {
        if (this.ownership.bundleOf(parseTopicName(full)).name !== bundle) continue;
        const topic = await loading.catch(() => undefined);
        if (topic) await this.unload(topic, notOwner(name));
      }
    });
  }

  /**
   * Unloads every topic at once, ending their streams with `reason` (the session was lost: this
   * broker owns nothing now). Cursors are flushed only if the store still takes the writes.
   */
  async unloadAll(reason: BrookError): Promise<void> {
    const loading = [...this.loaded.values()];
    this.loaded.clear();
    await Promise.allSettled(
      loading.map(async (t) => {
        const topic = await t;
        await topic.close(reason);
      }),
    );
  }

  /** What this broker serves, for its load report. */
  async loadReport(): Promise<BrokerLoad> {
    const topics = (await Promise.allSettled(this.loaded.values())).flatMap((t) =>
      t.status === 'fulfilled' ? [t.value] : [],
    );
    const producers = topics.reduce((sum, t) => sum + t.producerCount, 0);
    const connections = topics.reduce((sum, t) => sum + t.connectionCount, 0);
    return { topics: topics.length, producers, consumers: connections - producers };
  }

  /** Unloads every topic: streams end, cursors flush, ledgers close. */
  async close(): Promise<void> {
    this.closed = true;
    const topics = await Promise.allSettled(this.loaded.values());
    this.loaded.clear();
    await Promise.allSettled(
      topics.map((t) =>
        t.status === 'fulfilled'
          ? t.value.close().catch((err: unknown) => this.logger.warn({ err, topic: t.value.name }, 'unload failed'))
          : undefined,
      ),
    );
  }
}

function notOwner(name: TopicName): BrookError {
  return new BrookError(ErrorCode.NotOwner, `this broker does not own ${name.full}`);
}

function sumStats(topic: string, parts: pb.ITopicStats[]): pb.ITopicStats {
  const subscriptions = new Map<string, pb.ISubscriptionStats>();
  for (const part of parts) {
    for (const s of part.subscriptions ?? []) {
      const sum = subscriptions.get(s.name ?? '') ?? {
        name: s.name ?? '',
        type: s.type ?? 0,
        backlog: 0,
        consumerCount: 0,
        unackedCount: 0,
      };
      sum.backlog = (sum.backlog ?? 0) + (s.backlog ?? 0);
      sum.consumerCount = (sum.consumerCount ?? 0) + (s.consumerCount ?? 0);
      sum.unackedCount = (sum.unackedCount ?? 0) + (s.unackedCount ?? 0);
      subscriptions.set(sum.name ?? '', sum);
    }
  }
  const total = (field: 'messageCount' | 'storageSize' | 'ledgerCount' | 'producerCount') =>
    parts.reduce((sum, p) => sum + (p[field] ?? 0), 0);
  return {
    topic,
    partitions: parts.length,
    messageCount: total('messageCount'),
    storageSize: total('storageSize'),
    ledgerCount: total('ledgerCount'),
    producerCount: total('producerCount'),
    subscriptions: [...subscriptions.values()],
  };
}
