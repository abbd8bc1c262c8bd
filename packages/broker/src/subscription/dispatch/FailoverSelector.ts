import type { ConsumerSelector, DispatchPass } from './ConsumerSelector.js';
import type { ServerConsumer } from '../ServerConsumer.js';

/**
 * Failover, as Pulsar: consumers are ordered by priority level (lowest first), then name (then
 * arrival); the active one is the first, or, for partition p of a partitioned topic, the one at
 * p mod n among the n consumers of the highest priority, so the partitions of a topic spread over
 * the consumers subscribed to all of them. Only
 * the active consumer receives. When another consumer becomes active, the old one's
 * unacknowledged entries are taken back and go to the new one, and every consumer whose status
 * changed is told.
 */
export class FailoverSelector implements ConsumerSelector {
  readonly readsPastBlocked = false;
  private active: ServerConsumer | undefined;

  /** `partition`: the topic's partition index, or -1 for a topic that is not partitioned. */
  constructor(private readonly partition: number) {}

  admits(): boolean {
    return true;
  }

  consumersChanged(consumers: readonly ServerConsumer[]): readonly ServerConsumer[] {
    const previous = this.active;
    const next = activeConsumer(consumers, this.partition);
    this.active = next;
    for (const consumer of consumers) consumer.setActive(consumer === next);
    return previous && previous !== next && consumers.includes(previous) ? [previous] : [];
  }

  startPass(): DispatchPass {
    const active = this.active;
    return { pick: () => (active?.ready ? active : undefined) };
  }
}

/**
 * The active consumer of a partition (-1: not partitioned) among `consumers`: partitions spread
 * only over the consumers at the highest priority (lowest level), as Pulsar, so a standby of a
 * lower priority never serves while one of a higher priority is connected.
 */
export function activeConsumer(consumers: readonly ServerConsumer[], partition: number): ServerConsumer | undefined {
  const ordered = [...consumers].sort(
    (a, b) => a.priorityLevel - b.priorityLevel || compare(a.name, b.name) || a.id - b.id,
  );
  const first = ordered[0];
  if (!first || partition < 0) return first;
  const highest = ordered.filter((c) => c.priorityLevel === first.priorityLevel);
  return highest[partition % highest.length];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
