import type { BacklogQuotaAction, pb, Policies, PolicyChange, PolicyName } from '@brook/protocol';
import type { ConnectionPool } from '../connection/ConnectionPool.js';

export type { BacklogQuotaAction, Policies, PolicyChange, PolicyName } from '@brook/protocol';

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
