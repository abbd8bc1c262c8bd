import { BrookError, ErrorCode, parseTopicName, partitionTopicName, type pb, type TopicName } from '@brook/protocol';
import type { Connection } from '../connection/Connection.js';
import type { ConnectionPool } from '../connection/ConnectionPool.js';
import { partitionCount } from '../connection/partitionCount.js';
import { type SeekTarget, seekRequest } from '../consumer/SeekTarget.js';
import { MessageId } from '../MessageId.js';
import { type SubscriptionType, subscriptionTypeName } from '../wire/enums.js';

export interface SubscriptionInfo {
  readonly name: string;
  readonly type: SubscriptionType;
  /** False for a reader's subscription: kept in the broker's memory only, gone when the reader leaves. */
  readonly durable: boolean;
  /** Messages not yet acknowledged (all partitions). */
  readonly backlog: number;
  readonly consumerCount: number;
  readonly unackedCount: number;
  /** Every offset below it is acknowledged; only for a non-partitioned topic (offsets are per partition). */
  readonly markDeleteOffset?: number;
}

/** Where a subscription is after a create, reset, skip or clear backlog, on one topic or partition. */
export interface SubscriptionPosition {
  readonly topic: string;
  /** Every offset below it is acknowledged: the next message delivered is at or after it. */
  readonly markDeleteOffset: number;
  readonly backlog: number;
}

/** The outcome of a move: the backlog left (all partitions) and each partition's position. */
export interface SubscriptionMove {
  readonly backlog: number;
  readonly positions: readonly SubscriptionPosition[];
}

/**
 * Subscription administration (`brook subscriptions`): each call goes to the broker that owns the
 * topic, and for a partitioned topic to the owner of every partition (not atomically: a failure
 * part-way leaves the partitions done so far changed). Moving a subscription ends its consumers'
 * streams with SUBSCRIPTION_RESET; they resubscribe and continue from the new position.
 */
export class SubscriptionsAdmin {
  constructor(
    private readonly pool: ConnectionPool,
    private readonly timeoutMs: number,
  ) {}

  /** The topic's subscriptions, durable and readers'; a partitioned topic's summed by name. */
  async list(topic: string): Promise<SubscriptionInfo[]> {
    const name = parseTopicName(topic);
    const parts = await this.partitions(name);
    const answers = await Promise.all(
      parts.map((part) =>
        this.call(part, (c) => c.unary(c.admin.listSubscriptions, c.admin, { topic: part.full }, this.timeoutMs)),
      ),
    );
    const merged = new Map<string, SubscriptionInfo>();
    for (const answer of answers) {
      for (const s of answer.subscriptions) {
        const sum = merged.get(s.name ?? '');
        const info = toInfo(s);
        merged.set(info.name, sum ? add(sum, info) : info);
      }
    }
    const listed = [...merged.values()].sort((a, b) => a.name.localeCompare(b.name));
    return parts.length === 1 && parts[0]?.full === name.full ? listed : listed.map(withoutMarkDelete);
  }

  /** Creates a durable subscription starting at `start` (default Latest); SUBSCRIPTION_ALREADY_EXISTS if it exists. */
  async create(
    topic: string,
    subscription: string,
    start: 'Earliest' | 'Latest' | MessageId = 'Latest',
  ): Promise<SubscriptionMove> {
    if (start !== 'Earliest' && start !== 'Latest' && !(start instanceof MessageId)) {
      throw new BrookError(ErrorCode.InvalidArgument, 'a subscription starts at Earliest, Latest or a MessageId');
    }
    const position: Partial<pb.CreateSubscriptionRequest.$Properties> =
      start instanceof MessageId
        ? { messageId: positioned(start).toWire() }
        : { initialPosition: start === 'Earliest' ? 1 : 0 };
    if (
      start instanceof MessageId &&
      (await this.partitions(parseTopicName(topic)))[0]?.full !== parseTopicName(topic).full
    ) {
      throw new BrookError(
        ErrorCode.InvalidArgument,
        'a subscription of a partitioned topic starts at Earliest or Latest',
      );
    }
    return this.onEach(topic, undefined, (c, part) =>
      c.unary(c.admin.createSubscription, c.admin, { topic: part, subscription, ...position }, this.timeoutMs),
    );
  }

