import {
  BrookError,
  ErrorCode,
  type NamespaceName,
  type PolicyChange,
  parseNamespaceName,
  type TopicName,
  validateTenantName,
} from '@brook/protocol';
import type { TopicRecord, TopicStore } from '../topic/TopicStore.js';
import type { NamespaceSettings, NamespaceStore } from './NamespaceStore.js';
import { applyPolicyChange, effectivePolicies, isPolicyName, POLICY_NAMES } from './PolicyChange.js';
import type { Policies } from './Policies.js';
import type { TenantRecord, TenantStore } from './TenantStore.js';

export interface TenantInfo extends TenantRecord {
  tenant: string;
}

/** A namespace's policies: `effective` has every field, `own` only what the namespace sets. */
export interface NamespacePolicies {
  namespace: string;
  effective: Policies;
  own: NamespaceSettings;
}

export interface NamespacesOptions {
  tenants: TenantStore;
  namespaces: NamespaceStore;
  topics: TopicStore;
  /** The broker's defaults, for namespaces that set nothing. */
  defaults: Policies;
}

/**
 * Tenants and namespaces (Pulsar's model): a namespace belongs to an existing tenant, a topic to an
 * existing namespace, and neither can be deleted while it holds anything.
 *
 * Rules for the races between creating a child and deleting its parent (two brokers, or two admin
 * calls): the creator writes the child and then checks that the parent still exists (undoing its
 * write if not); the deleter deletes the parent and then checks that it has no children (restoring
 * it if it has). The metadata store is linearizable, so at least one of them sees the other: a child
 * never outlives its parent. The loser gets NOT_FOUND or NOT_EMPTY, as if it had come second.
 */
export class Namespaces {
  constructor(private readonly options: NamespacesOptions) {}

  /** Creates tenant `public` and namespace `public/default` if absent (every broker does this at start). */
  async ensureDefaults(): Promise<void> {
    await this.options.tenants.create('public', { adminRoles: [], createdAt: Date.now() });
    await this.options.namespaces.create('public/default', {});
  }

  async createTenant(name: string, adminRoles: readonly string[] = []): Promise<TenantInfo> {
    const tenant = validateTenantName(name);
    for (const role of adminRoles) {
      if (typeof role !== 'string' || role.length === 0) {
        throw new BrookError(ErrorCode.InvalidArgument, 'adminRoles must be non-empty strings');
      }
    }
    const record: TenantRecord = { adminRoles: [...adminRoles], createdAt: Date.now() };
    if (!(await this.options.tenants.create(tenant, record))) {
      throw new BrookError(ErrorCode.TenantAlreadyExists, `tenant ${tenant} already exists`);
    }
    return { tenant, ...record };
  }

  async getTenant(name: string): Promise<TenantInfo> {
    const tenant = validateTenantName(name);
    const found = await this.options.tenants.get(tenant);
    if (!found) throw tenantNotFound(tenant);
    return { tenant, ...found.record };
  }

  listTenants(): Promise<string[]> {
    return this.options.tenants.list();
  }

  async deleteTenant(name: string): Promise<void> {
    const tenant = validateTenantName(name);
    const { tenants, namespaces } = this.options;
    for (;;) {
      const found = await tenants.get(tenant);
      if (!found) throw tenantNotFound(tenant);
      await this.refuseIfTenantHasNamespaces(tenant);
      if (!(await tenants.delete(tenant, found.version))) continue;
      if ((await namespaces.list(tenant)).length > 0) {
        await tenants.create(tenant, found.record);
        await this.refuseIfTenantHasNamespaces(tenant);
      }
      return;
    }
  }

  async createNamespace(name: string, change: PolicyChange = {}): Promise<NamespacePolicies> {
    const ns = parseNamespaceName(name);
    const { tenants, namespaces, defaults } = this.options;
    if (!(await tenants.get(ns.tenant))) throw tenantNotFound(ns.tenant);
    const settings = applyPolicyChange({}, change, defaults);
    if (!(await namespaces.create(ns.full, settings))) {
      throw new BrookError(ErrorCode.NamespaceAlreadyExists, `namespace ${ns.full} already exists`);
    }
    if (!(await tenants.get(ns.tenant))) {
      const created = await namespaces.get(ns.full);
      if (created) await namespaces.delete(ns.full, created.version);
      throw tenantNotFound(ns.tenant);
    }
    return this.view(ns.full, settings);
  }

