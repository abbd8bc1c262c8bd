import type { MetadataStore } from '@brook/metadata';

/** A tenant's record, at `/brook/tenants/<tenant>` as JSON. */
export interface TenantRecord {
  /** Roles allowed to administer the tenant's namespaces (kept for the security work; not enforced yet). */
  adminRoles: string[];
  /** ms since the epoch. */
  createdAt: number;
}

export const TENANTS_PREFIX = '/brook/tenants/';

/** Tenant records. Who may create or delete them, and when, is NamespaceAdmin's business. */
export class TenantStore {
  constructor(private readonly store: MetadataStore) {}

  async get(tenant: string): Promise<{ record: TenantRecord; version: number } | undefined> {
    const kv = await this.store.get(TENANTS_PREFIX + tenant);
    return kv ? { record: JSON.parse(kv.value.toString('utf8')) as TenantRecord, version: kv.version } : undefined;
  }

  /** Creates the record if absent; returns false if the tenant already existed. */
  async create(tenant: string, record: TenantRecord): Promise<boolean> {
    const key = TENANTS_PREFIX + tenant;
    const result = await this.store.txn({
      if: [{ key, version: 0 }],
      then: [{ type: 'put', key, value: Buffer.from(JSON.stringify(record)) }],
    });
    return result.succeeded;
  }

  /** Deletes the record if it is still at `version`; returns false if it changed or vanished. */
  async delete(tenant: string, version: number): Promise<boolean> {
    const key = TENANTS_PREFIX + tenant;
    const result = await this.store.txn({ if: [{ key, version }], then: [{ type: 'delete', key }] });
    return result.succeeded;
  }

  /** Tenant names, sorted. */
  async list(): Promise<string[]> {
    return (await this.store.list(TENANTS_PREFIX)).map((kv) => kv.key.slice(TENANTS_PREFIX.length));
  }
}