  /** Deletes a subscription; SUBSCRIPTION_BUSY while consumers are connected, unless `force` (their streams then end). */
  async delete(topic: string, subscription: string, options: { force?: boolean } = {}): Promise<void> {
    const name = parseTopicName(topic);
    const force = options.force === true;
    for (const part of await this.partitions(name)) {
      await this.call(part, (c) =>
        c.unary(c.admin.deleteSubscription, c.admin, { topic: part.full, subscription, force }, this.timeoutMs),
      );
    }
  }

  /**
   * Moves a subscription forward or backward (see SeekTarget): the target message is delivered
   * next, and everything after it again. A MessageId moves only its own partition.
   */
  reset(topic: string, subscription: string, target: SeekTarget): Promise<SubscriptionMove> {
    const request = seekRequest(target);
    return this.onEach(topic, target instanceof MessageId ? target : undefined, (c, part) =>
      c.unary(c.admin.resetCursor, c.admin, { topic: part, subscription, ...request }, this.timeoutMs),
    );
  }

  /** Acknowledges the next `count` unacknowledged messages (of each partition). */
  skip(topic: string, subscription: string, count: number): Promise<SubscriptionMove> {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new BrookError(ErrorCode.InvalidArgument, `count must be a non-negative integer, got ${count}`);
    }
    return this.onEach(topic, undefined, (c, part) =>
      c.unary(c.admin.skipMessages, c.admin, { topic: part, subscription, count }, this.timeoutMs),
    );
  }

  /** Acknowledges every message stored. */
  clearBacklog(topic: string, subscription: string): Promise<SubscriptionMove> {
    return this.onEach(topic, undefined, (c, part) =>
      c.unary(c.admin.clearBacklog, c.admin, { topic: part, subscription }, this.timeoutMs),
    );
  }

  /** Runs `call` on the topic, or on each partition of a partitioned one (only the id's own, given a message id). */
  private async onEach(
    topic: string,
    id: MessageId | undefined,
    call: (connection: Connection, part: string) => Promise<pb.CursorPosition>,
  ): Promise<SubscriptionMove> {
    const name = parseTopicName(topic);
    let parts = await this.partitions(name);
    const partitioned = parts[0]?.full !== name.full;
    if (id && partitioned) {
      parts = parts.filter((p) => p.partition === id.partition);
      if (parts.length === 0)
        throw new BrookError(ErrorCode.InvalidArgument, `message id ${id} is not of ${name.full}`);
    }
    const positions: SubscriptionPosition[] = [];
    for (const part of parts) {
      const reply = await this.call(part, (c) => call(c, part.full));
      positions.push({ topic: part.full, markDeleteOffset: reply.markDeleteOffset, backlog: reply.backlog });
    }
    return { backlog: positions.reduce((sum, p) => sum + p.backlog, 0), positions };
  }

  /** The topic itself, or its partitions when it is partitioned. */
  private async partitions(name: TopicName): Promise<TopicName[]> {
    const count = name.partition < 0 ? await partitionCount(this.pool, name, this.timeoutMs) : 0;
    if (count === 0) return [name];
    return Array.from({ length: count }, (_, i) => parseTopicName(partitionTopicName(name, i)));
  }

  /** A call to the topic's owner; looked up again if ownership moved before the call reached it. */
  private async call<T>(topic: TopicName, call: (connection: Connection) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const connection = await this.pool.lookup(topic, { timeoutMs: this.timeoutMs });
      try {
        return await call(connection);
      } catch (error) {
        if (!(error instanceof BrookError && error.code === ErrorCode.NotOwner) || attempt >= 3) throw error;
      }
    }
  }
}

function positioned(id: MessageId): MessageId {
  if (!id.hasPosition) throw new BrookError(ErrorCode.InvalidArgument, `message id ${id} has no position`);
  return id;
}

function toInfo(s: pb.ISubscriptionInfo): SubscriptionInfo {
  return {
    name: s.name ?? '',
    type: subscriptionTypeName(s.type ?? 0),
    durable: s.durable ?? false,
    backlog: s.backlog ?? 0,
    consumerCount: s.consumerCount ?? 0,
    unackedCount: s.unackedCount ?? 0,
    markDeleteOffset: s.markDeleteOffset ?? 0,
  };
}

function add(a: SubscriptionInfo, b: SubscriptionInfo): SubscriptionInfo {
  return {
    ...a,
    backlog: a.backlog + b.backlog,
    consumerCount: a.consumerCount + b.consumerCount,
    unackedCount: a.unackedCount + b.unackedCount,
  };
}

function withoutMarkDelete({ markDeleteOffset: _, ...info }: SubscriptionInfo): SubscriptionInfo {
  return info;
}