  async deleteNamespace(name: string): Promise<void> {
    const ns = parseNamespaceName(name);
    const { namespaces } = this.options;
    for (;;) {
      const found = await namespaces.get(ns.full);
      if (!found) throw namespaceNotFound(ns.full);
      await this.refuseIfNamespaceHasTopics(ns);
      if (!(await namespaces.delete(ns.full, found.version))) continue;
      if ((await this.options.topics.list(ns.full)).length > 0) {
        await namespaces.create(ns.full, found.settings);
        await this.refuseIfNamespaceHasTopics(ns);
      }
      return;
    }
  }

  /** The namespaces of `tenant`, as `tenant/namespace`. */
  async listNamespaces(tenantName: string): Promise<string[]> {
    const tenant = validateTenantName(tenantName);
    if (!(await this.options.tenants.get(tenant))) throw tenantNotFound(tenant);
    return this.options.namespaces.list(tenant);
  }

  async getPolicies(name: string): Promise<NamespacePolicies> {
    const ns = parseNamespaceName(name);
    const found = await this.options.namespaces.get(ns.full);
    if (!found) throw namespaceNotFound(ns.full);
    return this.view(ns.full, found.settings);
  }

  /** Changes only the fields given (see PolicyChange); all valid, or nothing changes. */
  setPolicies(name: string, change: PolicyChange): Promise<NamespacePolicies> {
    return this.update(name, (settings) => applyPolicyChange(settings, change, this.options.defaults));
  }

  /** The namespace follows the broker's default for `policy` again. */
  removePolicy(name: string, policy: string): Promise<NamespacePolicies> {
    if (!isPolicyName(policy)) {
      throw new BrookError(
        ErrorCode.InvalidArgument,
        `policy must be one of ${POLICY_NAMES.join(', ')}, got ${JSON.stringify(policy)}`,
      );
    }
    return this.update(name, (settings) => {
      const { [policy]: _removed, ...rest } = settings;
      return rest;
    });
  }

  /** Creates a topic's record once its namespace exists; false if the topic already existed. */
  async createTopic(name: TopicName, record: TopicRecord): Promise<boolean> {
    const { namespaces, topics } = this.options;
    const namespace = `${name.tenant}/${name.namespace}`;
    if (!(await namespaces.exists(namespace))) throw namespaceNotFound(namespace);
    if (!(await topics.create(name, record))) return false;
    if (!(await namespaces.exists(namespace))) {
      await topics.delete(name);
      throw namespaceNotFound(namespace);
    }
    return true;
  }

  private async update(
    name: string,
    change: (settings: NamespaceSettings) => NamespaceSettings,
  ): Promise<NamespacePolicies> {
    const ns = parseNamespaceName(name);
    const { namespaces } = this.options;
    for (;;) {
      const found = await namespaces.get(ns.full);
      if (!found) throw namespaceNotFound(ns.full);
      const next = change(found.settings);
      if ((await namespaces.write(ns.full, next, found.version)) !== undefined) return this.view(ns.full, next);
    }
  }

  private view(namespace: string, own: NamespaceSettings): NamespacePolicies {
    return { namespace, effective: effectivePolicies(this.options.defaults, own), own };
  }

  private async refuseIfTenantHasNamespaces(tenant: string): Promise<void> {
    const held = await this.options.namespaces.list(tenant);
    if (held.length > 0) {
      throw new BrookError(
        ErrorCode.TenantNotEmpty,
        `tenant ${tenant} still has ${held.length} namespace(s), e.g. ${held[0]}; delete them first`,
      );
    }
  }

  private async refuseIfNamespaceHasTopics(ns: NamespaceName): Promise<void> {
    const held = await this.options.topics.list(ns.full);
    if (held.length > 0) {
      throw new BrookError(
        ErrorCode.NamespaceNotEmpty,
        `namespace ${ns.full} still has ${held.length} topic(s), e.g. ${held[0]?.topic}; delete them first`,
      );
    }
  }
}

function tenantNotFound(tenant: string): BrookError {
  return new BrookError(ErrorCode.TenantNotFound, `no tenant ${tenant}`);
}

function namespaceNotFound(namespace: string): BrookError {
  return new BrookError(ErrorCode.NamespaceNotFound, `no namespace ${namespace}`);
}
