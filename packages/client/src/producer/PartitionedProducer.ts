import { BrookError, ErrorCode, partitionTopicName, type TopicName, toBrookError } from '@brook/protocol';
import type { ClientEvent } from '../ClientEvent.js';
import type { ProducerMessage } from '../Message.js';
import type { MessageId } from '../MessageId.js';
import { EventChannel } from '../util/EventChannel.js';
import { once } from '../util/once.js';
import { Periodic } from '../util/Periodic.js';
import type { MessageRouter } from './MessageRouter.js';
import type { ProducerApi } from './ProducerApi.js';

export interface PartitionedProducerDeps {
  readonly topic: TopicName;
  /** The name the application gave ('' = each partition's producer gets one from its broker). */
  readonly name: string;
  readonly router: MessageRouter;
  /** Opens the single-topic producer of one partition, by the partition's topic name. */
  readonly openPartition: (topic: string) => Promise<ProducerApi>;
  /** The topic's partition count now, from metadata. */
  readonly countPartitions: () => Promise<number>;
  readonly discoveryIntervalMs: number;
  readonly onClosed: (producer: PartitionedProducer) => void;
}

/**
 * A producer of every partition of a partitioned topic: one single-topic producer per partition,
 * all opened eagerly when it is created, and each send routed to one of them by the router. Order
 * is kept per partition (so per key). A partition's producer fails over on its own; one that fails
 * for good rejects the sends routed to it while the others carry on.
 *
 * Every `discoveryIntervalMs` the partition count is read again; partitions added meanwhile get their
 * producers (all of them opened before routing sees the new count), so new partitions take traffic.
 */
export class PartitionedProducer implements ProducerApi {
  readonly topic: string;
  readonly name: string;
  private readonly partitions: ProducerApi[];
  private readonly statusEvents = new EventChannel<ClientEvent>();
  private readonly discovery: Periodic;
  private closing = false;

  private constructor(
    private readonly deps: PartitionedProducerDeps,
    partitions: ProducerApi[],
  ) {
    this.topic = deps.topic.full;
    this.name = deps.name || (partitions[0]?.name ?? '');
    this.partitions = partitions;
    for (const producer of partitions) this.forwardEvents(producer);
    this.discovery = new Periodic(deps.discoveryIntervalMs, () => this.discoverPartitions());
    this.discovery.start();
  }

  /** Opens a producer on each of `count` partitions; if any fails, closes the others and rejects. */
  static async open(deps: PartitionedProducerDeps, count: number): Promise<PartitionedProducer> {
    const partitions = await openAll(deps, 0, count);
    return new PartitionedProducer(deps, partitions);
  }

  /** How many partitions sends are spread over now. */
  get partitionCount(): number {
    return this.partitions.length;
  }

  events(): AsyncIterableIterator<ClientEvent> {
    return this.statusEvents.subscribe();
  }

  send(message: ProducerMessage): Promise<MessageId> {
    if (this.closing) {
      return Promise.reject(
        new BrookError(ErrorCode.AlreadyClosed, `producer ${this.name} of ${this.topic} is closed`),
      );
    }
    const count = this.partitions.length;
    let partition: number;
    try {
      partition = this.deps.router.choose(message, count);
    } catch (error) {
      return Promise.reject(toBrookError(error));
    }
    const producer = Number.isInteger(partition) ? this.partitions[partition] : undefined;
    if (!producer) {
      return Promise.reject(
        new BrookError(
          ErrorCode.InvalidArgument,
          `the router chose partition ${partition} of ${count} (0..${count - 1})`,
        ),
      );
    }
    return producer.send(message);
  }

  async flush(): Promise<void> {
    await Promise.all(this.partitions.map((p) => p.flush()));
  }

  /** Checks for added partitions now, instead of at the next discovery tick. */
  refreshPartitions(): Promise<void> {
    return this.discovery.runNow();
  }

  readonly close: () => Promise<void> = once(async () => {
    this.closing = true;
    await this.discovery.stop();
    await Promise.all(this.partitions.map((p) => p.close()));
    this.statusEvents.end();
    this.deps.onClosed(this);
  });

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  private async discoverPartitions(): Promise<void> {
    const count = await this.deps.countPartitions();
    const from = this.partitions.length;
    if (count <= from || this.closing) return;
    const added = await openAll(this.deps, from, count);
    if (this.closing) {
      await Promise.all(added.map((p) => p.close()));
      return;
    }
    for (const producer of added) this.forwardEvents(producer);
    this.partitions.push(...added);
  }

  private forwardEvents(producer: ProducerApi): void {
    void (async () => {
      for await (const event of producer.events()) this.statusEvents.emit(event);
    })();
  }
}

async function openAll(deps: PartitionedProducerDeps, from: number, to: number): Promise<ProducerApi[]> {
  const opening = Array.from({ length: to - from }, (_, i) =>
    deps.openPartition(partitionTopicName(deps.topic, from + i)),
  );
  const results = await Promise.allSettled(opening);
  const failed = results.find((r) => r.status === 'rejected');
  if (!failed) return results.map((r) => (r as PromiseFulfilledResult<ProducerApi>).value);
  await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
  throw toBrookError(failed.reason);
}
