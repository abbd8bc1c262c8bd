import { pb } from '@brook/protocol';

export type SubscriptionType = 'Exclusive' | 'Shared' | 'Failover' | 'KeyShared';
export type InitialPosition = 'Latest' | 'Earliest';

export const SUBSCRIPTION_TYPES: Record<SubscriptionType, pb.SubscriptionType> = {
  Exclusive: pb.SubscriptionType.SUBSCRIPTION_TYPE_EXCLUSIVE,
  Shared: pb.SubscriptionType.SUBSCRIPTION_TYPE_SHARED,
  Failover: pb.SubscriptionType.SUBSCRIPTION_TYPE_FAILOVER,
  KeyShared: pb.SubscriptionType.SUBSCRIPTION_TYPE_KEY_SHARED,
};

export const INITIAL_POSITIONS: Record<InitialPosition, pb.InitialPosition> = {
  Latest: pb.InitialPosition.INITIAL_POSITION_LATEST,
  Earliest: pb.InitialPosition.INITIAL_POSITION_EARLIEST,
};

/** The name of a wire subscription type; an unknown value (a newer broker) reads as Exclusive. */
export function subscriptionTypeName(type: pb.SubscriptionType): SubscriptionType {
  for (const [name, value] of Object.entries(SUBSCRIPTION_TYPES)) if (value === type) return name as SubscriptionType;
  return 'Exclusive';
}
