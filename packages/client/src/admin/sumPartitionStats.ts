import type { SubscriptionStats, TopicStats } from './TopicsAdmin.js';

/**
 * A partitioned topic's stats as the sum of its partitions' (each fetched from the partition's
 * owner). Counts add up; a subscription's markDeleteOffset is per partition, so the sum reports 0.
 */
export function sumPartitionStats(topic: string, parts: readonly TopicStats[]): TopicStats {
  const subscriptions = new Map<string, SubscriptionStats>();
  for (const part of parts) {
    for (const s of part.subscriptions) {
      const sum = subscriptions.get(s.name);
      subscriptions.set(s.name, {
        name: s.name,
        type: s.type,
        backlog: (sum?.backlog ?? 0) + s.backlog,
        consumerCount: (sum?.consumerCount ?? 0) + s.consumerCount,
        unackedCount: (sum?.unackedCount ?? 0) + s.unackedCount,
        markDeleteOffset: 0,
      });
    }
  }
  const total = (field: 'messageCount' | 'storageSize' | 'ledgerCount' | 'producerCount') =>
    parts.reduce((sum, p) => sum + p[field], 0);
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
