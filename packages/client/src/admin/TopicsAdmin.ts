import { BrookError, ErrorCode, parseTopicName, partitionTopicName, type TopicName } from '@brook/protocol';
import type { ConnectionPool } from '../connection/ConnectionPool.js';
import { partitionCount } from '../connection/partitionCount.js';
import { type SubscriptionType, subscriptionTypeName } from '../wire/enums.js';
import { sumPartitionStats } from './sumPartitionStats.js';

export interface TopicListing {
  readonly topic: string;
  /** 0 for a non-partitioned topic. */
  readonly partitions: number;
}

export interface SubscriptionStats {
  readonly name: string;
  readonly type: SubscriptionType;
  readonly backlog: number;
  readonly consumerCount: number;
  readonly unackedCount: number;
  readonly markDeleteOffset: number;
}

export interface TopicStats {
  readonly topic: string;
  readonly partitions: number;
  readonly messageCount: number;
  readonly storageSize: number;
  readonly ledgerCount: number;
  readonly producerCount: number;
  readonly subscriptions: readonly SubscriptionStats[];
}

/**
 * Topic administration. Create and list only touch metadata and go to the service broker; stats
 * and delete need the topic loaded, so they go to the broker a lookup names as its owner, one call
 * per partition of a partitioned topic.
 */
export class TopicsAdmin {
  constructor(
    private readonly pool: ConnectionPool,
    private readonly timeoutMs: number,
  ) {}

  async create(topic: string, options: { partitions?: number } = {}): Promise<TopicListing> {
    const request = {
      topic: parseTopicName(topic).full,
      partitions: validPartitionCount(options.partitions),
    };
    const c = this.pool.service();
    const reply = await c.unary(c.admin.createTopic, c.admin, request, this.timeoutMs);
    return { topic: reply.topic, partitions: reply.partitions };
  }

  /**
   * Deletes a topic and its subscriptions at its owner; TOPIC_BUSY while producers or consumers are
   * connected, unless `force`. A partitioned topic's partitions may live on several brokers: without
   * `force` each partition's stats are checked before anything is deleted, then each partition is
   * deleted at its owner, and last the partitioned topic's record (its broker refuses while a partition
   * is left).
   */
  async delete(topic: string, options: { force?: boolean } = {}): Promise<void> {
    const name = parseTopicName(topic);
    const force = options.force === true;
    const partitions = name.partition < 0 ? await partitionCount(this.pool, name, this.timeoutMs) : 0;
    if (partitions === 0) return this.deleteAtOwner(name, force);
    const parts = Array.from({ length: partitions }, (_, i) => partitionTopicName(name, i));
    if (!force) {
      const connected = (await Promise.all(parts.map((p) => this.stats(p)))).find(
        (s) => s.producerCount > 0 || s.subscriptions.some((sub) => sub.consumerCount > 0),
      );
      if (connected) {
        throw new BrookError(ErrorCode.TopicBusy, `topic ${connected.topic} has connected producers or consumers`);
      }
    }
    await Promise.all(parts.map((p) => this.deleteAtOwner(parseTopicName(p), force)));
    await this.pool.anyBroker((c) =>
      c.unary(c.admin.deleteTopic, c.admin, { topic: name.full, force }, this.timeoutMs),
    );
  }

  private async deleteAtOwner(name: TopicName, force: boolean): Promise<void> {
    const c = await this.pool.lookup(name, { timeoutMs: this.timeoutMs });
    await c.unary(c.admin.deleteTopic, c.admin, { topic: name.full, force }, this.timeoutMs);
  }

  /** Topics of namespace `tenant/namespace`, or of every namespace. */
  async list(namespace = ''): Promise<TopicListing[]> {
    const c = this.pool.service();
    const reply = await c.unary(c.admin.listTopics, c.admin, { namespace }, this.timeoutMs);
    return reply.topics.map((t) => ({ topic: t.topic ?? '', partitions: t.partitions ?? 0 }));
  }

  /** Grows a partitioned topic to `partitions` (never fewer than it has); producers and consumers pick them up. */
  async updatePartitions(topic: string, partitions: number): Promise<TopicListing> {
    const request = { topic: parseTopicName(topic).full, partitions: validPartitionCount(partitions) };
    const c = this.pool.service();
    const reply = await c.unary(c.admin.updatePartitions, c.admin, request, this.timeoutMs);
    return { topic: reply.topic, partitions: reply.partitions };
  }

  async stats(topic: string): Promise<TopicStats> {
    const name = parseTopicName(topic);
    // A partitioned topic's partitions may live on several brokers: ask each owner, sum here.
    const partitions = name.partition < 0 ? await partitionCount(this.pool, name, this.timeoutMs) : 0;
    if (partitions > 0) {
      const parts = Array.from({ length: partitions }, (_, i) => this.stats(partitionTopicName(name, i)));
      return sumPartitionStats(name.full, await Promise.all(parts));
    }
    const c = await this.pool.lookup(name, { timeoutMs: this.timeoutMs });
    const s = await c.unary(c.admin.getTopicStats, c.admin, { topic: name.full }, this.timeoutMs);
    return {
      topic: s.topic,
      partitions: s.partitions,
      messageCount: s.messageCount,
      storageSize: s.storageSize,
      ledgerCount: s.ledgerCount,
      producerCount: s.producerCount,
      subscriptions: s.subscriptions.map((sub) => ({
        name: sub.name ?? '',
        type: subscriptionTypeName(sub.type ?? 0),
        backlog: sub.backlog ?? 0,
        consumerCount: sub.consumerCount ?? 0,
        unackedCount: sub.unackedCount ?? 0,
        markDeleteOffset: sub.markDeleteOffset ?? 0,
      })),
    };
  }
}

function validPartitionCount(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new BrookError(ErrorCode.InvalidArgument, `partitions must be a non-negative integer, got ${value}`);
  }
  return value;
}
