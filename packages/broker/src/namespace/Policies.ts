import type { BrokerConfig } from '../config.js';

import type { Policies } from '@brook/protocol';

export type { BacklogQuotaAction, Policies } from '@brook/protocol';

/** Where topics get their namespace's policies from. */
export interface PolicySource {
  /** The effective policies of `tenant/namespace`. */
  get(namespace: string): Promise<Policies>;
  /** Calls `listener` with the new effective policies whenever they change; returns an unsubscribe. */
  watch(namespace: string, listener: (policies: Policies) => void): () => void;
}

/** The policies of a namespace that sets nothing: the broker's configuration. */
export function defaultPolicies(config: BrokerConfig): Policies {
  return {
    retention: { timeMinutes: config.defaultRetentionTimeMinutes, sizeMb: config.defaultRetentionSizeMb },
    messageTtlSeconds: config.defaultMessageTtlSeconds,
    backlogQuota: {
      limitBytes: config.defaultBacklogQuotaLimitBytes,
      limitTimeSeconds: config.defaultBacklogQuotaLimitTimeSeconds,
      action: config.defaultBacklogQuotaAction,
    },
    maxMessageSize: config.maxMessageSize,
    deduplication: config.dedupEnabledByDefault,
    persistence: { ensembleSize: config.ensembleSize, writeQuorum: config.writeQuorum, ackQuorum: config.ackQuorum },
    maxProducersPerTopic: 0,
    maxConsumersPerTopic: 0,
  };
}

/** Every namespace has the broker's defaults; for brokers and tests without namespace records. */
export class DefaultPolicySource implements PolicySource {
  private readonly policies: Policies;

  constructor(config: BrokerConfig) {
    this.policies = defaultPolicies(config);
  }

  get(): Promise<Policies> {
    return Promise.resolve(this.policies);
  }

  watch(): () => void {
    return () => {};
  }
}
