import { type FoundPosition, PositionFinder, type PositionSource, pointOf } from '../ledger/PositionFinder.js';
import type { Subscription } from './Subscription.js';

/** What expiry and eviction need of a subscription. */
export type AdvanceableSubscription = Pick<Subscription, 'name' | 'cursor' | 'acknowledgeBelow'>;

/**
 * Message TTL (Pulsar's expiry monitor): the broker acknowledges, for every subscription, the
 * messages published more than `ttlSeconds` ago that it has not acknowledged. Expiry works by
 * entry: a batch expires whole, by its publish time. One search of the log finds the first entry
 * young enough; subscriptions behind it move up to it. Returns messages acknowledged per
 * subscription (only those that moved).
 */
export async function expireMessages(
  log: PositionSource,
  subscriptions: Iterable<AdvanceableSubscription>,
  ttlSeconds: number,
  now: number,
): Promise<Map<string, number>> {
  const expired = new Map<string, number>();
  if (ttlSeconds <= 0) return expired;
  const behind = [...subscriptions];
  if (behind.length === 0) return expired;
  const from = Math.min(...behind.map((s) => s.cursor.markDeleteOffset));
  const cutoff = await new PositionFinder(log).byPublishTime(now - ttlSeconds * 1000, { fromOffset: from });
  return advanceTo(behind, cutoff);
}

/** Acknowledges everything below `to` for the subscriptions behind it; messages acknowledged per subscription. */
export function advanceTo(subscriptions: Iterable<AdvanceableSubscription>, to: FoundPosition): Map<string, number> {
  const advanced = new Map<string, number>();
  for (const subscription of subscriptions) {
    if (subscription.cursor.markDeleteOffset >= to.offset) continue;
    advanced.set(subscription.name, subscription.acknowledgeBelow(pointOf(to)));
  }
  return advanced;
}
