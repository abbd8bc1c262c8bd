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
  /** Largest batch payload a producer may send, in bytes (at most the broker's own limit). */
  maxMessageSize: number;
  deduplication: boolean;
  /** Replication of the topics' new ledgers: ackQuorum ≤ writeQuorum ≤ ensembleSize. */
  persistence: { ensembleSize: number; writeQuorum: number; ackQuorum: number };
  /** 0 = no limit. */
  maxProducersPerTopic: number;
  /** 0 = no limit. */
  maxConsumersPerTopic: number;
}

export type PolicyName = keyof Policies;

/**
 * A partial update of a namespace's policies: only the fields present change, and within
 * retention, backlogQuota and persistence, absent sub-fields keep their current effective value.
 */
export interface PolicyChange {
  retention?: Partial<Policies['retention']>;
  messageTtlSeconds?: number;
  backlogQuota?: Partial<Policies['backlogQuota']>;
  maxMessageSize?: number;
  deduplication?: boolean;
  persistence?: Partial<Policies['persistence']>;
  maxProducersPerTopic?: number;
  maxConsumersPerTopic?: number;
}
