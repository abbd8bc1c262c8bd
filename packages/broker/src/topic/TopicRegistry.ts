import { BrookError, ErrorCode, parseTopicName, partitionTopicName, type pb, type TopicName } from '@brook/protocol';
import type { Logger } from 'pino';
import { Topic, type TopicDependencies } from './Topic.js';
import type { TopicStore } from './TopicStore.js';

/**
 * The topics this broker serves: loads each at most once (concurrent callers share the load),
 * creates topics on first use when auto-creation is on, and unloads them on close or failure.
 */
export class TopicRegistry {
  private readonly loaded = new Map<string, Promise<Topic>>();
  private closed = false;

  constructor(
    private readonly store: TopicStore,
    private readonly deps: TopicDependencies,
    private readonly logger: Logger,
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
    if (!this.deps.config.allowAutoTopicCreation)
      throw new BrookError(ErrorCode.TopicNotFound, `no topic ${name.full}`);
    await this.store.create(name, { partitions: 0, createdAt: Date.now() });
  }

  private async isPartitionOfExisting(name: TopicName): Promise<boolean> {
    if (name.partition < 0) return false;
    const base = parseTopicName(name.full.slice(0, name.full.lastIndexOf('-partition-')));
    const record = await this.store.get(base);
    return record !== undefined && name.partition < record.partitions;
  }

  async create(input: string, partitions: number): Promise<pb.ICreateTopicResponse> {
    const name = parseTopicName(input);
    if (!Number.isInteger(partitions) || partitions < 0 || partitions > 10_000) {
      throw new BrookError(ErrorCode.InvalidArgument, 'partitions must be an integer from 0 to 10000');
    }
    if (name.partition >= 0 && partitions > 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `a partition (${name.full}) cannot itself be partitioned`);
    }
    if (!(await this.store.create(name, { partitions, createdAt: Date.now() }))) {
      throw new BrookError(ErrorCode.TopicAlreadyExists, `topic ${name.full} already exists`);
    }
    return { topic: name.full, partitions };
  }

  async delete(input: string, force: boolean): Promise<void> {
    const name = parseTopicName(input);
    const record = await this.store.get(name);
    if (!record) throw new BrookError(ErrorCode.TopicNotFound, `no topic ${name.full}`);
    const names =
      record.partitions > 0
        ? Array.from({ length: record.partitions }, (_, i) => partitionTopicName(name, i))
        : [name.full];
    const topics = await Promise.all(names.map((n) => this.load(n)));
    const busy = topics.find((t) => t.connectionCount > 0);
    if (busy && !force) {
      throw new BrookError(ErrorCode.TopicBusy, `topic ${busy.name} has connected producers or consumers`);
    }
    for (const topic of topics) {
      this.loaded.delete(topic.name);
      await topic.delete();
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
    const name = parseTopicName(full);
    const topic = Topic.load(name.full, name.partition, this.deps);
    this.loaded.set(full, topic);
    topic.catch(() => this.loaded.delete(full));
    return topic;
  }

  /** Ends the topic's streams with `reason` and forgets it; the next use loads it again. */
  async unload(topic: Topic, reason?: BrookError): Promise<void> {
    const current = await this.loaded.get(topic.name)?.catch(() => undefined);
    if (current === topic) this.loaded.delete(topic.name);
    await topic.close(reason).catch((err: unknown) => this.logger.warn({ err, topic: topic.name }, 'unload failed'));
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
