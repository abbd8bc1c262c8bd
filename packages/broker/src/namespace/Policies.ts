import type { BrokerConfig } from '../config.js';

/** What a broker does when a topic's backlog passes its quota (Pulsar's three actions). */
export type BacklogQuotaAction = 'producer_request_hold' | 'producer_exception' | 'consumer_backlog_eviction';

/**
 * A namespace's policies, every field resolved: the namespace's own settings over the broker's
 * defaults. Every topic of the namespace follows them, and follows changes while loaded.
 */
export interface Policies {
  /** Consumed messages are kept while within both limits; -1 = no limit, 0 = deleted once consumed. */
  retention: { timeMinutes: number; sizeMb: number };
  /** Unacknowledged messages older than this are acknowledged by the broker; 0 = never. */
  messageTtlSeconds: number;
  /** Backlog limits (-1 = none) and what happens past them. */
  backlogQuota: { limitBytes: number; limitTimeSeconds: number; action: BacklogQuotaAction };
  /** Largest batch payload a producer may send, in bytes. */
  maxMessageSize: number;
  deduplication: boolean;
  /** Replication of the topic's new ledgers. */
  persistence: { ensembleSize: number; writeQuorum: number; ackQuorum: number };
  /** 0 = no limit. */
  maxProducersPerTopic: number;
  /** 0 = no limit. */
  maxConsumersPerTopic: number;
}

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
