import type { pb } from '@brook/protocol';
import type { ConnectionPool } from '../connection/ConnectionPool.js';

/** What a broker does when a topic's backlog passes its quota (Pulsar's three actions). */
export type BacklogQuotaAction = 'producer_request_hold' | 'producer_exception' | 'consumer_backlog_eviction';

/** A namespace's policies, as the broker applies them to every topic of the namespace. */
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

/** A partial update: only the fields given change; inside the three objects, absent fields keep their value. */
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

export interface NamespacePolicies {
  readonly namespace: string;
  /** Every policy, as applied: the namespace's own settings over the broker's defaults. */
  readonly effective: Policies;
  /** Only what the namespace sets itself. */
  readonly own: Partial<Policies>;
}

/**
 * Namespace administration (Pulsar's `namespaces`): namespaces are `tenant/namespace`, and topics
 * can be created only in one that exists. Metadata only, so every call goes to the service broker;
 * brokers apply policy changes to loaded topics at once.
 */
export class NamespacesAdmin {
  constructor(
    private readonly pool: ConnectionPool,
    private readonly timeoutMs: number,
  ) {}

  /** Creates `tenant/namespace` (its tenant must exist), optionally with policies of its own. */
  async create(namespace: string, options: { policies?: PolicyChange } = {}): Promise<NamespacePolicies> {
    const c = this.pool.service();
    const request = { namespace, policies: wirePolicyChange(options.policies ?? {}) };
    return namespacePolicies(await c.unary(c.admin.createNamespace, c.admin, request, this.timeoutMs));
  }

  /** Refused with NAMESPACE_NOT_EMPTY while the namespace has topics. */
  async delete(namespace: string): Promise<void> {
    const c = this.pool.service();
    await c.unary(c.admin.deleteNamespace, c.admin, { namespace }, this.timeoutMs);
  }

  /** The namespaces of `tenant`, as `tenant/namespace`, sorted. */
  async list(tenant: string): Promise<string[]> {
    const c = this.pool.service();
    return (await c.unary(c.admin.listNamespaces, c.admin, { tenant }, this.timeoutMs)).namespaces;
  }

  async policies(namespace: string): Promise<NamespacePolicies> {
    const c = this.pool.service();
    return namespacePolicies(await c.unary(c.admin.getPolicies, c.admin, { namespace }, this.timeoutMs));
  }

  /** Changes the fields given; all of them valid or INVALID_ARGUMENT (naming the field) and nothing changes. */
  async setPolicies(namespace: string, change: PolicyChange): Promise<NamespacePolicies> {
    const c = this.pool.service();
    const request = { namespace, policies: wirePolicyChange(change) };
    return namespacePolicies(await c.unary(c.admin.setPolicies, c.admin, request, this.timeoutMs));
  }

  /** The namespace follows the broker's default for `policy` again. */
  async removePolicy(namespace: string, policy: PolicyName): Promise<NamespacePolicies> {
    const c = this.pool.service();
    return namespacePolicies(await c.unary(c.admin.removePolicy, c.admin, { namespace, policy }, this.timeoutMs));
  }
}

function wirePolicyChange(change: PolicyChange): pb.IPolicies {
  // Same field names on both sides; absent fields stay absent on the wire.
  return { ...change };
}

function namespacePolicies(wire: pb.NamespacePolicies): NamespacePolicies {
  return { namespace: wire.namespace, effective: effective(wire.effective), own: own(wire.own) };
}

function own(wire: pb.IPolicies | null | undefined): Partial<Policies> {
  const policies: Partial<Policies> = {};
  if (!wire) return policies;
  const all = effective(wire);
  for (const name of Object.keys(all) as PolicyName[]) {
    if (wire[name] != null) Object.assign(policies, { [name]: all[name] });
  }
  return policies;
}

function effective(wire: pb.IPolicies | null | undefined): Policies {
  const p = wire ?? {};
  return {
    retention: { timeMinutes: p.retention?.timeMinutes ?? 0, sizeMb: p.retention?.sizeMb ?? 0 },
    messageTtlSeconds: p.messageTtlSeconds ?? 0,
    backlogQuota: {
      limitBytes: p.backlogQuota?.limitBytes ?? -1,
      limitTimeSeconds: p.backlogQuota?.limitTimeSeconds ?? -1,
      action: (p.backlogQuota?.action ?? 'producer_request_hold') as BacklogQuotaAction,
    },
    maxMessageSize: p.maxMessageSize ?? 0,
    deduplication: p.deduplication ?? false,
    persistence: {
      ensembleSize: p.persistence?.ensembleSize ?? 0,
      writeQuorum: p.persistence?.writeQuorum ?? 0,
      ackQuorum: p.persistence?.ackQuorum ?? 0,
    },
    maxProducersPerTopic: p.maxProducersPerTopic ?? 0,
    maxConsumersPerTopic: p.maxConsumersPerTopic ?? 0,
  };
}
